#!/usr/bin/env bash
# Copies seed inputs into fuzz/corpus/<target>/ (git-ignored), or into <dest>/<target>/ with
#   fuzz/seed.sh <dest>
# Safe to re-run: existing corpus entries (what earlier runs found) are kept, seeds are rewritten.
#
# Seeds come from the shared policy corpus (../shared/corpus/docs by default; override with
# CLAUSEWISE_SEED_DIR). The targets read their first byte as a selector (format or page URL), so each
# seed is prefixed with the byte that selects its own format: 0 = HTML, 1 = text, 2 = Markdown.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seed_dir="${CLAUSEWISE_SEED_DIR:-$here/../../shared/corpus/docs}"
corpus="${1:-$here/corpus}"
mkdir -p "$corpus"/{discover,extract,analyze,overrides}

n=0
if [ -d "$seed_dir" ]; then
  for f in "$seed_dir"/*; do
    [ -f "$f" ] || continue
    case "$f" in
      *.html | *.htm) sel='\x00' ;;
      *.md) sel='\x02' ;;
      *) sel='\x01' ;;
    esac
    base="seed-$(basename "$f")"
    for t in extract analyze; do
      { printf "$sel"; cat "$f"; } > "$corpus/$t/$base"
    done
    if [ "$sel" = '\x00' ]; then
      { printf '\x00'; cat "$f"; } > "$corpus/discover/$base"
    fi
    n=$((n + 1))
  done
else
  echo "seed.sh: no seed directory at $seed_dir; using the built-in seeds only" >&2
fi

# Small hand-written seeds that reach the odd corners quickly.
printf '\x00<html lang="de"><head><base href="/x/"><link rel="canonical" href="https://example.com/"><title>Shop</title></head><body><nav><a href="/privacy#top">Privacy</a></nav><footer><a rel="privacy-policy" href="/legal/privacy?utm_source=f">Privacy Policy</a><a href="/cookies">Cookie settings</a><a href="javascript:void(0)">Datenschutz</a></footer></body></html>' > "$corpus/discover/hand-footer"
printf '\x00{"url":"https://www.example.de/shop","lang":"de","base":"/","links":[{"href":"/datenschutz","text":"Datenschutz","inFooter":true},{"href":"//cdn.example.de/p","text":"Privacy","rel":"privacy-policy"}]}' > "$corpus/discover/hand-page-json"
printf '\x00<main><h1>Privacy Policy</h1><h2>Sharing</h2><p>We do not sell your data. We share it with <a href="#">partners</a>, e.g. Google Inc. in the U.S.</p><ul><li>Deletion: email us.</li></ul><table><tr><td>Cookies</td><td>30 days</td></tr></table></main>' > "$corpus/extract/hand-policy"
cp "$corpus/extract/hand-policy" "$corpus/analyze/hand-policy"
printf '\x02# Privacy\n\n## Sharing\n\nWe do not sell your personal information.\n\n- We keep logs for 30 days.' > "$corpus/analyze/hand-markdown"

printf '{}' > "$corpus/overrides/empty"
printf '{"weights":{"sells_data":2},"disabled":["contact"],"points":{"retention":{"limited":9}}}' > "$corpus/overrides/valid"
printf '{"weights":{"sells_data":11,"nope":1},"disabled":["x"],"points":{"sells_data":{"maybe":1}}}' > "$corpus/overrides/invalid"
printf '{"weights":{"sells_data":4294967295},"points":{"retention":{"limited":-1}}}' > "$corpus/overrides/overflow"
printf '{"colour":"red","weights":{"sells_data":1,"sells_data":2}}' > "$corpus/overrides/unknown-field"

echo "seed.sh: $n documents seeded into $corpus/{discover,extract,analyze}, plus hand-written seeds"
