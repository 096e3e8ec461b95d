#!/usr/bin/env bash
# Prints the size of the built module and its JS glue, raw and gzip -9, and
# of the engine alone (the module built without the `drafts` feature).
# Run through `make size` (which builds pkg/ first).
set -euo pipefail
cd "$(dirname "$0")/.."
gz() { gzip -9 -c "$1" | wc -c; }
printf '%-28s %10s %10s\n' file raw gzip
for f in pkg/relance_bg.wasm pkg/relance.js; do
  printf '%-28s %10d %10d\n' "$(basename "$f")" "$(wc -c < "$f")" "$(gz "$f")"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo build --quiet --release --locked --target wasm32-unknown-unknown --no-default-features --target-dir target/engine-only
wasm-bindgen --target web --out-dir "$tmp" --remove-name-section --remove-producers-section \
  target/engine-only/wasm32-unknown-unknown/release/relance.wasm
node_modules/.bin/wasm-opt -Oz "$tmp/relance_bg.wasm" -o "$tmp/relance_bg.wasm"
engine=$(gz "$tmp/relance_bg.wasm")
full=$(gz pkg/relance_bg.wasm)
printf '%-28s %10d %10d\n' "engine alone (no drafts)" "$(wc -c < "$tmp/relance_bg.wasm")" "$engine"
printf 'drafts add %d bytes gzip\n' "$((full - engine))"
printf 'engine budget, under 81920 bytes gzip (80 KB): %s\n' "$([ "$engine" -lt 81920 ] && echo within || echo OVER)"
