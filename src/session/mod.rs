//! The user's session as a plain state machine: the answers on screen and
//! whose they are (the user's own work, a link or file preview, a what-if
//! trial), the profile the own work belongs to, the saved profiles, the
//! team view, the skipped parameters of a prefill link, and the messages for
//! the user. No web dependency: the UI (`ui::session`) holds one signal of a
//! [`Session`], changes it only through [`Session::apply`] (module
//! [`action`]: an [`Action`] in, the [`Effect`]s for the UI to carry out
//! out), and only syncs it with the outside world, as Leptos's todomvc
//! example keeps its logic in a plain struct.
//!
//! # Transitions
//! [`Session::apply`] is the one entry point. The methods below are its
//! building blocks: each takes the answers on screen (`shown`) and returns
//! the answers to show next when they change; `apply` keeps them in the
//! session.
//!
//! | transition | method |
//! |---|---|
//! | open a share link as a preview | [`Session::open_link`] |
//! | open a readable prefill link as a preview | [`Session::open_prefill`] |
//! | open an assessment file (preview, or import when it holds several) | [`Session::open_file`] |
//! | start a what-if trial / keep it or go back | [`Session::try_answers`] / [`Session::end_trial`] |
//! | leave a preview | [`Session::back_to_own`] |
//! | save a preview as a profile (and go back to the own work) | [`Session::save_preview`] |
//! | replace the own work with the preview | [`Session::adopt_preview`] |
//! | save as a new profile / over the own profile | [`Session::save_as`] / [`Session::save_existing`] |
//! | open a saved profile | [`Session::open_profile`] |
//! | autosave | [`Session::autosave`] (or [`Session::stage_own`] at once, [`Session::flush`] later) |
//! | another tab changed the autosave | [`Session::other_tab_current`] |
//! | reopen an edited preview after a reload | [`Session::reopen_link`] |
//!
//! # What the visitor changed in a preview
//! A preview remembers the answers it was opened with (`origin` in
//! [`Mode::Preview`]). [`changes`] lists how the answers on screen differ
//! from them, question by question; [`Session::undo`] and
//! [`Session::undo_all`] put them back. While a preview or a trial is on
//! screen the address holds the answers shown ([`Session::address`]), and
//! the tab keeps the opened version beside it ([`LinkOrigin`]), so a reload
//! shows the visitor's edits and still lists them.
//!
//! Whether the own work has changes its saved profile does not hold is
//! derived, not stored: [`Session::saved_state`] compares the answers on
//! screen with that profile's stored answers.
//!
//! # Nothing is lost
//! The own work is always recoverable: while a preview or a trial is on
//! screen it is kept in the session ([`Session::own_work`]); a transition
//! that replaces it (opening a profile, adopting a preview) first saves
//! unsaved own work as a profile, and refuses when that save fails.
//!
//! # Messages
//! Every sentence the session says is composed by [`message`] from a
//! [`Note`] (errors keep their short `Display` fragments; the sentence is
//! made here, in one place). A repeated condition is said once: the same
//! message is never listed twice, and an autosave failure is shown once and
//! cleared when autosave works again.

use crate::codec::profile::{export_to_json, import_from_json, Current, ImportEntry, Profile, MAX_NAME_CHARS};
use crate::codec::share;
use crate::depfiles::FrameworkFound;
use crate::engine::{Answers, Importance};
use crate::knowledge::QUESTIONS;
use crate::prefill::Skipped;
use crate::storage::{self, CurrentState, KeyValue, Library, SaveError, StoreError};
use crate::team::TeamMember;

pub mod action;
pub mod messages;
pub use action::{Action, Applied, Effect, EXPORT_ALL_FILE};
pub use messages::{
    changes_heading, describe_change, message, undo_change_label, unreadable_message, Condition, Message, Note, Tone, CHANGED_LINK_COPIED,
    SHARES_CHANGED_VERSION,
};

