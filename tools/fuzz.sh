#!/usr/bin/env bash
# Fuzzes the engine with cargo-fuzz (libFuzzer) on the nightly toolchain.
#
#   tools/fuzz.sh [seconds] [target...]
#
# Runs each target (default: discover extract analyze overrides) for `seconds` (default 20), seeded
# from ../shared/corpus/docs via fuzz/seed.sh, and exits non-zero if any target finds a crash, a
# timeout or runs out of memory; the reproducer is in fuzz/artifacts/<target>/. Installs cargo-fuzz
# only if it is missing.
#
#   FUZZ_JOBS=N      fuzz each target with N workers
#   FUZZ_MAX_LEN=N   largest input for the document targets (default 16384; overrides: 4096)
#   FUZZ_FRESH=1     start from the seeds only (fuzz/corpus/fresh/, wiped first) instead of the
#                    corpus earlier runs grew; what `make test-hardening` uses, so its 20 s stay
#                    comparable from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(discover extract analyze overrides)

# libFuzzer needs the nightly toolchain, which these machines carry beside the pinned stable one.
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz.sh: the nightly toolchain is missing (rustup toolchain install nightly); cannot fuzz" >&2
  exit 1
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz (once)"
  cargo +nightly install cargo-fuzz --locked
fi

if [ -n "${FUZZ_FRESH:-}" ]; then
  corpus_root=fuzz/corpus/fresh
  rm -rf "$corpus_root"
else
  corpus_root=fuzz/corpus
fi
fuzz/seed.sh "$corpus_root"

# -O with debug assertions: fast enough to matter in 20 s, and overflow checks stay on.
# FUZZ_SANITIZER=none skips AddressSanitizer (a much shorter build, used by the short run in `make
# test`); the default keeps it, since html5ever and tendril contain unsafe code.
sanitizer=(--sanitizer "${FUZZ_SANITIZER:-address}")
cargo +nightly fuzz build -O --debug-assertions "${sanitizer[@]}"

status=0
summary=()
for t in "${targets[@]}"; do
  case "$t" in
    overrides) max_len=4096; dict=() ;;
    *) max_len="${FUZZ_MAX_LEN:-16384}"; dict=(-dict=fuzz/html.dict) ;;
  esac
  log="fuzz/artifacts/$t.log"
  mkdir -p "fuzz/artifacts/$t"
  echo "== fuzz $t for ${seconds}s (max_len $max_len)"
  set +e
  cargo +nightly fuzz run -O --debug-assertions "${sanitizer[@]}" "$t" "$corpus_root/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
    -print_final_stats=1 "${dict[@]}" ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS} \
    > "$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 || true)
  if [ "$rc" -ne 0 ]; then
    status=1
    echo "!! $t FAILED (exit $rc); see $log and fuzz/artifacts/$t/"
    grep -E 'panicked at|ERROR: libFuzzer|SUMMARY|Test unit written to' "$log" | head -5 || true
    summary+=("$t: FAILED after ${runs:-?} runs")
  else
    corp=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 || true)
    summary+=("$t: ok, ${runs:-?} runs in ${seconds}s, ${cov:-cov ?}, ${corp:-corp ?} inputs")
  fi
done

echo "== fuzz summary"
printf '  %s\n' "${summary[@]}"
exit "$status"
