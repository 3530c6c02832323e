#!/usr/bin/env bash
# Builds the libFuzzer target in Fuzz/ (-sanitize=fuzzer,address, release with debug info) and runs it,
# starting from the seed corpus Fuzz/corpus/. New interesting inputs go to $scratch/corpus, crashes to
# $scratch/findings/ (both outside the repository's tracked files); add each crash input as a case in
# Tests/QuoteKitTests/Evaluation/EvaluationFuzzRegressionTests.swift.
#
#   scripts/fuzz.sh                      # 1,000,000 runs
#   scripts/fuzz.sh 10000000             # ten million
#   scripts/fuzz.sh 0 -max_total_time=600  # any libFuzzer flags after the count (0 = no run limit)
#   scripts/fuzz.sh build                # only build
#
# Environment: QUOTEKIT_FUZZ_SCRATCH (build folder, default .build-fuzz).
# Needs the toolchain's libclang_rt.fuzzer (Swift for Linux ships it under usr/lib/clang/*/lib/linux/).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
scratch="${QUOTEKIT_FUZZ_SCRATCH:-.build-fuzz}"
case "$scratch" in /*) ;; *) scratch="$root/$scratch" ;; esac
runs="${1:-1000000}"
[ $# -gt 0 ] && shift

# The fuzz package reaches QuoteKit's sources through a path dependency, and SwiftPM keeps its build plan
# across runs without noticing source files added to QuoteKit since ("cannot find 'X' in scope"): the
# plan is made again each time (a second or two; the objects stay cached).
rm -f "$scratch/release.yaml"
swift build --package-path Fuzz -c release --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -enable-testing
[ "$runs" = build ] && exit 0
# 0 means no limit (libFuzzer's -runs=0 would only replay the corpus; -1 is its "unlimited").
[ "$runs" = 0 ] && runs=-1

bin="$scratch/release/QuoteKitFuzz"
mkdir -p "$scratch/corpus" "$scratch/findings"
# -max_len: long enough for multi-paragraph quotes and JSON lines (2 KB), short enough for ~1,000 inputs a second.
# -timeout: a document of 2 KB must never take seconds.
# -rss_limit_mb: a 2 KB input must not need more than this.
# ASan: no leak check (the lexicons live for the whole run); no allocation stack traces (unwinding on every
# Swift allocation took a tenth of the time; a crash report still shows where it happened).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0}"
exec "$bin" -runs="$runs" -max_len=2048 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$scratch/findings/" "$@" "$scratch/corpus" Fuzz/corpus
