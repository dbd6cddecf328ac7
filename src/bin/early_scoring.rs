//! The first-answer module: a small second WebAssembly binary that scores
//! the answers given on the page rendered at build time, before the app's
//! own (much larger) module has arrived. `public/early.js` loads it with the
//! page on a first visit, reads the form on every change, and puts
//! `render::render`'s parts into the result panel and the summary bar; once
//! the app has mounted, the app renders the same parts from the same
//! functions (`result_html`: as inner HTML, or as views with the same
//! markup), so nothing on screen changes.
//!
//! Only the engine, the knowledge and the result's HTML are linked here: no
//! Leptos, no storage, no panels. A visit that restores work or opens a link
//! loads `early-visit` instead (`src/bin/early_visit.rs`), which also reads
//! the visit: its codecs would double this module's size.

#[cfg(target_arch = "wasm32")]
#[path = "early_parts/render.rs"]
mod render;

fn main() {}
