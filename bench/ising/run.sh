#!/usr/bin/env bash
# Side-by-side: lib/ising's checkerboard heat bath vs the same update in numpy
# (numpy_checkerboard.py), spin updates per second at L = 256 (target >= 3e8).
# Usage: bench/ising/run.sh [L]   (needs python3-numpy: make setup)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-/usr/bin/python3}
L=${1:-256}
case $L in 256 | 1024) ;; *) echo "L must be 256 or 1024 (the Go benchmarks' sizes)" >&2; exit 2 ;; esac
# best of 3 (the machine may be shared)
lumen=$(go test -run XXX -bench "^BenchmarkIsingL$L\$" -benchtime 200x -count 3 ./lib/ising/ |
	awk '/spins\/s/ {for (i = 1; i < NF; i++) if ($(i+1) == "spins/s" && $i > m) m = $i} END {print m}')
numpy=$("$PY" bench/ising/numpy_checkerboard.py "$L" 20)
awk -v l="$lumen" -v n="$numpy" -v L="$L" 'BEGIN {
	printf "L=%d checkerboard heat bath, spin updates/s\n", L
	printf "  lumen %10.3g\n  numpy %10.3g\n  lumen/numpy %.1fx (target: lumen >= 3e8 at L=256: %s)\n", l, n, l / n, (l >= 3e8 ? "met" : "not met")
}'
