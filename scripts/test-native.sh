#!/usr/bin/env bash
# The native tests, linted as they are built (called by `make test-native`,
# part of `make test`). Cargo compiles the project's own crates through
# clippy's driver (RUSTC_WORKSPACE_WRAPPER), so one compilation gives both
# clippy's lints of every native target (warnings are errors, the library
# denies missing docs) and the test binaries; dependencies are compiled by
# rustc as usual. The build-time render's feature (prerender) is on, so the
# result panel's parity test (tests/result_parity.rs) and the renderer are
# built and linted with the rest. Profile `native-test`: unoptimised, no
# debug info, not incremental. `cargo clippy` would only type-check, and
# `cargo test` would then compile everything again.
#
# Runs on rustup's default toolchain, whose clippy the native lints use
# (as scripts/lint.sh), in target/native unless CARGO_TARGET_DIR says else.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
unset RUSTUP_TOOLCHAIN
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target/native}
export RUSTC_WORKSPACE_WRAPPER=clippy-driver
# Deny warnings in the project's crates; cargo caps lints of dependencies.
export RUSTFLAGS="${RUSTFLAGS:-} -D warnings"
step() { local t0=$SECONDS; printf 'test-native: %s\n' "$1" >&2; shift; "$@"; printf 'test-native: done in %s s\n' $((SECONDS - t0)) >&2; }
step "every native target, built through clippy, then run" \
  cargo test --offline --all-targets --profile native-test --features prerender
step "documentation tests" cargo test --offline --doc --profile native-test --features prerender
