# Clausewise build. `make demo` builds the extension and shows it working; `make test` runs every test.
SHELL := /bin/bash
# Browser runs get a scratch HOME below; rustup and cargo must keep finding the real one.
export RUSTUP_HOME ?= $(HOME)/.rustup
export CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
# chromedriver leaves profile folders in TMPDIR; keep them in a scratch folder of ours.
SCRATCH := $(CURDIR)/.scratch
WASM := target/wasm32-unknown-unknown/release/clausewise.wasm
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver TMPDIR=$(SCRATCH) HOME=$(SCRATCH)/home
# The same wasm tests in Firefox ESR: without CHROMEDRIVER the runner takes GECKODRIVER. Firefox refuses
# non-local connections (its own test switch), so it does not call home on this closed network.
WASM_FIREFOX_ENV := env -u CHROMEDRIVER CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 \
	GECKODRIVER=$$(command -v geckodriver) TMPDIR=$(SCRATCH)/tmp HOME=$(SCRATCH)/home

.PHONY: all setup build wasm package release demo test test-native test-wasm test-e2e test-firefox lint clean

all: build

setup:
	@tools/setup.sh

# Paths of this machine must not end up in the wasm, or a reviewer's rebuild would differ. The wasm and
# its tests are built without default features: the Markdown reader is for the CLI (Cargo.toml).
WASM_RUSTFLAGS := --remap-path-prefix=$(CARGO_HOME)=/cargo --remap-path-prefix=$(CURDIR)=/clausewise

# The wasm engine and its JS bindings, into dist/pkg (never committed). `--converge` repeats -Oz until
# nothing changes: half a KB gzipped for about 25 s more.
wasm: setup
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)" \
		cargo rustc --lib --release --locked --target wasm32-unknown-unknown --crate-type cdylib --no-default-features
	wasm-bindgen --target web --no-typescript --out-dir dist/pkg $(WASM)
	wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
		--enable-reference-types --enable-multivalue dist/pkg/clausewise_bg.wasm -o dist/pkg/clausewise_bg.wasm

# dist/chrome, dist/firefox and their store zips; dist/chrome-e2e for the end-to-end tests.
package: wasm
	node tools/build.mjs

build: package

# What store reviewers run: both store packages from a clean tree, the source archive they ask for,
# and checksums to compare with the submitted packages.
release: clean package
	git archive --format=zip --prefix=clausewise-$(VERSION)/ -o dist/clausewise-source-$(VERSION).zip HEAD
	cd dist && sha256sum clausewise-*.zip | tee SHA256SUMS

demo: build
	@mkdir -p $(SCRATCH)/home
	HOME=$(SCRATCH)/home node tools/demo.mjs

test: build test-native test-wasm test-e2e test-firefox lint test-hardening
	@echo "all tests passed"

test-native:
	cargo test

test-wasm:
	@mkdir -p $(SCRATCH)/home
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --no-default-features --test wasm

test-e2e:
	@mkdir -p $(SCRATCH)/home
	HOME=$(SCRATCH)/home node --test --test-concurrency=1 tests/e2e/

# Firefox ESR through geckodriver: the built extension end to end (dist/firefox-e2e), then the wasm tests.
test-firefox:
	@mkdir -p $(SCRATCH)/home $(SCRATCH)/tmp
	HOME=$(SCRATCH)/home TMPDIR=$(SCRATCH)/tmp node --test --test-concurrency=1 tests/firefox/
	$(WASM_FIREFOX_ENV) cargo test --target wasm32-unknown-unknown --no-default-features --test wasm

lint:
	web-ext lint --source-dir dist/firefox --no-config-discovery --warnings-as-errors
	node tools/check-package.mjs

clean:
	rm -rf dist $(SCRATCH)

# docs/grades.md: what each grade means, how it is computed and how the grades spread over the corpora.
.PHONY: grades accuracy-report
grades:
	cargo run --release --locked -- grades --markdown ../shared/corpus ../shared/corpus-de > docs/grades.md

# docs/accuracy-report.md: accuracy, evidence and its self-check, the clause suites, the lexicon audit, speed.
accuracy-report:
	tools/accuracy-report.sh

# Hardening (docs/hardening.md): `make fuzz` fuzzes each engine entry point for FUZZ_SECONDS (default
# 300) each; `make test-hardening` is the short run (20 s per target from fresh seeds, ~1.5 min after a
# one-time build) and fails on any crash, timeout or OOM. The property and adversarial suites run in
# `cargo test`. Needs the nightly toolchain; cargo-fuzz is installed only if missing.
.PHONY: fuzz test-hardening
FUZZ_SECONDS ?= 300

fuzz:
	tools/fuzz.sh $(FUZZ_SECONDS)

test-hardening:
	FUZZ_FRESH=1 FUZZ_SANITIZER=none tools/fuzz.sh 20
