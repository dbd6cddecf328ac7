//! The result panel: recommendation, scores, confidence, close-call and
//! hybrid notices, and what the visitor changed in a preview. Updates live
//! from the assessment memo.

use leptos::prelude::*;

use super::cites::FrameworkList;
use super::state::AppState;
use super::tabs::TabId;
use crate::depfiles::FrameworkFound;
use crate::first_screen;
use crate::knowledge::interface::STICKY_GO_TO_RESULT;
use crate::knowledge::packages::FILES_SHOWED_ENDED;
use crate::knowledge::Framework;
use crate::result_html;
use crate::session::Mode;

/// The recommendation, the three scores, the confidence and the notices
/// that qualify them, for the current assessment. The parts that depend on
/// the assessment are [`result_html`]'s, set as inner HTML: the page
/// rendered at build time and the first-answer module (`src/bin/early_scoring.rs`)
/// write the same, so nothing changes when the app takes over.
///
/// `changes` is what the visitor changed in a preview, `share` the share
/// block: panels of their own, placed here by the layout (`super::App`).
#[component]
pub fn ResultPanel(#[prop(into)] changes: ViewFn, #[prop(into)] share: ViewFn) -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.assessment;
    // The score rows are built once and updated in place: a change sets a
    // few attributes and texts rather than replacing the list's HTML.
    let rows = Memo::new(move |_| a.with(result_html::score_rows));
    // Between the recommendation and the scores: the markup of
    // `result_html::before_scores`, in parts, so that a change sets only the
    // confidence line's texts that changed.
    let existing = Memo::new(move |_| a.with(result_html::existing_path));
    let confidence = Memo::new(move |_| a.with(result_html::confidence));
    let has_confidence = Memo::new(move |_| confidence.with(Option::is_some));
    let notices = Memo::new(move |_| a.with(result_html::notices));
    let score_rows =
        (0..Framework::ALL.len()).map(|i| view! { <ScoreLine row=Memo::new(move |_| rows.with(|r| r[i].clone()))/> }).collect_view();
    // Citation links inside the HTML open the Sources tab.
    let open_cite = move |ev: web_sys::MouseEvent| {
        use wasm_bindgen::JsCast;
        let cite = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a.cite").ok().flatten());
        if let Some(tag) = cite.and_then(|c| c.get_attribute("href")).and_then(|h| h.strip_prefix("#source-").map(str::to_string)) {
            ev.prevent_default();
            super::tabs::open_source(state.tab, &tag);
        }
    };
    // The releases the user's own dependency files showed that no longer
    // get fixes, kept after their suggestions were applied.
    let ended = move || {
        let own = state.session.mode.with(|m| matches!(m, Mode::Own));
        let list: Vec<FrameworkFound> = state.session.code.with(|c| c.frameworks.iter().filter(|f| f.ended).cloned().collect());
        (own && !list.is_empty()).then(|| {
            let names = list.iter().map(|f| format!("{} {}", f.name, f.version)).collect::<Vec<_>>().join(", ");
            view! {
                <details class="files-ended">
                    <summary>{FILES_SHOWED_ENDED} " " <strong>{names}</strong></summary>
                    <FrameworkList frameworks=list/>
                </details>
            }
        })
    };
    view! {
        <section class="panel result" aria-labelledby="result-title" on:click=open_cite>
            <h2 id="result-title" tabindex="-1">"Recommendation"</h2>
            <div class=first_screen::RECOMMENDATION data-recommendation=move || a.with(result_html::recommendation_id) aria-live="polite"
                inner_html=move || a.with(result_html::recommendation)></div>
            <div class=first_screen::RESULT_BEFORE>
                {move || existing.get().map(|e| view! {
                    <div class="existing-path" data-path=e.path data-in-use=e.in_use inner_html=e.inner></div>
                })}
                {move || has_confidence.get().then(|| view! { <ConfidenceLine confidence=confidence/> })}
                {move || notices.get().into_iter().map(|n| view! { <p class=n.class role="note" inner_html=n.inner></p> }).collect_view()}
            </div>
            <h3 class="sr-only">"Scores"</h3>
            <ul class=first_screen::SCORES>{score_rows}</ul>
            <div class=first_screen::RESULT_AFTER inner_html=move || a.with(result_html::after_scores)></div>
            {changes.run()}
            {ended}
            {share.run()}
            <p class=first_screen::SCOPE_NOTE class:muted=true>{move || state.answers.with(crate::format::scope)}</p>
            <nav class="result-links" aria-label="More about this result">
                {TabId::ALL.iter().filter(|t| **t != TabId::Why).map(|&t| view! {
                    <button type="button" class="link-button" data-tab=t.id() on:click=move |_| state.tab.set(t)>{t.label()}</button>
                }).collect_view()}
            </nav>
        </section>
    }
}

