//! The user's session: own work versus a link preview, autosave, saved
//! profiles, other tabs. Every storage action goes through
//! [`crate::storage`], which never writes over what it could not read.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::persist::{self, now, salt, with_store};
use crate::codec::profile::{export_to_json, Current, Profile};
use crate::codec::share;
use crate::engine::Answers;
use crate::prefill::Skipped;
use crate::storage::{self, CurrentState, Library, SaveError, StoreError, CURRENT_KEY, PREFIX};

/// Whose answers are on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The user's own work, autosaved.
    Own,
    /// Answers opened from a link; the user's own work is kept aside untouched.
    Preview {
        /// The name carried by a share link (empty for none).
        name: String,
        /// True for a share link (fragment), false for a readable prefill link.
        shared: bool,
    },
    /// A what-if trial of suggested changes (see [`crate::whatif`]).
    Trying {
        /// What was changed, for the banner.
        what: String,
        /// The mode to return to.
        back: Box<Mode>,
        /// The answers to return to.
        base: Answers,
    },
}

impl Mode {
    /// The name a share link of what is on screen should carry.
    pub fn link_name(&self, meta: &Current) -> String {
        match self {
            Mode::Own => meta.name.clone(),
            Mode::Preview { name, .. } => name.clone(),
            Mode::Trying { back, .. } => back.link_name(meta),
        }
    }
}

/// How serious a message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something worked.
    Success,
    /// Something needs attention; nothing was lost.
    Warning,
    /// Something failed.
    Error,
}

/// Session state shared through context.
#[derive(Clone, Copy)]
pub struct Session {
    /// Own work or preview.
    pub mode: RwSignal<Mode>,
    /// The profile the own work belongs to (id, revision, name).
    pub meta: RwSignal<Current>,
    /// Saved profiles and unreadable records.
    pub library: RwSignal<Library>,
    /// `Some(reason)` when profiles cannot persist (memory only).
    pub memory_only: RwSignal<Option<StoreError>>,
    /// True when autosave must stay off (an unreadable autosave could not be set aside).
    pub autosave_off: RwSignal<bool>,
    /// Messages for the user: (id, tone, text).
    pub messages: RwSignal<Vec<(u64, Tone, String)>>,
    /// Skipped parameters of the prefill link the page was opened with.
    pub skipped: RwSignal<Vec<Skipped>>,
    /// The people in the team view.
    pub team: RwSignal<Vec<super::team::TeamMember>>,
    /// The user's own answers while a preview is on screen.
    own: StoredValue<Answers>,
}

impl Session {
    /// Adds a message.
    pub fn say(&self, tone: Tone, text: impl Into<String>) {
        let id = now() ^ u64::from(salt());
        self.messages.update(|m| m.push((id, tone, text.into())));
    }

    /// Re-reads the saved profiles.
    pub fn reload_library(&self) {
        match with_store(|s| storage::load_library(s)) {
            Ok(lib) => self.library.set(lib),
            Err(e) => self.say(Tone::Error, format!("Saved profiles could not be read: {e}.")),
        }
    }
}

