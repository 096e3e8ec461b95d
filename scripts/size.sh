#!/usr/bin/env bash
# Prints the size of the built module and its JS glue, raw and gzip -9.
# Run through `make size` (which builds pkg/ first).
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-22s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
for f in pkg/relance_bg.wasm pkg/relance.js; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-22s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-22s %10d %10d\n' total "$total_raw" "$total_gz"
printf 'engine budget: wasm gzip under 81920 bytes (80 KB): %s\n' \
  "$([ "$(gzip -9 -c pkg/relance_bg.wasm | wc -c)" -lt 81920 ] && echo within || echo OVER)"
