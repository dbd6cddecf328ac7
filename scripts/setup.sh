#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) the app needs.
#
# Idempotent: every step checks first and does nothing when its tool is
# already there, so a second run takes seconds. Only package registries are
# used (crates.io, npm, Debian); Trunk never downloads anything itself.
#
# Rust for wasm32, in order of preference:
#   1. the active rustup toolchain already has wasm32-unknown-unknown;
#   2. `rustup target add wasm32-unknown-unknown` works (a normal machine);
#   3. Debian's rustc-web/cargo-web: the wasm32 standard library is built
#      once from Debian's rust-web-src and installed as a sysroot, and the
#      toolchain is linked into rustup as `debian-web` (recorded in
#      .tools/toolchain for scripts/env.sh).
#
# Usage: scripts/setup.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mkdir -p .tools

TRUNK_VERSION=0.21.14
# Splits the app's WebAssembly (scripts/split-wasm.mjs); the crate that
# matches the wasm_split_helpers Leptos uses.
WASM_SPLIT_VERSION=0.2.4
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
browser=0
[[ ${1:-} == --browser ]] && browser=1

say() { printf 'setup: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  have apt-get || die "missing system packages (${missing[*]}) and no apt-get to install them"
  local sudo=()
  [[ $(id -u) == 0 ]] || sudo=(sudo)
  if ((apt_updated == 0)); then
    say "apt-get update"
    "${sudo[@]}" apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ------------------------------------------------------------ Rust, wasm32
have cargo || die "cargo not found: install Rust with rustup first (https://rustup.rs)"

debian_sysroot() {
  apt_install rustc-web cargo-web rust-web-src lld-22 rust-web-llvm
  local lib=/usr/lib/rustlib/wasm32-unknown-unknown/lib
  local stamp
  stamp=$(/usr/bin/rustc -vV | sha256sum | cut -d' ' -f1)
  if [[ $(cat "$lib/.advisor-stamp" 2>/dev/null) != "$stamp" ]]; then
    say "building the wasm32 standard library for Debian's rustc (about a minute)"
    local tmp
    tmp=$(mktemp -d)
    mkdir -p "$tmp/src"
    printf '[package]\nname = "sysroot-probe"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' >"$tmp/Cargo.toml"
    : >"$tmp/src/lib.rs"
    (cd "$tmp" && RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
      /usr/bin/cargo build -q --release --target wasm32-unknown-unknown \
      -Zbuild-std=std,panic_abort,panic_unwind,test,proc_macro)
    mkdir -p "$lib"
    find "$tmp/target/wasm32-unknown-unknown/release/deps" -maxdepth 1 \( -name 'lib*.rlib' -o -name 'lib*.rmeta' \) \
      ! -name 'libsysroot_probe*' -exec cp {} "$lib/" \;
    echo "$stamp" >"$lib/.advisor-stamp"
    rm -rf "$tmp"
  fi
  if have rustup; then
    rustup toolchain list | grep -q '^debian-web' || rustup toolchain link debian-web /usr
    echo debian-web >.tools/toolchain
  else
    echo /usr/bin >.tools/toolchain-bin
  fi
}

if [[ ${ADVISOR_FORCE_DEBIAN_RUST:-0} == 1 ]]; then
  debian_sysroot
elif have rustup && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rm -f .tools/toolchain .tools/toolchain-bin
elif have rustup && timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 \
  && rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rm -f .tools/toolchain .tools/toolchain-bin
  say "added the wasm32 target with rustup"
else
  say "rustup cannot add wasm32 here; using Debian's rustc-web instead"
  debian_sysroot
fi

# ------------------------------------- Trunk, wasm-bindgen, wasm-split-cli
# Each long step says when it starts and how long it took. Trunk and
# wasm-bindgen-cli compile at the same time when the machine has two cores or
# more (each compile is mostly single-threaded at its end, so the second core
# would otherwise sit idle).
step() {
  local name=$1 t0=$SECONDS
  shift
  say "$name: started"
  "$@" || { say "$name: failed after $((SECONDS - t0)) s"; return 1; }
  say "$name: done in $((SECONDS - t0)) s"
}
jobs_pids=()
run_step() {
  if (($(nproc 2>/dev/null || echo 1) >= 2)); then
    step "$@" &
    jobs_pids+=($!)
  else
    step "$@"
  fi
}
if [[ $(trunk --version 2>/dev/null) != "trunk $TRUNK_VERSION" ]]; then
  run_step "installing trunk $TRUNK_VERSION from crates.io (several minutes, once)" \
    cargo install -q trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls
fi
if [[ $(wasm-bindgen --version 2>/dev/null) != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  # Not --locked: its lockfile pins a crate version the registry may lack.
  run_step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (a few minutes, once)" \
    cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  # Small: compiles beside Trunk on the second core, after wasm-bindgen-cli
  # when that was needed too (run_step's jobs run one per core).
  [[ ${#jobs_pids[@]} -ge 2 ]] && { wait "${jobs_pids[1]}" || die "a tool install failed (see above)"; unset 'jobs_pids[1]'; }
  run_step "installing wasm-split-cli (wasm_split_cli_support $WASM_SPLIT_VERSION) from crates.io (a minute, once)" \
    cargo install -q wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi
for pid in "${jobs_pids[@]}"; do
  wait "$pid" || die "a tool install failed (see above)"
done

# ------------------------------------------------ npm tools (wasm-opt, tests)
have npm || apt_install nodejs npm
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "npm ci (wasm-opt from binaryen, Playwright core, static server)" \
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# Crates for offline builds (Trunk runs cargo with --offline).
step "cargo fetch (crates for offline builds)" cargo fetch -q

# ------------------------------------------------------------- test browser
# Chromium for the whole suite; Firefox ESR, and WebKitGTK's MiniBrowser
# with its WebDriver under a virtual display, for the smoke test of the
# main flows in the other engines (tests/e2e/other_browsers.test.mjs).
if ((browser)); then
  if [[ -z ${CHROMIUM:-} ]] && ! have chromium; then
    apt_install chromium
  fi
  apt_install firefox-esr webkit2gtk-driver xvfb xauth
fi
say "ready"
