//! The result panel: recommendation, scores, confidence, close-call and
//! hybrid notices. Updates live from the assessment memo.

use leptos::prelude::*;

use super::share::{ShareBlock, ShareButton};
use super::tabs::TabId;
use super::AppState;
use crate::result_html;

/// The recommendation, the three scores, the confidence and the notices
/// that qualify them, for the current assessment. The parts that depend on
/// the assessment are [`result_html`]'s, set as inner HTML: the page
/// rendered at build time and the first-answer module (`src/bin/early_scoring.rs`)
/// write the same, so nothing changes when the app takes over.
#[component]
pub fn ResultPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.assessment;
    let scores = NodeRef::<leptos::html::Ul>::new();
    // The bars' widths, through the CSS object model (the page's policy
    // allows no style attribute).
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        a.track();
        if let Some(list) = scores.get() {
            apply_widths(&list);
        }
    });
    // Citation links inside the HTML open the Sources tab.
    let open_cite = move |ev: web_sys::MouseEvent| {
        use wasm_bindgen::JsCast;
        let cite = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a.cite").ok().flatten());
        if let Some(tag) = cite.and_then(|c| c.get_attribute("href")).and_then(|h| h.strip_prefix("#source-").map(str::to_string)) {
            ev.prevent_default();
            super::sources::open_source(state.tab, &tag);
        }
    };
    view! {
        <section class="panel result" aria-labelledby="result-title" on:click=open_cite>
            <h2 id="result-title" tabindex="-1">"Recommendation"</h2>
            <div class="recommendation" data-recommendation=move || a.with(result_html::recommendation_id) aria-live="polite"
                inner_html=move || a.with(result_html::recommendation)></div>
            <div class="result-before" inner_html=move || a.with(result_html::before_scores)></div>
            <h3 class="sr-only">"Scores"</h3>
            <ul class="scores" node_ref=scores inner_html=move || a.with(result_html::scores)></ul>
            <div class="result-after" inner_html=move || a.with(result_html::after_scores)></div>
            <ShareBlock/>
            <p class="scope-note muted">{move || state.answers.with(crate::format::scope)}</p>
            <nav class="result-links" aria-label="More about this result">
                {TabId::ALL.iter().filter(|t| **t != TabId::Why).map(|&t| view! {
                    <button type="button" class="link-button" on:click=move |_| state.tab.set(t)>{t.label()}</button>
                }).collect_view()}
            </nav>
        </section>
    }
}

/// Sets each `.fill[data-width]` under `root` to its width in percent.
#[cfg(target_arch = "wasm32")]
fn apply_widths(root: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(fills) = root.query_selector_all(".fill[data-width]") else { return };
    for i in 0..fills.length() {
        if let Some(el) = fills.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            if let Some(w) = el.get_attribute("data-width") {
                let _ = el.style().set_property("width", &format!("{w}%"));
            }
        }
    }
}

/// A slim bar pinned to the top on narrow screens, so the current
/// recommendation, its confidence and the scores stay in view while
/// answering, with a one-click share button.
#[component]
pub fn StickySummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.assessment;
    let trying = move || matches!(state.session.mode.get(), super::session::Mode::Trying { .. });
    let head = move || a.with(|a| result_html::sticky_head(a, trying()));
    view! {
        <div class="sticky-summary">
            <a class="sticky-link" href="#result-title">
                <span class="sticky-head">{head}</span>
                <span class="sticky-more" inner_html=move || a.with(result_html::sticky_scores)></span>
                <span class="sr-only">". Go to the result."</span>
            </a>
            // Always there, so that the bar keeps its layout; hidden until
            // there is a result to share.
            <span class="sticky-share-slot" class:idle=move || a.with(|a| a.recommendation.is_none())><ShareButton/></span>
        </div>
    }
}
