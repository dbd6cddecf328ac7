//! A visit that restores work or opens a link, read as the app reads it
//! (`src/bin/early_visit.rs`, and `src/bin/early_team.rs` for a team link).
//! Each binary gives `crate::team_view`: the Team tab's panel and messages
//! for a team link, or `None` where the team code is not linked (the visit
//! is then left to the app).

use django_flask_advisor::answers::Answers;
use django_flask_advisor::session::LinkOrigin;
use django_flask_advisor::storage::{MemoryStore, StoreError};
use django_flask_advisor::{notices_html, visit};
use wasm_bindgen::prelude::*;

/// What a visit that restores work or opens a link shows first, for
/// [`show_visit`] (opaque to JavaScript).
#[wasm_bindgen]
pub struct EarlyVisit {
    /// True when the first screen can show it ([`visit::Visit::early_screen`]:
    /// no message to say other than who a team link added; the app shows
    /// the other visits itself).
    shown: bool,
    /// The answers to put into the form.
    answers: Answers,
    /// The notices' HTML (the preview banner, the skipped parameters of
    /// a prefill link, the message saying who a team link added), empty for
    /// none.
    notices: String,
    /// The Team tab's panel content for a team link (`team_html::panel`),
    /// empty for any other visit: the tab to open.
    team: String,
}

/// Opens the visit as the app will ([`visit::open`]), on a copy of the
/// browser's storage: `entries` is a JSON array of `[key, value]`
/// pairs (the `dfa.` entries of localStorage), or `null` when storage
/// cannot be read; `query` a JSON array of the decoded query's
/// `[name, value]` pairs; `fragment` the fragment without its `#`;
/// `now` milliseconds since the Unix epoch; `kept` the tab's
/// sessionStorage entry `dfa.link-origin` (empty for none; anything
/// unreadable is ignored, as by the app). Nothing is written to the
/// browser: an autosave that cannot be read leaves the visit to the
/// app, which sets it aside.
#[wasm_bindgen]
pub fn open_visit(entries: &str, query: &str, fragment: &str, now: f64, kept: &str) -> EarlyVisit {
    let not_shown = || EarlyVisit { shown: false, answers: Answers::new(), notices: String::new(), team: String::new() };
    let Ok(query) = serde_json::from_str::<Vec<(String, String)>>(query) else { return not_shown() };
    let (mut store, memory_only) = match serde_json::from_str::<Option<Vec<(String, String)>>>(entries) {
        Ok(Some(pairs)) => (MemoryStore { map: pairs.into_iter().collect(), quota: None }, None),
        Ok(None) => (MemoryStore::default(), Some(StoreError::Unavailable)),
        Err(_) => return not_shown(),
    };
    let kept: Option<LinkOrigin> = serde_json::from_str(kept).ok();
    let v = visit::open(&mut store, memory_only, now as u64, &query, fragment, kept.as_ref());
    if !v.early_screen() {
        return not_shown();
    }
    if v.opens_team() {
        let Some((notices, team)) = crate::team_view(&v) else { return not_shown() };
        return EarlyVisit { shown: true, answers: v.shown, notices, team };
    }
    let mut notices = String::new();
    if let Some((name, shared)) = visit::preview(&v) {
        notices.push_str(&notices_html::preview_banner(name, shared, v.session.has_own_work()));
    }
    notices.push_str(&notices_html::prefill_notice(&v.skipped));
    EarlyVisit { shown: true, answers: v.shown, notices, team: String::new() }
}

/// Shows on the first screen the visit [`open_visit`] read (when it is
/// [`EarlyVisit::shown`]): a team link's Team tab opened with its panel
/// (`first_screen::dom::open_tab`), the answers put into the form (every
/// option and menu set, so that it holds them and nothing the browser
/// restored), the form marked and scored, the notices put above it, and
/// `<html data-early-visit>` set (the app reads the form as the visit's
/// answers when it takes over). Returns false, with nothing changed, when
/// the app has mounted or the page lacks a part the visit needs (it is
/// then left to the app).
#[wasm_bindgen]
pub fn show_visit(v: &EarlyVisit) -> bool {
    use django_flask_advisor::first_screen::dom;
    let Some((root, app)) = crate::render::page() else { return false };
    if !v.shown {
        return false;
    }
    let Ok(Some(notices)) = app.query_selector(&format!(".{}", django_flask_advisor::first_screen::NOTICES)) else { return false };
    // Before anything changes, so that a page without the team panel is
    // left to the app untouched.
    if !v.team.is_empty() {
        if !dom::open_tab(&app, "team", &v.team) {
            return false;
        }
        let _ = root.set_attribute("data-early-tab", "team");
    }
    dom::fill(&app, &v.answers);
    dom::mark(&app);
    dom::show(&app, &v.answers);
    // None: the rendered (empty) container stays as the app renders it.
    if !v.notices.is_empty() {
        notices.set_inner_html(&v.notices);
    }
    let _ = root.set_attribute("data-early-visit", "");
    true
}
