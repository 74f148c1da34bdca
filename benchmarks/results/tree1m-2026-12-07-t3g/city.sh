#!/usr/bin/env bash
# the 1M-incident city (3,293 units): csi report (issue13.sh's figure a command) with old and new in turn
cd /work/wt/tree3g
R=benchmarks/results/tree1m-2026-12-07-t3g/city-1m
mkdir -p $R
D=/tmp/csi-issue13/incidents-1000000-villages-3000
for i in $(seq $1 $2); do
  for j in old new2; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -v java -jar /tmp/t3g-$j.jar report --data $D --period 2024 --compare yoy --format json --out $R/$j-$i.json > $R/$j-$i.log 2>&1
    sha=$(sha256sum $R/$j-$i.json | cut -c1-16); rm -f $R/$j-$i.json
    printf '%-8s %s wall %s user %s sys %s rss %s KiB sha %s load %s\n' $j-$i $(date -u +%T) \
      "$(awk -F': ' '/Elapsed/ {print $2}' $R/$j-$i.log)" "$(awk -F': ' '/User time/ {print $2}' $R/$j-$i.log)" \
      "$(awk -F': ' '/System time/ {print $2}' $R/$j-$i.log)" "$(awk -F': ' '/Maximum resident/ {print $2}' $R/$j-$i.log)" "$sha" "$load" >> $R/summary.txt
  done
done
