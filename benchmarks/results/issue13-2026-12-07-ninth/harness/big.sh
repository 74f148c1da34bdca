#!/bin/bash
D=/tmp/csi-issue13/incidents-100000000-villages-30000
for v in "c1|-XX:TieredStopAtLevel=1" "base|"; do
  name=${v%%|*}; opts=${v#*|}
  /usr/bin/time -f "%e %M" -o /tmp/s19/big.time java -Xmx16g $opts -jar /tmp/s19/base.jar report --data $D --period 2024 --compare yoy --format json --out /tmp/s19/out-big.json > /tmp/s19/big-$name.out 2>&1
  echo "$name wall $(cat /tmp/s19/big.time) $(grep -o 'computed in [0-9.]* m\?s' /tmp/s19/big-$name.out)"
  rm -f /tmp/s19/out-big.json
done
