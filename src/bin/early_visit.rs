//! The first-answer module for a visit that restores work or opens a link
//! (a share link, a prefill link, answers autosaved in localStorage):
//! `public/early.js` loads it instead of `early-scoring` when
//! `public/theme.js` has marked `<html data-restoring>`. It reads the visit
//! with the app's own function (`visit::open`, on a copy of the browser's
//! storage: `entry::open_visit`), which gives the answers and the notices to
//! show, puts them into the form (`entry::show_visit`) and from then on
//! answers the page's changes and clicks as `early-scoring` does
//! (`early_parts/render.rs`), so that such a visit is on screen, scored,
//! before the app has loaded.
//!
//! Linked here: the engine, the knowledge, the first screen's code, the result's HTML, the share and
//! profile codecs, the store code and the session; no Leptos, no panels.

#[cfg(target_arch = "wasm32")]
#[path = "early_parts/render.rs"]
mod render;

#[cfg(target_arch = "wasm32")]
#[path = "early_parts/visit.rs"]
mod entry;

/// A team link is shown by `early-team` (`src/bin/early_team.rs`), which
/// `public/theme.js` loads for it: its code is not linked here, so that a
/// share link, a prefill link or a returning visit waits for fewer bytes.
#[cfg(target_arch = "wasm32")]
fn team_view(_visit: &django_flask_advisor::visit::Visit) -> Option<(String, String)> {
    None
}

fn main() {}
