#!/usr/bin/env bash
# The series benchmark: eight synthetic years of the all-Italy POSAS file (2018-2025, 8 x 27 MB), every
# indicator of every comune, province and Italy of every year, by socialplan's two routes, DuckDB and pandas.
#
# Builds the benchmarks jar, generates the eight files if missing (GenerateSyntheticPosas --series), then:
#   1. in-process: best of REPS runs after WARMUP runs of each side, in LAUNCHES processes taken in turn (socialplan's cruscotto: the eight files
#      read with PosasReader.readAll and one Dashboard table of every year; the streaming route: the files
#      one after the other, a DemographicProfile per comune; DuckDB through JDBC in the same JVM harness:
#      one SQL query over the eight files, grouped by file; pandas: the dashboard file by file), and the byte
#      scan of the eight files, the floor of any reader;
#   2. whole process: one run per launch, best of PROCESS_RUNS launches, wall time and peak RSS from
#      /usr/bin/time -v, for every side.
# Every side prints the checksum of all its values; the script fails unless they agree.
# Memory: DuckDB's query declares ISTAT's columns (auto_detect = false). With its CSV sniffer over the list of
# files, the query over the eight files went past 6 GB resident (two files alone: 8 GB and over three
# minutes); with the columns declared it runs in a few hundred MB, with DuckDB's default settings.
#
# Usage: benchmarks/compare-series.sh [DIR]          (ONE_CORE=1 for every side pinned to one core)
# Environment: REPS (5), WARMUP (10), LAUNCHES (3, as compare-pandas.sh), PROCESS_RUNS (2), JAVA_OPTS (in-process and DuckDB JVM flags, default
# -XX:+UseParallelGC), STEADY_OPTS (added for the in-process timings only, default -Xms1g -Xmx1g
# -XX:+AlwaysPreTouch, as compare-pandas.sh), BATCH_JAVA_OPTS (the library's whole-process flags, default -XX:+UseSerialGC
# -XX:TieredStopAtLevel=1 -Xms32m, as compare-pandas.sh), DUCKDB_THREADS, SKIP_BUILD, ONE_CORE as there.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${1:-benchmarks/target/series}"
REPS="${REPS:-5}"
WARMUP="${WARMUP:-10}"
LAUNCHES="${LAUNCHES:-3}"
PROCESS_RUNS="${PROCESS_RUNS:-2}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseParallelGC}"
STEADY_OPTS="${STEADY_OPTS--Xms1g -Xmx1g -XX:+AlwaysPreTouch}"
BATCH_JAVA_OPTS="${BATCH_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m}"
source benchmarks/compare-common.sh

echo "== the series in $DIR"
java -cp "$JAR" io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas --series "$DIR"
files=("$DIR"/posas-italy-synthetic-20[0-9][0-9].csv)
bytes="$(cat "${files[@]}" | wc -c)"

read -r -a java_flags <<<"$JAVA_OPTS"
read -r -a steady_flags <<<"$STEADY_OPTS"
read -r -a batch_flags <<<"$BATCH_JAVA_OPTS"
java_cmd=("${pin[@]}" java "${java_flags[@]}" "${steady_flags[@]}" -cp "$JAR" "$JAVA_MAIN" "${files[@]}")
batch_cmd=("${pin[@]}" java "${batch_flags[@]}" -cp "$JAR" "$JAVA_MAIN" "${files[@]}")
duckdb_cmd=("${java_cmd[@]}" --duckdb "$DUCKDB_THREADS")
# DuckDB's whole process without the fixed, pre-touched heap, which would count in its peak memory
duckdb_process_cmd=("${pin[@]}" java "${java_flags[@]}" -cp "$JAR" "$JAVA_MAIN" "${files[@]}" --duckdb "$DUCKDB_THREADS")
pandas_cmd=("${pin[@]}" "$PYTHON" benchmarks/pandas_dashboard.py "${files[@]}")

machine
echo "== files: ${#files[@]}, $bytes bytes"
echo "== in-process: best of $REPS after $WARMUP warm-up runs, in each of $LAUNCHES launches of every side," \
  "taken in turn (JVM flags: ${JAVA_OPTS:-none} ${STEADY_OPTS})"