/// Whose answers are on screen.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// The user's own work, autosaved.
    #[default]
    Own,
    /// Answers opened from a link or a file; the own work is kept aside untouched.
    Preview {
        /// The name carried by the link or file (empty for none).
        name: String,
        /// True for a share link or file, false for a readable prefill link.
        shared: bool,
        /// The id of the previewed profile (a file's record), if it has one.
        id: Option<String>,
        /// Its revision (0 when none).
        rev: u32,
        /// The answers it was opened with (the version from the link or
        /// file), to list what the visitor changed (see [`changes`]).
        origin: Answers,
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
    /// The name a share link of what is on screen should carry, given the
    /// own work's profile `meta`.
    pub fn link_name(&self, meta: &Current) -> String {
        match self {
            Mode::Own => meta.name.clone(),
            Mode::Preview { name, .. } => name.clone(),
            Mode::Trying { back, .. } => back.link_name(meta),
        }
    }

    /// The mode under a trial (itself when not trying).
    pub fn underlying(&self) -> &Mode {
        match self {
            Mode::Trying { back, .. } => back.underlying(),
            other => other,
        }
    }
}

/// How the own work stands against the saved profile it belongs to (see
/// [`Session::saved_state`]). Derived each time from the stored profile's
/// answers, never from a flag, so it stays right after a reload, a save in
/// another tab or an undo by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedState {
    /// Not the own work on screen (a preview or a trial), or own work that
    /// belongs to no profile.
    NoProfile,
    /// The answers on screen are those of the saved profile.
    Saved,
    /// The answers on screen differ from the saved profile's at these
    /// questions (indices in questionnaire order; answer or importance).
    Changed(Vec<usize>),
    /// The profile is no longer among the saved ones (deleted in another
    /// tab, or the list could not be read): nothing stored holds this work
    /// under that name.
    Gone,
}

impl SavedState {
    /// True when the work on screen has changes the profile does not hold.
    pub fn unsaved(&self) -> bool {
        matches!(self, SavedState::Changed(_) | SavedState::Gone)
    }
}

/// How one question differs between the version a preview was opened with
/// and the answers on screen (see [`changes`]). Options are indices into
/// the question's options, in questionnaire order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerChange {
    /// Unanswered in the opened version, answered now.
    Added(usize),
    /// Answered in the opened version, unanswered now.
    Removed(usize),
    /// Another option: from, to.
    Changed(usize, usize),
}

/// One question whose answer or importance setting on screen differs from
/// the version a preview was opened with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// The question's index, in questionnaire order.
    pub question: usize,
    /// How the answer changed, if it did.
    pub answer: Option<AnswerChange>,
    /// The importance setting (from, to), if it changed.
    pub importance: Option<(Importance, Importance)>,
}

impl Change {
    /// The question's public id.
    pub fn question_id(&self) -> &'static str {
        QUESTIONS[self.question].id
    }

    /// The public option ids of the answer (from, to; `None` for
    /// unanswered), when the answer changed.
    pub fn answer_ids(&self) -> Option<(Option<&'static str>, Option<&'static str>)> {
        let id = |o: usize| QUESTIONS[self.question].options[o].id;
        self.answer.map(|a| match a {
            AnswerChange::Added(to) => (None, Some(id(to))),
            AnswerChange::Removed(from) => (Some(id(from)), None),
            AnswerChange::Changed(from, to) => (Some(id(from)), Some(id(to))),
        })
    }
}

/// The questions whose answer or importance differs between `origin` (the
/// version a preview was opened with) and `shown`, in questionnaire order.
pub fn changes(origin: &Answers, shown: &Answers) -> Vec<Change> {
    (0..crate::engine::QUESTION_COUNT)
        .filter_map(|q| {
            let answer = match (origin.choice(q), shown.choice(q)) {
                (None, Some(to)) => Some(AnswerChange::Added(to)),
                (Some(from), None) => Some(AnswerChange::Removed(from)),
                (Some(from), Some(to)) if from != to => Some(AnswerChange::Changed(from, to)),
                _ => None,
            };
            let (from, to) = (origin.importance(q), shown.importance(q));
            let importance = (from != to).then_some((from, to));
            (answer.is_some() || importance.is_some()).then_some(Change { question: q, answer, importance })
        })
        .collect()
}

/// `shown` with question `question` put back as it is in `origin` (answer
/// and importance); the other questions keep their answers on screen.
pub fn undo_change(origin: &Answers, shown: &Answers, question: usize) -> Answers {
    let mut back = shown.clone();
    back.set_choice(question, origin.choice(question));
    back.set_importance(question, origin.importance(question));
    back
}

