#!/usr/bin/env bash
# Checks the example workbooks in a real spreadsheet application: LibreOffice Calc, headless.
#
#   bash lib-excel/libreoffice-check.sh            # from the project root
#
# 1. Installs Debian's LibreOffice Calc (headless, no GUI) when `soffice` is missing (needs root or sudo).
# 2. Writes the example workbooks under target/ (the Quick-start examples), unless they are there already.
# 3. Removes the saved result of every formula, so that LibreOffice cannot show the library's figures back,
#    and converts every sheet to CSV with LibreOffice set to recalculate on loading.
# 4. Checks that every total recalculated by LibreOffice (a row "... (formula)") equals the library's total
#    in the row beneath it ("... (socialplan)") to the cent, and that the 2015 column of the Cremona plan
#    still shows the one-euro gap between the expenditure lines and the published total.
# It prints what it checked and exits non-zero on the first difference. `mvn verify` does not run it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice not found: installing Debian's libreoffice-calc-nogui"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
soffice --version

workbooks=(target/cremona-piano-2015-2017.xlsx target/provincia-cremona-comuni-2022.xlsx)
if [ ! -f "${workbooks[0]}" ] || [ ! -f "${workbooks[1]}" ]; then
  echo "writing the example workbooks (mvn ... exec:java)"
  mvn -B -ntp -q -DskipTests -pl examples -am package exec:java >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a fresh LibreOffice profile that recalculates OOXML workbooks on loading (0 = always)
mkdir -p "$work/profile/user"
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU

python3 - "$work" "${workbooks[@]}" <<'PY'
import re, sys, zipfile, pathlib
work = pathlib.Path(sys.argv[1])
for name in sys.argv[2:]:
    src = pathlib.Path(name)
    dst = work / src.name
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        stripped = 0
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = data.decode("utf-8")
                text, n = re.subn(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", text)
                stripped += n
                data = text.encode("utf-8")
            zout.writestr(item, data)
    print(f"{src}: {stripped} formulas without their saved results, for LibreOffice to recalculate")
PY

for f in "$work"/*.xlsx; do
  soffice -env:UserInstallation=file://"$work/profile" --headless --calc \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/csv" "$f" >/dev/null 2>&1
done

python3 - "$work/csv" <<'PY'
import csv, sys, pathlib
from decimal import Decimal
folder = pathlib.Path(sys.argv[1])
files = sorted(folder.glob("*.csv"))
if not files:
    sys.exit("LibreOffice wrote no CSV")
def cents(text):
    return (Decimal(text) * 100).quantize(Decimal(1))
checked = 0
failed = False
for f in files:
    rows = list(csv.reader(f.open(encoding="utf-8")))
    n = 0
    for i, row in enumerate(rows):
        if not row or not row[0].endswith("(formula)"):
            continue
        library = rows[i + 1]
        for col, cell in enumerate(row[1:], start=1):
            if cell == "" or col >= len(library) or library[col] == "":
                continue
            try:
                ours, theirs = cents(library[col]), cents(cell)
            except Exception:
                continue
            ok = ours == theirs
            failed |= not ok
            n += 1
            if not ok:
                print(f"  DIFFERS {f.name} row {i + 1} col {col + 1}: LibreOffice {cell}, socialplan {library[col]}")
    # a list of comuni ends with a row "Totale" of =SUM formulas: they must equal the sums of the rows above
    for i, row in enumerate(rows):
        if len(row) > 1 and row[1] == "Totale" and i > 1:
            for col in range(2, len(row)):
                ours = sum(Decimal(r[col]) for r in rows[1:i])
                ok = cents(row[col]) == cents(ours)
                failed |= not ok
                n += 1
                if not ok:
                    print(f"  DIFFERS {f.name} row {i + 1} col {col + 1}: LibreOffice {row[col]}, rows add up to {ours}")
            print(f"{f.name}: the Totale row, recalculated: {', '.join(row[2:])} ({i - 1} comuni)")
    checked += n
    print(f"{f.name}: {n} formula totals recalculated by LibreOffice equal the library's to the cent")
plan = [f for f in files if "Bilancio" in f.name]
if not plan:
    sys.exit("no Bilancio sheet among " + str([f.name for f in files]))
rows = list(csv.reader(plan[0].open(encoding="utf-8")))
year = rows[0].index("2015")
gap = next(r for r in rows if r and r[0] == "Differenza somma - totale spese pubblicato (formula)")
print(f"{plan[0].name}: 2015 expenditure lines minus published total, recalculated: {Decimal(gap[year]):.2f} euro"
      + (" (the one-euro gap of the plan)" if cents(gap[year]) == -100 else " UNEXPECTED"))
failed |= cents(gap[year]) != -100
print(f"{checked} formula totals checked" + (": FAILED" if failed else ": all ok"))
sys.exit(1 if failed else 0)
PY