/// Opens storage, restores the user's work, reads the page's link, and
/// starts autosave and the cross-tab listener. Returns the session and the
/// answers to show first.
pub fn start() -> (Session, Answers) {
    let memory_only = persist::open();
    let session = Session {
        mode: RwSignal::new(Mode::Own),
        meta: RwSignal::new(Current::default()),
        library: RwSignal::new(Library::default()),
        memory_only: RwSignal::new(memory_only.clone()),
        autosave_off: RwSignal::new(false),
        messages: RwSignal::new(Vec::new()),
        skipped: RwSignal::new(Vec::new()),
        team: RwSignal::new(Vec::new()),
        own: StoredValue::new(Answers::new()),
    };
    if let Some(e) = memory_only {
        session.say(Tone::Warning, format!("Profiles will not persist: {e}. Everything works, but a reload starts afresh; export what you want to keep."));
    }

    let mut own = Answers::new();
    match with_store(|s| storage::load_current(s, now())) {
        Ok(CurrentState::Empty) => {}
        Ok(CurrentState::Read(l)) => {
            own = l.value.answers.clone();
            session.meta.set(Current { answers: Answers::new(), ..l.value });
        }
        Ok(CurrentState::Unreadable { error, aside_key }) => {
            let kept = if aside_key.is_some() {
                "It has been kept aside unchanged and can be exported from the Profiles tab."
            } else {
                "It is kept unchanged, so autosave is off until you export or remove it from the Profiles tab."
            };
            session.autosave_off.set(aside_key.is_none());
            session.say(Tone::Warning, format!("Your autosaved work could not be read: {error}. {kept}"));
        }
        Err(e) => session.say(Tone::Error, format!("Your autosaved work could not be read: {e}.")),
    }
    session.own.set_value(own.clone());
    session.reload_library();

    // The page's link: a share fragment, or a readable prefill query.
    let location = window().location();
    let fragment = location.hash().unwrap_or_default();
    let fragment = fragment.trim_start_matches('#');
    let mut shown = own;
    if fragment.starts_with(share::TEAM_PREFIX) {
        open_team(session, fragment);
    } else if share::is_share_fragment(fragment) {
        if let Some(shared) = open_share(session, fragment) {
            shown = shared;
        }
    } else {
        let (prefilled, skipped, any) = super::url::read_prefill();
        if any {
            session.mode.set(Mode::Preview { name: String::new(), shared: false });
            shown = prefilled;
        }
        session.skipped.set(skipped);
    }
    (session, shown)
}

/// Reads a share fragment: on success switches to preview and returns the
/// answers to show; otherwise explains the problem and returns `None`.
fn open_share(session: Session, fragment: &str) -> Option<Answers> {
    match share::decode(fragment) {
        Ok(shared) => {
            session.mode.set(Mode::Preview { name: shared.name, shared: true });
            Some(shared.answers)
        }
        Err(e) => {
            session.say(Tone::Error, format!("This share link could not be opened: {e}. Your own work is unchanged."));
            clear_link();
            None
        }
    }
}

/// Adds the members of a team link's fragment to the team view (the own
/// work stays on screen) and removes the link from the address bar.
fn open_team(session: Session, fragment: &str) {
    super::team::add_links(session, fragment);
    clear_link();
}

/// Opens share and team links pasted into the address bar of an open page
/// (a fragment change does not reload the page); a team link opens the
/// Team tab.
pub fn follow_hash(session: Session, answers: RwSignal<Answers>, tab: RwSignal<&'static str>) {
    let handler = Closure::<dyn Fn()>::new(move || {
        let fragment = window().location().hash().unwrap_or_default();
        let fragment = fragment.trim_start_matches('#');
        if fragment.starts_with(share::TEAM_PREFIX) {
            open_team(session, fragment);
            tab.set("team");
        } else if share::is_share_fragment(fragment) {
            if let Some(shared) = open_share(session, fragment) {
                answers.set(shared);
            }
        }
    });
    let _ = window().add_event_listener_with_callback("hashchange", handler.as_ref().unchecked_ref());
    handler.forget();
}

/// Starts autosave of `answers` while the user is on their own work.
pub fn autosave(session: Session, answers: RwSignal<Answers>) {
    Effect::new(move |_| {
        let a = answers.get();
        let meta = session.meta.get();
        if session.mode.get() != Mode::Own {
            return;
        }
        // Kept in memory even when autosave is off, so that a preview or a
        // trial can always bring the own work back.
        session.own.set_value(a.clone());
        if session.autosave_off.get() {
            return;
        }
        let current = Current { answers: a, ..meta };
        if let Err(e) = with_store(|s| storage::save_current(s, &current)) {
            if session.memory_only.get_untracked().is_none() {
                session.say(Tone::Error, format!("Autosave failed: {e}. Your answers stay on this page; save or export them before closing it."));
            }
        }
    });
}

/// Follows other tabs: a change to saved profiles reloads the list; a change
/// to the autosaved work shows up here while the user is on their own work.
pub fn follow_other_tabs(session: Session, answers: RwSignal<Answers>) {
    let handler = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
        let Some(key) = ev.key() else {
            session.reload_library();
            return;
        };
        if !key.starts_with(PREFIX) {
            return;
        }
        if key == CURRENT_KEY {
            if let Some(Ok(l)) = ev.new_value().map(|raw| crate::codec::profile::current_from_json(&raw)) {
                session.own.set_value(l.value.answers.clone());
                session.meta.set(Current { answers: Answers::new(), ..l.value.clone() });
                if session.mode.get_untracked() == Mode::Own && answers.get_untracked() != l.value.answers {
                    answers.set(l.value.answers);
                }
            }
        } else {
            session.reload_library();
        }
    });
    let _ = window().add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    handler.forget();
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