/// What a tab keeps (in its session storage) so that a reload of an edited
/// preview still knows the version it was opened with: the address holds
/// only the answers on screen. Kept by the UI under [`LINK_ORIGIN_KEY`];
/// used only when the page's fragment is the one written with it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LinkOrigin {
    /// True for a share link or file, false for a readable prefill link.
    pub shared: bool,
    /// The share fragment of the version opened (without the `#`).
    pub origin: String,
    /// The share fragment written to the address with it.
    pub shown: String,
}

/// The session-storage key of the [`LinkOrigin`].
pub const LINK_ORIGIN_KEY: &str = "dfa.link-origin";

/// What the address should hold for the answers on screen (see
/// [`Session::address`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// The own work: no share link in the address.
    Own,
    /// A preview or a trial: this share fragment (without the `#`).
    Shown(String),
}

/// The session. See the module docs.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Session {
    mode: Mode,
    own: Answers,
    meta: Current,
    library: Library,
    memory_only: Option<StoreError>,
    autosave_off: bool,
    autosave_failing: bool,
    /// The own work has changed since the last write (see [`Session::flush`]).
    unwritten: bool,
    /// What the store is known to hold under the autosave key: read at
    /// restore, written by [`Session::flush`], or written by another tab.
    stored: Option<Current>,
    messages: Vec<Message>,
    next_id: u64,
    /// The answers on screen (see [`Session::apply`]; the methods that take
    /// a `shown` argument are its building blocks and leave this alone).
    shown: Answers,
    /// The people in the team view.
    team: Vec<TeamMember>,
    /// The parameters of the prefill link the page was opened with that
    /// were skipped.
    skipped: Vec<Skipped>,
    /// What the user's dependency files showed, once its suggestions were
    /// applied (for the build list, the result, the report and the record).
    code: CodeFindings,
}

/// What "Start from your code" found in the user's dependency files, kept
/// when its suggestions are applied.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CodeFindings {
    /// Capability id (see [`crate::knowledge::bom`]) and the packages providing it.
    pub present: Vec<(String, Vec<String>)>,
    /// Frameworks, then core libraries, with their support windows.
    pub frameworks: Vec<FrameworkFound>,
}

impl Session {
    /// A session on the own (empty) work. `memory_only` is the reason the
    /// store only lives in memory, if it does; it is said once.
    pub fn new(memory_only: Option<StoreError>) -> Session {
        let mut s = Session { memory_only: memory_only.clone(), ..Session::default() };
        if let Some(e) = memory_only {
            s.note(Note::MemoryOnly(e));
        }
        s
    }

    /// Reads the autosaved own work and the saved profiles from `store`.
    /// Returns the own work (to show first). An unreadable autosave is set
    /// aside by [`storage::load_current`]; when that is impossible, autosave
    /// stays off so as never to write over it.
    pub fn restore(&mut self, store: &mut impl KeyValue, now: u64) -> Answers {
        match storage::load_current(store, now) {
            Ok(CurrentState::Empty) => {}
            Ok(CurrentState::Read(l)) => {
                self.own = l.value.answers.clone();
                self.meta = Current { answers: Answers::new(), ..l.value.clone() };
                self.stored = Some(l.value);
            }
            Ok(CurrentState::Unreadable { error, aside_key }) => {
                self.autosave_off = aside_key.is_none();
                self.note(Note::AutosaveUnreadable { error, kept_aside: aside_key.is_some() });
            }
            Err(e) => self.note(Note::AutosaveNotRead(e)),
        }
        self.reload_library(store);
        self.own.clone()
    }

    /// Whose answers are on screen.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The profile the own work belongs to (id, revision, name; `answers` is empty).
    pub fn own_meta(&self) -> &Current {
        &self.meta
    }

    /// The identity of what is on screen: the own work's profile, or for a
    /// preview (and a trial started from one) the previewed assessment's
    /// own name, id and revision, never the user's profile's.
    pub fn identity(&self) -> Current {
        match self.mode.underlying() {
            Mode::Preview { name, id, rev, .. } => {
                Current { answers: Answers::new(), profile_id: id.clone(), base_rev: *rev, name: name.clone() }
            }
            _ => self.meta.clone(),
        }
    }

    /// The own work as it stands, given the answers on screen.
    pub fn own_work(&self, shown: &Answers) -> Answers {
        match &self.mode {
            Mode::Own => shown.clone(),
            _ => self.own.clone(),
        }
    }

    /// True when there is own work to go back to from a preview or a
    /// trial: the own work has at least one answer or importance setting.
    pub fn has_own_work(&self) -> bool {
        self.own != Answers::new()
    }

