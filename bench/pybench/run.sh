#!/usr/bin/env bash
# Compare Lumen's Python-dialect interpreter against CPython on the pybench programs.
#
# Usage: bench/pybench/run.sh [path/to/lumen]      (default: ./bin/lumen)
#   PYTHON=python3.11 bench/pybench/run.sh          (override the CPython binary)
#   RUNS=5 bench/pybench/run.sh                     (repetitions per program; best time is kept)
#
# For each program: run RUNS times under `lumen run` and under CPython, keep the best
# wall time of each, check both produce identical stdout, then print
# name, cpython_s, lumen_s, ratio (lumen/cpython) and finally the geometric mean ratio.
set -u

LUMEN=${1:-./bin/lumen}
PYTHON=${PYTHON:-python3}
RUNS=${RUNS:-3}
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ ! -x "$LUMEN" ]; then
    echo "error: lumen binary not found or not executable: $LUMEN" >&2
    echo "build it first (e.g. go build -o bin/lumen ./cmd/lumen) or pass its path as the first argument" >&2
    exit 2
fi
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "error: CPython interpreter not found: $PYTHON (set PYTHON=...)" >&2
    exit 2
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

now() { date +%s.%N; }

# best_time OUTFILE CMD... : runs CMD $RUNS times, stores stdout of the last run in OUTFILE,
# prints the best wall time in seconds; returns non-zero if any run fails.
best_time() {
    local out=$1; shift
    local best="" t0 t1 dt i
    for ((i = 0; i < RUNS; i++)); do
        t0=$(now)
        if ! "$@" >"$out" 2>"$out.err"; then
            return 1
        fi
        t1=$(now)
        dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
        if [ -z "$best" ] || awk -v a="$dt" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$dt
        fi
    done
    echo "$best"
}

printf "%-18s %10s %10s %8s\n" name cpython_s lumen_s ratio
printf "%-18s %10s %10s %8s\n" ------------------ ---------- ---------- --------
status=0
logsum=0
count=0
for prog in "$DIR"/*.py; do
    name=$(basename "$prog" .py)
    if ! cpy=$(best_time "$TMP/$name.cpy" "$PYTHON" "$prog"); then
        printf "%-18s %10s\n" "$name" "CPYTHON-FAIL"
        sed 's/^/    /' "$TMP/$name.cpy.err" | tail -5
        status=1
        continue
    fi
    if ! lum=$(best_time "$TMP/$name.lum" "$LUMEN" run "$prog"); then
        printf "%-18s %10s %10s\n" "$name" "$cpy" "LUMEN-FAIL"
        sed 's/^/    /' "$TMP/$name.lum.err" | tail -5
        status=1
        continue
    fi
    if ! cmp -s "$TMP/$name.cpy" "$TMP/$name.lum"; then
        printf "%-18s %10s %10s %8s\n" "$name" "$cpy" "$lum" "MISMATCH"
        diff "$TMP/$name.cpy" "$TMP/$name.lum" | head -6 | sed 's/^/    /'
        status=1
        continue
    fi
    ratio=$(awk -v l="$lum" -v c="$cpy" 'BEGIN { if (c < 0.001) c = 0.001; if (l < 0.001) l = 0.001; printf "%.2f", l / c }')
    logsum=$(awk -v s="$logsum" -v l="$lum" -v c="$cpy" 'BEGIN { if (c < 0.001) c = 0.001; if (l < 0.001) l = 0.001; printf "%.10f", s + log(l / c) }')
    count=$((count + 1))
    printf "%-18s %10s %10s %8s\n" "$name" "$cpy" "$lum" "$ratio"
done

if [ "$count" -gt 0 ]; then
    geo=$(awk -v s="$logsum" -v n="$count" 'BEGIN { printf "%.2f", exp(s / n) }')
    printf "%-18s %10s %10s %8s\n" "geomean" "" "" "$geo"
fi
exit $status
