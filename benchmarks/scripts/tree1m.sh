#!/usr/bin/env bash
# The million-unit tree: peak RSS and wall time of csi report on a large tree (the issue "A 1M-
# jurisdiction tree with 10M incidents: report at most 3 GB").
#   1. csi generate --villages V --incidents N (disputes and outreach 0.3 and 0.1 per incident,
#      2022-2024), once, kept in the data directory: about 1,026,500 units for 1,000,000 villages
#      (the city, 40 districts, 25,500 towns and streets, the villages), 18 million rows, 1.3 GB;
#   2. for each level asked (default: district, then the whole tree unless --no-whole), /usr/bin/time -v of
#        java [-Xmx] -jar csi.jar report --data DIR --period 2024 --compare yoy --format json
#             [--level LEVEL] --out FILE
#      with the JVM's default heap (a quarter of the machine's memory: 6 GB here) unless --heap:
#      the whole command, JVM start, reading and validating the five files, the catalogue and
#      writing the JSON; its peak RSS, wall and CPU time, the rows written, the load average
#      before the run (the machine is shared: wall times under load are not comparable), and the
#      start of the JSON's SHA-256, to see that two jars wrote the same bytes.
# CSI_JAR=PATH measures another jar (default examples/target/csi.jar): measure a copy, so that a
# rebuild does not disturb a run, and compare two jars by running them in turn.
# Usage (after mvn -B -pl core,indicators,examples -am package -DskipTests):
#   benchmarks/scripts/tree1m.sh [--data DIR] [--villages V] [--incidents N] [--levels L1,L2]
#                                [--heap SIZE] [--out DIR]
#   --data DIR       the data directory (default $TMPDIR/csi-tree1m/villages-V-incidents-N); generated
#                    there when it has no incidents.csv
#   --villages V     lowest-level units (default 1000000; up to 2000000)
#   --incidents N    incidents (default 10000000)
#   --levels LIST    report levels, comma-separated; "all" is the whole tree (default district)
#   --heap SIZE      -Xmx for the report's JVM (default: the JVM's default heap)
#   --out DIR        reports and measurements (default benchmarks/results/tree1m-<UTC date>)
# The whole tree of a million units is about 470 million rows (some 140 GB of JSON): ask for
# "all" only on smaller trees, e.g. --villages 200000 --incidents 2000000 --levels district,town,all.
set -euo pipefail
cd "$(dirname "$0")/../.."
CSI_JAR=${CSI_JAR:-examples/target/csi.jar}
VILLAGES=1000000
INCIDENTS=10000000
LEVELS=district
HEAP=
DATA=
OUT=
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --villages) VILLAGES=$2; shift 2 ;;
    --incidents) INCIDENTS=$2; shift 2 ;;
    --levels) LEVELS=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$CSI_JAR" ] || { echo "no $CSI_JAR: build first (mvn -B -pl core,indicators,examples -am package -DskipTests)" >&2; exit 2; }
DATA=${DATA:-${TMPDIR:-/tmp}/csi-tree1m/villages-$VILLAGES-incidents-$INCIDENTS}
OUT=${OUT:-benchmarks/results/tree1m-$(date -u +%Y-%m-%dT%H%M)}
mkdir -p "$OUT"
JAVA_HEAP=()
[ -n "$HEAP" ] && JAVA_HEAP=(-Xmx"$HEAP")

if [ ! -f "$DATA/incidents.csv" ]; then
  echo "generating $DATA ($VILLAGES villages, $INCIDENTS incidents; load $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -v java -jar "$CSI_JAR" generate --out "$DATA" --villages "$VILLAGES" --incidents "$INCIDENTS" \
    > "$OUT/generate.log" 2>&1
  grep -E "rows|Elapsed|Maximum resident" "$OUT/generate.log"
fi

printf '%-9s %12s %10s %10s %9s %-16s %s\n' level rows "peak RSS" wall "CPU s" "SHA-256" "load before"
IFS=',' read -ra LEVEL_LIST <<< "$LEVELS"
for level in "${LEVEL_LIST[@]}"; do
  args=(report --data "$DATA" --period 2024 --compare yoy --format json --out "$OUT/report-$level.json")
  [ "$level" != all ] && args+=(--level "$level")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -v java "${JAVA_HEAP[@]}" -jar "$CSI_JAR" "${args[@]}" > "$OUT/report-$level.log" 2>&1 || {
    echo "$level: failed, see $OUT/report-$level.log"; tail -3 "$OUT/report-$level.log"; continue; }
  rss=$(awk '/Maximum resident/ {printf "%.2f GiB", $6 / 1048576}' "$OUT/report-$level.log")
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$OUT/report-$level.log")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.0f", u + s}' "$OUT/report-$level.log")
  rows=$(grep -oE '^csi report: [0-9,]+ rows' "$OUT/report-$level.log" | grep -oE '[0-9,]+' || echo "?")
  sha=$(sha256sum "$OUT/report-$level.json" | cut -c1-16)
  printf '%-9s %12s %10s %10s %9s %-16s %s\n' "$level" "$rows" "$rss" "$wall" "$cpu" "$sha" "$load"
done