    /// The answers the preview on screen was opened with; `None` on the own
    /// work and during a trial.
    pub fn origin(&self) -> Option<&Answers> {
        match &self.mode {
            Mode::Preview { origin, .. } => Some(origin),
            _ => None,
        }
    }

    /// What the visitor changed in the preview on screen (see [`changes`]);
    /// empty on the own work and during a trial.
    pub fn changes(&self, shown: &Answers) -> Vec<Change> {
        self.origin().map(|o| changes(o, shown)).unwrap_or_default()
    }

    /// Undoes the visitor's change to `question` in the preview: returns the
    /// answers to show (`None` when no preview is on screen).
    pub fn undo(&self, shown: &Answers, question: usize) -> Option<Answers> {
        self.origin().map(|o| undo_change(o, shown, question))
    }

    /// Undoes every change in the preview: returns the answers it was
    /// opened with (`None` when no preview is on screen).
    pub fn undo_all(&self) -> Option<Answers> {
        self.origin().cloned()
    }

    /// What the address should hold while `shown` is on screen: nothing on
    /// the own work, else the share fragment of `shown` with the name a
    /// share link of it carries.
    pub fn address(&self, shown: &Answers) -> Address {
        match self.mode {
            Mode::Own => Address::Own,
            _ => Address::Shown(share::encode(shown, &self.mode.link_name(&self.meta))),
        }
    }

    /// What to keep in the tab's session storage while `shown` is on screen
    /// (see [`LinkOrigin`]): for a preview, or a trial started from one, the
    /// version it was opened with beside the fragment of [`Session::address`];
    /// `None` otherwise.
    pub fn link_origin(&self, shown: &Answers) -> Option<LinkOrigin> {
        let Mode::Preview { name, shared, origin, .. } = self.mode.underlying() else { return None };
        let Address::Shown(fragment) = self.address(shown) else { return None };
        Some(LinkOrigin { shared: *shared, origin: share::encode(origin, name), shown: fragment })
    }

    /// Opens the share link `fragment` of a page being loaded, as
    /// [`Session::open_link`] does. When `kept` (the tab's [`LinkOrigin`])
    /// was written with this very fragment and holds another readable
    /// version, the preview remembers that version as the one it was opened
    /// with, so a reload keeps the list of changes; any other `kept` (from
    /// another link, unreadable, the same version) is ignored.
    pub fn reopen_link(&mut self, shown: &Answers, fragment: &str, kept: Option<&LinkOrigin>) -> Option<Answers> {
        let answers = self.open_link(shown, fragment)?;
        let origin =
            kept.filter(|k| k.shown == fragment && k.origin != fragment).and_then(|k| share::decode(&k.origin).ok().map(|o| (k.shared, o)));
        if let (Some((kept_shared, o)), Mode::Preview { shared, origin, .. }) = (origin, &mut self.mode) {
            *shared = kept_shared;
            *origin = o.answers;
        }
        Some(answers)
    }

    /// Whether the answers on screen (`shown`) differ from the saved
    /// profile the own work belongs to, compared with that profile's stored
    /// answers in the library (see [`SavedState`]).
    pub fn saved_state(&self, shown: &Answers) -> SavedState {
        if self.mode != Mode::Own {
            return SavedState::NoProfile;
        }
        let Some(id) = self.meta.profile_id.as_deref() else { return SavedState::NoProfile };
        match self.library.profiles.iter().find(|p| p.id == id) {
            None => SavedState::Gone,
            Some(p) => {
                let changed = storage::differences(&p.answers, shown);
                if changed.is_empty() {
                    SavedState::Saved
                } else {
                    SavedState::Changed(changed)
                }
            }
        }
    }

    /// Saved profiles and unreadable records.
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Why profiles only live in memory, if they do.
    pub fn memory_only(&self) -> Option<&StoreError> {
        self.memory_only.as_ref()
    }

    /// True when autosave is off (an unreadable autosave could not be set aside).
    pub fn autosave_off(&self) -> bool {
        self.autosave_off
    }

