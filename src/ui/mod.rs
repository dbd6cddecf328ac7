//! The Leptos user interface: one file per panel. Rendered to HTML at build
//! time (the `prerender` feature, `src/bin/prerender.rs`); in the browser
//! (wasm32) the app is mounted in place of that HTML (see [`mount`]).
//!
//! State follows the todomvc example: the session (the answers on screen,
//! own work, previews, trials, saving, the team view, messages) is one
//! signal of the plain [`crate::session::Session`], changed only by
//! dispatching an action ([`session::Session::dispatch`]), which carries out
//! the effects the action returns; the answers and the assessment are
//! derived by memos, and effects and window listeners exist only to sync
//! with the outside world (storage, the address bar, other tabs), with one
//! exception:
//! the detail tabs read a copy of the answers that follows them after the
//! next paint ([`defer::settled`]), so that they never delay the result.

// The server render uses only the first screen: the browser-only parts are
// unused there.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod address;
mod bom;
mod changes;
mod cites;
mod comparison;
mod copy_link;
mod defer;
mod disagreements;
mod dom;
mod explanation;
mod flowchart;
mod from_code;
mod guidance;
pub mod lazy;
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
mod state;
mod tabs;
#[cfg(target_arch = "wasm32")]
mod takeover;
mod team;
mod theme;
mod url;
mod whatif;

use leptos::prelude::*;

use crate::engine::assess;
use state::AppState;
pub use tabs::TabId;

/// The element the app is rendered into, in `index.html`.
pub const ROOT_ID: &str = crate::first_screen::ROOT_ID;

/// The app's first screen as HTML, for `index.html` (see
/// `src/bin/prerender.rs`): no saved work, no link, no answers. The browser
/// replaces it with the live app in [`mount`].
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender() -> String {
    prerender_with(&crate::engine::Answers::new())
}

/// The app rendered to HTML natively with `answers` on screen (the own
/// work, nothing saved, no link): what the live app's first render of those
/// answers builds. [`prerender`] is this with no answers; the native test
/// `tests/result_parity.rs` compares its result panel with
/// [`crate::result_html`]'s markup, which the first-answer module writes.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender_with(answers: &crate::engine::Answers) -> String {
    render_from(crate::session::Session::showing(answers.clone()), TabId::Why)
}

/// The app rendered to HTML natively as it first shows `visit` once the
/// browser's state is applied (the session [`crate::session::Session::from_visit`]
/// gives, with the team tab open when the visit opens the team view): the
/// native test `tests/team_parity.rs` compares its team panel and messages
/// with [`crate::team_html`]'s markup, which the first-answer module writes
/// for a team link.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender_visit(visit: crate::visit::Visit) -> String {
    let (session, effects) = crate::session::Session::from_visit(visit);
    let tab = if effects.contains(&crate::session::Effect::ShowTeam) { TabId::Team } else { TabId::Why };
    render_from(session, tab)
}

#[cfg(not(target_arch = "wasm32"))]
fn render_from(start: crate::session::Session, tab: TabId) -> String {
    session::PRERENDER_START.with(|s| *s.borrow_mut() = (start, tab));
    let owner = Owner::new();
    let html = owner.with(|| App().to_html());
    drop(owner);
    html
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The app's state, handed from [`App`] to [`mount`] for the steps after
    /// the mount.
    static MOUNTED: std::cell::Cell<Option<AppState>> = const { std::cell::Cell::new(None) };
}

/// Builds the app off the page, a part per task (see [`startup`]), with the
/// browser's own state applied first: the saved work and the page's link
/// (see [`session::restore`]). Then the built app takes the place of the
/// first screen rendered at build time in `#app`, a few parts per frame,
/// with anything the user chose in that form meanwhile (on a first visit),
/// which wins (see [`takeover`]). Mounts the theme switch in the static
/// header. Called once by `main`, with the detail tabs' split points (see
/// [`lazy`]); the work starts in the next task, so that
/// the task that instantiated the WebAssembly module stays short.
#[cfg(target_arch = "wasm32")]
pub fn mount(split: lazy::SplitPanels) {
    console_error_panic_hook::set_once();
    lazy::set(split);
    set_timeout(mount_now, std::time::Duration::ZERO);
}

#[cfg(target_arch = "wasm32")]
fn mount_now() {
    use wasm_bindgen::JsCast;
    let Some(root) = document().get_element_by_id(ROOT_ID) else { return };
    let Ok(built) = document().create_element("div") else { return };
    leptos::mount::mount_to(built.clone().unchecked_into(), App).forget();
    if let Some(state) = MOUNTED.take() {
        // Before any effect runs, so that autosave never sees the empty
        // first answers.
        session::restore(state.session);
        state.startup.start(move |done| takeover::take_over(root, built, state, done));
    }
    // In a task of its own: the mounting task is long enough.
    set_timeout(
        || {
            if let Some(slot) = document().get_element_by_id("header-tools") {
                leptos::mount::mount_to(slot.unchecked_into(), theme::ThemeSwitch).forget();
            }
        },
        std::time::Duration::ZERO,
    );
}

