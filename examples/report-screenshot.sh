#!/usr/bin/env bash
# Renders the sample's reports in headless Chromium and saves screenshots, to look at them the
# way a reader will (Chinese text, charts, tables). Needs the Debian packages chromium and a CJK
# font (fonts-noto-cjk or fonts-wqy-zenhei):  apt-get install -y chromium fonts-noto-cjk
# Usage: examples/report-screenshot.sh [OUT_DIR]   (default: target/report-screenshots)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/target/report-screenshots}"
mkdir -p "$out"
jar="$root/examples/target/csi.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q package -DskipTests)
for lang in zh en; do
  java -jar "$jar" report --sample --period 2024 --compare yoy --format html --lang "$lang" --out "$out/report-$lang.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,7000 \
    --screenshot="$out/report-$lang.png" "file://$out/report-$lang.html" 2>/dev/null
  echo "$out/report-$lang.png"
done
