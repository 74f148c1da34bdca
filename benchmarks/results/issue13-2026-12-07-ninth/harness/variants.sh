#!/bin/bash
# variants.sh ROUNDS : alternates JVM option sets on base.jar, prints wall and phase times
D=/tmp/csi-issue13/incidents-10000000-villages-3000
for r in $(seq 1 $1); do
 for v in "base|" "c1|-XX:TieredStopAtLevel=1" "freq100|-XX:FreqInlineSize=100" "isc1000|-XX:InlineSmallCode=1000" "t4x3|-XX:Tier4InvocationThreshold=15000 -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000"; do
  name=${v%%|*}; opts=${v#*|}
  s=$(date +%s.%N)
  /usr/bin/time -f "%e %M" -o /tmp/s19/v.time java $opts -XX:+CITime -jar /tmp/s19/base.jar report --data $D --period 2024 --compare yoy --format json --out /tmp/s19/out-v.json > /tmp/s19/v.out 2>&1
  c2=$(grep "C2 Compile Time" /tmp/s19/v.out | awk '{print $4}')
  echo "$r $name wall $(cut -d' ' -f1 /tmp/s19/v.time) rss $(cut -d' ' -f2 /tmp/s19/v.time) c2 $c2 $(grep -o 'computed in [0-9.]* m\?s' /tmp/s19/v.out)"
 done
done
