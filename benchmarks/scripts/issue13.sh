#!/usr/bin/env bash
# The issue-13 measurements: CSI against DuckDB, both timed in the same run, alternating rounds.
#   a. csi report --data DIR --period YEAR --compare yoy --format json --out FILE (the default heap,
#      or --heap): wall time of the whole command, JVM start included, and peak RSS;
#   b. the peer of (a): DuckDB in-process over JDBC (DuckDbReportCounts) — read_csv of jurisdictions,
#      incidents, disputes and outreach into tables, then the GROUP BYs giving the counts behind the
#      report's count indicators, rolled up to every unit; wall time of the whole process and peak RSS;
#   c. validated reading alone: DatasetReader.readColumnar of the incidents against DuckDB's read_csv
#      of the same file into a table (ReadIncidents), each read timed inside its JVM after a warm-up.
# Ratios are the peer's time over CSI's: at least 1.0 means CSI is at least as fast.
# After the rounds (untimed), DuckDB's counts are checked against a CSV report of the same data.
# With --jmh, the JMH benchmarks changed by issue 13 are re-measured too (CORE against DUCKDB on
# queries 1-4, StoreBuildBenchmark's readers) at 10M incidents; one JMH run at a time.
#
# Usage (after mvn -B package -DskipTests, which builds examples/target/csi.jar and
# benchmarks/target/benchmarks.jar):
#   benchmarks/scripts/issue13.sh [--data DIR] [--incidents N] [--villages N] [--heap SIZE]
#                                 [--rounds K] [--year YYYY] [--figures a,b,c] [--no-check] [--jmh]
#                                 [--out DIR]
#   --data DIR       a directory made by csi generate, used as it is; generated there if it has no
#                    incidents.csv (default: $TMPDIR/csi-issue13/incidents-N-villages-V, generated
#                    once and kept)
#   --incidents N    incidents to generate (default 10000000; disputes and outreach are 30% and 10%)
#   --villages N     villages to generate (default 300 per million incidents, at least 500)
#   --heap SIZE      -Xmx for CSI's JVMs, e.g. 16g (default: the JVM's default heap)
#   --rounds K       rounds of every figure, at least 2 (default 2)
#   --figures LIST   which of a, b, c to run (default a,b,c)
#   --no-check       skip the check of DuckDB's counts against csi report
#   --jmh            afterwards, the JMH re-measurements at 10M (about 30 minutes more)
#   --out DIR        raw results (default benchmarks/results/issue13-<UTC date>)
# Examples:
#   benchmarks/scripts/issue13.sh                                            # the 10M-incident city
#   benchmarks/scripts/issue13.sh --incidents 1000000 --out /tmp/issue13-1m  # a quick check
#   benchmarks/scripts/issue13.sh --incidents 100000000 --heap 16g --no-check  # 12 GB of CSV, not run yet
set -euo pipefail
cd "$(dirname "$0")/../.."
CSI_JAR=${CSI_JAR:-examples/target/csi.jar}
BENCH_JAR=${BENCH_JAR:-benchmarks/target/benchmarks.jar}
INCIDENTS=10000000
VILLAGES=
DATA=
HEAP=
ROUNDS=2
YEAR=2024
FIGURES=a,b,c
CHECK=true
JMH=false
OUT=
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --incidents) INCIDENTS=$2; shift 2 ;;
    --villages) VILLAGES=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --year) YEAR=$2; shift 2 ;;
    --figures) FIGURES=$2; shift 2 ;;
    --no-check) CHECK=false; shift ;;
    --jmh) JMH=true; shift ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "issue13.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$ROUNDS" -lt 2 ]; then echo "issue13.sh: --rounds must be at least 2" >&2; exit 2; fi
for jar in "$CSI_JAR" "$BENCH_JAR"; do
  if [ ! -f "$jar" ]; then echo "issue13.sh: $jar is missing; run mvn -B package -DskipTests first" >&2; exit 2; fi
done
if [ ! -x /usr/bin/time ]; then echo "issue13.sh: /usr/bin/time (GNU time) is needed for peak RSS" >&2; exit 2; fi
if [ -z "$VILLAGES" ]; then
  VILLAGES=$(( INCIDENTS * 3 / 10000 )); [ "$VILLAGES" -lt 500 ] && VILLAGES=500
  [ "$VILLAGES" -gt 100000 ] && VILLAGES=100000
