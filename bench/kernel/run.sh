#!/usr/bin/env bash
# Side-by-side kernel benchmark: Lumen vs ipykernel, both driven by jupyter_client.
#
#   bash bench/kernel/run.sh [RUNS] [STARTS]     (defaults: 200 round trips, 20 starts)
#
# Measures startup (launch → first kernel_info_reply) and the median / p95 round trip of
# execute_request (send → execute_reply and iopub idle, so all output has arrived) for
# `1+1` and for a cell printing 100 lines. Needs Debian's python3-jupyter-client and
# python3-ipykernel (`make setup`). Builds lumen into a temp dir and installs its
# kernelspec there; the user's Jupyter directories are not touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-200}
STARTS=${2:-20}
PY=/usr/bin/python3
if ! "$PY" -c 'import jupyter_client, ipykernel' 2>/dev/null; then
  echo "missing Debian packages; run: apt-get update && apt-get install -y python3-jupyter-client python3-ipykernel" >&2
  exit 2
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
go build -o "$TMP/lumen" ./cmd/lumen
export JUPYTER_PATH="$TMP/prefix/share/jupyter" JUPYTER_DATA_DIR="$TMP/data" JUPYTER_RUNTIME_DIR="$TMP/runtime"
"$TMP/lumen" install --prefix "$TMP/prefix" >/dev/null
# ipykernel: Debian's own kernelspec (python3 -m ipykernel_launcher), written here in case
# the system one is missing or was replaced.
mkdir -p "$TMP/prefix/share/jupyter/kernels/ipykernel-bench"
cat > "$TMP/prefix/share/jupyter/kernels/ipykernel-bench/kernel.json" <<JSON
{"argv": ["$PY", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "ipykernel (bench)", "language": "python"}
JSON
echo "machine: $(nproc) cores, $(uname -sr); lumen $("$TMP/lumen" version | cut -d' ' -f2), ipykernel $("$PY" -c 'import ipykernel; print(ipykernel.__version__)'), jupyter_client $("$PY" -c 'import jupyter_client; print(jupyter_client.__version__)')"
PYDEVD_DISABLE_FILE_VALIDATION=1 "$PY" bench/kernel/bench.py --runs "$RUNS" --starts "$STARTS" lumen ipykernel-bench
