//! Every change to the session in one place: [`Session::apply`] takes an
//! [`Action`] (something the user or the browser did) and returns the
//! [`Effect`]s the UI carries out (the address, storage, a download, a tab
//! to show), so that a transition reads whole here and is tested natively
//! (`tests/session_actions.rs`). The UI holds one signal of the session and
//! has one function that dispatches an action and carries out its effects
//! (`ui::session::dispatch`).
//!
//! After every action [`Session::apply`] also works out what follows from
//! the new state, the same way for all of them: the address of what is on
//! screen ([`Effect::Address`], [`Effect::KeepLinkOrigin`]) and the autosave
//! of the own work ([`Effect::FlushLater`], then [`Action::Flush`]).

use super::{Address, CodeFindings, LinkOrigin, Note, Session, Tone};
use crate::codec::profile::Current;
use crate::engine::{Answers, Importance};
use crate::storage::KeyValue;
use crate::team::{self, TeamMember};
use crate::visit::Visit;

/// Something the user or the browser did. Question and option indexes are
/// positions in [`crate::knowledge::QUESTIONS`] and its options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Picks option `option` for question `question`; `None` clears the
    /// answer ("Skip this question").
    Choose {
        /// The question's index.
        question: usize,
        /// The option's index, or `None`.
        option: Option<usize>,
    },
    /// Sets how much question `question` matters.
    Weigh {
        /// The question's index.
        question: usize,
        /// Its importance.
        importance: Importance,
    },
    /// "Clear all answers".
    ClearAll,
    /// Puts these answers on screen as the user's own edit (the first
    /// screen's form, handed over when the app takes over).
    Show(Answers),
    /// Applies `(question id, option id)` pairs (suggestions read from
    /// dependency files; unknown ids are left out) and keeps what the files
    /// showed.
    ApplyFromCode {
        /// The suggested answers.
        answers: Vec<(String, String)>,
        /// What the files showed.
        found: CodeFindings,
    },
    /// Undoes the visitor's change to question `Some(q)` in a preview, or
    /// every change (`None`).
    Undo(Option<usize>),
    /// Opens a share link's fragment (without `#`) pasted into the address
    /// bar of the open page.
    OpenLink(String),
    /// Adds the share links or team link in the text to the team view.
    /// `from_address`: it came in the address (then read once and removed
    /// from it, and the team view is shown).
    AddTeamLinks {
        /// The pasted text or the fragment.
        text: String,
        /// True for a team link in the address.
        from_address: bool,
    },
    /// Adds (or updates) the user's own answers in the team view.
    TeamAddYou,
    /// Adds (`on`) or removes a saved profile in the team view.
    TeamInclude {
        /// The profile's id.
        id: String,
        /// True to include it.
        on: bool,
    },
    /// Removes the person with this key from the team view.
    TeamRemove(String),
    /// Empties the team view.
    TeamClear,
    /// Another tab wrote the autosave (its raw record).
    OtherTabCurrent(String),
    /// Another tab changed the saved profiles.
    ReloadLibrary,
    /// Leaves a preview or a trial.
    BackToOwn,
    /// Starts a what-if trial of `trial` (the answers on screen with `what` changed).
    Try {
        /// What the trial changes, in words.
        what: String,
        /// The answers to try.
        trial: Answers,
    },
    /// Ends a trial, keeping its answers or going back.
    EndTrial {
        /// True to keep the trial's answers.
        keep: bool,
    },
    /// Makes the preview on screen the own work.
    AdoptPreview,
    /// Saves the preview on screen as a profile with this name and goes back to the own work.
    SavePreview(String),
    /// Saves these answers as a new profile with this name (nothing else changes).
    SaveNew {
        /// The answers.
        answers: Answers,
        /// The name (made unique).
        name: String,
    },
    /// "Save as new profile": the answers on screen under this name.
    SaveAs(String),
    /// Saves the own work over the profile it belongs to.
    SaveExisting,
    /// Opens the saved profile with this id as the own work.
    OpenProfile(String),
    /// Renames a saved profile.
    Rename {
        /// The profile's id.
        id: String,
        /// The new name.
        name: String,
    },
    /// Deletes the saved profile with this id.
    Delete(String),
    /// Downloads every saved profile as an export file.
    ExportAll,
    /// Imports an export file's text into the saved profiles.
    Import(String),
    /// Opens an assessment file's text (a preview, or an import when it holds several).
    OpenFile(String),
    /// Says something.
    Note(Note),
    /// Says a sentence the UI made (a confirmation worded by the control
    /// that asked for it).
    Say(Tone, String),
    /// Removes the message with this id.
    Dismiss(u64),
    /// Hides the list of a prefill link's skipped parameters.
    DismissSkipped,
    /// Writes the own work if a change is not written yet (after a paint,
    /// or when the page is hidden or left).
    Flush,
}

