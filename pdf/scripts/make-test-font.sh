#!/usr/bin/env bash
# Makes the small font that csi-pdf's tests embed (CI machines have no CJK font): Droid Sans
# Fallback Full (Apache-2.0, TrueType outlines, Debian's fonts-droid-fallback) cut down with
# fontTools' pyftsubset to the characters the tests' reports can contain: every character of the
# report and phrasing wording (zh and en), the PDF's page furniture and the bundled sample's unit
# names, and the sample's reports (2024, 2024-06). Droid Sans Fallback has no Latin letters or digits; the PDF takes those from its built-in
# Helvetica, as it does with this font installed on a real machine.
# Needs: apt-get install -y fonts-droid-fallback; pip install fonttools (or python3-fonttools)
# Usage: pdf/scripts/make-test-font.sh     (rerun after the wording or the sample's names change)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
src=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
out="$root/pdf/src/test/resources/fonts"
[ -f "$src" ] || { echo "no $src: apt-get install -y fonts-droid-fallback" >&2; exit 1; }
mkdir -p "$out"
text="$(mktemp)"
trap 'rm -f "$text"' EXIT
cat "$root"/indicators/src/main/resources/org/communitysafety/indicators/*/*Text_*.properties \
    "$root"/indicators/src/main/resources/org/communitysafety/indicators/Indicator*_*.properties \
    "$root"/pdf/src/main/resources/org/communitysafety/pdf/PdfText_*.properties \
    "$root"/examples/src/main/resources/org/communitysafety/examples/sample/jurisdictions.csv > "$text"
find "$root/core/src/main" \( -name '*.properties' -o -name '*.java' \) -exec cat {} + >> "$text"   # labels, taxonomy
jar="$root/examples/target/csi.jar"   # and the sample's reports themselves, as the tests render them
[ -f "$jar" ] || (cd "$root" && mvn -B -q -pl core,indicators,pdf,examples -am package -DskipTests)
for period in 2024 2024-06; do
  for lang in zh en; do
    java -jar "$jar" report --sample --period "$period" --compare yoy --format html --lang "$lang" --out /dev/stdout >> "$text"
  done
done
python3 -m fontTools.subset "$src" --text-file="$text" --output-file="$out/csi-test-cjk.ttf" \
  --layout-features='*' --name-IDs='*' --no-hinting --desubroutinize
cp /usr/share/doc/fonts-droid-fallback/copyright "$out/csi-test-cjk.LICENSE.txt"
ls -l "$out"
