//! The first-answer module: a small second WebAssembly binary that scores
//! the answers given on the page rendered at build time, before the app's
//! own (much larger) module has arrived. `public/early.js` loads it with the
//! page on a first visit and hands it every change and click there; the
//! module reads and marks the form, skips and clears, and writes the result
//! into the result panel and the summary bar (`early_parts/render.rs`, with
//! the library's `first_screen` code and `result_html` markup); once the
//! app has mounted, the app renders the same parts from the same functions,
//! so nothing on screen changes.
//!
//! Only the engine, the knowledge, the first screen's code and the result's HTML are linked here: no
//! Leptos, no storage, no panels. A visit that restores work or opens a link
//! loads `early-visit` instead (`src/bin/early_visit.rs`; `early-team` for
//! a team link), which also reads the visit: its codecs would double this
//! module's size.

#[cfg(target_arch = "wasm32")]
#[path = "early_parts/render.rs"]
mod render;

fn main() {}
