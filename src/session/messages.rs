//! Every sentence the session says, in one place: the messages ([`Note`],
//! composed by [`message`] from the errors' short `Display` fragments and
//! the session's facts), the list of a preview's changes, and the share
//! block's wording for a changed preview. The UI binds them; it writes none.

use super::{AnswerChange, Change, Mode, SavedState};
use crate::codec::profile::{Current, RecordError, VERSION};
use crate::codec::share::{ShareError, ShareErrorKind, MAX_TEAM};
use crate::format::count;
use crate::knowledge::sharing::{RECORD_DOWNLOADED, REPORT_DOWNLOADED};
use crate::knowledge::QUESTIONS;
use crate::storage::{ImportReport, SaveError, StoreError};
use crate::team::{Added, NotAdded};

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

impl Tone {
    /// Lower-case name, for `data-tone`.
    pub fn id(self) -> &'static str {
        match self {
            Tone::Success => "success",
            Tone::Warning => "warning",
            Tone::Error => "error",
        }
    }

    /// The message's classes (style/main.css): `notice`, the tone's own
    /// (`success`, `warn`, `error`) and `message`.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Success => "notice success message",
            Tone::Warning => "notice warn message",
            Tone::Error => "notice error message",
        }
    }
}

/// A lasting condition a message stands for; it is shown once and cleared
/// when the condition ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Autosave is failing.
    Autosave,
}

/// A message for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Unique within the session, for dismissing.
    pub id: u64,
    /// How serious.
    pub tone: Tone,
    /// The sentence.
    pub text: String,
    /// The condition it stands for, if any.
    pub condition: Option<Condition>,
}

/// Something the session tells the user. [`message`] gives the sentence,
/// [`Note::tone`] how serious it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// Storage is blocked: everything runs in memory.
    MemoryOnly(StoreError),
    /// The autosave could not be read; `kept_aside` when a copy was made.
    AutosaveUnreadable {
        /// Why.
        error: RecordError,
        /// True when it was copied aside (autosave goes on); false when autosave is off.
        kept_aside: bool,
    },
    /// The store could not be read for the autosave.
    AutosaveNotRead(StoreError),
    /// The saved profiles could not be listed.
    LibraryNotRead(StoreError),
    /// Autosave failed (a lasting condition).
    AutosaveFailed(StoreError),
    /// A share link could not be opened.
    LinkNotOpened(ShareError),
    /// Saved as a new profile with this name.
    SavedAs(String),
    /// Saved over the profile with this name.
    Saved(String),
    /// A save failed.
    NotSaved(SaveError),
    /// A save raced another tab's; the own version was kept as a copy.
    KeptAsCopy(SaveError),
    /// A saved profile was opened.
    Opened(String),
    /// A profile was renamed to this name.
    Renamed(String),
    /// A rename failed.
    NotRenamed(SaveError),
    /// A profile was deleted.
    Deleted(String),
    /// A delete failed.
    NotDeleted(SaveError),
    /// An export file was imported.
    Imported(ImportReport),
    /// An export file could not be imported.
    NotImported(RecordError),
    /// An assessment file was opened as a preview.
    OpenedFile(String),
    /// An assessment file could not be opened.
    FileNotOpened(RecordError),
    /// The browser could not read the chosen file.
    FileNotRead,
    /// The Markdown report was downloaded.
    ReportDownloaded,
    /// The decision record was downloaded.
    RecordDownloaded,
    /// The preview was saved as a profile with this name.
    PreviewSaved(String),
    /// The preview became the own work.
    Adopted,
    /// A what-if change was kept.
    ChangeKept,
    /// Unsaved own work was kept as a profile with this name before being replaced.
    EarlierWorkKept(String),
    /// The own work could not be kept, so it was not replaced.
    NotReplaced(SaveError),
    /// Nothing that looks like a share link was pasted.
    NoTeamLinks,
    /// Links were added to the team view.
    TeamAdded(Added),
}

impl Note {
    /// How serious it is.
    pub fn tone(&self) -> Tone {
        match self {
            Note::MemoryOnly(_) | Note::AutosaveUnreadable { .. } | Note::KeptAsCopy(_) | Note::NoTeamLinks | Note::EarlierWorkKept(_) => {
                Tone::Warning
            }
            Note::Imported(r) if !r.skipped.is_empty() => Tone::Warning,
            Note::TeamAdded(a) if !a.not_added.is_empty() => Tone::Warning,
            Note::AutosaveNotRead(_)
            | Note::LibraryNotRead(_)
            | Note::AutosaveFailed(_)
            | Note::LinkNotOpened(_)
            | Note::NotSaved(_)
            | Note::NotRenamed(_)
            | Note::NotDeleted(_)
            | Note::NotImported(_)
            | Note::FileNotOpened(_)
            | Note::FileNotRead
            | Note::NotReplaced(_) => Tone::Error,
            _ => Tone::Success,
        }
    }
}

