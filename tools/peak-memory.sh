#!/usr/bin/env bash
# Peak memory and time of analyze (and discover) on a generated 10 MB policy page, release build.
#
#   tools/peak-memory.sh [megabytes]
#
# Prints the example's own VmHWM reading and /usr/bin/time -v's "Maximum resident set size".
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-10}"
cargo build --release --example peak_memory
bin=target/release/examples/peak_memory
for what in analyze discover; do
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$bin" "$mb" "$what" 2> >(grep -E 'Maximum resident|Elapsed \(wall' | sed 's/^\s*/  time -v: /' >&2)
  else
    "$bin" "$mb" "$what"
  fi
done
