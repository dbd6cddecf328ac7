# Sourced by the Makefile's recipes: puts the project's tools first on PATH
# and selects the Rust toolchain scripts/setup.sh chose for wasm32 builds.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [[ -f $root/.tools/toolchain ]]; then
  export RUSTUP_TOOLCHAIN=$(cat "$root/.tools/toolchain")
elif [[ -f $root/.tools/toolchain-bin ]]; then
  export PATH="$(cat "$root/.tools/toolchain-bin"):$PATH"
fi
