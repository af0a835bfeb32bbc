#!/usr/bin/env bash
# Installs what building and testing Clausewise needs, skipping whatever is already there.
# Safe to run again: every step checks first. Used by `make` targets and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Debian packages: the browsers and Chromium's driver for the wasm and end-to-end tests.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
# The German UI of both browsers, for the end-to-end tests of the German interface: Debian's chromium
# ships only en-US, and Firefox needs its language pack to honour a requested UI language.
[ -e /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
[ -e /usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi ] || missing+=(firefox-esr-l10n-de)
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The pinned Rust toolchain with the wasm target (rust-toolchain.toml names both).
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "rustup: installing the pinned toolchain and the wasm32 target"
  rustup toolchain install >/dev/null 2>&1 || true
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the version the crate pins.
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "cargo install wasm-bindgen-cli $want (about 2 minutes, once)"
  # Not --locked: its lockfile pins a webpki-roots version that does not build here.
  cargo install wasm-bindgen-cli --version "$want" --quiet
fi

# Firefox's WebDriver (for the Firefox end-to-end and wasm tests). Not the npm `geckodriver`
# package: it downloads a binary from GitHub, which this network does not reach.
if ! command -v geckodriver >/dev/null; then
  say "cargo install geckodriver 0.37.1 (2 to 9 minutes, once)"
  cargo install geckodriver --version 0.37.1 --quiet
fi

# JS tooling (wasm-opt from npm binaryen, web-ext, playwright-core), exactly as locked.
if [ ! -x node_modules/.bin/web-ext ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
