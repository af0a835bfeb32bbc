#!/usr/bin/env bash
# Runs ../shared/tools/phrase-audit over the vocabulary data too. phrase-audit reads string literals
# of .rs files only; the cue lexicons (src/classify/lexicon/*.lex) and the discovery vocabularies
# (src/discover/vocabulary/*.words) are data files, so their entries are written out as literals into
# a scratch folder first, one per line with their file and line, and audited together with
# src/classify and src/discover. Discovery entries are written folded (no accents: "datenschutzerklarung"),
# so an entry with an accent or umlaut in real text is compared in its folded spelling and may be
# missed. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."
audit=../shared/tools/phrase-audit
[ -x "$audit" ] || { echo "lexicon-audit: no $audit (the shared corpus tools are not beside this checkout)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for lex in src/classify/lexicon/*.lex; do
  out="$scratch/lexicon/$(basename "$lex" .lex).rs"
  mkdir -p "$(dirname "$out")"
  # Continuation lines are joined to their entry; each comma-separated item becomes one literal, on
  # the line of the same number, so the audit's line numbers are the lexicon's.
  awk '
    /^[[:space:]]*#/ || /^[[:space:]]*$/ || /^@/ { print ""; next }
    { sub(/#.*/, "") }
    /^[^[:space:]]/ { split($0, kv, ":"); line = substr($0, index($0, ":") + 1) }
    /^[[:space:]]/ { line = $0 }
    { n = split(line, items, ","); for (i = 1; i <= n; i++) { w = items[i]; gsub(/^[[:space:]]+|[[:space:]]+$/, "", w); gsub(/\*/, "", w); if (w != "") printf "\"%s\" ", w }; print "" }
  ' "$lex" > "$out"
done
for words in src/discover/vocabulary/*.words; do
  out="$scratch/vocabulary/$(basename "$words" .words).rs"
  mkdir -p "$(dirname "$out")"
  # One entry per line; bars around an entry only keep its edge spaces; paths are not phrases.
  awk '
    /^[[:space:]]*#/ || /^[[:space:]]*$/ || /^\[/ || /^\// { print ""; next }
    { w = $0; gsub(/\|/, "", w); gsub(/^[[:space:]]+|[[:space:]]+$/, "", w); printf "\"%s\"\n", w }
  ' "$words" > "$out"
done
# The audit names the scratch copies; name the data files instead.
"$audit" src/classify src/discover "$scratch/lexicon" "$scratch/vocabulary" |
  sed -e "s|$scratch/lexicon/\([a-z]*\)\.rs|src/classify/lexicon/\1.lex|" \
      -e "s|$scratch/vocabulary/\([a-z]*\)\.rs|src/discover/vocabulary/\1.words|"
