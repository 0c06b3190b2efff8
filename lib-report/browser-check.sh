#!/usr/bin/env bash
# Renders the example reports in a real browser (Debian's headless Chromium) and checks what a reader sees:
# every report prints to a PDF whose pages are not blank and whose text holds every section title of the
# report, a screenshot that is not blank, and no console error. Installs chromium, poppler-utils and
# python3-pil from Debian when they are missing (and uses Debian's /usr/bin/python3, which has PIL). Not part
# of `mvn verify`.
#
#   bash lib-report/browser-check.sh            # runs the examples first if target/reports/ is empty
#   bash lib-report/browser-check.sh DIR        # checks the *.html reports in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-target/reports}"
out="target/browser-check"

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftotext >/dev/null || need+=(poppler-utils)
/usr/bin/python3 -c "import PIL" 2>/dev/null || need+=(python3-pil)
if ((${#need[@]})); then
  echo "installing ${need[*]} (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! ls "$dir"/*.html >/dev/null 2>&1; then
  echo "no report in $dir: running the examples"
  mvn -B -ntp -q -DskipTests -pl examples -am package exec:java >/dev/null
fi

rm -rf "$out" && mkdir -p "$out"
browser() {
  # The flags keep Chromium off the network: this machine has none, and the report must need none.
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$out/profile" \
    --enable-logging=stderr --v=0 "$@"
}

failed=0
for html in "$dir"/*.html; do
  name="$(basename "$html" .html)"
  url="file://$(realpath "$html")"
  browser --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer "$url" 2>"$out/$name.pdf.log" >/dev/null
  browser --screenshot="$out/$name.png" --window-size=1240,1754 "$url" 2>"$out/$name.png.log" >/dev/null
  browser --dump-dom "$url" 2>"$out/$name.dom.log" >"$out/$name.dom.html"
  pdftotext -layout "$out/$name.pdf" "$out/$name.txt"
  pdftoppm -r 30 -png "$out/$name.pdf" "$out/$name-page"
  /usr/bin/python3 - "$html" "$out" "$name" <<'PY' || failed=1
import glob, html.parser, re, sys
from PIL import Image, ImageStat
src, out, name = sys.argv[1:]

class Titles(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.inside = False; self.titles = []
    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2"): self.inside = True; self.titles.append("")
    def handle_endtag(self, tag):
        if tag in ("h1", "h2"): self.inside = False
    def handle_data(self, data):
        if self.inside: self.titles[-1] += data

def blank(path):
    img = Image.open(path).convert("L")
    return ImageStat.Stat(img).stddev[0] < 2.0

t = Titles(); t.feed(open(src, encoding="utf-8").read())
# Whitespace is collapsed, and a line broken after a hyphen ("2015-\n2017") joins again.
norm = lambda s: re.sub(r"-\s+", "-", re.sub(r"\s+", " ", s)).strip()
text = norm(open(f"{out}/{name}.txt", encoding="utf-8").read())
dom = Titles(); dom.feed(open(f"{out}/{name}.dom.html", encoding="utf-8").read())
pages = sorted(glob.glob(f"{out}/{name}-page-*.png"))
problems = []
missing = [x for x in t.titles if norm(x) not in text]
if missing: problems.append(f"section titles missing from the PDF text: {missing}")
if [norm(x) for x in dom.titles] != [norm(x) for x in t.titles]: problems.append("DOM titles differ from the file's")
blank_pages = [p for p in pages if blank(p)]
if not pages: problems.append("no PDF page")
if blank_pages: problems.append(f"blank pages: {blank_pages}")
if blank(f"{out}/{name}.png"): problems.append("blank screenshot")
logs = "".join(open(f"{out}/{name}.{k}.log", errors="replace").read() for k in ("pdf", "png", "dom"))
console = [l for l in logs.splitlines() if "CONSOLE" in l]
if console: problems.append(f"console messages: {console[:3]}")
svgs = open(f"{out}/{name}.dom.html", encoding="utf-8").read().count("<svg")
print(f"{name}: {len(pages)} PDF pages, none blank: {not blank_pages}; screenshot not blank; "
      f"{len(t.titles)} titles found in the PDF text: {not missing}; {svgs} charts in the DOM; "
      f"console errors: {len(console)}")
for p in problems: print(f"  FAILED: {p}")
sys.exit(1 if problems else 0)
PY
done
if ((failed)); then echo "browser check FAILED"; exit 1; fi
echo "browser check passed: $(ls "$dir"/*.html | wc -l) reports, files in $out/"
