#!/bin/sh
# `make scale-demo`: extract a synthetic corpus through Apache Spark in local mode with two
# workers (RDD.pipe of the release `stakegraph extract --jsonl -`), merge the part files with
# `stakegraph graph`, and check the result is byte for byte that of one stakegraph process on
# the whole corpus. PySpark goes into a throwaway virtual environment under .build (never a
# dependency of Stakegraph); Spark needs Java 17 or later on the PATH (or JAVA_HOME).
#
# SCALE_MB: corpus size in megabytes (default 20); SCALE_SEED: its seed (default 7).
set -eu
cd "$(dirname "$0")/.."

MB=${SCALE_MB:-20}
SEED=${SCALE_SEED:-7}
VENV=.build/scale-venv
WORK=.build/scale-demo
PYSPARK_SPEC=${PYSPARK_SPEC:-"pyspark>=3.5,<5"}

command -v java >/dev/null 2>&1 || [ -n "${JAVA_HOME:-}" ] || { echo "scale-demo: Spark needs Java 17 or later: install it (apt-get install openjdk-17-jre-headless) or set JAVA_HOME" >&2; exit 1; }

echo "building the release stakegraph"
swift build -c release --product stakegraph >/dev/null
BIN=$(swift build -c release --show-bin-path)/stakegraph

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
	echo "installing PySpark into $VENV"
	python3 -m venv "$VENV" 2>/dev/null || { rm -rf "$VENV"; echo "scale-demo: python3 cannot make a virtual environment: install python3-venv (apt-get install python3-venv)" >&2; exit 1; }
	"$VENV/bin/pip" install -q "$PYSPARK_SPEC" >/dev/null
fi
PYSPARK_VERSION=$("$VENV/bin/python" -c "import pyspark; print(pyspark.__version__)")

rm -rf "$WORK"
mkdir -p "$WORK"
"$BIN" synth --megabytes "$MB" --seed "$SEED" -o "$WORK/corpus.jsonl"
ARTICLES=$(wc -l < "$WORK/corpus.jsonl" | tr -d ' ')
echo "corpus: $ARTICLES synthetic articles, $MB MB (seed $SEED)"

now() { date +%s.%N; }
seconds() { echo "$1 $2" | awk '{ printf "%.2f", $2 - $1 }'; }

# One process, all cores: extraction, linking and the graph.
t0=$(now)
"$BIN" graph "$WORK/corpus.jsonl" --format json -o "$WORK/single.json"
t1=$(now)
SINGLE=$(seconds "$t0" "$t1")

# Spark, local[2]: the map writes part files; stakegraph links them and builds the graph.
export PYSPARK_PYTHON="$VENV/bin/python"
t0=$(now)
"$VENV/bin/python" scripts/spark_extract.py "$WORK/corpus.jsonl" "$WORK/parts" --binary "$BIN" --master "local[2]" --partitions 2 2>"$WORK/spark.log" \
	|| { echo "scale-demo: the Spark job failed; see $WORK/spark.log" >&2; tail -20 "$WORK/spark.log" >&2; exit 1; }
t1=$(now)
"$BIN" graph "$WORK"/parts/part-* --format json -o "$WORK/spark.json"
t2=$(now)
SPARK=$(seconds "$t0" "$t1")
MERGE=$(seconds "$t1" "$t2")
PARTS=$(ls "$WORK"/parts/part-* | wc -l | tr -d ' ')

echo "single process: $SINGLE s (extract, link and build the graph, all cores)"
echo "spark local[2] (PySpark $PYSPARK_VERSION): $SPARK s to extract into $PARTS part files (JVM start-up included), $MERGE s to link them and build the graph"
if cmp -s "$WORK/single.json" "$WORK/spark.json"; then
	echo "equality check: identical ($(wc -c < "$WORK/spark.json" | tr -d ' ') bytes of graph JSON, $WORK/single.json = $WORK/spark.json)"
else
	echo "equality check: FAILED: $WORK/single.json and $WORK/spark.json differ" >&2
	exit 1
fi
