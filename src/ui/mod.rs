//! The Leptos user interface: one file per panel. Rendered to HTML at build
//! time (the `prerender` feature, `src/bin/prerender.rs`); in the browser
//! (wasm32) the app is mounted in place of that HTML (see [`mount`]).
//!
//! State follows the todomvc example: the answers are one signal of a plain
//! struct, the session (own work, previews, trials, saving, messages) is one
//! signal of the plain [`crate::session::Session`], the assessment is derived
//! by a memo, and effects and window listeners exist only to sync with the
//! outside world (storage, the address bar, other tabs), with one exception:
//! the detail tabs read a copy of the answers that follows them after the
//! next paint ([`defer::settled`]), so that they never delay the result.

// The server render uses only the first screen: the browser-only parts are
// unused there.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod bom;
mod comparison;
mod copy_link;
mod defer;
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
    /// The answers the detail tabs show: `answers`, followed after the frame
    /// that paints the new recommendation (see [`defer::settled`]), so that
    /// rebuilding those tabs never delays the result.
    pub settled: RwSignal<Answers>,
    /// The assessment of [`AppState::settled`].
    pub settled_assessment: Memo<Assessment>,
    /// The active tab in the results column.
    pub tab: RwSignal<tabs::TabId>,
    /// Own work or preview, saved profiles, messages.
    pub session: session::Session,
    /// Which start-up steps have run (see [`startup`]).
    pub startup: startup::Startup,
}

/// The element the app is rendered into, in `index.html`.
pub const ROOT_ID: &str = "app";

/// The app's first screen as HTML, for `index.html` (see
/// `src/bin/prerender.rs`): no saved work, no link, no answers. The browser
/// replaces it with the live app in [`mount`].
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender() -> String {
    let owner = Owner::new();
    let html = owner.with(|| App().to_html());
    drop(owner);
    html
}

/// What the user did in the prerendered form before the WebAssembly loaded:
/// options checked and importance menus changed, as (question, option) and
/// (question, importance) pairs, in question order.
#[cfg(target_arch = "wasm32")]
#[derive(Default)]
struct EarlyInput {
    choices: Vec<(usize, usize)>,
    importance: Vec<(usize, crate::engine::Importance)>,
    advanced_open: bool,
}

/// Reads the prerendered form before the app replaces it.
#[cfg(target_arch = "wasm32")]
fn early_input() -> EarlyInput {
    use crate::engine::Importance;
    use crate::knowledge::QUESTIONS;
    use wasm_bindgen::JsCast;
    let doc = document();
    let value = |el: web_sys::Element| js_sys::Reflect::get(&el, &"value".into()).ok().and_then(|v| v.as_string());
    let mut early = EarlyInput { choices: Vec::new(), importance: Vec::new(), advanced_open: false };
    for (qi, q) in QUESTIONS.iter().enumerate() {
        let checked = doc.query_selector(&format!("input[name=\"{}\"]:checked", q.id)).ok().flatten();
        if let Some(id) = checked.and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|el| el.value()) {
            if let Some(oi) = q.options.iter().position(|c| c.id == id) {
                early.choices.push((qi, oi));
            }
        }
        let menu = doc.get_element_by_id(&format!("{}-importance", q.id));
        if let Some(i) = menu.and_then(value).and_then(|v| Importance::from_id(&v)) {
            if i != Importance::default() {
                early.importance.push((qi, i));
            }
        }
    }
    early.advanced_open = doc.get_element_by_id("advanced").is_some_and(|d| d.has_attribute("open"));
    early
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The app's state, handed from [`App`] to [`mount`] for the steps after
    /// the mount.
    static MOUNTED: std::cell::Cell<Option<AppState>> = const { std::cell::Cell::new(None) };
}