#[component]
fn App() -> impl IntoView {
    let tab = RwSignal::new(TabId::Why);
    let session = session::start(tab);
    let answers = session.shown;
    let assessment = Memo::new(move |_| answers.with(assess));
    let settled = defer::settled(answers);
    let settled_assessment = Memo::new(move |_| settled.with(assess));
    let startup = startup::Startup::new();
    let state = AppState { answers, assessment, settled, settled_assessment, tab, session, startup };
    provide_context(state);
    provide_context(state::ShareField::default());
    provide_context(state::DocumentName(RwSignal::new(String::new())));
    #[cfg(target_arch = "wasm32")]
    {
        session::flush_when_hidden(session);
        session::follow_other_tabs(session);
        session::follow_hash(session);
        address::follow_in_page_links();
        MOUNTED.set(Some(state));
    }
    let update_ready = RwSignal::new(false);
    // The service worker can wait: registering it (and its precaching)
    // would compete with the first screen.
    startup.when_ready(move || offline::register(update_ready));
    startup.when_ready(lazy::preload_all);
    let shell_ready = startup.reached(startup::SHELL);
    let summary_ready = startup.reached(startup::SUMMARY);
    let notices_ready = startup.reached(startup::NOTICES);
    let questionnaire_ready = startup.reached(startup::QUESTIONNAIRE);
    let result_ready = startup.reached(startup::RESULT);
    let tabs_ready = startup.reached(startup::TABS);
    // A panel is built the first time its tab opens and then kept: the
    // first paint builds only what is on screen (the printout is the report,
    // src/ui/report.rs, not the panels).
    // The tabs other than Why and Team are in modules of their own
    // (src/ui/lazy.rs), fetched when first opened or once the app is idle.
    let panel = move |this: TabId, body: ViewFn| {
        let id = this.id();
        let visited = Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || tab.get() == this);
        view! {
            <div role="tabpanel" class=crate::first_screen::TABPANEL id=crate::first_screen::panel_id(id) aria-labelledby=crate::first_screen::tab_id(id)
                hidden=move || tab.get() != this>
                {move || visited.get().then(|| body.run())}
            </div>
        }
    };
    let split = move |this: TabId| panel(this, ViewFn::from(move || view! { <lazy::SplitPanel tab=this/> }));

    move || {
        shell_ready.get().then(|| {
            view! {
                {move || summary_ready.get().then(|| view! { <result::StickySummary share=|| view! { <share::ShareButton/> }/> })}
                <main class="wrap layout">
                    <div class=crate::first_screen::NOTICES>
                        {move || notices_ready.get().then(|| view! {
                            <offline::UpdateBanner update_ready=update_ready/>
                            <notice::PreviewBanner/>
                            <notice::PrefillNotice/>
                            <notice::Messages/>
                        })}
                    </div>
                    {move || questionnaire_ready.get().then(|| view! { <questionnaire::Questionnaire from_code=|| view! { <from_code::FromCode body=lazy::from_code_body/> }/> })}
                    <div class="results-column">
                        <notice::TrialBanner/>
                        {move || result_ready.get().then(|| view! {
                            <result::ResultPanel changes=|| view! { <changes::ChangedFromLink/> } share=|| view! { <share::ShareBlock/> }/>
                        })}
                        {move || tabs_ready.get().then(|| view! {
                        <div class="panel tabs-panel">
                            <tabs::TabList tabs=&TabId::ALL active=tab label="Result details"/>
                            {panel(TabId::Why, ViewFn::from(|| view! { <explanation::ExplanationPanel/> }))}
                            {split(TabId::WhatIf)}
                            {split(TabId::Flow)}
                            {split(TabId::Compare)}
                            {split(TabId::Disagreements)}
                            {split(TabId::Bom)}
                            {split(TabId::After)}
                            {panel(TabId::Team, ViewFn::from(|| view! { <team::TeamPanel/> }))}
                            {split(TabId::Report)}
                            {split(TabId::Profiles)}
                            {split(TabId::Sources)}
                        </div>
                        })}
                    </div>
                </main>
                <footer class="site-footer wrap">
                    <p>{crate::knowledge::interface::STAYS_IN_BROWSER}</p>
                </footer>
                <report::PrintDocument/>
            }
        })
    }
}
