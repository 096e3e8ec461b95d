# The one task runner. `make serve` builds and serves the calculator,
# `make test` runs every test; CI calls `make test` as it is.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

WASM_TARGET := wasm32-unknown-unknown
# The wasm-bindgen CLI must match the crate version locked in Cargo.lock.
BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
WASM_OPT := node_modules/.bin/wasm-opt
PORT ?= 8080

.PHONY: help tools rust-tools node-tools chromium pkg dist serve test check test-native test-js test-browser bench size budget clean

help:
	@echo "make serve   build the site and serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    run every test (format, lints, Rust tests, wasm module tests)"
	@echo "make bench   native benchmark of assess"
	@echo "make size    wasm size, raw and gzip"
	@echo "make budget  first-load size and timings in headless Chromium"

## Tools: each installed only when missing.
tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@test -f Cargo.lock || cargo generate-lockfile
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(BINDGEN_VERSION)"; \
	  cargo install wasm-bindgen-cli --version $(BINDGEN_VERSION) --force; \
	fi

node-tools: node_modules/.installed

# Debian's Chromium for the browser tests (never a downloaded browser).
chromium:
	@command -v chromium >/dev/null || { apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver; }

node_modules/.installed: package.json package-lock.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

## Build: pkg/ is the wasm-bindgen output (--target web), optimised.
pkg: tools
	cargo build --release --locked --target $(WASM_TARGET)
	wasm-bindgen --target web --out-dir pkg --remove-name-section --remove-producers-section \
	  target/$(WASM_TARGET)/release/relance.wasm
	$(WASM_OPT) -Oz pkg/relance_bg.wasm -o pkg/relance_bg.wasm

## The static site: relative paths only, deployable anywhere.
dist: pkg
	rm -rf dist && mkdir -p dist/pkg
	cp -r www/. dist/
	cp pkg/relance.js pkg/relance_bg.wasm dist/pkg/
	@echo "dist/: $$(find dist -type f | wc -l) files"

serve: dist
	@echo "Relance: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## Tests.
test: check test-native test-js test-browser

check: rust-tools
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target $(WASM_TARGET) -- -D warnings
	cargo clippy --locked --no-default-features -- -D warnings

test-native:
	cargo test --locked

test-js: pkg node-tools
	node --test tests/js/*.test.mjs
	node_modules/.bin/tsc -p tests/js/tsconfig.json

test-browser: dist node-tools chromium
	node --test --test-concurrency=1 tests/browser/*.test.mjs

bench:
	cargo bench --bench assess

size: pkg
	bash scripts/size.sh

budget: dist node-tools chromium
	node scripts/budget.mjs

clean:
	rm -rf pkg dist target/$(WASM_TARGET)
