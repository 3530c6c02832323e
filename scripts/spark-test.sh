#!/usr/bin/env bash
# Runs `quotekit stream` as the mapper of an Apache Spark job (pyspark, local mode) over the sample corpus
# and checks that the output equals the single-process `quotekit stream` output line for line.
#
#   scripts/spark-test.sh            # builds quotekit (debug, .build) if needed
#   SCRATCH=.build-batch scripts/spark-test.sh
#
# Needs python3 (venv) and Java 17+. pyspark comes from PyPI into .build-spark/venv (kept between runs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRATCH=${SCRATCH:-.build}
PYSPARK_VERSION=${PYSPARK_VERSION:-4.0.1}
WORK=$ROOT/.build-spark
mkdir -p "$WORK"
start=$(date +%s)

# 1. quotekit
swift build --scratch-path "$SCRATCH" --product quotekit > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
BIN=$(swift build --scratch-path "$SCRATCH" --show-bin-path)/quotekit
test -x "$BIN"

# 2. pyspark in a virtual environment
if [ ! -x "$WORK/venv/bin/python" ] || ! "$WORK/venv/bin/python" -c "import pyspark" 2>/dev/null; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q "pyspark==$PYSPARK_VERSION"
fi
installed=$(date +%s)

# 3. The sample corpus as article JSONL, repeated 8 times with fresh ids so that the job has several
#    partitions of real size, plus lines a mapper must answer without dropping them.
"$WORK/venv/bin/python" - "$ROOT/Corpus" "$WORK/corpus.jsonl" <<'PY'
import json, pathlib, sys
corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
lines = []
for copy in range(8):
    for path in sorted(corpus.glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(l.split(": ", 1) for l in head.splitlines() if ": " in l)
        lines.append(json.dumps({"id": f"{path.stem}#{copy}", "text": body, "date": meta.get("Date"),
                                 "source": meta.get("Source"), "title": meta.get("Title")}, ensure_ascii=False))
lines.insert(5, '{"id": "broken", "text": "no end')
lines.insert(9, '{"id": "no-text"}')
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
PY

# 4. The single-process reference.
"$BIN" stream --workers 2 < "$WORK/corpus.jsonl" > "$WORK/expected.jsonl"

# 5. The same through Spark: rdd.pipe runs the mapper once per partition; collect() keeps partition order.
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$WORK/venv/bin/python"
"$WORK/venv/bin/python" - "$BIN" "$ROOT/Lexicons" "$WORK/corpus.jsonl" "$WORK/spark.jsonl" <<'PY'
import sys
from pyspark.sql import SparkSession
binary, lexicons, corpus, out = sys.argv[1:5]
spark = (SparkSession.builder.master("local[2]").appName("quotekit-stream-test")
         .config("spark.ui.enabled", "false").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
lines = spark.sparkContext.textFile(corpus, minPartitions=4)
mapped = lines.pipe(f"{binary} stream --workers 1 --lexicons {lexicons}")
result = mapped.collect()
print(f"spark: {lines.getNumPartitions()} partitions, {len(result)} output lines", file=sys.stderr)
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(result) + "\n")
spark.stop()
PY
done_at=$(date +%s)

# 6. Compare.
input_lines=$(wc -l < "$WORK/corpus.jsonl")
if cmp -s "$WORK/expected.jsonl" "$WORK/spark.jsonl" && [ "$(wc -l < "$WORK/spark.jsonl")" -eq "$input_lines" ]; then
  echo "spark-test: $input_lines lines, Spark output equals the single-process output ($((installed - start)) s set-up, $((done_at - installed)) s run)"
  echo "1 passed, 0 failed"
else
  diff <(head -c 2000 "$WORK/expected.jsonl") <(head -c 2000 "$WORK/spark.jsonl") || true
  echo "spark-test: the Spark output differs from the single-process output"
  echo "0 passed, 1 failed"
  exit 1
fi