fi
GIVEN=${DATA:+yes}
DATA=${DATA:-${TMPDIR:-/tmp}/csi-issue13/incidents-$INCIDENTS-villages-$VILLAGES}
OUT=${OUT:-benchmarks/results/issue13-$(date -u +%Y-%m-%d)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
XMX=${HEAP:+-Xmx$HEAP}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/issue13-work.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
has() { case ",$FIGURES," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# The data: generated once (csi generate streams, so any size fits in constant memory). A directory
# given with --data is used as it is when it has an incidents.csv; the default one needs the marker
# written after a complete generation.
if [ ! -f "$DATA/incidents.csv" ] || { [ -z "$GIVEN" ] && [ ! -f "$DATA/complete" ]; }; then
  echo "generating $INCIDENTS incidents, $VILLAGES villages into $DATA"
  mkdir -p "$DATA"
  /usr/bin/time -v java -jar "$CSI_JAR" generate --out "$DATA" --incidents "$INCIDENTS" --villages "$VILLAGES" \
    >"$OUT/generate.log" 2>&1
  touch "$DATA/complete"
fi
ROWS=$(( $(wc -l <"$DATA/incidents.csv") - 1 ))
# Figure c reads once to warm the JIT, then once for the figure; above 20M rows a read is long
# enough to warm itself, and the warm-up read is left out.
WARMUPS=1; [ "$ROWS" -gt 20000000 ] && WARMUPS=0

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
  echo "cpu: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "data: $DATA ($ROWS incidents; $(du -sh "$DATA" | cut -f1) of CSV)"
  echo "heap for CSI: ${HEAP:-JVM default}; rounds: $ROUNDS; year: $YEAR; figures: $FIGURES; warm-up reads in c: $WARMUPS"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

RESULTS=$OUT/results.tsv
printf 'figure\tround\twall_s\tmax_rss_mb\tinside_ms\n' >"$RESULTS"

# timed NAME ROUND CMD...: runs CMD under GNU time, keeps its output and time report in $OUT,
# appends wall seconds and peak RSS to $RESULTS (inside_ms filled in by the caller's parser).
timed() {
  local name=$1 round=$2; shift 2
  local log="$OUT/$name-$round.log" tim="$OUT/$name-$round.time"
  if ! /usr/bin/time -v -o "$tim" "$@" >"$log" 2>&1; then
    echo "issue13.sh: $name (round $round) failed; see $log" >&2; tail -5 "$log" >&2; exit 1
  fi
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tim")
  RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$tim")
  LOG=$log
}
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$WALL" "$RSS" "${3:-}" >>"$RESULTS"; }

run_report() {   # figure a
  timed csi-report "$1" java $XMX -jar "$CSI_JAR" report --data "$DATA" --period "$YEAR" --compare yoy \
    --format json --out "$WORK/report.json"
  record csi-report "$1"
  echo "  a csi report             round $1: ${WALL} s, ${RSS} MB, $(du -h "$WORK/report.json" | cut -f1) of JSON"
  rm -f "$WORK/report.json"
}
run_duckdb_counts() {   # figure b
  timed duckdb-counts "$1" java -cp "$BENCH_JAR" org.communitysafety.benchmarks.DuckDbReportCounts \
    --data "$DATA" --year "$YEAR"
  local inside; inside=$(sed -n 's/.*total_ms=\([0-9]*\).*/\1/p' "$LOG")
  record duckdb-counts "$1" "$inside"
  echo "  b DuckDB counts          round $1: ${WALL} s, ${RSS} MB ($(grep -o 'read_ms.*' "$LOG"))"
}
run_read() {   # figure c: $1 = csi | duckdb
  local xmx=; [ "$1" = csi ] && xmx=$XMX
  timed "read-$1" "$2" java $xmx -cp "$BENCH_JAR" org.communitysafety.benchmarks.ReadIncidents \
    --engine "$1" --data "$DATA" --warmups "$WARMUPS" --reads 1
  local inside; inside=$(awk -F'ms=' '/phase=measured/ {split($2, a, " "); print a[1]}' "$LOG" | tail -1)
  record "read-$1" "$2" "$inside"
  echo "  c read $(printf '%-17s' "$1") round $2: ${inside} ms (after $WARMUPS warm-up), process ${WALL} s, ${RSS} MB"
}

for round in $(seq 1 "$ROUNDS"); do
  echo "round $round (load average $(cut -d' ' -f1 /proc/loadavg))"
  if [ $(( round % 2 )) -eq 1 ]; then   # CSI first in odd rounds, the peer first in even ones
    if has a; then run_report "$round"; fi
    if has b; then run_duckdb_counts "$round"; fi
    if has c; then run_read csi "$round"; run_read duckdb "$round"; fi
  else
    if has b; then run_duckdb_counts "$round"; fi
    if has a; then run_report "$round"; fi
    if has c; then run_read duckdb "$round"; run_read csi "$round"; fi
  fi
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
grep -h 'IncidentStore\[' "$OUT"/read-csi-*.log 2>/dev/null | head -1 | sed 's/^/store: /' | tee -a "$OUT/machine.txt" || true
grep -h 'DuckDB table\[' "$OUT"/read-duckdb-*.log 2>/dev/null | head -1 | sed 's/^/DuckDB: /' | tee -a "$OUT/machine.txt" || true

# The summary: each round, the median, and the ratio of medians (peer / CSI).
awk -F'\t' -v rounds="$ROUNDS" '
  function median(k,   n, i, j, t, v) {
    n = 0; for (i = 1; i <= rounds; i++) if ((k, i) in val) v[++n] = val[k, i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    if (n == 0) return ""
    t = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    return t == int(t) ? t : sprintf("%.2f", t)
  }
  function row(label, k, ratio,   i, line) {
    if (!((k, 1) in val)) return
    line = sprintf("| %-48s |", label)
    for (i = 1; i <= rounds; i++) line = line sprintf(" %9s |", val[k, i])
    printf "%s %9s | %8s |\n", line, median(k), ratio
  }
  NR > 1 {
    val[$1 "/wall", $2] = $3; val[$1 "/rss", $2] = $4; if ($5 != "") val[$1 "/inside", $2] = $5
  }
  END {
    head = sprintf("| %-48s |", "figure"); sep = "|" sprintf("%50s", "") "|"; gsub(/ /, "-", sep)
    for (i = 1; i <= rounds; i++) { head = head sprintf(" %9s |", "round " i); sep = sep "-----------|" }
    print head sprintf(" %9s | %8s |", "median", "ratio"); print sep "-----------|----------|"
    ra = median("csi-report/wall"); rb = median("duckdb-counts/wall")
    row("a csi report, wall s (JVM start included)", "csi-report/wall", "")
    row("a csi report, peak RSS MB", "csi-report/rss", "")
    row("b DuckDB read_csv + GROUP BYs, wall s", "duckdb-counts/wall", ra > 0 && rb != "" ? sprintf("%.2f", rb / ra) : "")
    row("b DuckDB, peak RSS MB", "duckdb-counts/rss", "")
    row("b DuckDB, inside the JVM, ms", "duckdb-counts/inside", "")
    rc = median("read-csi/inside"); rd = median("read-duckdb/inside")
    row("c CSI readColumnar, ms (in the JVM)", "read-csi/inside", "")
    row("c DuckDB read_csv into a table, ms (in the JVM)", "read-duckdb/inside", rc > 0 && rd != "" ? sprintf("%.2f", rd / rc) : "")
    row("c CSI read process, peak RSS MB", "read-csi/rss", "")
    row("c DuckDB read process, peak RSS MB", "read-duckdb/rss", "")
    print ""
    print "ratio = the peer'"'"'s median time / CSI'"'"'s (at least 1.0: CSI is at least as fast)."
    print "b is the counts only (no rates, intervals, tests, taxonomy groups or JSON); a is the whole report."
  }' "$RESULTS" | tee "$OUT/summary.md"

# The check (untimed): DuckDB's counts equal the report's, unit by unit and group by group.
if $CHECK && has b; then
  echo "checking DuckDB's counts against csi report (untimed)"
  java $XMX -jar "$CSI_JAR" report --data "$DATA" --period "$YEAR" --compare yoy --format csv \
    --indicators incidents.count,incidents.clearance_rate,disputes.count,disputes.resolution_rate,outreach.sessions,outreach.audience \
    --out "$WORK/check.csv" >"$OUT/check.log" 2>&1
  java -cp "$BENCH_JAR" org.communitysafety.benchmarks.DuckDbReportCounts --data "$DATA" --year "$YEAR" \
    --check "$WORK/check.csv" 2>&1 | tee -a "$OUT/check.log" | grep -v '^duckdb-report-counts'
fi
if $JMH; then
  echo "JMH: queries 1-4, CORE against DUCKDB, 10M incidents"
  java -jar "$BENCH_JAR" 'Query1CountsBenchmark|Query2YearOnYearBenchmark|Query3ZeroIncidentBenchmark|Query4PartialsBenchmark' \
    -p incidents=10000000 -p engine=CORE,DUCKDB -rf json -rff "$OUT/jmh-queries-core-duckdb.json" \
    >"$OUT/jmh-queries.log" 2>&1
  grep -E 'bytes each|^Query.*ms/op' "$OUT/jmh-queries.log" | tee "$OUT/jmh-queries-summary.txt"
  echo "JMH: StoreBuildBenchmark, 10M incidents"
  java -jar "$BENCH_JAR" StoreBuildBenchmark -p incidents=10000000 -p reader=CORE_READER,UNVALIDATED_DIRECT,DUCKDB \
    -rf json -rff "$OUT/jmh-store-build.json" >"$OUT/jmh-store-build.log" 2>&1
  grep -E 'bytes each|^StoreBuild.*ms/op' "$OUT/jmh-store-build.log" | tee "$OUT/jmh-store-build-summary.txt"
fi
echo "raw results in $OUT"