/// Why the store failed, as a clause.
fn store_reason(e: &StoreError) -> String {
    match e {
        StoreError::Unavailable => "this browser does not allow the page to store data".into(),
        StoreError::QuotaExceeded => "the browser's storage for this site is full".into(),
        StoreError::Other(m) => format!("the browser refused to store data ({m})"),
    }
}

/// Why a record or file could not be read, as a clause about `what`
/// (e.g. "the file").
fn record_reason(what: &str, e: &RecordError) -> String {
    match e {
        RecordError::NotJson(d) => format!("{what} is not valid JSON ({d}); it may be corrupt or cut short"),
        RecordError::Foreign => format!("{what} was not written by this advisor"),
        RecordError::FutureVersion(v) => {
            format!("{what} was written by a newer version of the advisor (record version {v}; this page reads up to version {VERSION})")
        }
        RecordError::Invalid(d) => format!("{what} is incomplete or damaged ({d})"),
    }
}

/// Why a save failed, as a sentence (ends with a full stop).
fn save_reason(e: &SaveError) -> String {
    match e {
        SaveError::Store(s) => {
            format!("{}. Your answers are still here; free some space or export your profiles.", capitalise(&store_reason(s)))
        }
        SaveError::Conflict(p) => format!("\u{201c}{}\u{201d} was changed in another tab after you opened it here.", p.name),
        SaveError::Unreadable(r) => format!("{}, so it was not written over.", capitalise(&record_reason("the stored copy", r))),
        SaveError::Gone => "This profile was deleted in another tab.".into(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn quoted(name: &str) -> String {
    format!("\u{201c}{name}\u{201d}")
}

/// Why a stored record could not be read, as a sentence for the list of
/// unreadable records.
pub fn unreadable_message(e: &RecordError) -> String {
    format!("{}.", capitalise(&record_reason("it", e)))
}

/// The sentence shown for `note`. Every sentence the session says is made here.
pub fn message(note: &Note) -> String {
    match note {
        Note::MemoryOnly(e) => format!(
            "Profiles will not persist: {}. Everything works, but a reload starts afresh; export what you want to keep.",
            store_reason(e)
        ),
        Note::AutosaveUnreadable { error, kept_aside: true } => format!(
            "Your autosaved work could not be read: {}. It has been kept aside unchanged and can be exported from the Profiles tab.",
            record_reason("it", error)
        ),
        Note::AutosaveUnreadable { error, kept_aside: false } => format!(
            "Your autosaved work could not be read: {}. It is kept unchanged, so autosave is off until you export or remove it from the Profiles tab.",
            record_reason("it", error)
        ),
        Note::AutosaveNotRead(e) => format!("Your autosaved work could not be read: {}.", store_reason(e)),
        Note::LibraryNotRead(e) => format!("Saved profiles could not be read: {}.", store_reason(e)),
        Note::AutosaveFailed(e) => format!(
            "Autosave failed: {}. Your answers stay on this page; save or export them before closing it.",
            store_reason(e)
        ),
        Note::LinkNotOpened(e) => format!("This share link could not be opened: {}. Your own work is unchanged.", link_problem(e)),
        Note::SavedAs(n) => format!("Saved as {}.", quoted(n)),
        Note::Saved(n) => format!("Saved {}.", quoted(n)),
        Note::NotSaved(e) => format!("Not saved. {}", save_reason(e)),
        Note::KeptAsCopy(e) => format!("{} To keep both, your version was saved as a new profile.", save_reason(e)),
        Note::Opened(n) => format!("Opened {}.", quoted(n)),
        Note::Renamed(n) => format!("Renamed to {}.", quoted(n)),
        Note::NotRenamed(e) => format!("Not renamed. {}", save_reason(e)),
        Note::Deleted(n) => format!("Deleted {}.", quoted(n)),
        Note::NotDeleted(e) => format!("Not deleted. {}", save_reason(e)),
        Note::Imported(r) => {
            let mut parts = vec![count(r.imported.len() + r.renamed.len(), "profile imported", "profiles imported")];
            if !r.renamed.is_empty() {
                let list = r.renamed.iter().map(|(a, b)| format!("{} \u{2192} {}", quoted(a), quoted(b))).collect::<Vec<_>>();
                parts.push(format!("renamed to avoid a clash: {}", list.join(", ")));
            }
            if !r.skipped.is_empty() {
                let list = r.skipped.iter().map(|(what, why)| format!("{what} ({why})")).collect::<Vec<_>>();
                parts.push(format!("skipped: {}", list.join("; ")));
            }
            format!("Import: {}.", parts.join("; "))
        }
        Note::NotImported(e) => format!("Nothing imported: {}.", record_reason("the file", e)),
        Note::OpenedFile(n) => format!("Opened {} from the file as a preview.", quoted(n)),
        Note::FileNotOpened(e) => format!("Nothing opened: {}. Your own work is unchanged.", record_reason("the file", e)),
        Note::FileNotRead => "The file could not be read.".into(),
        Note::ReportDownloaded => REPORT_DOWNLOADED.into(),
        Note::RecordDownloaded => RECORD_DOWNLOADED.into(),
        Note::PreviewSaved(n) => format!("{} is in your profiles; open it from the Profiles tab.", quoted(n)),
        Note::Adopted => "These answers are now your current work.".into(),
        Note::ChangeKept => "The change is kept.".into(),
        Note::EarlierWorkKept(n) => format!("Your earlier answers were not saved, so they were kept as the profile {}.", quoted(n)),
        Note::NotReplaced(e) => format!("Your current work was not replaced, because it could not be kept first. {}", save_reason(e)),
        Note::NoTeamLinks => {
            "No share link was found in the text. Paste share links from this advisor, one per line (their address contains \u{201c}#s2.\u{201d} or \u{201c}#s1.\u{201d}).".into()
        }
        Note::TeamAdded(a) if a.not_added.is_empty() => format!("Added {} to the team view.", count(a.added, "person", "people")),
        Note::TeamAdded(a) => {
            let list = a.not_added.iter().map(|(shown, why)| format!("{shown}: {}", not_added_reason(why))).collect::<Vec<_>>();
            match a.added {
                0 => format!("Nobody was added to the team view. Not added: {}.", list.join("; ")),
                n => format!("Added {} to the team view. Not added: {}.", count(n, "person", "people"), list.join("; ")),
            }
        }
    }
}

/// The line under the result while a preview differs from the version it
/// was opened with: "Changed from the shared version: 2 answers" (`shared`:
/// a share link or file) or "Changed from the link: 1 answer" (a prefill
/// link). A question whose only change is its importance counts as an
/// importance setting.
pub fn changes_heading(shared: bool, changes: &[Change]) -> String {
    let answers = changes.iter().filter(|c| c.answer.is_some()).count();
    let settings = changes.len() - answers;
    let mut parts = Vec::new();
    if answers > 0 {
        parts.push(count(answers, "answer", "answers"));
    }
    if settings > 0 {
        parts.push(count(settings, "importance setting", "importance settings"));
    }
    let from = if shared { "the shared version" } else { "the link" };
    format!("Changed from {from}: {}", parts.join(" and "))
}

/// One change as a line of that list: the question's short name, then what
/// it was and what it is, e.g. "Team experience: Mostly senior \u{2192} Mixed".
pub fn describe_change(change: &Change) -> String {
    let q = &QUESTIONS[change.question];
    let label = |o: Option<usize>| o.map_or("not answered", |o| q.options[o].label);
    let mut parts = Vec::new();
    if let Some(a) = change.answer {
        let (from, to) = match a {
            AnswerChange::Added(to) => (None, Some(to)),
            AnswerChange::Removed(from) => (Some(from), None),
            AnswerChange::Changed(from, to) => (Some(from), Some(to)),
        };
        parts.push(format!("{} \u{2192} {}", label(from), label(to)));
    }
    if let Some((from, to)) = change.importance {
        parts.push(format!("importance {} \u{2192} {}", from.label(), to.label()));
    }
    format!("{}: {}", q.title, parts.join("; "))
}

/// The accessible name of a change's undo button.
pub fn undo_change_label(change: &Change) -> String {
    format!("Undo the change to {}", QUESTIONS[change.question].title)
}

/// Said beside the share action while the preview differs from the version
/// it was opened with: the link carries the answers on screen.
pub const SHARES_CHANGED_VERSION: &str = "The link shares this version, with your changes, not the one you opened.";

/// The share block's status once the link of a changed preview is copied.
pub const CHANGED_LINK_COPIED: &str = "Link to the changed version copied: anyone who opens it sees your changes and this result.";

/// What the Profiles tab says is on screen: a preview or a trial (not
/// saved), the saved profile the own work belongs to (`own`), or unsaved
/// own work.
pub fn working_on(mode: &Mode, own: &Current) -> String {
    match (mode, &own.profile_id) {
        (Mode::Preview { .. }, _) => "A link preview (not saved)".to_string(),
        (Mode::Trying { .. }, _) => "A what-if trial (not saved)".to_string(),
        (Mode::Own, Some(_)) => quoted(&own.name),
        (Mode::Own, None) => "Unsaved work (autosaved in this browser)".to_string(),
    }
}

/// What the own work has that its saved profile does not: the questions
/// changed since it was saved, or that the profile is gone; `None` when
/// there is nothing to say.
pub fn saved_detail(state: &SavedState) -> Option<String> {
    match state {
        SavedState::Changed(qs) => {
            let titles: Vec<&str> = qs.iter().map(|&q| QUESTIONS[q].title).collect();
            Some(format!("Changed since it was saved ({}): {}.", count(qs.len(), "question", "questions"), titles.join(", ")))
        }
        SavedState::Gone => Some("This profile is no longer among the saved ones; save it again or as a new profile.".to_string()),
        _ => None,
    }
}

/// What is wrong with a share link and what to do about it, as a clause
/// for the user: "the link is too short: it was probably cut off when it
/// was copied".
pub fn link_problem(e: &ShareError) -> String {
    match e.kind() {
        ShareErrorKind::UnknownVersion(v) => {
            format!("this link was made by a newer or unknown version of the advisor (\"{v}\"); update the page or ask for a new link")
        }
        ShareErrorKind::NotBase64 => "the link contains characters a share link never has; it may have been cut or edited".into(),
        ShareErrorKind::Truncated => "the link is too short: it was probably cut off when it was copied".into(),
        ShareErrorKind::TooLong => "the link is longer than any share link; it may have been edited".into(),
        ShareErrorKind::Checksum => "the link's checksum does not match: it was changed or damaged after it was made".into(),
        ShareErrorKind::OutOfRange(q) => format!("the link gives an answer that does not exist for the question \"{q}\""),
        ShareErrorKind::Padding => "the link has unexpected data at the end of its answers".into(),
        ShareErrorKind::BadName => "the profile name in the link is not valid text".into(),
        ShareErrorKind::NotAShareLink => {
            "this is not a share link of the advisor (those end in #s2. or #s1. followed by letters and digits)".into()
        }
    }
}

/// Why a pasted link was not added to the team view, as a clause for the user.
fn not_added_reason(why: &NotAdded) -> String {
    match why {
        NotAdded::Full => format!("the team view holds at most {MAX_TEAM} people"),
        NotAdded::Link(e) => link_problem(e),
    }
}

/// Under the comparison of two profiles: how many answers differ, out of
/// `total` questions.
pub fn answers_differ(n: usize, total: usize) -> String {
    match n {
        0 => "No answer differs.".to_string(),
        n => format!("Answers differ on {n} of the {total} questions."),
    }
}

/// The disagreements tab's count of the user's answers that touch a
/// disagreement between the articles.
pub fn answers_touching_disagreements(n: usize) -> String {
    match n {
        0 => "None of your answers touches a disagreement yet.".to_string(),
        1 => "1 of your answers touches a disagreement.".to_string(),
        n => format!("{n} of your answers touch a disagreement."),
    }
}

/// "Start from your code": the reader failed on the files, with its reason
/// (a short fragment).
pub fn files_not_read(reason: &str) -> String {
    format!("The files could not be read ({reason}).")
}

/// "Start from your code": `n` suggested answers were applied.
pub fn suggestions_applied(n: usize) -> String {
    format!("Applied {}. They are saved like any answer you pick yourself.", count(n, "answer", "answers"))
}

/// The theme was applied but could not be remembered; `reason` is a
/// [`StoreError`] fragment.
pub fn theme_not_kept(reason: &StoreError) -> String {
    format!("This choice holds until you leave the page: {reason}.")
}

/// Above the table of what moved the scores between two profiles, named
/// `left` and `right`.
pub fn moved_hint(left: &str, right: &str) -> String {
    format!("The points each question gives in \u{201c}{left}\u{201d}, then (\u{2192}) in \u{201c}{right}\u{201d}, and how they changed, largest change first.")
}
