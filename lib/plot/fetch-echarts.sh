#!/usr/bin/env bash
# Fetch the ECharts library that lib/plot embeds (go:embed assets/echarts.min.js).
# The file is git-ignored: it comes from the npm registry at a pinned version and is never committed.
# Usage: lib/plot/fetch-echarts.sh        (idempotent; re-fetches only if the version differs)
set -euo pipefail
VER="6.1.0"   # keep in step with EChartsVersion in lib/plot/assets.go
# npm's dist.integrity of echarts-$VER.tgz (npm view echarts@$VER dist.integrity)
INTEGRITY="sha512-q0yaFPggC9FUdsWH4blavRWFmxdrIodbkoKNAjJudAI6CA9gNPxHtV2RcZNEepZVlk4yvBYkOkbk6HIVpIyHZA=="
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$here/assets/echarts.min.js"
stamp="$here/assets/echarts.version"
if [[ -s "$dest" && -f "$stamp" && "$(cat "$stamp")" == "$VER" ]]; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-echarts.sh: npm not found (apt-get install -y npm)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm pack --silent "echarts@$VER" >/dev/null 2>npm.err ) || { cat "$tmp/npm.err" >&2; exit 1; }
tgz="$tmp/echarts-$VER.tgz"
got="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
if [[ "$got" != "$INTEGRITY" ]]; then
  echo "fetch-echarts.sh: integrity mismatch for echarts@$VER: got $got, want $INTEGRITY" >&2
  exit 1
fi
tar -xzf "$tgz" -C "$tmp" package/dist/echarts.min.js
cp "$tmp/package/dist/echarts.min.js" "$dest.tmp"
mv "$dest.tmp" "$dest"
printf '%s' "$VER" > "$stamp.tmp" && mv "$stamp.tmp" "$stamp"
echo "lib/plot: fetched echarts@$VER ($(wc -c < "$dest") bytes)"
