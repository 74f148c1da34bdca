#!/bin/bash
# ab.sh ROUNDS ITER variant... : alternate variants (class dirs prepended to the base jar; "base" = none)
R=$1; I=$2; shift 2
for r in $(seq 1 $R); do for v in "$@"; do
  cp=${BASE:-/tmp/cat/base-s17.jar}; [ "$v" != base ] && cp=$v:$cp
  echo "$r $v $(java -cp $cp:/tmp/exp/catout Cat2 /tmp/d10m $I 2>&1 | tail -1) load $(cut -d' ' -f1 /proc/loadavg)"
done; done