/// The confidence line of [`result_html::confidence`], with the markup of
/// [`result_html::before_scores`]; its texts follow `confidence`.
#[component]
fn ConfidenceLine(confidence: Memo<Option<result_html::Confidence>>) -> impl IntoView {
    let part = move |f: fn(&result_html::Confidence) -> String| move || confidence.with(|c| c.as_ref().map(f).unwrap_or_default());
    let level = move || confidence.with(|c| c.as_ref().map_or("", |c| c.level));
    view! {
        <p class="confidence" data-confidence=level>
            "Confidence: "<strong>{level}</strong>{part(result_html::confidence_middle)}{part(|c| c.lead.clone())}
        </p>
    }
}

/// One row of the scores: the same markup as [`result_html::scores`], so
/// that nothing changes when the app takes over from the page rendered at
/// build time or from the first-answer module.
#[component]
fn ScoreLine(row: Memo<result_html::ScoreRow>) -> impl IntoView {
    let fill = NodeRef::<leptos::html::Span>::new();
    // The bar's width, through the CSS object model (the page's policy
    // allows no style attribute).
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        let width = row.with(|r| r.width);
        if let Some(el) = fill.get() {
            let _ = web_sys::HtmlElement::style(&el).set_property("width", &format!("{width}%"));
        }
    });
    let (framework, name) = row.with_untracked(|r| (r.framework, r.name));
    view! {
        <li class="score" class:winner=move || row.with(|r| r.winner) data-framework=framework>
            <span class="score-name">{name}</span>
            <span class="bar" aria-hidden="true"><span class=first_screen::FILL node_ref=fill data-width=move || row.with(|r| r.width)></span></span>
            <span class="score-value" data-score=move || row.with(|r| r.score.clone())>{move || row.with(|r| r.phrase.clone())}</span>
        </li>
    }
}

/// A slim bar pinned to the top on narrow screens, so the current
/// recommendation, its confidence and the scores stay in view while
/// answering, with a one-click share button.
///
/// `share` is the share button, placed here by the layout (`super::App`).
#[component]
pub fn StickySummary(#[prop(into)] share: ViewFn) -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.assessment;
    let trying = move || matches!(state.session.mode.get(), Mode::Trying { .. });
    let head = move || a.with(|a| result_html::sticky_head(a, trying()));
    let has_rec = Memo::new(move |_| a.with(|a| a.recommendation.is_some()));
    view! {
        <div class="sticky-summary">
            <a class="sticky-link" href="#result-title">
                <span class=first_screen::STICKY_HEAD>{head}</span>
                // The markup of `result_html::sticky_scores`; a change sets the
                // scores' text.
                <span class=first_screen::STICKY_MORE>
                    {move || has_rec.get().then(|| view! {
                        <span class="sr-only">". Scores: "</span>
                        <span class="sticky-scores">{move || a.with(|a| crate::format::bar_scores(a.scores))}</span>
                    })}
                </span>
                <span class="sr-only">". " {STICKY_GO_TO_RESULT}</span>
            </a>
            // Always there, so that the bar keeps its layout; hidden until
            // there is a result to share.
            <span class="sticky-share-slot" class:idle=move || !has_rec.get()>{share.run()}</span>
        </div>
    }
}
