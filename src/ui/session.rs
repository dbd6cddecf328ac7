//! The browser side of the session: one signal of the plain
//! [`crate::session::Session`] (own work, previews, trials, saving,
//! messages), read-only memos of its parts for the panels, and effects and
//! window listeners that only sync it with the outside world: storage (through
//! [`super::persist`]), the address bar and other tabs. The free functions
//! are thin adapters kept for the panels that call them.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::persist::{self, now, salt, with_store};
use crate::codec::profile::{Current, Profile};
use crate::codec::share;
use crate::engine::Answers;
use crate::prefill::Skipped;
use crate::session::{self as plain, Message, Note};
use crate::storage::{Library, StoreError, CURRENT_KEY, PREFIX};
use crate::team::TeamMember;

pub use crate::session::{Mode, Tone};

/// Session state shared through context: one signal of the plain session,
/// memos of its parts, and the two lists that are not part of it.
#[derive(Clone, Copy)]
pub struct Session {
    /// The plain session; change it only through its transitions.
    pub state: RwSignal<plain::Session>,
    /// Whose answers are on screen.
    pub mode: Memo<Mode>,
    /// The identity of what is on screen: the own work's profile (id,
    /// revision, name), or for a preview the previewed assessment's own,
    /// never the user's profile's (see [`plain::Session::identity`]).
    pub meta: Memo<Current>,
    /// Saved profiles and unreadable records.
    pub library: Memo<Library>,
    /// `Some(reason)` when profiles cannot persist (memory only).
    pub memory_only: Memo<Option<StoreError>>,
    /// Messages for the user.
    pub messages: Memo<Vec<Message>>,
    /// Skipped parameters of the prefill link the page was opened with.
    pub skipped: RwSignal<Vec<Skipped>>,
    /// The people in the team view.
    pub team: RwSignal<Vec<TeamMember>>,
}

impl Session {
    /// Adds a message.
    pub fn say(&self, tone: Tone, text: impl Into<String>) {
        let text = text.into();
        self.state.update(|s| s.say(tone, text));
    }

    /// Adds the sentence for `note` (see [`plain::message`]).
    pub fn note(&self, note: Note) {
        self.state.update(|s| s.note(note));
    }

    /// Removes message `id`.
    pub fn dismiss(&self, id: u64) {
        self.state.update(|s| s.dismiss(id));
    }

    /// Re-reads the saved profiles.
    pub fn reload_library(&self) {
        with_store(|st| self.state.update(|s| s.reload_library(st)));
    }
}

/// The page's fragment, without the `#`.
pub fn fragment() -> String {
    window().location().hash().unwrap_or_default().trim_start_matches('#').to_string()
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The answers a native render starts with (`super::prerender_with`).
    pub(super) static PRERENDER_ANSWERS: std::cell::RefCell<Answers> = std::cell::RefCell::new(Answers::new());
}

/// The session of the first render, the same on the server and in the
/// browser's first render: no storage read, no link, no answers (a native
/// render may set them: `super::prerender_with`). The browser's state is
/// applied right after the mount by [`restore`].
pub fn start() -> (Session, Answers) {
    let state = RwSignal::new(plain::Session::new(None));
    let session = Session {
        state,
        mode: Memo::new(move |_| state.with(|s| s.mode().clone())),
        meta: Memo::new(move |_| state.with(plain::Session::identity)),
        library: Memo::new(move |_| state.with(|s| s.library().clone())),
        memory_only: Memo::new(move |_| state.with(|s| s.memory_only().cloned())),
        messages: Memo::new(move |_| state.with(|s| s.messages().to_vec())),
        skipped: RwSignal::new(Vec::new()),
        team: RwSignal::new(Vec::new()),
    };
    #[cfg(not(target_arch = "wasm32"))]
    let initial = PRERENDER_ANSWERS.with(|a| a.borrow().clone());
    #[cfg(target_arch = "wasm32")]
    let initial = Answers::new();
    (session, initial)
}

