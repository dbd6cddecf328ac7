# Sourced by the Makefile's release build under `make test` (LINTED=1): the
# browser build is then also the wasm32 lint. Cargo compiles the project's
# own crates through clippy's driver (RUSTC_WORKSPACE_WRAPPER), warnings as
# errors, so the one release compilation gives clippy's lints of the
# library and every binary. A separate `cargo clippy` would type-check
# every dependency again for wasm32 (about 1.5 core-minutes). Trunk's own
# cargo runs inherit the same environment, so they find the binaries built.
#
# The warnings are denied through CLIPPY_ARGS, the variable `cargo clippy`
# itself hands its driver (`-D warnings`, split on `__CLIPPY_HACKERY__`;
# the driver applies it to the project's crates only and tracks it), not
# through rustflags: rustflags would change every dependency's fingerprint,
# so that going from `make test` to `make dist` or `make serve` and back
# would rebuild all of them each time. The wrapper changes only the
# project's own crates.
#
# Clippy's driver runs MIR without optimisations (clippy's documentation
# warns that its artifacts may be less optimised); LLVM still optimises,
# and the main binary measured 395 bytes larger before wasm-opt. `make dist`
# and `make serve` build without it.
#
# Where the wasm32 toolchain has no clippy (Debian's rustc-web), the build
# runs with warnings as errors instead (added to .cargo/config.toml's
# wasm32 rustflags, which cargo merges), and this says so.
if cargo clippy --version >/dev/null 2>&1; then
  export RUSTC_WORKSPACE_WRAPPER=clippy-driver
  export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
  printf 'lint: the release browser build (wasm32) is linted by clippy as it compiles, warnings as errors\n' >&2
else
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-D warnings"
  printf 'lint: no clippy for the wasm32 toolchain here; the release browser build runs with warnings as errors\n' >&2
fi
