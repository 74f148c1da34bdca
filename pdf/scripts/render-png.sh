#!/usr/bin/env bash
# Renders the sample's 2024 report (csi report --sample --period 2024 --compare yoy), zh and en,
# as HTML and as PDF, and turns both into PNG to look at them the way a reader will:
#   the PDF, every page at 60 dpi with pdftoppm:   OUT/report-zh-pdf-1.png, -2.png ...
#   the HTML, in headless Chromium, printed to PDF through the browser's own print layout and
#   rasterised the same way (OUT/report-zh-html-print-1.png ...), and as one long screenshot
#   (OUT/report-zh-html.png); skipped with a note when Chromium is not installed.
# Needs: apt-get install -y poppler-utils fonts-wqy-zenhei (and chromium for the HTML).
# The PDF embeds the font that csi finds (CSI_FONT, --font, or a system font); pass FONT=PATH to
# name one. Usage: pdf/scripts/render-png.sh [OUT_DIR]   (default: target/report-png)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/target/report-png}"
mkdir -p "$out"
jar="$root/examples/target/csi.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -pl core,indicators,pdf,examples -am package -DskipTests)
command -v pdftoppm >/dev/null || { echo "no pdftoppm: apt-get install -y poppler-utils" >&2; exit 1; }
font=()
[ -n "${FONT:-}" ] && font=(--font "$FONT")
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
for lang in zh en; do
  base="$out/report-$lang"
  java -jar "$jar" report --sample --period 2024 --compare yoy --format pdf --lang "$lang" "${font[@]}" --out "$base.pdf"
  rm -f "$base"-pdf-*.png
  pdftoppm -r 60 -png "$base.pdf" "$base-pdf"
  java -jar "$jar" report --sample --period 2024 --compare yoy --format html --lang "$lang" --out "$base.html"
  if [ -n "$browser" ]; then
    "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$base-html-print.pdf" \
      "file://$base.html" 2>/dev/null
    rm -f "$base"-html-print-*.png
    pdftoppm -r 60 -png "$base-html-print.pdf" "$base-html-print"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,7000 \
      --screenshot="$base-html.png" "file://$base.html" 2>/dev/null
  else
    echo "no Chromium (apt-get install -y chromium): the HTML was not rendered" >&2
  fi
  echo "$lang: $(pdfinfo "$base.pdf" | awk '/^Pages:/ {print $2}') PDF pages; PNG files in $out"
done