/// Browser only, right after the mount (before any effect runs, so that
/// autosave never sees the empty first answers): opens storage and reads
/// the visit ([`crate::visit::open`]: the user's work, the page's link) and
/// puts the answers to show on screen; a team link opens the Team tab. A
/// share link that this tab wrote for an edited preview (see
/// [`super::address`]) opens with the version it was first opened with, so
/// its changes are still listed.
pub fn restore(session: Session, answers: RwSignal<Answers>, tab: RwSignal<super::tabs::TabId>) {
    let memory_only = persist::open();
    let query = super::url::query_pairs();
    let kept = persist::kept_link_origin();
    let visit = with_store(|st| crate::visit::open(st, memory_only, now(), &query, &fragment(), kept.as_ref()));
    if visit.clear_link {
        clear_link();
    }
    if visit.opens_team() {
        tab.set(super::tabs::TabId::Team);
    }
    session.state.set(visit.session);
    session.skipped.set(visit.skipped);
    session.team.set(visit.team);
    answers.set(visit.shown);
}

/// Adds the share links found in `text` (full URLs, fragments, team links)
/// to the team view and says what was added and what could not be read.
pub fn add_team_links(session: Session, text: &str) {
    let mut note = Note::NoTeamLinks;
    session.team.update(|t| note = crate::visit::add_team_links(t, text));
    session.note(note);
}

