//! Share and take away, beside the result: copy the share link in one
//! click, download the Markdown report, download the decision record. The
//! Report tab and the phone summary bar use the same actions, so a file is
//! named and a link made the same way wherever the user asks for it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::address::share_url;
use super::from_code::CodeFacts;
use super::persist;
use super::session;
use super::AppState;
use crate::depfiles::FrameworkFound;
use crate::format::file_name;
use crate::knowledge::sharing::{CLIPBOARD_REFUSED, CLIPBOARD_REFUSED_BAR, CLIPBOARD_REFUSED_SHORT};
use crate::madr::record;
use crate::report::{report, report_html, Document};
use crate::session::{Mode, CHANGED_LINK_COPIED, SHARES_CHANGED_VERSION};

/// The share link last made, shown in a read-only field beside the share
/// block so it can be copied by hand when the browser refuses the
/// clipboard, and what the share block last did, said in its status line
/// just above that field (also after the summary bar's share button, whose
/// refused copy the block then says visibly). Provided as context by the app.
#[derive(Clone, Copy)]
pub struct ShareField {
    /// The link last made, while it is this result's.
    link: RwSignal<Option<String>>,
    /// What the share block last did.
    done: RwSignal<Done>,
}

impl Default for ShareField {
    fn default() -> Self {
        ShareField { link: RwSignal::new(None), done: RwSignal::new(Done::Nothing) }
    }
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The name the assessment on screen goes by (a preview's own name, or the
/// profile's).
pub fn shown_name(state: AppState) -> String {
    let s = state.session;
    s.meta.with_untracked(|m| s.mode.with_untracked(|mode| mode.link_name(m)))
}

/// The share link of the answers on screen.
pub fn link(state: AppState) -> String {
    share_url(&state.answers.get_untracked(), &shown_name(state))
}

/// What the user's own dependency files showed (frameworks and core
/// libraries, from "Start from your code", kept in `facts`), while the
/// user's own work is on screen; nothing for a shared, previewed or trial
/// assessment.
fn found_in(state: AppState, facts: Option<CodeFacts>) -> Vec<FrameworkFound> {
    let own = state.session.mode.with_untracked(|m| matches!(m, Mode::Own));
    own.then(|| facts.map(|c| c.frameworks.get_untracked())).flatten().unwrap_or_default()
}

/// The name typed on the Report tab for the documents (the report, the
/// decision record, the printout); empty: the assessment's own name.
/// Provided as context by the app.
#[derive(Clone, Copy)]
pub struct DocumentName(pub RwSignal<String>);

/// The name the documents carry: the one typed on the Report tab (`typed`),
/// else the assessment's own (see [`shown_name`]).
fn name_in(state: AppState, typed: Option<DocumentName>) -> String {
    let typed = typed.map(|n| n.0.get_untracked()).unwrap_or_default();
    if typed.trim().is_empty() {
        shown_name(state)
    } else {
        typed.trim().to_string()
    }
}

/// What the documents are made from besides the answers: the typed name and
/// the dependency files' findings. Taken from the context when a component
/// is built, so that it also works in a window event listener (the
/// printout's `beforeprint`), which runs outside the component tree.
#[derive(Clone, Copy)]
pub struct Documents {
    state: AppState,
    typed: Option<DocumentName>,
    facts: Option<CodeFacts>,
}

impl Documents {
    /// From the current context; call while building a component.
    pub fn from_context() -> Documents {
        Documents { state: expect_context::<AppState>(), typed: use_context::<DocumentName>(), facts: use_context::<CodeFacts>() }
    }

    /// The name the documents carry.
    pub fn name(&self) -> String {
        name_in(self.state, self.typed)
    }

    /// Builds a document of the answers on screen, dated today, and hands it to `f`.
    fn with<T>(&self, f: impl FnOnce(&Document) -> T) -> T {
        let answers = self.state.answers.get_untracked();
        let name = self.name();
        let link = share_url(&answers, &shown_name(self.state));
        let found = found_in(self.state, self.facts);
        let date = today();
        f(&Document { answers: &answers, name: &name, share_link: &link, date: &date, found: &found })
    }

    /// The Markdown report of the answers on screen.
    pub fn report_text(&self) -> String {
        self.with(report)
    }

    /// The report of the answers on screen as HTML, for the printout.
    pub fn print_html(&self) -> String {
        self.with(report_html)
    }

    /// Downloads the Markdown report, named after the assessment and the date.
    pub fn download_report(&self) {
        persist::download(&file_name(&self.name(), "report", &today(), "md"), "text/markdown", &self.report_text());
    }

    /// Downloads the decision record (MADR), named after the assessment and the date.
    pub fn download_record(&self) {
        let record = self.with(record);
        persist::download(&file_name(&self.name(), "decision-record", &today(), "md"), "text/markdown", &record);
    }
}

/// Downloads the assessment as JSON (the profile export format), named after
/// it and the date.
pub fn download_json(state: AppState) {
    // The identity is what is on screen: a preview exports as itself, never
    // with the id or revision of the user's own profile.
    let json = session::export_current_json(state.session);
    persist::download(&file_name(&shown_name(state), "", &today(), "json"), "application/json", &json);
}

/// Copies the share link of the answers on screen. The link is also put in
/// the [`ShareField`], so it stays visible for copying by hand. `done`
/// receives `true` when the clipboard took it, `false` when the browser
/// refused (the field then gets the focus, its text selected).
pub fn copy_link(state: AppState, done: impl FnOnce(bool) + 'static) {
    let url = link(state);
    let field = use_context::<ShareField>();
    if let Some(f) = field {
        f.link.set(Some(url.clone()));
    }
    let promise = window().navigator().clipboard().write_text(&url);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if let Some(f) = field {
            f.done.set(if ok { Done::Copied } else { Done::Refused });
        }
        if !ok {
            request_animation_frame(|| {
                if let Some(input) =
                    document().get_element_by_id("share-link-field").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.scroll_into_view_with_bool(false);
                    let _ = input.focus();
                    input.select();
                }
            });
        }
        done(ok);
    });
}