/// What the UI does after an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Removes the link (query and fragment) from the address.
    ClearLink,
    /// The address should now hold this ([`Address::Own`]: no share
    /// fragment, so one there is removed; [`Address::Shown`]: this share
    /// fragment, replaced without a history entry).
    Address(Address),
    /// Keeps this in the tab's session storage (`None`: removes it), so
    /// that a reload of an edited preview still lists the changes.
    KeepLinkOrigin(Option<LinkOrigin>),
    /// Shows the team view.
    ShowTeam,
    /// Dispatches [`Action::Flush`] after the next paint, so that writing
    /// to storage never delays the new result.
    FlushLater,
    /// Offers a file for download.
    Download {
        /// The file name.
        file_name: &'static str,
        /// Its media type.
        mime: &'static str,
        /// Its content.
        text: String,
    },
}

/// What an action did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// For the UI to carry out, in order.
    pub effects: Vec<Effect>,
    /// False when the action failed or did not apply (a failure is said in
    /// the messages); the UI uses it to keep a form open.
    pub done: bool,
}

/// The export file name of every saved profile.
pub const EXPORT_ALL_FILE: &str = "django-flask-advisor-profiles.json";

impl Session {
    /// Opens the session of a visit (see [`crate::visit::open`]) with what
    /// the UI does first: remove a link read once or unreadable, show the
    /// team view for a team link, keep the link's origin for a reload, and
    /// stage the own work for autosave (written only if the store does not
    /// already hold it).
    pub fn from_visit(visit: Visit) -> (Session, Vec<Effect>) {
        let mut effects = Vec::new();
        if visit.clear_link {
            effects.push(Effect::ClearLink);
        }
        if visit.opens_team() {
            effects.push(Effect::ShowTeam);
        }
        let mut s = visit.session;
        s.shown = visit.shown;
        s.team = visit.team;
        s.skipped = visit.skipped;
        effects.push(Effect::KeepLinkOrigin(s.link_origin(&s.shown)));
        let shown = s.shown.clone();
        if s.stage_own(&shown) {
            effects.push(Effect::FlushLater);
        }
        (s, effects)
    }

    /// A session on the own work with `shown` on screen and nothing read
    /// (the first render, before the browser's state is applied).
    pub fn showing(shown: Answers) -> Session {
        Session { shown, ..Session::new(None) }
    }

    /// The answers on screen.
    pub fn shown(&self) -> &Answers {
        &self.shown
    }

    /// The people in the team view.
    pub fn team(&self) -> &[TeamMember] {
        &self.team
    }

    /// What the user's dependency files showed (see [`CodeFindings`]).
    pub fn code(&self) -> &CodeFindings {
        &self.code
    }

    /// The skipped parameters of the prefill link the page was opened with.
    pub fn skipped(&self) -> &[crate::prefill::Skipped] {
        &self.skipped
    }

