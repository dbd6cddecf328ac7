//! The Leptos user interface: one file per panel. Wasm32 only.
//!
//! State follows the todomvc example: the answers are one signal of a plain
//! struct, the assessment is derived from it by a memo, and effects exist
//! only to sync with the outside world (the address bar).

mod explanation;
mod notice;
mod questionnaire;
mod result;
mod sources;
mod url;

use leptos::prelude::*;

use crate::engine::{assess, Answers, Assessment};

/// Shared state, provided as context to every panel.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The user's answers and importance settings.
    pub answers: RwSignal<Answers>,
    /// The assessment of the current answers.
    pub assessment: Memo<Assessment>,
}

/// Mounts the app on `<body>`. Called once by `main`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let (initial, skipped) = url::read_prefill();
    let answers = RwSignal::new(initial);
    let assessment = Memo::new(move |_| answers.with(assess));
    provide_context(AppState { answers, assessment });
    url::sync_query(answers);

    view! {
        <header class="site-header">
            <div class="wrap">
                <h1>"Django/Flask Advisor"</h1>
                <p class="tagline">"Answer what you know about the project. Every point of the score is explained and traced to its source."</p>
            </div>
        </header>
        <result::StickySummary/>
        <main class="wrap layout">
            <notice::PrefillNotice skipped=skipped/>
            <questionnaire::Questionnaire/>
            <div class="results-column">
                <result::ResultPanel/>
                <explanation::ExplanationPanel/>
                <sources::SourcesPanel/>
            </div>
        </main>
        <footer class="site-footer wrap">
            <p>"Runs entirely in your browser; nothing you enter leaves this page."</p>
        </footer>
    }
}