/// Leaves the preview and puts the user's own work back on screen.
pub fn back_to_own(session: Session, answers: RwSignal<Answers>) {
    session.mode.set(Mode::Own);
    answers.set(session.own.get_value());
    clear_link();
}

/// Shows `trial` (the answers on screen with `what` changed) without losing
/// the answers on screen: [`end_trial`] brings them back or keeps the trial.
/// A trial started during another trial still returns to the first base.
pub fn try_answers(session: Session, answers: RwSignal<Answers>, what: String, trial: Answers) {
    let mode = match session.mode.get_untracked() {
        Mode::Trying { back, base, .. } => Mode::Trying { what, back, base },
        other => Mode::Trying { what, back: Box::new(other), base: answers.get_untracked() },
    };
    session.mode.set(mode);
    answers.set(trial);
}

/// Ends a what-if trial: `keep` makes the trial answers those of the mode
/// the trial started from (autosaved again for own work); otherwise the
/// answers from before the trial come back.
pub fn end_trial(session: Session, answers: RwSignal<Answers>, keep: bool) {
    let Mode::Trying { back, base, .. } = session.mode.get_untracked() else { return };
    session.mode.set(*back);
    if !keep {
        answers.set(base);
    }
}

/// Makes the previewed answers the user's current work (the previous own
/// work stays recoverable only if it was saved as a profile, so the user is
/// asked first by the UI).
pub fn adopt_preview(session: Session) {
    session.meta.set(Current::default());
    session.mode.set(Mode::Own);
    clear_link();
}

fn taken_names(session: &Session) -> Vec<String> {
    session.library.with_untracked(|l| l.profiles.iter().map(|p| p.name.clone()).collect())
}

/// Saves `answers` as a new profile named `name` (made unique). Returns it.
pub fn save_new(session: Session, answers: &Answers, name: &str) -> Option<Profile> {
    let taken = taken_names(&session);
    let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
    let name = storage::unique_name(name, &refs);
    let p = Profile { id: storage::new_id(now(), salt()), name: name.clone(), saved_at: 0, rev: 0, answers: answers.clone() };
    match with_store(|s| storage::save_profile(s, &p, None, now())) {
        Ok(saved) => {
            session.reload_library();
            session.say(Tone::Success, format!("Saved as \"{name}\"."));
            Some(saved)
        }
        Err(e) => {
            session.say(Tone::Error, format!("Not saved: {e}."));
            None
        }
    }
}

/// Saves the own work over the profile it belongs to. On a conflict with
/// another tab, saves it as a new profile instead and says so.
pub fn save_existing(session: Session, answers: &Answers) {
    let meta = session.meta.get_untracked();
    let Some(id) = meta.profile_id.clone() else { return };
    let p = Profile { id, name: meta.name.clone(), saved_at: 0, rev: meta.base_rev, answers: answers.clone() };
    match with_store(|s| storage::save_profile(s, &p, Some(meta.base_rev), now())) {
        Ok(saved) => {
            session.meta.set(Current { answers: Answers::new(), profile_id: Some(saved.id), base_rev: saved.rev, name: saved.name.clone() });
            session.reload_library();
            session.say(Tone::Success, format!("Saved \"{}\".", saved.name));
        }
        Err(e @ (SaveError::Conflict(_) | SaveError::Gone | SaveError::Unreadable(_))) => {
            session.say(Tone::Warning, format!("{e}. To keep both, your version was saved as a new profile."));
            if let Some(copy) = save_new(session, answers, &format!("{} (this tab)", meta.name)) {
                session.meta.set(Current { answers: Answers::new(), profile_id: Some(copy.id), base_rev: copy.rev, name: copy.name });
            }
        }
        Err(e) => session.say(Tone::Error, format!("Not saved: {e}.")),
    }
}

/// Opens a saved profile as the own work.
pub fn open_profile(session: Session, answers: RwSignal<Answers>, p: &Profile) {
    session.mode.set(Mode::Own);
    clear_link();
    session.meta.set(Current { answers: Answers::new(), profile_id: Some(p.id.clone()), base_rev: p.rev, name: p.name.clone() });
    answers.set(p.answers.clone());
    session.say(Tone::Success, format!("Opened \"{}\".", p.name));
}

