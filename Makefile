# Clausewise build. `make demo` builds the extension and shows it working; `make test` runs every test.
SHELL := /bin/bash
# Browser runs get a scratch HOME below; rustup and cargo must keep finding the real one.
export RUSTUP_HOME ?= $(HOME)/.rustup
export CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
# chromedriver leaves profile folders in TMPDIR; keep them in a scratch folder of ours.
SCRATCH := $(CURDIR)/.scratch
WASM := target/wasm32-unknown-unknown/release/clausewise.wasm
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver TMPDIR=$(SCRATCH) HOME=$(SCRATCH)/home

.PHONY: all setup build wasm package demo test test-native test-wasm test-e2e lint clean

all: build

setup:
	@tools/setup.sh

# The wasm engine and its JS bindings, into dist/pkg (never committed).
wasm: setup
	cargo rustc --lib --release --target wasm32-unknown-unknown --crate-type cdylib
	wasm-bindgen --target web --no-typescript --out-dir dist/pkg $(WASM)
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
		--enable-reference-types --enable-multivalue dist/pkg/clausewise_bg.wasm -o dist/pkg/clausewise_bg.wasm

# dist/chrome, dist/firefox and their store zips; dist/chrome-e2e for the end-to-end tests.
package: wasm
	node tools/build.mjs

build: package

demo: build
	@mkdir -p $(SCRATCH)/home
	HOME=$(SCRATCH)/home node tools/demo.mjs

test: build test-native test-wasm test-e2e lint
	@echo "all tests passed"

test-native:
	cargo test

test-wasm:
	@mkdir -p $(SCRATCH)/home
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test wasm

test-e2e:
	@mkdir -p $(SCRATCH)/home
	HOME=$(SCRATCH)/home node --test --test-concurrency=1 tests/e2e/

lint:
	web-ext lint --source-dir dist/firefox --no-config-discovery
	node tools/check-package.mjs

clean:
	rm -rf dist $(SCRATCH)

# Hardening (docs/hardening.md): `make fuzz` fuzzes each engine entry point for FUZZ_SECONDS (default
# 300) each; `make test-hardening` is the short run (20 s per target from fresh seeds, ~1.5 min after a
# one-time build) and fails on any crash, timeout or OOM. The property and adversarial suites run in
# `cargo test`. Needs the nightly toolchain; cargo-fuzz is installed only if missing.
.PHONY: fuzz test-hardening
FUZZ_SECONDS ?= 300

fuzz:
	tools/fuzz.sh $(FUZZ_SECONDS)

test-hardening:
	FUZZ_FRESH=1 tools/fuzz.sh 20
