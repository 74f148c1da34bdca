#!/usr/bin/env bash
# Issue 15, part 4: the Spark path (csi-spark in local[2]) against csi report on one JVM, same data, same run,
# and a partition-count sweep recording the bytes shuffled and sent to the driver per input partition.
#   a. csi report --data DIR --period YEAR --compare yoy --format csv --out FILE over the incidents alone (the
#      directory's jurisdictions.csv, populations.csv and incidents.csv): wall time of the whole command, JVM
#      start included, and peak RSS;
#   b. SparkBench (spark/src/test/java): CsiSpark.report of the same year from the incidents as Parquet
#      (converted once from the CSV, every column as text), in local[2], at --partitions, with the ids counted
#      across partitions (the default) and assumed unique; wall time of the report inside the JVM (the session
#      started and the Parquet converted before), and of the whole JVM;
#   c. the sweep: SparkBench at each of --sweep partitions, ids assumed unique and counted.
# Ratios are Spark's wall time over csi report's: above 1.0, csi report is faster.
#
# Usage (builds what it runs unless --no-build):
#   benchmarks/scripts/spark.sh [--data DIR] [--year YYYY] [--heap SIZE] [--partitions N] [--sweep LIST]
#                               [--rounds K] [--modes LIST] [--no-build] [--out DIR]
#   --data DIR     a directory made by csi generate (default /tmp/csi-issue13/incidents-10000000-villages-3000)
#   --heap SIZE    -Xmx of both JVMs (default 6g)
#   --partitions N input partitions of (b) (default 8)
#   --sweep LIST   partition counts of (c) (default 2,8,32,64; empty: skip)
#   --rounds K     rounds of (a) and (b), alternating (default 2)
#   --modes LIST   id modes of (b), in this order (default counted,unique; at 100M, unique first gives a figure
#                  an hour sooner)
#   --out DIR      raw results (default benchmarks/results/spark-<UTC date>)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=/tmp/csi-issue13/incidents-10000000-villages-3000
YEAR=2024
HEAP=6g
PARTITIONS=8
SWEEP=2,8,32,64
ROUNDS=2
MODES=counted,unique
BUILD=true
OUT=
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --year) YEAR=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --partitions) PARTITIONS=$2; shift 2 ;;
    --sweep) SWEEP=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --modes) MODES=$2; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
OUT=${OUT:-benchmarks/results/spark-$(date -u +%Y%m%d-%H%M)}
mkdir -p "$OUT"
if $BUILD; then
  mvn -B -o -q -pl core,indicators,excel,pdf,examples,spark package -DskipTests
fi
mvn -B -o -q -pl core,indicators,spark dependency:build-classpath -Dmdep.outputFile="$OUT/cp-raw.txt" >/dev/null
# our own classes first, copied so that a rebuild during the run does not disturb it; the csi-* jars of ~/.m2
# (possibly stale) left out
BIN="$OUT/bin"
rm -rf "$BIN" && mkdir -p "$BIN"
for d in spark/target/test-classes spark/target/classes indicators/target/classes core/target/classes; do
  mkdir -p "$BIN/$d" && cp -r "$d/." "$BIN/$d/"
done
cp examples/target/csi.jar "$BIN/csi.jar"
CP="$BIN/spark/target/test-classes:$BIN/spark/target/classes:$BIN/indicators/target/classes:$BIN/core/target/classes"
for f in $(tr ':' '\n' < "$OUT"/cp-raw.txt | sort -u | grep -v '/org/communitysafety/'); do CP="$CP:$f"; done
# the incidents alone, as both paths read them
INC_DIR="$OUT/data"
mkdir -p "$INC_DIR"
for f in jurisdictions.csv populations.csv incidents.csv; do ln -sf "$(realpath "$DATA/$f")" "$INC_DIR/$f"; done
PARQUET="${DATA%/}.incidents.parquet"
export SPARK_LOCAL_IP=127.0.0.1
SPARK=(java -Xmx"$HEAP" -Dspark.master='local[2]' -Dspark.driver.memory="$HEAP" -Dcsi.bench.csv="$OUT/spark-rows" -cp "$CP"
       org.communitysafety.spark.SparkBench "$INC_DIR" "$INC_DIR/incidents.csv" "$PARQUET" "$YEAR")
{
  echo "# $(date -u +%FT%TZ) $(uname -srm), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# data $DATA ($(($(wc -l < "$DATA/incidents.csv") - 1)) incidents), year $YEAR, heap $HEAP"
  echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"
if [ ! -d "$PARQUET" ]; then   # the conversion once, untimed in the figures
  "${SPARK[@]}" convert none > "$OUT/convert.tsv" 2> "$OUT/convert.err" || { cat "$OUT/convert.err" >&2; exit 1; }
  grep converted "$OUT/convert.err" | tee -a "$OUT/summary.txt"
fi
for r in $(seq 1 "$ROUNDS"); do
  /usr/bin/time -f "%e %M" -o "$OUT/report-$r.time" java -Xmx"$HEAP" -jar "$BIN/csi.jar" report \
      --data "$INC_DIR" --period "$YEAR" --compare yoy --format csv --out "$OUT/report-$r.csv" -q \
      2> "$OUT/report-$r.err"
  read -r rs rk < "$OUT/report-$r.time"
  /usr/bin/time -f "%e %M" -o "$OUT/spark-$r.time" "${SPARK[@]}" "$PARTITIONS" "$MODES" \
      > "$OUT/spark-$r.tsv" 2> "$OUT/spark-$r.err"
  read -r ss sk < "$OUT/spark-$r.time"
  for f in "$OUT"/spark-rows-*.csv; do   # every engine gives the same rows before its time counts
    cmp -s "$f" "$OUT/report-$r.csv" || { echo "$f differs from $OUT/report-$r.csv" >&2; exit 1; }
    rm "$f"
  done
  line=$(printf 'round %d: csi report %s s (%d MB RSS); Spark JVM %s s (%d MB RSS), of which report()' \
      "$r" "$rs" $((rk / 1024)) "$ss" $((sk / 1024)))
  for mode in ${MODES//,/ }; do   # a mode that did not finish leaves no figure
    t=$(awk -F'\t' -v m="$mode" '$2==m{print $3}' "$OUT/spark-$r.tsv")
    if [ -n "$t" ]; then
      line="$line $(printf '%s s with ids %s (ratio %.2f);' "$t" "$mode" "$(echo "$t / $rs" | bc -l)")"
    else
      line="$line no figure with ids $mode;"
    fi
  done
  echo "${line%;}" | sed 's/ids unique/ids assumed unique/' | tee -a "$OUT/summary.txt"
done
if [ -n "$SWEEP" ]; then
  "${SPARK[@]}" "$SWEEP" unique,counted > "$OUT/sweep.tsv" 2> "$OUT/sweep.err"
  for f in "$OUT"/spark-rows-*.csv; do
    cmp -s "$f" "$OUT/report-1.csv" || { echo "$f differs from $OUT/report-1.csv" >&2; exit 1; }
    rm "$f"
  done
  cut -f1-9 "$OUT/sweep.tsv" | column -t | tee -a "$OUT/summary.txt"
fi