/// Renames a profile.
pub fn rename(session: Session, p: &Profile, new_name: &str) {
    let new_name: String = new_name.trim().chars().take(crate::codec::profile::MAX_NAME_CHARS).collect();
    if new_name.is_empty() || new_name == p.name {
        return;
    }
    let taken = taken_names(&session);
    let refs: Vec<&str> = taken.iter().filter(|n| **n != p.name).map(String::as_str).collect();
    let name = storage::unique_name(&new_name, &refs);
    let renamed = Profile { name: name.clone(), ..p.clone() };
    match with_store(|s| storage::save_profile(s, &renamed, Some(p.rev), now())) {
        Ok(saved) => {
            session.meta.update(|m| {
                if m.profile_id.as_deref() == Some(saved.id.as_str()) {
                    m.name = saved.name.clone();
                    m.base_rev = saved.rev;
                }
            });
            session.reload_library();
            session.say(Tone::Success, format!("Renamed to \"{name}\"."));
        }
        Err(e) => {
            session.reload_library();
            session.say(Tone::Error, format!("Not renamed: {e}."));
        }
    }
}

/// Deletes a profile.
pub fn delete(session: Session, p: &Profile) {
    match with_store(|s| storage::delete_profile(s, &p.id, p.rev)) {
        Ok(()) => {
            session.meta.update(|m| {
                if m.profile_id.as_deref() == Some(p.id.as_str()) {
                    *m = Current::default();
                }
            });
            session.reload_library();
            session.say(Tone::Success, format!("Deleted \"{}\".", p.name));
        }
        Err(e) => {
            session.reload_library();
            session.say(Tone::Error, format!("Not deleted: {e}."));
        }
    }
}

/// Downloads every profile as a JSON export file.
pub fn export_all(session: Session) {
    let profiles = session.library.get_untracked().profiles;
    persist::download("django-flask-advisor-profiles.json", "application/json", &export_to_json(&profiles, now()));
}

/// Imports an export file's text and reports what happened.
pub fn import_text(session: Session, text: &str) {
    match with_store(|s| storage::import(s, text, now())) {
        Ok(r) => {
            session.reload_library();
            let mut parts = vec![format!("{} imported", r.imported.len() + r.renamed.len())];
            if !r.renamed.is_empty() {
                parts.push(format!(
                    "renamed to avoid a clash: {}",
                    r.renamed.iter().map(|(a, b)| format!("\"{a}\" → \"{b}\"")).collect::<Vec<_>>().join(", ")
                ));
            }
            if !r.skipped.is_empty() {
                parts.push(format!(
                    "skipped: {}",
                    r.skipped.iter().map(|(what, why)| format!("{what} ({why})")).collect::<Vec<_>>().join("; ")
                ));
            }
            let tone = if r.skipped.is_empty() { Tone::Success } else { Tone::Warning };
            session.say(tone, format!("Import: {}.", parts.join("; ")));
        }
        Err(e) => session.say(Tone::Error, format!("Nothing imported: the file {e}.")),
    }
}

/// Opens an assessment file (the profile export format) from the Report
/// tab: a file with one readable assessment is shown as a preview, like a
/// share link; a file with several is imported into the saved profiles.
pub fn open_assessment_file(session: Session, answers: RwSignal<Answers>, text: &str) {
    use crate::codec::profile::{import_from_json, ImportEntry};
    match import_from_json(text) {
        Ok(entries) => {
            let mut read = entries.iter().filter_map(|e| match e {
                ImportEntry::Read(l) => Some(&l.value),
                ImportEntry::Unreadable(..) => None,
            });
            match (entries.len(), read.next()) {
                (1, Some(p)) => {
                    // The own work is already in `own`: autosave keeps it there.
                    session.mode.set(Mode::Preview { name: p.name.clone(), shared: true });
                    answers.set(p.answers.clone());
                    session.say(Tone::Success, format!("Opened \u{201c}{}\u{201d} from the file as a preview.", p.name));
                }
                _ => import_text(session, text),
            }
        }
        Err(e) => session.say(Tone::Error, format!("Nothing opened: the file {e}. Your own work is unchanged.")),
    }
}
