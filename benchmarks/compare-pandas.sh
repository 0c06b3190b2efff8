#!/usr/bin/env bash
# socialplan against pandas and DuckDB on the same all-Italy POSAS file.
#
# Builds the benchmarks jar, generates the synthetic all-Italy file if missing, installs Debian's pandas
# if missing, then runs the same work on both sides: load the file and compute the demographic dashboard
# (eleven indicators) of every comune, every province and Italy. The library runs it two ways: the
# cruscotto (PosasReader.read making each comune's DemographicProfile on the thread that reads it, then
# lib-indicators' Dashboard table with parent comparisons) and the streaming route (the same read, then the
# demographic calculators, no table); and, for reference, the cruscotto from PosasReader.readAll's
# populations (the same table).
# DuckDB runs in the same JVM harness through JDBC: one SQL query (read_csv, conditional sums by age,
# GROUPING SETS by comune, province and Italy), with DUCKDB_THREADS threads (default: the cores).
#   1. in-process: best of REPS runs after WARMUP runs, inside one JVM / one Python process, in LAUNCHES
#      processes of each side taken in turn, each side keeping its best;
#   2. whole process: the command with one run, timed by /usr/bin/time -v (wall time, peak RSS), best of
#      PROCESS_RUNS launches.
# Every run prints a checksum of every indicator value; the script fails if they differ.
# The floor of any reader is measured too: the file's bytes read once and their newlines counted with the
# reader's threads (--scan); each side's time is also given as a multiple of it.
#
# Usage: benchmarks/compare-pandas.sh [FILE]         (ONE_CORE=1 for every side pinned to one core)
# Environment: REPS (10), WARMUP (50: the JIT needs some forty runs to finish compiling the cruscotto's once-per-run code),
# LAUNCHES (3: the processes of each side in-process, taken in turn; each side keeps its best launch), PROCESS_RUNS (3),
# JAVA_OPTS (in-process JVM flags, default -XX:+UseParallelGC), STEADY_OPTS (added to JAVA_OPTS for the
# in-process timings only, default -Xms1g -Xmx1g -XX:+AlwaysPreTouch: a fixed heap whose memory is touched
# at start, as a long-running service would set it; README, Performance, says why),
# BATCH_JAVA_OPTS (whole-process flags of a one-shot run, default -XX:+UseSerialGC -XX:TieredStopAtLevel=1
# -Xms32m),
# DUCKDB_THREADS ($(nproc), 1 with ONE_CORE=1), SKIP_BUILD=1 (use the jar as it is), ONE_CORE=1 (taskset -c 0).
set -euo pipefail
cd "$(dirname "$0")/.."

FILE="${1:-benchmarks/target/posas-italy-synthetic.csv}"
REPS="${REPS:-10}"
WARMUP="${WARMUP:-50}"
LAUNCHES="${LAUNCHES:-3}"
PROCESS_RUNS="${PROCESS_RUNS:-3}"
# In-process: the throughput collector, the usual choice for a batch computation (G1, the default, was
# slower and noisier on this work: set JAVA_OPTS=-XX:+UseG1GC to see it).
JAVA_OPTS="${JAVA_OPTS:--XX:+UseParallelGC}"
STEADY_OPTS="${STEADY_OPTS--Xms1g -Xmx1g -XX:+AlwaysPreTouch}"
# A one-shot single-threaded job: the serial collector (the JVM's own choice on small machines) keeps peak
# memory small, the C1 compiler alone reaches compiled code sooner than waiting for C2, and a small initial
# heap (the default is 1/64 of RAM, 384 MB on 24 GB, whose young part a run touches before its first
# collection) grows only as far as the run needs. The cruscotto's whole process is timed with the
# in-process flags too, so both figures are in the output.
BATCH_JAVA_OPTS="${BATCH_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m}"
source benchmarks/compare-common.sh

if [[ ! -f "$FILE" ]]; then
  echo "== generating $FILE"
  java -cp "$JAR" io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas "$FILE"
fi

# The JVM flags are words on purpose: split them into the command arrays.
read -r -a java_flags <<<"$JAVA_OPTS"
read -r -a steady_flags <<<"$STEADY_OPTS"
read -r -a batch_flags <<<"$BATCH_JAVA_OPTS"
java_cmd=("${pin[@]}" java "${java_flags[@]}" "${steady_flags[@]}" -cp "$JAR" "$JAVA_MAIN" "$FILE")
process_cmd=("${pin[@]}" java "${java_flags[@]}" -cp "$JAR" "$JAVA_MAIN" "$FILE")
batch_cmd=("${pin[@]}" java "${batch_flags[@]}" -cp "$JAR" "$JAVA_MAIN" "$FILE")
pandas_cmd=("${pin[@]}" "$PYTHON" benchmarks/pandas_dashboard.py "$FILE")

