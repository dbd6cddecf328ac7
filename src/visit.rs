//! How a visit opens: the page's address (a share link, a team link, a
//! readable prefill query, or nothing) and the work saved in the browser,
//! read into the answers to show. One function, [`open`], used by both the
//! app (`ui::session::restore`, on the browser's localStorage) and the small
//! first-answer module (`src/bin/early_scoring.rs`, on a copy of the same
//! entries), so that what the early page shows is what the app shows.
//!
//! No web dependency: the store is any [`KeyValue`], the address comes as
//! its decoded query pairs and its fragment.

use crate::codec::share;
use crate::engine::Answers;
use crate::prefill::{self, Skipped};
use crate::session::{LinkOrigin, Mode, Note, Session};
use crate::storage::{KeyValue, StoreError};
use crate::team::{self, TeamMember};

/// What a visit opens with.
#[derive(Clone, Debug)]
pub struct Visit {
    /// The session: the own work and saved profiles read, and a preview
    /// entered for a share or prefill link.
    pub session: Session,
    /// The answers to show first.
    pub shown: Answers,
    /// The people a team link put in the team view (empty otherwise).
    pub team: Vec<TeamMember>,
    /// The parameters of a prefill link that were skipped.
    pub skipped: Vec<Skipped>,
    /// True when the link must be removed from the address: a team link
    /// (read once), or a share link that could not be read (said in the
    /// session's messages).
    pub clear_link: bool,
}

impl Visit {
    /// True when the visit opens the team view (a team link with people).
    pub fn opens_team(&self) -> bool {
        !self.team.is_empty()
    }

    /// True when the first-answer module can show the visit as the app
    /// will: nothing on the first screen needs more than the questions, the
    /// notices, the result and, for a team link, the team view with the
    /// message saying who was added ([`crate::team_html`]). So no other
    /// message to say (an unreadable record, a bad link, storage blocked)
    /// and no list of changes to an edited preview (under the result). The
    /// app shows the others.
    pub fn early_screen(&self) -> bool {
        let team = self.opens_team();
        self.session.messages().len() == usize::from(team) && (team || !self.clear_link) && self.session.changes(&self.shown).is_empty()
    }
}

/// Opens a visit: reads the own work and the saved profiles from `store`
/// (see [`Session::restore`]), then the address: a team link (`fragment`
/// starting with [`share::TEAM_PREFIX`]) adds its people to the team view; a
/// share link is opened as a preview (a bad one is said and the own work
/// shown); otherwise a query with any parameter is a prefill link, opened
/// as a preview, its unknown parameters listed in [`Visit::skipped`].
///
/// `memory_only` is why the store lives only in memory, if it does; `now`
/// is the time in milliseconds since the Unix epoch (names records set
/// aside); `query` the decoded query pairs in order; `fragment` the
/// fragment without its `#`; `kept` the tab's [`LinkOrigin`] (session
/// storage), with which an edited preview reloaded remembers the version it
/// was first opened with ([`Session::reopen_link`]).
pub fn open(
    store: &mut impl KeyValue,
    memory_only: Option<StoreError>,
    now: u64,
    query: &[(String, String)],
    fragment: &str,
    kept: Option<&LinkOrigin>,
) -> Visit {
    let mut session = Session::new(memory_only);
    let own = session.restore(store, now);
    let mut visit = Visit { session, shown: own.clone(), team: Vec::new(), skipped: Vec::new(), clear_link: false };
    if fragment.starts_with(share::TEAM_PREFIX) {
        visit.session.note(add_team_links(&mut visit.team, fragment));
        visit.clear_link = true;
    } else if share::is_share_fragment(fragment) {
        match visit.session.reopen_link(&own, fragment, kept) {
            Some(a) => visit.shown = a,
            None => visit.clear_link = true,
        }
    } else if !query.is_empty() {
        let mut prefilled = Answers::new();
        visit.skipped = prefill::apply(&mut prefilled, query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        visit.shown = visit.session.open_prefill(&own, prefilled);
    }
    visit
}

/// Adds the share links in `text` (a team link, pasted links) to `team`
/// ([`team::add_links`]) and returns what to say about it.
pub fn add_team_links(team: &mut Vec<TeamMember>, text: &str) -> Note {
    match team::add_links(team, text) {
        None => Note::NoTeamLinks,
        Some(added) => Note::TeamAdded(added),
    }
}

/// The preview a visit opened, if any: `(name, shared)` as in
/// [`Mode::Preview`].
pub fn preview(visit: &Visit) -> Option<(&str, bool)> {
    match visit.session.mode() {
        Mode::Preview { name, shared, .. } => Some((name.as_str(), *shared)),
        _ => None,
    }
}
