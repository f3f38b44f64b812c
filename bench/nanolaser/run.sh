#!/usr/bin/env bash
# Side-by-side: lib/nanolaser vs Brian2 (Debian python3-brian) on the same network of
# 100 coupled photonic spiking neurons for 1 µs of device time: same rate equations,
# dt = 0.25 ps, spontaneous-emission Langevin noise, receiver RC filter and event-driven
# delayed pulse delivery. Brian2 uses its fastest working code-generation target
# (cython, else numpy); its code generation and compilation are timed separately and
# excluded from the ratio.
# Usage: bench/nanolaser/run.sh [device_time_us]   (default 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-/usr/bin/python3}
TAGS=${GOTAGS:-openblas}
US=${1:-1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
declare -A r
while read -r k v; do r[$k]=$v; done < <(go run -tags "$TAGS" ./bench/nanolaser -out "$tmp/net.json" -us "$US")
while read -r k v; do r[$k]=$v; done < <("$PY" bench/nanolaser/brian2_psn.py "$tmp/net.json")
echo "100 coupled PSNs, ${r[links]} links, ${US} µs device time = ${r[steps]} steps of 0.25 ps"
printf '%-10s %10s %10s %14s\n' simulator seconds spikes rate_per_ns
printf '%-10s %10.2f %10s %14s\n' lumen "${r[lumen_seconds]}" "${r[lumen_spikes]}" "${r[lumen_rate_per_ns]}"
printf '%-10s %10.2f %10s %14s   (target %s, build %.1f s excluded)\n' brian2 "${r[brian2_seconds]}" "${r[brian2_spikes]}" "${r[brian2_rate_per_ns]}" "${r[brian2_target]}" "${r[brian2_build_seconds]}"
awk -v l="${r[lumen_seconds]}" -v b="${r[brian2_seconds]}" 'BEGIN{ratio=b/l; printf "ratio brian2/lumen %.1fx (target >= 3x: %s)\n", ratio, (ratio >= 3 ? "met" : "NOT met")}'
