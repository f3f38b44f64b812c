#!/usr/bin/env bash
# Side-by-side: lib/boltzmann vs scikit-learn's BernoulliRBM and PyTorch CPU on
# the same shapes (10,000 x 784 binary rows, 500 hidden, batch 100).
# Usage: bench/boltzmann/run.sh   (needs python3-sklearn, python3-torch: make setup-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-/usr/bin/python3}
TAGS=${GOTAGS:-openblas}
go_ns() { # benchmark name -> seconds per op
	go test -tags "$TAGS" -run XXX -bench "^$1\$" -benchtime "${2:-3x}" ./lib/boltzmann/ | awk -v n="$1" '$1 ~ n {print $3/1e9}'
}
lumen_epoch=$(go_ns BenchmarkCD1Epoch 3x)
lumen_epoch32=$(go_ns BenchmarkCD1EpochFloat32 3x)
lumen_gibbs=$(go_ns BenchmarkGibbsStep100Chains 200x)
lumen_gibbs32=$(go_ns BenchmarkGibbsStep100ChainsFloat32 200x)
declare -A peer
while read -r k v; do peer[$k]=$v; done < <(OPENBLAS_NUM_THREADS=2 OMP_NUM_THREADS=2 "$PY" bench/boltzmann/peers.py)
printf '%-28s %12s %12s %12s %8s %8s\n' measurement lumen_f64_s lumen_f32_s peer_s f64/peer f32/peer
for row in "epoch sklearn_epoch" "epoch torch_epoch" "gibbs sklearn_gibbs" "gibbs torch_gibbs"; do
	set -- $row
	l64=$([ "$1" = epoch ] && echo "$lumen_epoch" || echo "$lumen_gibbs")
	l32=$([ "$1" = epoch ] && echo "$lumen_epoch32" || echo "$lumen_gibbs32")
	p=${peer[$2]:-}
	[ -z "$p" ] && { echo "$2: not available"; continue; }
	awk -v n="$1 vs $2" -v a="$l64" -v b="$l32" -v p="$p" 'BEGIN{printf "%-28s %12.5f %12.5f %12.5f %8.2f %8.2f\n", n, a, b, p, a/p, b/p}'
done
