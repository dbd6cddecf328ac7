//! The app's WebAssembly binary keeps its relocations (`--emit-relocs`):
//! `scripts/split-wasm.mjs` needs them to split the detail tabs into
//! modules of their own (see `src/ui/lazy.rs`). Only that binary, and only
//! for wasm32: the first-answer modules, the reader and the native builds
//! link as before.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=django-flask-advisor=--emit-relocs");
    }
}