machine
echo "== file: $FILE ($(stat -c %s "$FILE") bytes, $(wc -l <"$FILE") lines)"

echo "== in-process: best of $REPS after $WARMUP warm-up runs, in each of $LAUNCHES launches of every side," \
  "taken in turn (JVM flags: ${JAVA_OPTS:-none} ${STEADY_OPTS})"
# Separate JVMs of one route gave bests from 24 to 41 ms in the same minutes (README, Performance): every
# side runs in LAUNCHES processes, the sides taken in turn so that each meets the same stretches of the
# machine, and keeps its lowest best (side, in compare-common.sh); every checksum is checked at the end.
cruscotto_out="" populations_out="" streaming_out="" one_thread_out="" duckdb_out="" pandas_out="" scan_out=""
for ((launch = 1; launch <= LAUNCHES; launch++)); do
  side cruscotto_out "${java_cmd[@]}" --reps "$REPS" --warmup "$WARMUP"
  side populations_out "${java_cmd[@]}" --populations --reps "$REPS" --warmup "$WARMUP"
  side streaming_out "${java_cmd[@]}" --streaming --reps "$REPS" --warmup "$WARMUP"
  if [[ "${ONE_CORE:-0}" != 1 ]]; then
    # The same route with the reader on one thread, both cores free: how much the second core gives right
    # now. On this kind of virtual machine it varies from hour to hour (see README, Performance).
    side one_thread_out "${java_cmd[@]}" --streaming --threads 1 --reps "$REPS" --warmup "$WARMUP"
  fi
  side duckdb_out "${java_cmd[@]}" --duckdb "$DUCKDB_THREADS" --reps "$REPS" --warmup "$WARMUP"
  side pandas_out "${pandas_cmd[@]}" --reps "$REPS" --warmup "$WARMUP"
  side scan_out "${java_cmd[@]}" --scan --reps "$REPS" --warmup "$WARMUP"
  echo "launch $launch of $LAUNCHES, best so far: cruscotto $(field best "$cruscotto_out") ms, streaming" \
    "$(field best "$streaming_out") ms, DuckDB $(field best "$duckdb_out") ms, pandas $(field best "$pandas_out") ms"
done
echo "$cruscotto_out"
echo "$populations_out"
echo "$streaming_out"
if [[ -n "$one_thread_out" ]]; then
  echo "$one_thread_out" | grep best
fi
echo "$duckdb_out"
echo "$pandas_out"
echo "$scan_out"

echo "== whole process: one run per launch, best of $PROCESS_RUNS launches (/usr/bin/time -v)"
read -r cd_wall cd_rss <<<"$(whole "$PROCESS_RUNS" "${process_cmd[@]}")"
read -r cb_wall cb_rss <<<"$(whole "$PROCESS_RUNS" "${batch_cmd[@]}")"
read -r sb_wall sb_rss <<<"$(whole "$PROCESS_RUNS" "${batch_cmd[@]}" --streaming)"
read -r p_wall p_rss <<<"$(whole "$PROCESS_RUNS" "${pandas_cmd[@]}")"

echo
echo "== results ($(stat -c %s "$FILE") bytes; ratio = pandas / socialplan, above 1 means socialplan wins)"
echo "cruscotto = PosasReader.read making profiles + lib-indicators Dashboard; streaming = the same read +"\
  "the calculators; from populations = PosasReader.readAll + Dashboard"