cruscotto_out="" streaming_out="" duckdb_out="" pandas_out="" scan_out=""
for ((launch = 1; launch <= LAUNCHES; launch++)); do
  side cruscotto_out "${java_cmd[@]}" --reps "$REPS" --warmup "$WARMUP"
  side streaming_out "${java_cmd[@]}" --streaming --reps "$REPS" --warmup "$WARMUP"
  side duckdb_out "${duckdb_cmd[@]}" --reps "$REPS" --warmup "$WARMUP"
  side pandas_out "${pandas_cmd[@]}" --reps "$REPS" --warmup 1
  side scan_out "${java_cmd[@]}" --scan --reps "$REPS" --warmup "$WARMUP"
  echo "launch $launch of $LAUNCHES, best so far: cruscotto $(field best "$cruscotto_out") ms, streaming" \
    "$(field best "$streaming_out") ms, DuckDB $(field best "$duckdb_out") ms, pandas $(field best "$pandas_out") ms"
done
echo "$cruscotto_out"
echo "$streaming_out"
echo "$duckdb_out"
echo "$pandas_out"
echo "$scan_out"

echo "== whole process: one run per launch, best of $PROCESS_RUNS launches (/usr/bin/time -v)"
read -r cb_wall cb_rss <<<"$(whole "$PROCESS_RUNS" "${batch_cmd[@]}")"
read -r sb_wall sb_rss <<<"$(whole "$PROCESS_RUNS" "${batch_cmd[@]}" --streaming)"
read -r d_wall d_rss <<<"$(whole "$PROCESS_RUNS" "${duckdb_process_cmd[@]}")"
read -r p_wall p_rss <<<"$(whole "$PROCESS_RUNS" "${pandas_cmd[@]}")"

echo
echo "== results: ${#files[@]} years, $bytes bytes (ratio = the other side / socialplan, above 1 means socialplan wins)"
echo "in-process JVM flags: ${JAVA_OPTS:-none} ${STEADY_OPTS} (DuckDB's whole process: ${JAVA_OPTS:-none}); socialplan's whole-process JVM flags: $BATCH_JAVA_OPTS"
awk -v cb="$(field best "$cruscotto_out")" -v sb="$(field best "$streaming_out")" \
  -v db="$(field best "$duckdb_out")" -v pb="$(field best "$pandas_out")" -v nb="$(field best "$scan_out")" \
  -v t="$DUCKDB_THREADS" -v nt="$(field threads "$scan_out")" 'BEGIN {
  printf "%-44s %10s %10s %10s %10s %10s\n", "in-process, best", "cruscotto", "streaming", "DuckDB", "pandas", "byte scan"
  printf "%-44s %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f ms\n", "time (DuckDB " t " threads, scan " nt ")", cb, sb, db, pb, nb
  printf "%-44s %9.1fx %9.1fx\n", "DuckDB / route", db / cb, db / sb
  printf "%-44s %9.1fx %9.1fx\n", "pandas / route", pb / cb, pb / sb
  printf "%-44s %9.2fx %9.2fx %9.2fx %9.2fx\n", "side / byte scan", cb / nb, sb / nb, db / nb, pb / nb
}'
awk -v cbw="$cb_wall" -v cbr="$cb_rss" -v sbw="$sb_wall" -v sbr="$sb_rss" -v dw="$d_wall" -v dr="$d_rss" \
  -v pw="$p_wall" -v pr="$p_rss" 'BEGIN {
  printf "%-44s %10s %10s %10s %10s\n", "whole process, one run", "cruscotto", "streaming", "DuckDB", "pandas"
  printf "%-44s %8.2f s %8.2f s %8.2f s %8.2f s\n", "wall", cbw, sbw, dw, pw
  printf "%-44s %7.0f MB %7.0f MB %7.0f MB %7.0f MB\n", "peak RSS", cbr / 1024, sbr / 1024, dr / 1024, pr / 1024
  printf "%-44s %9.2fx %9.2fx\n", "DuckDB peak RSS / route", dr / cbr, dr / sbr
}'
machine
sums=("$(field checksum "$cruscotto_out")" "$(field checksum "$streaming_out")" "$(field checksum "$duckdb_out")" \
  "$(field checksum "$pandas_out")")
echo "checksum: socialplan cruscotto ${sums[0]}, socialplan streaming ${sums[1]}, DuckDB ${sums[2]}, pandas ${sums[3]}"
if [[ -z "${sums[0]}" || "${sums[0]}" != "${sums[1]}" || "${sums[0]}" != "${sums[2]}" || "${sums[0]}" != "${sums[3]}" ]]; then
  echo "FAIL: the checksums differ: the sides did not compute the same indicators" >&2
  exit 1
fi
checks_all "${sums[0]}"
