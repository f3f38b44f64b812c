#!/usr/bin/env bash
# Photonic RBM device (lib/prbm) speed, the figures issue 7 asks for:
#   - optical mode: Gibbs half-steps per second of a 196×196 RBM (one chain,
#     the SLM/camera simulated pixel by pixel), ideal optics and lab-like noise;
#   - ideal mode: time per half-step (100 chains) as a ratio to the plain
#     digital Gibbs half-step, target ≤ 1.5×. The two are interleaved in one
#     benchmark (medians of alternating steps) so that both see the same load.
# Usage: bench/prbm/run.sh   (GOTAGS= for gonum's pure-Go BLAS; default openblas
# as `make build` uses)
set -euo pipefail
cd "$(dirname "$0")/../.."
TAGS=${GOTAGS-openblas}
out=$(go test -tags "$TAGS" -run XXX -bench '^Benchmark(Optical196|Optical196Noisy|IdealVsDigital196x100)$' \
	-benchtime "${BENCHTIME:-1000x}" ./lib/prbm/)
echo "$out" | grep -E '^Benchmark' >&2
metric() { # benchmark name, unit -> value
	echo "$out" | awk -v n="$1" -v u="$2" '$1 ~ "^"n"(-[0-9]+)?$" {for (i = 3; i < NF; i++) if ($(i+1) == u) print $i}'
}
opt=$(metric BenchmarkOptical196 halfsteps/s)
optn=$(metric BenchmarkOptical196Noisy halfsteps/s)
ti=$(metric BenchmarkIdealVsDigital196x100 ideal-µs)
td=$(metric BenchmarkIdealVsDigital196x100 digital-µs)
ratio=$(metric BenchmarkIdealVsDigital196x100 ideal/digital)
echo "BLAS: ${TAGS:-gonum (pure Go)}"
printf '%-52s %12s\n' measurement value
printf '%-52s %12.0f\n' "optical 196x196, 1 chain, ideal optics: half-steps/s" "$opt"
printf '%-52s %12.0f\n' "optical 196x196, 1 chain, 8-bit+shot+read+phase err" "$optn"
printf '%-52s %12.1f\n' "ideal 196x196, 100 chains: µs per half-step" "$ti"
printf '%-52s %12.1f\n' "digital 196x196, 100 chains: µs per half-step" "$td"
awk -v r="$ratio" 'BEGIN{printf "%-52s %12.3f  (target <= 1.5: %s)\n", "ideal / digital", r, (r <= 1.5 ? "met" : "NOT met")}'