    /// Carries out `action` on `store` (localStorage, or any [`KeyValue`]);
    /// `now` (milliseconds since the Unix epoch) and `salt` make new
    /// profile ids and dates. Returns what the UI does next (see the
    /// module docs).
    pub fn apply(&mut self, action: Action, store: &mut impl KeyValue, now: u64, salt: u32) -> Applied {
        let before: (Answers, Address, Current) = (self.shown.clone(), self.address(&self.shown), self.identity());
        let before_mode = self.mode.clone();
        // While the autosave is failing, the user's next click, whatever it
        // does, is the retry (a flush is the write itself).
        let retry = self.autosave_failing && !matches!(action, Action::Flush);
        let mut effects = Vec::new();
        let shown = self.shown.clone();
        let done = match action {
            Action::Choose { question, option } => {
                self.shown.set_choice(question, option);
                true
            }
            Action::Weigh { question, importance } => {
                self.shown.set_importance(question, importance);
                true
            }
            Action::ClearAll => show(self, Some(Answers::new())),
            Action::Show(a) => show(self, Some(a)),
            Action::ApplyFromCode { answers, found } => {
                for (q, o) in &answers {
                    let _ = self.shown.set_by_id(q, o);
                }
                self.code = found;
                true
            }
            Action::Undo(question) => {
                let back = match question {
                    Some(q) => self.undo(&shown, q),
                    None => self.undo_all(),
                };
                show(self, back)
            }
            Action::OpenLink(fragment) => {
                let opened = self.open_link(&shown, &fragment);
                if opened.is_none() {
                    effects.push(Effect::ClearLink);
                }
                show(self, opened)
            }
            Action::AddTeamLinks { text, from_address } => {
                let note = crate::visit::add_team_links(&mut self.team, &text);
                self.note(note);
                if from_address {
                    effects.extend([Effect::ClearLink, Effect::ShowTeam]);
                }
                true
            }
            Action::TeamAddYou => {
                team::set_you(&mut self.team, shown);
                true
            }
            Action::TeamInclude { id, on } => match self.library.profiles.iter().find(|p| p.id == id) {
                Some(p) => {
                    team::include_profile(&mut self.team, &p.id, &p.name, &p.answers, on);
                    true
                }
                None => false,
            },
            Action::TeamRemove(key) => {
                team::remove(&mut self.team, &key);
                true
            }
            Action::TeamClear => {
                self.team.clear();
                true
            }
            Action::OtherTabCurrent(raw) => {
                let a = self.other_tab_current(&raw, &shown);
                show(self, a);
                true
            }
            Action::ReloadLibrary => {
                self.reload_library(store);
                true
            }
            Action::BackToOwn => {
                let own = self.back_to_own();
                effects.push(Effect::ClearLink);
                show(self, Some(own))
            }
            Action::Try { what, trial } => {
                let a = self.try_answers(&shown, what, trial);
                show(self, Some(a))
            }
            Action::EndTrial { keep } => {
                let a = self.end_trial(keep);
                show(self, a);
                true
            }
            Action::AdoptPreview => {
                let done = self.adopt_preview(store, &shown, now, salt);
                if done {
                    effects.push(Effect::ClearLink);
                }
                done
            }
            Action::SavePreview(name) => {
                let own = self.save_preview(store, &shown, &name, now, salt);
                show_unlinked(self, &mut effects, own)
            }
            Action::SaveNew { answers, name } => self.save_new(store, &answers, &name, now, salt).is_some(),
            Action::SaveAs(name) => self.save_as(store, &shown, &name, now, salt).is_some(),
            Action::SaveExisting => {
                self.save_existing(store, &shown, now, salt);
                true
            }
            Action::OpenProfile(id) => {
                let opened = self.open_profile(store, &shown, &id, now, salt);
                show_unlinked(self, &mut effects, opened)
            }
            Action::Rename { id, name } => {
                self.rename(store, &id, &name, now);
                true
            }
            Action::Delete(id) => {
                self.delete(store, &id);
                true
            }
            Action::ExportAll => {
                effects.push(Effect::Download { file_name: EXPORT_ALL_FILE, mime: "application/json", text: self.export_all_json(now) });
                true
            }
            Action::Import(text) => {
                self.import(store, &text, now);
                true
            }
            Action::OpenFile(text) => {
                let opened = self.open_file(store, &shown, &text, now);
                show(self, opened);
                true
            }
            Action::Note(note) => {
                self.note(note);
                true
            }
            Action::Say(tone, text) => {
                self.say(tone, text);
                true
            }
            Action::Dismiss(id) => {
                self.dismiss(id);
                true
            }
            Action::DismissSkipped => {
                self.skipped.clear();
                true
            }
            Action::Flush => self.flush(store),
        };
        // What follows from the new state, for every action alike.
        let identity = self.identity();
        let address = self.address(&self.shown);
        let changed = self.shown != before.0 || self.mode != before_mode || identity != before.2;
        if changed {
            if address != before.1 {
                effects.push(Effect::Address(address));
            }
            effects.push(Effect::KeepLinkOrigin(self.link_origin(&self.shown)));
        }
        if changed || retry {
            let shown = self.shown.clone();
            if self.stage_own(&shown) {
                effects.push(Effect::FlushLater);
            }
        }
        Applied { effects, done }
    }
}

/// Puts `a` on screen when there is one, the own work that replaces a
/// link's answers, and asks for the link to leave the address; true when it did.
fn show_unlinked(s: &mut Session, effects: &mut Vec<Effect>, a: Option<Answers>) -> bool {
    if a.is_some() {
        effects.push(Effect::ClearLink);
    }
    show(s, a)
}

/// Puts `a` on screen when there is one; true when it did.
fn show(s: &mut Session, a: Option<Answers>) -> bool {
    match a {
        Some(a) => {
            s.shown = a;
            true
        }
        None => false,
    }
}
