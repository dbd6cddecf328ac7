//! The app's state as the panels see it, provided as context: [`AppState`]
//! (the session, the answers and their assessment, the active tab, the
//! start-up), the share block's field ([`ShareField`]), the documents' name ([`DocumentName`])
//! and what the documents are made from ([`Documents`]), and the state
//! derived from them that several panels read.

use leptos::prelude::*;

use super::address::share_url;
use super::dom::download;
use super::session::{export_current_json, Session};
use super::startup::Startup;
use super::tabs::TabId;
use crate::depfiles::FrameworkFound;
use crate::engine::{Answers, Assessment};
use crate::format::file_name;
use crate::knowledge::sharing::{CLIPBOARD_REFUSED, LINK_COPIED, RECORD_DOWNLOADED, REPORT_DOWNLOADED};
use crate::madr::record;
use crate::report::{report, report_html, Document};
use crate::session::{Change, Mode};

/// Shared state, provided as context to every panel.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The user's answers and importance settings on screen (the
    /// session's; change them with [`session::Session::dispatch`]).
    pub answers: Memo<Answers>,
    /// The assessment of the current answers.
    pub assessment: Memo<Assessment>,
    /// The answers the detail tabs show: `answers`, followed after the frame
    /// that paints the new recommendation (see `defer::settled`), so that
    /// rebuilding those tabs never delays the result.
    pub settled: RwSignal<Answers>,
    /// The assessment of [`AppState::settled`].
    pub settled_assessment: Memo<Assessment>,
    /// The active tab in the results column.
    pub tab: RwSignal<TabId>,
    /// Own work or preview, saved profiles, messages.
    pub session: Session,
    /// Which start-up steps have run (see `super::startup`).
    pub startup: Startup,
}

/// The share link last made, shown in a read-only field beside the share
/// block so it can be copied by hand when the browser refuses the
/// clipboard, and what the share block last did, said in its status line
/// just above that field (also after the summary bar's share button, whose
/// refused copy the block then says visibly). Provided as context by the app.
#[derive(Clone, Copy)]
pub struct ShareField {
    /// The link last made, while it is this result's.
    pub link: RwSignal<Option<String>>,
    /// What the share block last did.
    pub done: RwSignal<Done>,
}

impl Default for ShareField {
    fn default() -> Self {
        ShareField { link: RwSignal::new(None), done: RwSignal::new(Done::Nothing) }
    }
}

/// What the share block last did, said in its status line.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Done {
    /// Nothing yet.
    Nothing,
    /// The link was copied.
    Copied,
    /// The browser refused the clipboard.
    Refused,
    /// The Markdown report was downloaded.
    Report,
    /// The decision record was downloaded.
    Record,
}

impl Done {
    /// The status line's sentence.
    pub fn text(self) -> &'static str {
        match self {
            Done::Nothing => "",
            Done::Copied => LINK_COPIED,
            Done::Refused => CLIPBOARD_REFUSED,
            Done::Report => REPORT_DOWNLOADED,
            Done::Record => RECORD_DOWNLOADED,
        }
    }

    /// The status line's `data-done`, for styling and tests.
    pub fn id(self) -> Option<&'static str> {
        match self {
            Done::Nothing => None,
            Done::Copied => Some("copied"),
            Done::Refused => Some("refused"),
            Done::Report => Some("report"),
            Done::Record => Some("record"),
        }
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
/// libraries, from "Start from your code", kept in the session), while the
/// user's own work is on screen; nothing for a shared, previewed or trial
/// assessment.
fn found_in(state: AppState) -> Vec<FrameworkFound> {
    if state.session.mode.with_untracked(|m| matches!(m, Mode::Own)) {
        state.session.code.with_untracked(|c| c.frameworks.clone())
    } else {
        Vec::new()
    }
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

/// What the documents are made from besides the session: the typed name. Taken from the context when a component
/// is built, so that it also works in a window event listener (the
/// printout's `beforeprint`), which runs outside the component tree.
#[derive(Clone, Copy)]
pub struct Documents {
    state: AppState,
    typed: Option<DocumentName>,
}

impl Documents {
    /// From the current context; call while building a component.
    pub fn from_context() -> Documents {
        Documents { state: expect_context::<AppState>(), typed: use_context::<DocumentName>() }
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
        let found = found_in(self.state);
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
        download(&file_name(&self.name(), "report", &today(), "md"), "text/markdown", &self.report_text());
    }

    /// Downloads the decision record (MADR), named after the assessment and the date.
    pub fn download_record(&self) {
        let record = self.with(record);
        download(&file_name(&self.name(), "decision-record", &today(), "md"), "text/markdown", &record);
    }
}

/// Downloads the assessment as JSON (the profile export format), named after
/// it and the date.
pub fn download_json(state: AppState) {
    // The identity is what is on screen: a preview exports as itself, never
    // with the id or revision of the user's own profile.
    let json = export_current_json(state.session);
    download(&file_name(&shown_name(state), "", &today(), "json"), "application/json", &json);
}

/// What the visitor changed in the preview on screen (empty on the own work
/// and during a trial).
pub fn changes_memo(state: AppState) -> Memo<Vec<Change>> {
    let s = state.session;
    Memo::new(move |_| {
        let shown = state.answers.get();
        s.mode.track();
        s.state.with_untracked(|st| st.changes(&shown))
    })
}
