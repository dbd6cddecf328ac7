//! The first-answer module: a small second WebAssembly binary that scores
//! the answers given on the page rendered at build time, before the app's
//! own (much larger) module has arrived. `public/early.js` loads it with the
//! page, reads the form on every change, and puts [`render`]'s parts into
//! the result panel and the summary bar; once the app has mounted, the app
//! renders the same parts from the same functions ([`result_html`]: as
//! inner HTML, or as views with the same markup), so nothing on screen
//! changes.
//!
//! A visit that opens a link or restores saved work is read here too
//! (`entry::open_visit`): the same function as the app's ([`django_flask_advisor::visit::open`]), on
//! a copy of the browser's storage, gives the answers and the notices to
//! show, so that such a visit is on screen, scored, before the app has
//! loaded.
//!
//! Only the engine, the knowledge, the codecs and the result's HTML are
//! linked here: no Leptos, no panels.

#[cfg(target_arch = "wasm32")]
mod web {
    use django_flask_advisor::answers::Answers;
    use django_flask_advisor::engine::assess;
    use django_flask_advisor::result_html;
    use wasm_bindgen::prelude::*;

    /// The result's parts for one set of answers, each ready for the page.
    #[wasm_bindgen(getter_with_clone)]
    pub struct EarlyResult {
        /// `data-recommendation`: a framework id or `"none"`.
        pub recommendation: String,
        /// The recommendation box's inner HTML.
        pub headline: String,
        /// The HTML between the recommendation and the scores.
        pub before: String,
        /// The score rows (`<li>`), bar widths in `data-width`.
        pub scores: String,
        /// The HTML after the scores.
        pub after: String,
        /// The scope note, plain text.
        pub scope: String,
        /// The questionnaire's count of answered questions, plain text.
        pub progress: String,
        /// The advanced group's count, plain text.
        pub advanced_progress: String,
        /// The summary bar's headline, plain text.
        pub sticky_head: String,
        /// The summary bar's scores (HTML).
        pub sticky_scores: String,
    }

    /// Scores the answers in `pairs`, a prefill query without its `?`
    /// (`app_type=api_backend&importance.app_type=high`, values already
    /// URL-safe ids). Unknown names and values are skipped, as in a prefill
    /// link.
    #[wasm_bindgen]
    pub fn render(pairs: &str) -> EarlyResult {
        let mut answers = Answers::new();
        let decoded = pairs.split('&').filter_map(|p| p.split_once('='));
        let _ = django_flask_advisor::prefill::apply(&mut answers, decoded);
        let a = assess(&answers);
        EarlyResult {
            recommendation: result_html::recommendation_id(&a).to_string(),
            headline: result_html::recommendation(&a),
            before: result_html::before_scores(&a),
            scores: result_html::scores(&a),
            after: result_html::after_scores(&a),
            scope: django_flask_advisor::format::scope(&answers),
            progress: result_html::progress(&answers),
            advanced_progress: result_html::advanced_progress(&answers),
            sticky_head: result_html::sticky_head(&a, false),
            sticky_scores: result_html::sticky_scores(&a),
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod entry {
    use django_flask_advisor::storage::{MemoryStore, StoreError};
    use django_flask_advisor::{notices_html, prefill, visit};
    use wasm_bindgen::prelude::*;

    /// What a visit that restores work or opens a link shows first.
    #[wasm_bindgen(getter_with_clone)]
    pub struct EarlyVisit {
        /// True when the first screen can show it: no message to say and no
        /// team view to open (the app shows those visits itself).
        pub shown: bool,
        /// The answers to put into the form, as a prefill query without its
        /// `?` ([`prefill::query`]).
        pub pairs: String,
        /// The notices' HTML (the preview banner, the skipped parameters of
        /// a prefill link), empty for none.
        pub notices: String,
    }

    /// Opens the visit as the app will ([`visit::open`]), on a copy of the
    /// browser's storage: `entries` is a JSON array of `[key, value]`
    /// pairs (the `dfa.` entries of localStorage), or `null` when storage
    /// cannot be read; `query` a JSON array of the decoded query's
    /// `[name, value]` pairs; `fragment` the fragment without its `#`;
    /// `now` milliseconds since the Unix epoch. Nothing is written to the
    /// browser: an autosave that cannot be read leaves the visit to the
    /// app, which sets it aside.
    #[wasm_bindgen]
    pub fn open_visit(entries: &str, query: &str, fragment: &str, now: f64) -> EarlyVisit {
        let not_shown = || EarlyVisit { shown: false, pairs: String::new(), notices: String::new() };
        let Ok(query) = serde_json::from_str::<Vec<(String, String)>>(query) else { return not_shown() };
        let (mut store, memory_only) = match serde_json::from_str::<Option<Vec<(String, String)>>>(entries) {
            Ok(Some(pairs)) => (MemoryStore { map: pairs.into_iter().collect(), quota: None }, None),
            Ok(None) => (MemoryStore::default(), Some(StoreError::Unavailable)),
            Err(_) => return not_shown(),
        };
        let v = visit::open(&mut store, memory_only, now as u64, &query, fragment);
        if !v.plain_screen() {
            return not_shown();
        }
        let mut notices = String::new();
        if let Some((name, shared)) = visit::preview(&v) {
            notices.push_str(&notices_html::preview_banner(name, shared));
        }
        notices.push_str(&notices_html::prefill_notice(&v.skipped));
        EarlyVisit { shown: true, pairs: prefill::query(&v.shown), notices }
    }
}

fn main() {}
