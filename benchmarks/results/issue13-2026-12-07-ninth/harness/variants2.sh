#!/bin/bash
D=/tmp/csi-issue13/incidents-10000000-villages-3000
CC="-XX:CompileCommand=quiet -XX:CompileCommand=dontinline,org.communitysafety.core.io.ShortestDecimal::write -XX:CompileCommand=dontinline,org.communitysafety.core.io.PlainFields::dateTime -XX:CompileCommand=dontinline,org.communitysafety.indicators.FunnelRule::* -XX:CompileCommand=dontinline,org.communitysafety.indicators.PackedRows::get"
for r in $(seq 1 $1); do
 for v in "base|" "dontinline|$CC"; do
  name=${v%%|*}; opts=${v#*|}
  /usr/bin/time -f "%e %M" -o /tmp/s19/v.time java $opts -XX:+CITime -jar /tmp/s19/base.jar report --data $D --period 2024 --compare yoy --format json --out /tmp/s19/out-v.json > /tmp/s19/v.out 2>&1
  c2=$(grep "C2 Compile Time" /tmp/s19/v.out | awk '{print $4}')
  echo "$r $name wall $(cut -d' ' -f1 /tmp/s19/v.time) rss $(cut -d' ' -f2 /tmp/s19/v.time) c2 $c2 $(grep -o 'computed in [0-9.]* m\?s' /tmp/s19/v.out)"
 done
done
