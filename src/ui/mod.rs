//! The Leptos user interface: one file per panel. Wasm32 only.
//!
//! State follows the todomvc example: the answers are one signal of a plain
//! struct, the session (own work, previews, trials, saving, messages) is one
//! signal of the plain [`crate::session::Session`], the assessment is derived
//! by a memo, and effects and window listeners exist only to sync with the
//! outside world (storage, the address bar, other tabs).

mod bom;
mod comparison;
mod copy_link;
mod disagreements;
mod explanation;
mod flowchart;
mod from_code;
mod guidance;
mod notice;
mod offline;
mod persist;
mod profiles;
mod questionnaire;
mod report;
mod result;
mod session;
mod share;
mod sources;
mod startup;
mod tabs;
mod team;
mod theme;
mod url;
mod whatif;

use leptos::prelude::*;

use crate::engine::{assess, Answers, Assessment};
use tabs::TabId;

/// Shared state, provided as context to every panel.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The user's answers and importance settings.
    pub answers: RwSignal<Answers>,
    /// The assessment of the current answers.
    pub assessment: Memo<Assessment>,
    /// The active tab in the results column.
    pub tab: RwSignal<tabs::TabId>,
    /// Own work or preview, saved profiles, messages.
    pub session: session::Session,
    /// Which start-up steps have run (see [`startup`]).
    pub startup: startup::Startup,
}

/// Mounts the app on `<body>` and the theme switch in the static header.
/// Called once by `main`. The app mounts in the task after the one that
/// instantiated the WebAssembly module, and the theme switch in the next,
/// so that none of them is a long task (see [`startup`]).
pub fn mount() {
    console_error_panic_hook::set_once();
    set_timeout(
        || {
            leptos::mount::mount_to_body(App);
            set_timeout(
                || {
                    if let Some(slot) = document().get_element_by_id("header-tools") {
                        use wasm_bindgen::JsCast;
                        leptos::mount::mount_to(slot.unchecked_into(), theme::ThemeSwitch).forget();
                    }
                },
                std::time::Duration::ZERO,
            );
        },
        std::time::Duration::ZERO,
    );
}

/// Becomes true at the browser's first `beforeprint` event: every panel the
/// print stylesheet shows is then built, visited or not, and kept. Effects
/// run as microtasks right after the event, before the page is laid out for
/// printing.
fn printed() -> RwSignal<bool> {
    let printed = RwSignal::new(false);
    let handle = window_event_listener_untyped("beforeprint", move |_| printed.set(true));
    on_cleanup(move || handle.remove());
    printed
}

#[component]
fn App() -> impl IntoView {
    let (session, initial) = session::start();
    let answers = RwSignal::new(initial);
    let assessment = Memo::new(move |_| answers.with(assess));
    let tab = RwSignal::new(if session.team.with_untracked(Vec::is_empty) { TabId::Why } else { TabId::Team });
    let startup = startup::Startup::start();
    provide_context(AppState { answers, assessment, tab, session, startup });
    provide_context(share::ShareField(RwSignal::new(None)));
    from_code::provide();
    session::autosave(session, answers);
    session::follow_other_tabs(session, answers);
    session::follow_hash(session, answers, tab);
    let update_ready = RwSignal::new(false);
    // The service worker can wait: registering it (and its precaching)
    // would compete with the first screen.
    startup.when_ready(move || offline::register(update_ready));
    let printed = printed();
    let shell_ready = startup.reached(startup::SHELL);
    let result_ready = startup.reached(startup::RESULT);
    let tabs_ready = startup.reached(startup::TABS);
    // A panel is built the first time its tab opens (or for printing) and
    // then kept: the first paint builds only what is on screen.
    let panel = move |this: TabId, body: fn() -> AnyView| {
        let id = this.id();
        let visited = Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || tab.get() == this);
        let built = Memo::new(move |_| visited.get() || printed.get());
        view! {
            <div role="tabpanel" class="tabpanel" id=format!("panel-{id}") aria-labelledby=format!("tab-{id}")
                hidden=move || tab.get() != this>
                {move || built.get().then(body)}
            </div>
        }
    };

    move || {
        shell_ready.get().then(|| {
            view! {
                <result::StickySummary/>
                <main class="wrap layout">
                    <div class="notices">
                        <offline::UpdateBanner update_ready=update_ready/>
                        <notice::PreviewBanner/>
                        <notice::PrefillNotice/>
                        <notice::Messages/>
                    </div>
                    <questionnaire::Questionnaire/>
                    <div class="results-column">
                        <notice::TrialBanner/>
                        {move || result_ready.get().then(|| view! { <result::ResultPanel/> })}
                        {move || tabs_ready.get().then(|| view! {
                        <div class="panel tabs-panel">
                            <tabs::TabList tabs=&TabId::ALL active=tab label="Result details"/>
                            {panel(TabId::Why, || view! { <explanation::ExplanationPanel/> }.into_any())}
                            {panel(TabId::WhatIf, || view! { <whatif::WhatIfPanel/> }.into_any())}
                            {panel(TabId::Flow, || view! { <flowchart::FlowchartPanel/> }.into_any())}
                            {panel(TabId::Compare, || view! { <comparison::ComparisonPanel/> }.into_any())}
                            {panel(TabId::Disagreements, || view! { <disagreements::DisagreementsPanel/> }.into_any())}
                            {panel(TabId::Bom, || view! { <bom::BomPanel/> }.into_any())}
                            {panel(TabId::After, || view! { <guidance::GuidancePanel/> }.into_any())}
                            {panel(TabId::Team, || view! { <team::TeamPanel/> }.into_any())}
                            {panel(TabId::Report, || view! { <report::ReportPanel/> }.into_any())}
                            {panel(TabId::Profiles, || view! { <profiles::ProfilesPanel/> }.into_any())}
                            {panel(TabId::Sources, || view! { <sources::SourcesPanel/> }.into_any())}
                        </div>
                        })}
                    </div>
                </main>
                <footer class="site-footer wrap">
                    <p>"Runs entirely in your browser; nothing you enter leaves this page."</p>
                </footer>
            }
        })
    }
}
