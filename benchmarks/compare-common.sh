# Shared by compare-pandas.sh and compare-series.sh (sourced, not run): the build, the pandas install, the
# pinning to one core, the machine line and the whole-process timing.
#
# Environment: SKIP_BUILD=1 (use the jar as it is); ONE_CORE=1 (every side pinned to core 0 with
# `taskset -c 0`, so the JVM, DuckDB and pandas each see one processor; DuckDB then gets 1 thread unless
# DUCKDB_THREADS says otherwise).

JAR=benchmarks/target/benchmarks.jar
JAVA_MAIN=io.github.socialplan.benchmarks.compare.CompareWithPandas
PYTHON=/usr/bin/python3 # Debian's python, where python3-pandas installs; not a pyenv one on PATH

pin=()
if [[ "${ONE_CORE:-0}" == 1 ]]; then
  pin=(taskset -c 0)
  DUCKDB_THREADS="${DUCKDB_THREADS:-1}"
fi
DUCKDB_THREADS="${DUCKDB_THREADS:-$(nproc)}"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$JAR" ]]; then
  echo "== building $JAR"
  mvn -B -ntp -q -DskipTests -pl benchmarks -am package
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
if [[ ${#pin[@]} -gt 0 ]] && ! command -v taskset >/dev/null; then
  echo "== installing Debian's util-linux (taskset)"
  apt_install util-linux
fi

field() { # field NAME TEXT: the value of NAME=... in TEXT
  grep -o "$1=[^ ]*" <<<"$2" | head -1 | cut -d= -f2
}

# One process's best of REPS measures that process as much as the code (README, Performance), so each side
# runs in LAUNCHES processes, the sides taken in turn by the caller, and keeps its best one.
checksums=() # every process's checksum, the kept ones and the others, for the final check
side() { # side VAR CMD...: runs CMD once and keeps in VAR whichever output, its own or VAR's, has the lower best
  local -n kept="$1"
  shift
  local out sum
  out="$("$@")"
  sum="$(field checksum "$out")" || sum="" # the scan prints none
  checksums+=("$sum")
  if [[ -z "$kept" ]] || awk -v a="$(field best "$out")" -v b="$(field best "$kept")" 'BEGIN {exit !(a < b)}'; then
    kept="$out"
  fi
}

checks_all() { # checks_all SUM: fails unless every process's checksum (the scan prints none) is SUM
  local sum
  for sum in "${checksums[@]}"; do
    if [[ -n "$sum" && "$sum" != "$1" ]]; then
      echo "FAIL: a process printed the checksum $sum, not $1" >&2
      exit 1
    fi
  done
  echo "checksums match (${#checksums[@]} processes' outputs checked)"
}

machine() { # the machine, the software and the load, for every figure printed
  echo "== machine: $(nproc --all) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"\
" $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $("$PYTHON" --version);"\
" pinned: ${pin[*]:-no}; DuckDB threads: $DUCKDB_THREADS"
  echo "== load: $(uptime | sed 's/.*load average/load average/') (other processes share the cores if above 0)"
}

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