/// Builds the app off the page, a part per task (see [`startup`]), with the
/// browser's own state applied first: the saved work and the page's link
/// (see [`session::restore`]). Then, in one task, the built app takes the
/// place of the first screen rendered at build time in `#app`, with
/// anything the user chose in that form meanwhile (on a first visit), which
/// wins. Mounts the theme switch in the static header. Called once by
/// `main`.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
    let Some(root) = document().get_element_by_id(ROOT_ID) else { return };
    let Ok(built) = document().create_element("div") else { return };
    leptos::mount::mount_to(built.clone().unchecked_into(), App).forget();
    if let Some(state) = MOUNTED.take() {
        // Before any effect runs, so that autosave never sees the empty
        // first answers.
        session::restore(state.session, state.answers, state.tab);
        state.startup.start(move || take_over(&root, &built, state));
    }
    if let Some(slot) = document().get_element_by_id("header-tools") {
        leptos::mount::mount_to(slot.unchecked_into(), theme::ThemeSwitch).forget();
    }
}

/// Puts the built app (`built`'s children) into `root` in place of the
/// first screen rendered at build time, in one task so that the browser
/// never paints in between. (Hydrating that screen in place with Leptos's
/// `hydrate_from` failed with a mismatch at the first dynamic text node, the
/// summary bar's headline, and would be one long task.)
#[cfg(target_arch = "wasm32")]
fn take_over(root: &web_sys::Element, built: &web_sys::Element, state: AppState) {
    use wasm_bindgen::JsCast;
    let html = document().document_element();
    // A visit that restores work kept the rendered form hidden
    // (public/theme.js): what it holds is the browser's form restoration,
    // not the user's input, and must not win over the restored work.
    let restoring = html.as_ref().is_some_and(|h| h.has_attribute("data-restoring"));
    let early = if restoring { EarlyInput::default() } else { early_input() };
    // From here the app owns the page: public/early.js stands aside.
    if let Some(html) = &html {
        let _ = html.set_attribute("data-live", "");
    }
    // The element with the focus is replaced too: the same one in the live
    // app gets it back.
    let focused = document().active_element().filter(|el| root.contains(Some(el))).map(|el| el.id()).filter(|id| !id.is_empty());
    if !early.choices.is_empty() || !early.importance.is_empty() {
        state.answers.update(|a| {
            for &(qi, oi) in &early.choices {
                a.set_choice(qi, Some(oi));
            }
            for &(qi, i) in &early.importance {
                a.set_importance(qi, i);
            }
        });
        // The detail tabs too, in this same move: the list of points
        // replaces the early module's "coming" sentence as the app appears,
        // rather than a frame later, moving what is below it.
        state.settled.set(state.answers.get_untracked());
    }
    root.set_inner_html("");
    while let Some(child) = built.first_child() {
        let _ = root.append_child(&child);
    }
    // On a first visit public/early.js has already opened the group the
    // user left open, and the user may have toggled it since.
    if if restoring { persist::advanced_open() } else { early.advanced_open } {
        if let Some(group) = document().get_element_by_id("advanced") {
            let _ = group.set_attribute("open", "");
        }
    }
    if let Some(el) = focused.and_then(|id| document().get_element_by_id(&id)).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        // It is where the replaced one was: nothing to scroll.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Becomes true at the browser's first `beforeprint` event: every panel the
/// print stylesheet shows is then built, visited or not, and kept. Effects
/// run as microtasks right after the event, before the page is laid out for
/// printing.
fn printed() -> RwSignal<bool> {
    let printed = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener_untyped("beforeprint", move |_| printed.set(true));
        on_cleanup(move || handle.remove());
    }
    printed
}

#[component]
fn App() -> impl IntoView {
    let (session, initial) = session::start();
    let answers = RwSignal::new(initial);
    let assessment = Memo::new(move |_| answers.with(assess));
    let settled = defer::settled(answers);
    let settled_assessment = Memo::new(move |_| settled.with(assess));
    let tab = RwSignal::new(TabId::Why);
    let startup = startup::Startup::new();
    let state = AppState { answers, assessment, settled, settled_assessment, tab, session, startup };
    provide_context(state);
    provide_context(share::ShareField(RwSignal::new(None)));
    from_code::provide();
    session::autosave(session, answers);
    #[cfg(target_arch = "wasm32")]
    {
        session::follow_other_tabs(session, answers);
        session::follow_hash(session, answers, tab);
        MOUNTED.set(Some(state));
    }
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
                    <div class="results-column" class:flow-open=move || tab.get() == TabId::Flow>
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
