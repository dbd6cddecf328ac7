# Sourced by the Makefile's release build under `make test` (LINTED=1): the
# browser build is then also the wasm32 lint. Cargo compiles the project's
# own crates through clippy's driver (RUSTC_WORKSPACE_WRAPPER), with
# warnings as errors for the wasm32 target (added to .cargo/config.toml's
# rustflags, not replacing them; cargo caps the lints of dependencies), so
# the one release compilation gives clippy's lints of the library and every
# binary. A separate `cargo clippy` would type-check every dependency again
# for wasm32 (about 1.5 core-minutes). Trunk's own cargo runs inherit the
# same environment, so they find the binaries built.
#
# Clippy's driver runs MIR without optimisations (clippy's documentation
# warns that its artifacts may be less optimised); LLVM still optimises,
# and the main binary measured 395 bytes larger before wasm-opt. `make dist`
# and `make serve` build without it.
#
# Where the wasm32 toolchain has no clippy (Debian's rustc-web), the build
# only runs with warnings as errors, and this says so.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-D warnings"
if cargo clippy --version >/dev/null 2>&1; then
  export RUSTC_WORKSPACE_WRAPPER=clippy-driver
  printf 'lint: the release browser build (wasm32) is linted by clippy as it compiles, warnings as errors\n' >&2
else
  printf 'lint: no clippy for the wasm32 toolchain here; the release browser build runs with warnings as errors\n' >&2
fi
