#!/usr/bin/env bash
# socialplan against pandas on the same all-Italy POSAS file (issue 6).
#
# Builds the benchmarks jar, generates the synthetic all-Italy file if missing, installs Debian's pandas
# if missing, then runs the same work on both sides: load the file and compute the demographic dashboard
# (eleven indicators) of every comune, every province and Italy.
#   1. in-process: best of REPS runs after WARMUP runs, inside one JVM / one Python process;
#   2. whole process: the command with one run, timed by /usr/bin/time -v (wall time, peak RSS), best of
#      PROCESS_RUNS launches.
# Both sides print a checksum of every indicator value; the script fails if they differ.
#
# Usage: benchmarks/compare-pandas.sh [FILE]
# Environment: REPS (10), WARMUP (10: the JIT needs a few runs to compile the hot loops), PROCESS_RUNS (3), JAVA_OPTS (in-process JVM flags, default none),
# BATCH_JAVA_OPTS (whole-process flags of a one-shot run, default -XX:+UseSerialGC -XX:TieredStopAtLevel=1),
# SKIP_BUILD=1 (use the jar as it is).
set -euo pipefail
cd "$(dirname "$0")/.."

FILE="${1:-benchmarks/target/posas-italy-synthetic.csv}"
REPS="${REPS:-10}"
WARMUP="${WARMUP:-10}"
PROCESS_RUNS="${PROCESS_RUNS:-3}"
JAVA_OPTS="${JAVA_OPTS:-}"
# A one-shot single-threaded job: the serial collector (the JVM's own choice on small machines) keeps peak
# memory small, and the C1 compiler alone reaches compiled code sooner than waiting for C2. The whole
# process is timed with the JVM's default flags too, so both figures are in the output.
BATCH_JAVA_OPTS="${BATCH_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
JAR=benchmarks/target/benchmarks.jar
JAVA_MAIN=io.github.socialplan.benchmarks.compare.CompareWithPandas
PYTHON=/usr/bin/python3 # Debian's python, where python3-pandas installs; not a pyenv one on PATH

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then
  echo "== building $JAR"
  mvn -B -ntp -q -DskipTests -pl benchmarks -am package
fi

if [[ ! -f "$FILE" ]]; then
  echo "== generating $FILE"
  java -cp "$JAR" io.github.socialplan.benchmarks.synthetic.GenerateSyntheticPosas "$FILE"
fi

apt_updated=0
apt_install() {
  if [[ $apt_updated == 0 ]]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if ! "$PYTHON" -c 'import pandas' 2>/dev/null; then
  echo "== installing Debian's python3-pandas"
  apt_install python3-pandas
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "== installing Debian's time"
  apt_install time
fi

java_cmd=(java $JAVA_OPTS -cp "$JAR" "$JAVA_MAIN" "$FILE")
batch_cmd=(java $BATCH_JAVA_OPTS -cp "$JAR" "$JAVA_MAIN" "$FILE")
pandas_cmd=("$PYTHON" benchmarks/pandas_dashboard.py "$FILE")

field() { # field NAME TEXT: the value of NAME=... in TEXT
  grep -o "$1=[^ ]*" <<<"$2" | head -1 | cut -d= -f2
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"\
" $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $("$PYTHON" --version)"
echo "== file: $FILE ($(stat -c %s "$FILE") bytes, $(wc -l <"$FILE") lines)"

echo "== in-process: best of $REPS after $WARMUP warm-up runs"
java_out="$("${java_cmd[@]}" --reps "$REPS" --warmup "$WARMUP")"
echo "$java_out"
pandas_out="$("${pandas_cmd[@]}" --reps "$REPS" --warmup "$WARMUP")"
echo "$pandas_out"

java_sum="$(field checksum "$java_out")"
pandas_sum="$(field checksum "$pandas_out")"
java_best="$(field best "$java_out")"
pandas_best="$(field best "$pandas_out")"

# whole RUNS CMD...: best wall seconds and the peak RSS (kB) of that run, from /usr/bin/time -v
whole() {
  local runs="$1" best="" best_rss="" log wall rss
  shift
  log="$(mktemp)"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v "$@" --reps 1 --warmup 0 >/dev/null 2>"$log"
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
      for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s}' "$log")"
    rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")"
    if [[ -z "$best" ]] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then
      best="$wall"
      best_rss="$rss"
    fi
  done
  rm -f "$log"
  echo "$best $best_rss"
}

echo "== whole process: one run per launch, best of $PROCESS_RUNS launches (/usr/bin/time -v)"
read -r java_wall java_rss <<<"$(whole "$PROCESS_RUNS" "${java_cmd[@]}")"
read -r batch_wall batch_rss <<<"$(whole "$PROCESS_RUNS" "${batch_cmd[@]}")"
read -r pandas_wall pandas_rss <<<"$(whole "$PROCESS_RUNS" "${pandas_cmd[@]}")"

echo
echo "== results ($(stat -c %s "$FILE") bytes)"
echo "socialplan JVM flags: in-process and 'default' runs: ${JAVA_OPTS:-none}; 'batch' runs: $BATCH_JAVA_OPTS"
awk -v jb="$java_best" -v pb="$pandas_best" -v jw="$java_wall" -v pw="$pandas_wall" -v bw="$batch_wall" \
  -v jr="$java_rss" -v pr="$pandas_rss" -v br="$batch_rss" 'BEGIN {
  printf "%-38s %13s %13s %12s\n", "", "socialplan", "pandas", "pandas/ours"
  printf "%-38s %10.1f ms %10.1f ms %11.1fx\n", "in-process load+dashboard (best)", jb, pb, pb / jb
  printf "%-38s %11.2f s %11.2f s %11.2fx\n", "whole process wall time, default JVM", jw, pw, pw / jw
  printf "%-38s %11.2f s %11.2f s %11.2fx\n", "whole process wall time, batch JVM", bw, pw, pw / bw
  printf "%-38s %10.0f MB %10.0f MB %11.2fx\n", "whole process peak RSS, default JVM", jr / 1024, pr / 1024, pr / jr
  printf "%-38s %10.0f MB %10.0f MB %11.2fx\n", "whole process peak RSS, batch JVM", br / 1024, pr / 1024, pr / br
}'
echo "checksum: socialplan $java_sum, pandas $pandas_sum"
if [[ -z "$java_sum" || "$java_sum" != "$pandas_sum" ]]; then
  echo "FAIL: the checksums differ: the two sides did not compute the same indicators" >&2
  exit 1
fi
echo "checksums match"
