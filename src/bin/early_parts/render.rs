//! The result's parts for a set of answers (shared by both first-answer
//! modules: `src/bin/early_scoring.rs` and `src/bin/early_visit.rs`).

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