/// What the share block last did, said in its status line.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Done {
    Nothing,
    Copied,
    Refused,
    Report,
    Record,
}

impl Done {
    fn text(self) -> &'static str {
        match self {
            Done::Nothing => "",
            Done::Copied => "Link copied: anyone who opens it sees these answers and this result.",
            Done::Refused => CLIPBOARD_REFUSED,
            Done::Report => "Markdown report downloaded.",
            Done::Record => "Decision record downloaded.",
        }
    }

    /// The status line's `data-done`, for styling and tests.
    fn id(self) -> Option<&'static str> {
        match self {
            Done::Nothing => None,
            Done::Copied => Some("copied"),
            Done::Refused => Some("refused"),
            Done::Report => Some("report"),
            Done::Record => Some("record"),
        }
    }
}

/// The compact Share / Download block shown beside the recommendation.
#[component]
pub fn ShareBlock() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ShareField { link: field, done } = expect_context::<ShareField>();
    let docs = Documents::from_context();
    // `copy_link` says in `done` whether the clipboard took the link.
    let copy = move |_| copy_link(state, |_| ());
    let report = move |_| {
        docs.download_report();
        done.set(Done::Report);
    };
    let record = move |_| {
        docs.download_record();
        done.set(Done::Record);
    };
    // While a preview differs from the version it was opened with, the
    // link carries the changed version, and the block says so.
    let list = super::changes::changes_memo(state);
    let changed = Memo::new(move |_| list.with(|c| !c.is_empty()));
    let status = move || match done.get() {
        Done::Copied if changed.get() => CHANGED_LINK_COPIED,
        d => d.text(),
    };
    // A link made for other answers is no longer this result's link.
    Effect::new(move |first: Option<()>| {
        state.answers.track();
        // Only what changes is set, so that an answer change notifies no one here.
        if first.is_some() {
            if field.with_untracked(Option::is_some) {
                field.set(None);
            }
            if done.get_untracked() != Done::Nothing {
                done.set(Done::Nothing);
            }
        }
    });
    view! {
        <div class="share-block" role="group" aria-labelledby="share-title">
            <h3 id="share-title" class="share-title">"Share or keep this result"</h3>
            {move || changed.get().then(|| view! { <p class="share-changed" id="share-changed">{SHARES_CHANGED_VERSION}</p> })}
            <div class="share-actions">
                <button type="button" class="button small" id="share-copy" on:click=copy
                    aria-describedby=move || changed.get().then_some("share-changed")>"Copy share link"</button>
                <button type="button" class="button small secondary" id="share-report" on:click=report>"Download report"</button>
                <button type="button" class="button small secondary" id="share-record" on:click=record>"Download decision record"</button>
            </div>
            // Just above the link's field: a refused copy is said here, visibly.
            <p class="share-status" role="status" data-done=move || done.get().id()>{status}</p>
            {move || field.get().map(|url| view! {
                <label class="share-link">"Share link"
                    <input type="text" id="share-link-field" readonly prop:value=url
                        on:focus=move |ev| { if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); } }/>
                </label>
            })}
        </div>
    }
}

/// The summary bar's share button: one click copies the link; when the
/// browser refuses, the share block's field shows it, selected.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let copied = RwSignal::new(None::<bool>);
    let click = move |_| {
        copy_link(state, move |ok| {
            copied.set(Some(ok));
            set_timeout(move || copied.set(None), std::time::Duration::from_secs(3));
        })
    };
    view! {
        <button type="button" class="sticky-share" id="sticky-share" on:click=click aria-describedby="sticky-share-status">
            "Share"
        </button>
        <span class="sr-only" id="sticky-share-status" role="status">
            {move || match copied.get() {
                Some(true) => "Link copied.",
                Some(false) => CLIPBOARD_REFUSED_BAR,
                None => "",
            }}
        </span>
        <span class="sticky-copied" class:refused=move || copied.get() == Some(false) aria-hidden="true">
            {move || copied.get().map(|ok| if ok { "Copied" } else { CLIPBOARD_REFUSED_SHORT })}
        </span>
    }
}
