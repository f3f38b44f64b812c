#!/usr/bin/env bash
# Side-by-side: lib/boltzmann vs scikit-learn's BernoulliRBM and PyTorch CPU on
# the same shapes (10,000 x 784 binary rows, 500 hidden, batch 100).
# Usage: bench/boltzmann/run.sh [runs]   (default 2 runs, alternating Lumen
# and the peers; needs python3-sklearn, python3-torch: make setup-bench)
# The machine is shared, so each figure is printed as best (min..max over the
# runs) and the ratios use the best times of both sides. THREADS=1 runs every
# side on one thread (GOMAXPROCS, OpenBLAS and OpenMP), which the load of
# other processes distorts less; the default is both cores (2 threads).
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-/usr/bin/python3}
TAGS=${GOTAGS:-openblas}
RUNS=${1:-${RUNS:-2}}
THREADS=${THREADS:-2}
BIN=$(mktemp -d)/boltzmann.test
trap 'rm -rf "$(dirname "$BIN")"' EXIT
go test -tags "$TAGS" -c -o "$BIN" ./lib/boltzmann/
go_ns() { # benchmark name, benchtime -> seconds per op
	GOMAXPROCS=$THREADS OPENBLAS_NUM_THREADS=$THREADS "$BIN" -test.run XXX -test.bench "^$1\$" -test.benchtime "$2" | awk -v n="$1" '$1 ~ n {print $3/1e9}'
}
declare -A all
add() { all[$1]="${all[$1]:-} $2"; }
for ((r = 1; r <= RUNS; r++)); do
	add lumen_epoch "$(go_ns BenchmarkCD1Epoch 3x)"
	add lumen_epoch32 "$(go_ns BenchmarkCD1EpochFloat32 3x)"
	add lumen_gibbs "$(go_ns BenchmarkGibbsStep100Chains 200x)"
	add lumen_gibbs32 "$(go_ns BenchmarkGibbsStep100ChainsFloat32 200x)"
	while read -r k v; do add "$k" "$v"; done < <(OPENBLAS_NUM_THREADS=$THREADS OMP_NUM_THREADS=$THREADS "$PY" bench/boltzmann/peers.py)
done
best() { tr ' ' '\n' <<<"${all[$1]:-}" | awk 'NF{if(m==""||$1<m)m=$1} END{print m}'; }
span() { tr ' ' '\n' <<<"${all[$1]:-}" | awk 'NF{if(lo==""||$1<lo)lo=$1; if($1>hi)hi=$1} END{if(lo=="")print "n/a"; else printf "%.4g..%.4g", lo, hi}'; }
echo "runs: $RUNS; threads: $THREADS; OpenBLAS core: ${OPENBLAS_CORETYPE:-default}; seconds per op, best (min..max)"
printf '%-26s %-22s %-22s %-22s %9s %9s\n' measurement lumen_f64 lumen_f32 peer f64/peer f32/peer
for row in "epoch sklearn_epoch" "epoch torch_epoch" "gibbs sklearn_gibbs" "gibbs torch_gibbs"; do
	set -- $row
	p=$(best "$2")
	[ -z "$p" ] && { echo "$2: not available"; continue; }
	l64=lumen_$1
	l32=lumen_${1}32
	awk -v n="$1 vs $2" -v a="$(best $l64)" -v b="$(best $l32)" -v p="$p" -v sa="$(span $l64)" -v sb="$(span $l32)" -v sp="$(span "$2")" \
		'BEGIN{printf "%-26s %-22s %-22s %-22s %9.2f %9.2f\n", n, sa, sb, sp, a/p, b/p}'
done
