#!/usr/bin/env bash
# Regression floor: builds quotekit (release), runs it on the evaluation sets in ../shared/eval with
# `quotekit eval --run`, and fails when any figure is under its floor in eval-floors.json.
#
#   scripts/regression-floor.sh            # all sets
#   scripts/regression-floor.sh pdnc-dev   # only the sets named
#
# Environment: QUOTEKIT_EVAL_DIR (default ../shared/eval), QUOTEKIT_SCRATCH (the build folder, default .build),
# QUOTEKIT_JOBS (analysis threads, default 2).
# Exit status: 0 when every figure is at or above its floor, 1 otherwise (or when a set cannot be scored).
set -euo pipefail
cd "$(dirname "$0")/.."

eval_dir="${QUOTEKIT_EVAL_DIR:-../shared/eval}"
scratch="${QUOTEKIT_SCRATCH:-.build}"
jobs="${QUOTEKIT_JOBS:-2}"
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  sets=(polnear-train pdnc-dev sentiment-dev-tweets sentiment-dev-movieReviewSnippets
        sentiment-dev-amazonReviewSnippets sentiment-dev-nytEditorialSnippets)
fi

if [ ! -d "$eval_dir" ]; then
  echo "regression-floor: $eval_dir not found (set QUOTEKIT_EVAL_DIR)" >&2
  exit 1
fi

start=$(date +%s)
swift build -c release --product quotekit --scratch-path "$scratch"
bin="$scratch/release/quotekit"

status=0
for set in "${sets[@]}"; do
  echo "== $set"
  if ! "$bin" eval --gold "$eval_dir/$set.jsonl" --run --jobs "$jobs" --floors eval-floors.json; then
    status=1
  fi
done
echo "regression-floor: $([ $status -eq 0 ] && echo "all floors held" || echo "FAILED") in $(( $(date +%s) - start ))s"
exit $status
