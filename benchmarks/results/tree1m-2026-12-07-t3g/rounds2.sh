#!/usr/bin/env bash
# old, new1, new2 in turn, N rounds, with tree1m.sh at the default heap
cd /work/wt/tree3g
R=benchmarks/results/tree1m-2026-12-07-t3g
for i in $(seq $1 $2); do
  for j in old final; do
    out=$R/$j-$i
    CSI_JAR=/tmp/t3g-$j.jar benchmarks/scripts/tree1m.sh --data /tmp/csi-tree1m/villages-1000000-incidents-10000000 --out $out > $out.txt 2>&1
    sha256sum $out/report-district.json | cut -d' ' -f1 > $out/report-district.sha256
    rm -f $out/report-district.json
    echo "$j-$i $(date -u +%T) $(tail -1 $out.txt)" >> $R/summary.txt
  done
done
