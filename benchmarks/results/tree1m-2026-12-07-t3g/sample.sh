#!/usr/bin/env bash
# usage: sample.sh JAR OUTPREFIX  -- report at the default heap with a GC log, VmRSS and the main thread's top frames every second
JAR=$1; OUT=$2
DATA=/tmp/csi-tree1m/villages-1000000-incidents-10000000
echo "load $(cut -d' ' -f1-3 /proc/loadavg) start $(date -u +%T)" > $OUT.stacks.txt
/usr/bin/time -v java -Xlog:gc*,gc+heap=debug,gc+ergo+heap=debug:file=$OUT.gc.log:uptime -jar $JAR report --data $DATA --period 2024 --compare yoy --format json --level district --out $OUT.json > $OUT.log 2>&1 &
TP=$!
sleep 0.3
PID=$(pgrep -P $TP java)
t0=$(date +%s.%N)
while kill -0 $PID 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print $2}' /proc/$PID/status 2>/dev/null)
  st=$(jstack $PID 2>/dev/null | awk '/^"main"/ {f=1; n=0; next} f && /^\tat / {sub(/^\tat org.communitysafety./,""); sub(/^\tat /,""); sub(/\(.*/,""); printf "%s ", $0; if (++n==3) exit} f && /^$/ {exit}')
  t=$(echo "$(date +%s.%N) - $t0" | bc)
  printf 't=%.0f rss=%s %s\n' $t "$rss" "$st" >> $OUT.stacks.txt
  sleep 1
done
wait $TP
grep -E "Maximum resident|Elapsed|User time" $OUT.log >> $OUT.stacks.txt
sha256sum $OUT.json | cut -c1-16 >> $OUT.stacks.txt
rm -f $OUT.json