/// Opens share and team links pasted into the address bar of an open page
/// (a fragment change does not reload the page); a team link opens the
/// Team tab. The listener lives as long as the calling component.
pub fn follow_hash(session: Session, answers: RwSignal<Answers>, tab: RwSignal<super::tabs::TabId>) {
    let handle = window_event_listener_untyped("hashchange", move |_| {
        let fragment = fragment();
        if fragment.starts_with(share::TEAM_PREFIX) {
            add_team_links(session, &fragment);
            clear_link();
            tab.set(super::tabs::TabId::Team);
        } else if share::is_share_fragment(&fragment) {
            let shown = answers.get_untracked();
            match session.state.try_update(|s| s.open_link(&shown, &fragment)).flatten() {
                Some(a) => answers.set(a),
                None => clear_link(),
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// Autosaves `answers` while the user is on their own work. A change is
/// kept in the session at once ([`plain::Session::stage_own`]) and written
/// to localStorage after the next paint ([`super::defer::after_paint`]), so
/// that the write never delays the new recommendation; when the page is
/// hidden or left first, it is written then (`visibilitychange`,
/// `pagehide`). A failure is said once and cleared when autosave works
/// again (see [`plain::Session::flush`]).
pub fn autosave(session: Session, answers: RwSignal<Answers>) {
    Effect::new(move |_| {
        let a = answers.get();
        session.mode.track();
        session.meta.track();
        // Nothing a panel reads changes here: no one is notified.
        if session.state.try_update_untracked(|s| s.stage_own(&a)).unwrap_or(false) {
            super::defer::after_paint(move || flush(session));
        }
    });
    #[cfg(target_arch = "wasm32")]
    {
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if document().hidden() {
                flush(session);
            }
        });
        let leaving = window_event_listener_untyped("pagehide", move |_| flush(session));
        on_cleanup(move || {
            hidden.remove();
            leaving.remove();
        });
    }
}

/// Writes the own work if a change is not written yet; does nothing
/// otherwise. Panels are told only when the messages changed.
fn flush(session: Session) {
    if with_store(|st| session.state.try_update_untracked(|s| s.flush(st))).unwrap_or(false) {
        session.state.notify();
    }
}

/// Follows other tabs: a change to saved profiles reloads the list; a change
/// to the autosaved work becomes the own work, and shows up here while the
/// user is on it. The listener lives as long as the calling component.
pub fn follow_other_tabs(session: Session, answers: RwSignal<Answers>) {
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| match ev.key() {
        None => session.reload_library(),
        Some(key) if key == CURRENT_KEY => {
            let Some(raw) = ev.new_value() else { return };
            let shown = answers.get_untracked();
            if let Some(a) = session.state.try_update(|s| s.other_tab_current(&raw, &shown)).flatten() {
                answers.set(a);
            }
        }
        Some(key) if key.starts_with(PREFIX) => session.reload_library(),
        Some(_) => {}
    });
    on_cleanup(move || handle.remove());
}

/// Removes the link (query and fragment) from the address bar.
pub fn clear_link() {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// The share link of `answers` with `name`, as a full URL.
pub fn share_url(answers: &Answers, name: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}#{}", share::encode(answers, name))
}

/// Leaves the preview (or trial) and puts the user's own work back on screen.
pub fn back_to_own(session: Session, answers: RwSignal<Answers>) {
    if let Some(own) = session.state.try_update(plain::Session::back_to_own) {
        answers.set(own);
    }
    clear_link();
}

/// Shows `trial` (the answers on screen with `what` changed) without losing
/// the answers on screen: [`end_trial`] brings them back or keeps the trial.
pub fn try_answers(session: Session, answers: RwSignal<Answers>, what: String, trial: Answers) {
    let shown = answers.get_untracked();
    if let Some(a) = session.state.try_update(|s| s.try_answers(&shown, what, trial)) {
        answers.set(a);
    }
}

/// Ends a what-if trial: `keep` keeps the trial's answers (autosaved again
/// for own work); otherwise the answers from before the trial come back.
pub fn end_trial(session: Session, answers: RwSignal<Answers>, keep: bool) {
    if let Some(a) = session.state.try_update(|s| s.end_trial(keep)).flatten() {
        answers.set(a);
    }
}

/// Makes the previewed answers the user's current work (unsaved own work is
/// first kept as a profile; if that fails nothing changes). Returns true
/// when the preview was adopted.
pub fn adopt_preview(session: Session, answers: RwSignal<Answers>) -> bool {
    let shown = answers.get_untracked();
    let done = with_store(|st| session.state.try_update(|s| s.adopt_preview(st, &shown, now(), salt()))).unwrap_or(false);
    if done {
        clear_link();
    }
    done
}

/// "Save as new profile" in a preview: saves the previewed answers as a
/// profile named `name` and goes back to the own work.
pub fn save_preview(session: Session, answers: RwSignal<Answers>, name: &str) -> bool {
    let shown = answers.get_untracked();
    let own = with_store(|st| session.state.try_update(|s| s.save_preview(st, &shown, name, now(), salt()))).flatten();
    let saved = own.is_some();
    if let Some(own) = own {
        answers.set(own);
        clear_link();
    }
    saved
}

/// Saves `answers` as a new profile named `name` (made unique). Returns it.
pub fn save_new(session: Session, answers: &Answers, name: &str) -> Option<Profile> {
    with_store(|st| session.state.try_update(|s| s.save_new(st, answers, name, now(), salt()))).flatten()
}

/// "Save as new profile": saves the answers on screen; on the own work, the
/// own work then belongs to the new profile.
pub fn save_as(session: Session, answers: &Answers, name: &str) -> Option<Profile> {
    with_store(|st| session.state.try_update(|s| s.save_as(st, answers, name, now(), salt()))).flatten()
}

/// Saves the own work over the profile it belongs to. On a conflict with
/// another tab, saves it as a new profile instead and says so.
pub fn save_existing(session: Session, answers: &Answers) {
    with_store(|st| session.state.update(|s| s.save_existing(st, answers, now(), salt())));
}

/// Opens a saved profile as the own work (unsaved own work is first kept
/// as a profile).
pub fn open_profile(session: Session, answers: RwSignal<Answers>, p: &Profile) {
    let shown = answers.get_untracked();
    if let Some(a) = with_store(|st| session.state.try_update(|s| s.open_profile(st, &shown, &p.id, now(), salt()))).flatten() {
        clear_link();
        answers.set(a);
    }
}

/// Renames a profile.
pub fn rename(session: Session, p: &Profile, new_name: &str) {
    with_store(|st| session.state.update(|s| s.rename(st, &p.id, new_name, now())));
}

/// Deletes a profile.
pub fn delete(session: Session, p: &Profile) {
    with_store(|st| session.state.update(|s| s.delete(st, &p.id)));
}

/// Downloads every profile as a JSON export file.
pub fn export_all(session: Session) {
    let text = session.state.with_untracked(|s| s.export_all_json(now()));
    persist::download("django-flask-advisor-profiles.json", "application/json", &text);
}

/// The assessment on screen as an export file: the own work carries its
/// profile's id and revision; a preview carries its own identity, never
/// the user's profile's.
pub fn export_current_json(session: Session, answers: &Answers) -> String {
    session.state.with_untracked(|s| s.export_json(answers, now(), salt()))
}

/// Imports an export file's text and reports what happened.
pub fn import_text(session: Session, text: &str) {
    with_store(|st| session.state.update(|s| s.import(st, text, now())));
}

/// Opens an assessment file (the profile export format) from the Report
/// tab: a file with one readable assessment is shown as a preview, like a
/// share link; a file with several is imported into the saved profiles.
pub fn open_assessment_file(session: Session, answers: RwSignal<Answers>, text: &str) {
    let shown = answers.get_untracked();
    if let Some(a) = with_store(|st| session.state.try_update(|s| s.open_file(st, &shown, text, now()))).flatten() {
        answers.set(a);
    }
}
