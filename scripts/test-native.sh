#!/usr/bin/env bash
# The native tests, linted as they are built (called by `make test-native`,
# part of `make test`). Cargo compiles the project's own crates through
# clippy's driver (RUSTC_WORKSPACE_WRAPPER), so one compilation gives both
# clippy's lints of every native target (warnings are errors, the library
# denies missing docs) and the test binaries; dependencies are compiled by
# rustc as usual. `cargo clippy` would only type-check, and `cargo test`
# would then compile everything again.
#
# The build-time render's feature, profile and target directory
# (prerender, target/render) are used, so the result panel's parity test
# (tests/result_parity.rs) and the first-screen renderer are built and
# linted with the rest. Under `make test` (LINTED=1) the release
# build's hook then runs that renderer instead of compiling its own:
# `scripts/test-native.sh --render` prints the first screen with the same
# flags, so cargo finds it built (or builds it, waiting for this run's lock).
#
# Runs on rustup's default toolchain, whose clippy the native lints use
# (as scripts/lint.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
unset RUSTUP_TOOLCHAIN
export CARGO_TARGET_DIR=target/render
export RUSTC_WORKSPACE_WRAPPER=clippy-driver
# Deny warnings in the project's crates, through the variable `cargo
# clippy` itself hands its driver (see scripts/wasm-lint-env.sh): unlike
# rustflags it leaves the dependencies' fingerprints alone, so `make dist`'s
# renderer build in the same folder reuses them.
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
flags=(--offline --profile prerender --features prerender)

if [[ ${1:-} == --render ]]; then
  exec cargo run --quiet "${flags[@]}" --bin prerender
fi

step() { local t0=$SECONDS; printf 'test-native: %s\n' "$1" >&2; shift; "$@"; printf 'test-native: done in %s s\n' $((SECONDS - t0)) >&2; }
step "every native target, built through clippy, then run" cargo test "${flags[@]}" --all-targets
step "documentation tests" cargo test "${flags[@]}" --doc
