#!/usr/bin/env bash
# Runs ../shared/tools/phrase-audit over the cue lexicons too. phrase-audit reads string literals of
# .rs files only; the lexicons (src/classify/lexicon/*.lex) are data files, so their entries are
# written out as literals into a scratch folder first, one per line with their file and line, and
# audited together with src/classify and src/discover. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."
audit=../shared/tools/phrase-audit
[ -x "$audit" ] || { echo "lexicon-audit: no $audit (the shared corpus tools are not beside this checkout)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for lex in src/classify/lexicon/*.lex; do
  out="$scratch/lexicon/$(basename "$lex" .lex).rs"
  mkdir -p "$(dirname "$out")"
  # Continuation lines are joined to their entry; each comma-separated item becomes one literal.
  awk '
    /^[[:space:]]*#/ || /^[[:space:]]*$/ || /^@/ { next }
    { sub(/#.*/, "") }
    /^[^[:space:]]/ { split($0, kv, ":"); line = substr($0, index($0, ":") + 1) }
    /^[[:space:]]/ { line = $0 }
    { n = split(line, items, ","); for (i = 1; i <= n; i++) { w = items[i]; gsub(/^[[:space:]]+|[[:space:]]+$/, "", w); gsub(/\*/, "", w); if (w != "") printf "\"%s\" // %s:%d\n", w, FILENAME, FNR } }
  ' "$lex" > "$out"
done
"$audit" src/classify src/discover "$scratch/lexicon"
