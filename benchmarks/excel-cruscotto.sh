#!/usr/bin/env bash
# The all-Italy cruscotto (7,896 generated comuni x 11 indicators, with provinces and Italy) written as an
# XLSX workbook and read back, both in streaming mode: in-process times and peak heap from the program,
# whole-process wall time, CPU time and peak memory (RSS) from /usr/bin/time -v. Target: under 3 s and
# 200 MB. The program prints CPU time too: on a shared machine the wall time mostly measures the load, so
# the script prints the load (uptime) before and after, and the machine it ran on.
# Then, unless SIDE_BY_SIDE=0, the side-by-side with FastExcel: the same cells written and read by both,
# in one JVM, best of ROUNDS (default 3) alternating rounds.
#
# Usage: benchmarks/excel-cruscotto.sh        (SKIP_BUILD=1 to use the jar as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then
  mvn -B -ntp -q -DskipTests -pl benchmarks -am package
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"
LOG4J=-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory
# a heap limit as a user converting one workbook would give it: the whole process keeps some 45 MB live;
# with -Xmx200m the young generation alone touches some 60 MB more of memory than with -Xmx96m
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xmx96m}"
echo "java options: $JAVA_OPTS"
log=$(mktemp)
/usr/bin/time -v java $JAVA_OPTS $LOG4J -cp "$JAR" io.github.socialplan.benchmarks.excel.ExcelCruscotto \
  benchmarks/target/cruscotto-italia.xlsx 2>"$log"
awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Elapsed \(wall clock\)/ {w=$2}
  /Maximum resident set size/ {r=$2} /Percent of CPU/ {p=$2}
  END {printf "whole process (generating the comuni and their cruscotto included): %s wall, %.1f s of CPU" \
    " (user %.1f + system %.1f, all threads, %s of a core), peak memory %.0f MB (RSS)\n", w, u+s, u, s, p, r/1024}' "$log"
rm -f "$log"
echo "load after: $(uptime)"
if [[ "${SIDE_BY_SIDE:-1}" != 0 ]]; then
  echo "side by side with FastExcel (in one JVM, -Xmx400m):"
  java -XX:+UseSerialGC -Xmx400m $LOG4J -cp "$JAR" io.github.socialplan.benchmarks.excel.FastExcelSideBySide \
    "${ROUNDS:-3}"
  echo "load after: $(uptime)"
fi
