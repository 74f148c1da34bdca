#!/usr/bin/env bash
# The issue-12 measurements, in one run on a quiet machine (no build running):
#   1. queries 1-4 (core, single-threaded) at 10M incidents, with and without a time of day and a
#      reporting delay on every incident, alternated in two rounds;
#   2. reading 1M incidents with Chinese headers and labels against the canonical CSV;
#   3. reading 1M incidents from .xlsx against the same rows as CSV, and the JDK-only sheet reader
#      against POI's event API.
# Usage: benchmarks/scripts/issue12.sh [OUT_DIR]   (after mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=benchmarks/target/benchmarks.jar
OUT=${1:-benchmarks/results/issue12-$(date -u +%Y-%m-%d)}
mkdir -p "$OUT"
QUERIES='Query1CountsBenchmark|Query2YearOnYearBenchmark|Query3ZeroIncidentBenchmark|Query4PartialsBenchmark'
for round in 1 2; do
  for times in false true; do
    java -jar "$JAR" "$QUERIES" -p incidents=10000000 -p engine=CORE \
      -jvmArgs "-Xms8g -Xmx8g -Dcsi.bench.times=$times" -rf json -rff "$OUT/queries-times-$times-$round.json" \
      | grep -E 'bytes|ms/op'
  done
done
java -jar "$JAR" ChineseCsvReadBenchmark -rf json -rff "$OUT/chinese-csv.json" | grep -E 'ms/op|^Chinese'
java -jar "$JAR" XlsxReadBenchmark -p incidents=1000000 -rf json -rff "$OUT/xlsx.json" | grep -E 'ms/op|^Xlsx|bytes'
