#!/usr/bin/env bash
# The all-Italy cruscotto (7,896 generated comuni x 11 indicators, with provinces and Italy) written as an
# XLSX workbook and read back, both in streaming mode: in-process times and peak heap from the program,
# whole-process wall time and peak memory (RSS) from /usr/bin/time -v. Target: under 3 s and 200 MB.
# The program prints CPU time too: on a shared machine the wall time mostly measures the load.
#
# Usage: benchmarks/excel-cruscotto.sh        (SKIP_BUILD=1 to use the jar as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then
  mvn -B -ntp -q -DskipTests -pl benchmarks -am package
fi
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xmx200m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory}"
log=$(mktemp)
/usr/bin/time -v java $JAVA_OPTS -cp "$JAR" io.github.socialplan.benchmarks.excel.ExcelCruscotto \
  benchmarks/target/cruscotto-italia.xlsx 2>"$log"
awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Elapsed \(wall clock\)/ {w=$2}
  /Maximum resident set size/ {r=$2}
  END {printf "whole process: %s wall, %.1f s of CPU (user + system, all threads), peak memory %.0f MB (RSS)\n", w, u+s, r/1024}' "$log"
rm -f "$log"
