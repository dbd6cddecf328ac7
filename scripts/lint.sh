#!/usr/bin/env bash
# Formatting and lints, warnings as errors (called by `make lint`): rustfmt,
# clippy on every native target, and clippy on the browser build (wasm32).
# The library denies missing docs (src/lib.rs). `--fmt-only` runs rustfmt
# alone: `make test` lints the native targets while building the native
# tests (scripts/test-native.sh) and the wasm32 code while building the
# release (scripts/wasm-lint-env.sh).
#
# rustfmt and the native clippy run on rustup's default toolchain. The
# wasm32 clippy runs on the toolchain scripts/setup.sh chose for wasm32;
# where that is Debian's rustc-web, which ships no clippy, the wasm32 build
# is type-checked with warnings as errors instead, and this says so.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { local t0=$SECONDS; printf 'lint: %s\n' "$1" >&2; shift; "$@"; printf 'lint: done in %s s\n' $((SECONDS - t0)) >&2; }

fmt_only=0
[[ ${1:-} == --fmt-only ]] && fmt_only=1

( unset RUSTUP_TOOLCHAIN
  step "cargo fmt --check" cargo fmt --check
  # One native run covers every target, the build-time render's included:
  # the prerender feature only adds code (nothing is compiled without it
  # alone), so this checks everything a build without it compiles.
  if (( ! fmt_only )); then
    step "clippy, native, every target with the build-time render (prerender)" cargo clippy --offline --all-targets --features prerender -- -D warnings
  fi )

(( fmt_only )) && exit 0
source scripts/env.sh
if cargo clippy --version >/dev/null 2>&1; then
  step "clippy, wasm32 (the browser build)" cargo clippy --offline --lib --bins --target wasm32-unknown-unknown -- -D warnings
else
  printf 'lint: no clippy for the wasm32 toolchain here; type-checking the browser build with warnings as errors\n' >&2
  RUSTFLAGS="--cfg erase_components -D warnings" step "cargo check, wasm32" cargo check --offline --lib --bins --target wasm32-unknown-unknown
fi