echo "in-process JVM flags: ${JAVA_OPTS:-none} ${STEADY_OPTS} (whole process: without ${STEADY_OPTS:-nothing}); batch JVM flags: $BATCH_JAVA_OPTS"
awk -v cb="$(field best "$cruscotto_out")" -v sb="$(field best "$streaming_out")" \
  -v pb="$(field best "$pandas_out")" -v cdw="$cd_wall" -v cdr="$cd_rss" -v cbw="$cb_wall" -v cbr="$cb_rss" \
  -v sbw="$sb_wall" -v sbr="$sb_rss" -v pw="$p_wall" -v pr="$p_rss" 'BEGIN {
  printf "%-46s %12s %12s %8s\n", "", "socialplan", "pandas", "ratio"
  printf "%-46s %9.1f ms %9.1f ms %7.1fx\n", "in-process load+dashboard, cruscotto (best)", cb, pb, pb / cb
  printf "%-46s %9.1f ms %9.1f ms %7.1fx\n", "in-process load+dashboard, streaming (best)", sb, pb, pb / sb
  printf "%-46s %10.2f s %10.2f s %7.2fx\n", "whole process wall, cruscotto, in-process JVM", cdw, pw, pw / cdw
  printf "%-46s %10.2f s %10.2f s %7.2fx\n", "whole process wall, cruscotto, batch JVM", cbw, pw, pw / cbw
  printf "%-46s %10.2f s %10.2f s %7.2fx\n", "whole process wall, streaming, batch JVM", sbw, pw, pw / sbw
  printf "%-46s %9.0f MB %9.0f MB %7.2fx\n", "peak RSS, cruscotto, in-process JVM", cdr / 1024, pr / 1024, pr / cdr
  printf "%-46s %9.0f MB %9.0f MB %7.2fx\n", "peak RSS, cruscotto, batch JVM", cbr / 1024, pr / 1024, pr / cbr
  printf "%-46s %9.0f MB %9.0f MB %7.2fx\n", "peak RSS, streaming, batch JVM", sbr / 1024, pr / 1024, pr / sbr
}'
awk -v cb="$(field best "$cruscotto_out")" -v sb="$(field best "$streaming_out")" \
  -v ab="$(field best "$populations_out")" -v db="$(field best "$duckdb_out")" -v t="$DUCKDB_THREADS" 'BEGIN {
  printf "%-46s %12s %12s %8s\n", "", "socialplan", "DuckDB", "ratio"
  printf "%-46s %9.1f ms %9.1f ms %7.1fx\n", "in-process, cruscotto vs DuckDB (" t " threads)", cb, db, db / cb
  printf "%-46s %9.1f ms %9.1f ms %7.1fx\n", "in-process, streaming vs DuckDB (" t " threads)", sb, db, db / sb
  printf "%-46s %9.1f ms %9.1f ms %7.1fx\n", "in-process, from populations vs DuckDB", ab, db, db / ab
}'
awk -v cb="$(field best "$cruscotto_out")" -v sb="$(field best "$streaming_out")" \
  -v db="$(field best "$duckdb_out")" -v pb="$(field best "$pandas_out")" -v nb="$(field best "$scan_out")" \
  -v nt="$(field threads "$scan_out")" 'BEGIN {
  printf "%-46s %12s %12s %8s\n", "", "side", "byte scan", "ratio"
  printf "%-46s %9.1f ms %9.1f ms %7.2fx\n", "cruscotto / scan (" nt " threads)", cb, nb, cb / nb
  printf "%-46s %9.1f ms %9.1f ms %7.2fx\n", "streaming / scan (" nt " threads)", sb, nb, sb / nb
  printf "%-46s %9.1f ms %9.1f ms %7.2fx\n", "DuckDB / scan", db, nb, db / nb
  printf "%-46s %9.1f ms %9.1f ms %7.2fx\n", "pandas / scan", pb, nb, pb / nb
}'
if [[ -n "${one_thread_out:-}" ]]; then
  awk -v one="$(field best "$one_thread_out")" -v two="$(field best "$streaming_out")" 'BEGIN {
    printf "second core: the streaming route %.1f ms on one reader thread, %.1f ms on two: %.2fx\n", one, two, one / two }'
fi
machine
java_sum="$(field checksum "$cruscotto_out")"
streaming_sum="$(field checksum "$streaming_out")"
populations_sum="$(field checksum "$populations_out")"
pandas_sum="$(field checksum "$pandas_out")"
duckdb_sum="$(field checksum "$duckdb_out")"
echo "checksum: socialplan cruscotto $java_sum, streaming $streaming_sum, from populations $populations_sum," \
  "DuckDB $duckdb_sum, pandas $pandas_sum"
if [[ -z "$java_sum" || "$java_sum" != "$pandas_sum" || "$streaming_sum" != "$pandas_sum" \
  || "$populations_sum" != "$pandas_sum" || "$duckdb_sum" != "$pandas_sum" ]]; then
  echo "FAIL: the checksums differ: the sides did not compute the same indicators" >&2
  exit 1
fi
checks_all "$pandas_sum"