    /// The messages on screen, oldest first.
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// Shows `text`. The same message is never listed twice: a repeat moves
    /// the earlier one to the end.
    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.push(tone, text.into(), None);
    }

    /// Shows the sentence for `note` (see [`message`]).
    pub fn note(&mut self, note: Note) {
        self.push(note.tone(), message(&note), None);
    }

    fn push(&mut self, tone: Tone, text: String, condition: Option<Condition>) {
        let id = match self.messages.iter().position(|m| m.tone == tone && m.text == text) {
            Some(i) => self.messages.remove(i).id,
            None => {
                self.next_id += 1;
                self.next_id
            }
        };
        self.messages.push(Message { id, tone, text, condition });
    }

    /// Removes the message `id`.
    pub fn dismiss(&mut self, id: u64) {
        self.messages.retain(|m| m.id != id);
    }

    /// Re-reads the saved profiles.
    pub fn reload_library(&mut self, store: &impl KeyValue) {
        match storage::load_library(store) {
            Ok(lib) => self.library = lib,
            Err(e) => self.note(Note::LibraryNotRead(e)),
        }
    }

    /// Before a preview replaces what is on screen: on the own work, the
    /// own work is taken from the screen (a trial of it is dropped).
    fn keep_own(&mut self, shown: &Answers) {
        self.own = self.own_work(shown);
    }

    fn enter_preview(&mut self, shown: &Answers, name: String, shared: bool, id: Option<String>, rev: u32, origin: Answers) {
        self.keep_own(shown);
        self.mode = Mode::Preview { name, shared, id, rev, origin };
    }

    /// Opens a share link's `fragment` as a preview and returns the answers
    /// to show; on a bad link says why and returns `None` (nothing changes).
    pub fn open_link(&mut self, shown: &Answers, fragment: &str) -> Option<Answers> {
        match share::decode(fragment) {
            Ok(shared) => {
                self.enter_preview(shown, shared.name, true, None, 0, shared.answers.clone());
                Some(shared.answers)
            }
            Err(e) => {
                self.note(Note::LinkNotOpened(e));
                None
            }
        }
    }

    /// Opens the answers of a readable prefill link as a preview; returns them.
    pub fn open_prefill(&mut self, shown: &Answers, prefilled: Answers) -> Answers {
        self.enter_preview(shown, String::new(), false, None, 0, prefilled.clone());
        prefilled
    }

    /// Opens an assessment file (the profile export format): one readable
    /// assessment is shown as a preview (its answers are returned); a file
    /// with several is imported into the saved profiles (`None`, nothing
    /// changes on screen).
    pub fn open_file(&mut self, store: &mut impl KeyValue, shown: &Answers, text: &str, now: u64) -> Option<Answers> {
        match import_from_json(text) {
            Ok(entries) => match entries.as_slice() {
                [ImportEntry::Read(l)] => {
                    let p = l.value.clone();
                    self.enter_preview(shown, p.name.clone(), true, Some(p.id), p.rev, p.answers.clone());
                    self.note(Note::OpenedFile(p.name));
                    Some(p.answers)
                }
                _ => {
                    self.import(store, text, now);
                    None
                }
            },
            Err(e) => {
                self.note(Note::FileNotOpened(e));
                None
            }
        }
    }

    /// Leaves a preview (or a trial) and returns the own work to show.
    pub fn back_to_own(&mut self) -> Answers {
        self.mode = Mode::Own;
        self.own.clone()
    }

    /// Starts a trial of `trial` (the answers on screen with `what`
    /// changed) and returns it to show. A trial started during another
    /// trial returns to the first one's base.
    pub fn try_answers(&mut self, shown: &Answers, what: String, trial: Answers) -> Answers {
        self.mode = match std::mem::take(&mut self.mode) {
            Mode::Trying { back, base, .. } => Mode::Trying { what, back, base },
            other => {
                if other == Mode::Own {
                    self.own = shown.clone();
                }
                Mode::Trying { what, back: Box::new(other), base: shown.clone() }
            }
        };
        trial
    }

    /// Ends a trial: `keep` makes the trial's answers those of the mode it
    /// started from (the own work, autosaved, or the preview) and returns
    /// `None`; otherwise returns the answers from before the trial.
    pub fn end_trial(&mut self, keep: bool) -> Option<Answers> {
        if !matches!(self.mode, Mode::Trying { .. }) {
            return None;
        }
        let Mode::Trying { back, base, .. } = std::mem::take(&mut self.mode) else { return None };
        self.mode = *back;
        if keep {
            self.note(Note::ChangeKept);
            None
        } else if self.mode == Mode::Own {
            // The own work, which another tab may have changed meanwhile.
            Some(self.own.clone())
        } else {
            Some(base)
        }
    }

    /// True when the own work is empty or is the same as a saved profile.
    fn own_is_kept(&self, own: &Answers) -> bool {
        *own == Answers::new() || self.library.profiles.iter().any(|p| p.answers == *own)
    }

    /// Before the own work is replaced: when it is not saved anywhere, saves
    /// it as a profile. Returns false (and says why) when that failed.
    fn set_own_aside(&mut self, store: &mut impl KeyValue, own: &Answers, now: u64, salt: u32) -> bool {
        if self.own_is_kept(own) {
            return true;
        }
        let base = if self.meta.name.is_empty() { "Earlier work".to_string() } else { format!("{} (earlier work)", self.meta.name) };
        match self.save_profile_named(store, own, &base, now, salt) {
            Ok(p) => {
                self.note(Note::EarlierWorkKept(p.name));
                true
            }
            Err(e) => {
                self.note(Note::NotReplaced(e));
                false
            }
        }
    }

    /// Makes the previewed answers `shown` the own work, not tied to any
    /// profile. Unsaved own work is first kept as a profile; when that
    /// fails nothing changes and false is returned.
    pub fn adopt_preview(&mut self, store: &mut impl KeyValue, shown: &Answers, now: u64, salt: u32) -> bool {
        if !matches!(self.mode, Mode::Preview { .. }) {
            return false;
        }
        let own = self.own.clone();
        if !self.set_own_aside(store, &own, now, salt) {
            return false;
        }
        self.mode = Mode::Own;
        self.meta = Current::default();
        self.own = shown.clone();
        self.note(Note::Adopted);
        true
    }

    fn taken_names(&self, except: Option<&str>) -> Vec<String> {
        self.library.profiles.iter().map(|p| p.name.clone()).filter(|n| Some(n.as_str()) != except).collect()
    }

    fn save_profile_named(
        &mut self,
        store: &mut impl KeyValue,
        answers: &Answers,
        name: &str,
        now: u64,
        salt: u32,
    ) -> Result<Profile, SaveError> {
        let taken = self.taken_names(None);
        let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
        let name = storage::unique_name(name, &refs);
        let p = Profile { id: storage::new_id(now, salt), name, saved_at: 0, rev: 0, answers: answers.clone() };
        let saved = storage::save_profile(store, &p, None, now)?;
        self.reload_library(store);
        Ok(saved)
    }

    /// Saves `answers` as a new profile named `name` (made unique) and
    /// returns it; says what happened. Nothing else changes.
    pub fn save_new(&mut self, store: &mut impl KeyValue, answers: &Answers, name: &str, now: u64, salt: u32) -> Option<Profile> {
        match self.save_profile_named(store, answers, name, now, salt) {
            Ok(p) => {
                self.note(Note::SavedAs(p.name.clone()));
                Some(p)
            }
            Err(e) => {
                self.note(Note::NotSaved(e));
                None
            }
        }
    }

    /// "Save as new profile": saves the answers on screen under `name`; on
    /// the own work, the own work then belongs to the new profile.
    pub fn save_as(&mut self, store: &mut impl KeyValue, shown: &Answers, name: &str, now: u64, salt: u32) -> Option<Profile> {
        let p = self.save_new(store, shown, name, now, salt)?;
        if self.mode == Mode::Own {
            self.own = shown.clone();
            self.meta = Current { answers: Answers::new(), profile_id: Some(p.id.clone()), base_rev: p.rev, name: p.name.clone() };
        }
        Some(p)
    }

    /// "Save as my profile" in a preview: saves the previewed answers under
    /// `name` and returns the own work to show (the preview ends). `None`
    /// when the save failed (the preview stays).
    pub fn save_preview(&mut self, store: &mut impl KeyValue, shown: &Answers, name: &str, now: u64, salt: u32) -> Option<Answers> {
        match self.save_profile_named(store, shown, name, now, salt) {
            Ok(p) => {
                self.note(Note::PreviewSaved(p.name));
                Some(self.back_to_own())
            }
            Err(e) => {
                self.note(Note::NotSaved(e));
                None
            }
        }
    }

    /// Saves the own work over the profile it belongs to. When another tab
    /// saved or deleted that profile meanwhile (or its record cannot be
    /// read), saves it as a new profile instead and says so.
    pub fn save_existing(&mut self, store: &mut impl KeyValue, shown: &Answers, now: u64, salt: u32) {
        let Some(id) = self.meta.profile_id.clone() else { return };
        if self.mode != Mode::Own {
            return;
        }
        self.own = shown.clone();
        let p = Profile { id, name: self.meta.name.clone(), saved_at: 0, rev: self.meta.base_rev, answers: shown.clone() };
        match storage::save_profile(store, &p, Some(self.meta.base_rev), now) {
            Ok(saved) => {
                self.meta = Current { answers: Answers::new(), profile_id: Some(saved.id), base_rev: saved.rev, name: saved.name.clone() };
                self.reload_library(store);
                self.note(Note::Saved(saved.name));
            }
            Err(e @ (SaveError::Conflict(_) | SaveError::Gone | SaveError::Unreadable(_))) => {
                let name = format!("{} (this tab)", self.meta.name);
                match self.save_profile_named(store, shown, &name, now, salt) {
                    Ok(copy) => {
                        self.note(Note::KeptAsCopy(e));
                        self.meta = Current { answers: Answers::new(), profile_id: Some(copy.id), base_rev: copy.rev, name: copy.name };
                    }
                    Err(e2) => self.note(Note::NotSaved(e2)),
                }
            }
            Err(e) => self.note(Note::NotSaved(e)),
        }
    }

    /// Opens the saved profile `id` as the own work and returns its answers
    /// to show. Unsaved own work is first kept as a profile; when that
    /// fails (or the profile is not in the library) returns `None` and
    /// nothing changes.
    pub fn open_profile(&mut self, store: &mut impl KeyValue, shown: &Answers, id: &str, now: u64, salt: u32) -> Option<Answers> {
        let p = self.library.profiles.iter().find(|p| p.id == id)?.clone();
        let own = self.own_work(shown);
        if !self.set_own_aside(store, &own, now, salt) {
            return None;
        }
        self.mode = Mode::Own;
        self.meta = Current { answers: Answers::new(), profile_id: Some(p.id.clone()), base_rev: p.rev, name: p.name.clone() };
        self.own = p.answers.clone();
        self.note(Note::Opened(p.name));
        Some(p.answers)
    }

    /// Renames a saved profile (the name is trimmed, cut to
    /// [`MAX_NAME_CHARS`] and made unique).
    pub fn rename(&mut self, store: &mut impl KeyValue, id: &str, new_name: &str, now: u64) {
        let Some(p) = self.library.profiles.iter().find(|p| p.id == id).cloned() else { return };
        let new_name: String = new_name.trim().chars().take(MAX_NAME_CHARS).collect();
        if new_name.is_empty() || new_name == p.name {
            return;
        }
        let taken = self.taken_names(Some(&p.name));
        let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
        let name = storage::unique_name(&new_name, &refs);
        let renamed = Profile { name, ..p.clone() };
        match storage::save_profile(store, &renamed, Some(p.rev), now) {
            Ok(saved) => {
                if self.meta.profile_id.as_deref() == Some(saved.id.as_str()) {
                    self.meta.name = saved.name.clone();
                    self.meta.base_rev = saved.rev;
                }
                self.reload_library(store);
                self.note(Note::Renamed(saved.name));
            }
            Err(e) => {
                self.reload_library(store);
                self.note(Note::NotRenamed(e));
            }
        }
    }

    /// Deletes a saved profile (if no other tab changed it since). The own
    /// work stays on screen, no longer tied to it.
    pub fn delete(&mut self, store: &mut impl KeyValue, id: &str) {
        let Some(p) = self.library.profiles.iter().find(|p| p.id == id).cloned() else { return };
        match storage::delete_profile(store, &p.id, p.rev) {
            Ok(()) => {
                if self.meta.profile_id.as_deref() == Some(p.id.as_str()) {
                    self.meta = Current::default();
                }
                self.reload_library(store);
                self.note(Note::Deleted(p.name));
            }
            Err(e) => {
                self.reload_library(store);
                self.note(Note::NotDeleted(e));
            }
        }
    }

    /// Imports an export file's text and reports what happened.
    pub fn import(&mut self, store: &mut impl KeyValue, text: &str, now: u64) {
        match storage::import(store, text, now) {
            Ok(r) => {
                self.reload_library(store);
                self.note(Note::Imported(r));
            }
            Err(e) => self.note(Note::NotImported(e)),
        }
    }

    /// Autosave: on the own work, keeps `shown` as the own work and writes
    /// it to `store` (unless autosave is off). A failure is said once, and
    /// the message is cleared when a later autosave works. The same as
    /// [`Session::stage_own`] then [`Session::flush`].
    pub fn autosave(&mut self, store: &mut impl KeyValue, shown: &Answers) {
        self.stage_own(shown);
        self.flush(store);
    }

    /// Autosave, first half: on the own work, keeps `shown` as the own work
    /// and marks it as not yet written. Cheap (no storage): the UI calls it
    /// on every answer change and writes later with [`Session::flush`]. On
    /// a preview or a trial nothing changes. Returns true when a write is
    /// pending (one staged earlier may still be, whatever is on screen), false
    /// when autosave is off.
    pub fn stage_own(&mut self, shown: &Answers) -> bool {
        if self.mode != Mode::Own {
            return self.unwritten;
        }
        self.own = shown.clone();
        self.unwritten = !self.autosave_off;
        self.unwritten
    }

    /// Autosave, second half: writes the own work kept by
    /// [`Session::stage_own`] to `store`, with the own work's profile, if
    /// it has not been written yet and the store does not already hold
    /// exactly that (as read at restore, last written here, or written by
    /// another tab): a tab never writes back what it has just read, which
    /// could overwrite a newer change from the other tab. Nothing
    /// otherwise. Whatever is on screen by then (a preview, a trial), the
    /// own work is what is written. A failure is said once, and the message
    /// is cleared when a later write works. Returns true when the messages
    /// changed.
    pub fn flush(&mut self, store: &mut impl KeyValue) -> bool {
        if !self.unwritten || self.autosave_off {
            return false;
        }
        self.unwritten = false;
        let current = Current { answers: self.own.clone(), ..self.meta.clone() };
        if self.stored.as_ref() == Some(&current) {
            return false;
        }
        let written = storage::save_current(store, &current);
        if written.is_ok() {
            self.stored = Some(current);
        }
        match written {
            Ok(()) if self.autosave_failing => {
                self.autosave_failing = false;
                self.messages.retain(|m| m.condition != Some(Condition::Autosave));
                true
            }
            Ok(()) => false,
            Err(_) if self.autosave_failing || self.memory_only.is_some() => false,
            Err(e) => {
                self.autosave_failing = true;
                let note = Note::AutosaveFailed(e);
                self.push(note.tone(), message(&note), Some(Condition::Autosave));
                true
            }
        }
    }

    /// Another tab wrote the autosave `raw`: it becomes the own work (and
    /// its profile). Returns the answers to show when the own work is on
    /// screen and differs from `shown`; an unreadable record changes nothing.
    pub fn other_tab_current(&mut self, raw: &str, shown: &Answers) -> Option<Answers> {
        let l = crate::codec::profile::current_from_json(raw).ok()?;
        self.own = l.value.answers.clone();
        self.meta = Current { answers: Answers::new(), ..l.value.clone() };
        // The store holds it now; an older change not yet written is
        // overtaken (the other tab's is the later one).
        self.unwritten = false;
        self.stored = Some(l.value.clone());
        (self.mode == Mode::Own && *shown != l.value.answers).then_some(l.value.answers)
    }

    /// The assessment on screen as a profile for export: the own work's
    /// profile id and revision, or for a preview its own identity (a fresh
    /// id when it has none, never the user's profile's). `now` and `salt`
    /// make the fresh id.
    pub fn export_profile(&self, shown: &Answers, now: u64, salt: u32) -> Profile {
        let id = self.identity();
        let name = self.mode.link_name(&self.meta);
        Profile {
            id: id.profile_id.unwrap_or_else(|| storage::new_id(now, salt)),
            name: if name.trim().is_empty() { "Assessment".into() } else { name },
            saved_at: now,
            rev: id.base_rev,
            answers: shown.clone(),
        }
    }

    /// The assessment on screen as an export file (see [`Session::export_profile`]).
    pub fn export_json(&self, shown: &Answers, now: u64, salt: u32) -> String {
        export_to_json(&[self.export_profile(shown, now, salt)], now)
    }

    /// Every saved profile as an export file.
    pub fn export_all_json(&self, now: u64) -> String {
        export_to_json(&self.library.profiles, now)
    }
}
