//! The browser side of the session: one signal of the plain
//! [`crate::session::Session`] (the answers on screen, own work, previews,
//! trials, saved profiles, the team view, messages), read-only memos of its
//! parts for the panels, and [`Session::dispatch`], the one function that
//! changes it: it applies an [`Action`] ([`plain::Session::apply`]) and
//! carries out the [`Effect`]s it returns (the address, storage, a download,
//! the team tab). Window listeners only turn the outside world's events
//! (another tab, a pasted link, the page being hidden) into actions.

use leptos::prelude::*;

use super::address;
use super::persist::{self, now, salt, with_store};
use super::tabs::TabId;
use crate::codec::profile::Current;
use crate::codec::share;
use crate::engine::Answers;
use crate::prefill::Skipped;
use crate::session::{self as plain, Action, CodeFindings, Effect, Message};
use crate::storage::{Library, StoreError, CURRENT_KEY, PREFIX};
use crate::team::TeamMember;

pub use crate::session::Mode;

/// Session state shared through context: one signal of the plain session
/// and memos of its parts.
#[derive(Clone, Copy)]
pub struct Session {
    /// The plain session; change it only through [`Session::dispatch`].
    pub state: RwSignal<plain::Session>,
    /// The answers on screen.
    pub shown: Memo<Answers>,
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
    pub skipped: Memo<Vec<Skipped>>,
    /// The people in the team view.
    pub team: Memo<Vec<TeamMember>>,
    /// What the user's dependency files showed, once applied.
    pub code: Memo<CodeFindings>,
    /// The active tab in the results column (the team view opens for a team link).
    tab: RwSignal<TabId>,
}

impl Session {
    /// Applies `action` and carries out its effects. Returns false when the
    /// action failed or did not apply (the messages say why).
    pub fn dispatch(&self, action: Action) -> bool {
        let applied = with_store(|st| self.state.try_update(|s| s.apply(action, st, now(), salt()))).unwrap_or_default();
        self.carry_out(applied.effects);
        applied.done
    }

    /// Carries out effects in order (see [`Effect`]).
    fn carry_out(&self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::ClearLink => address::clear_link(),
                Effect::Address(a) => address::show(&a),
                Effect::KeepLinkOrigin(origin) => persist::keep_link_origin(origin.as_ref()),
                Effect::ShowTeam => self.tab.set(TabId::Team),
                Effect::FlushLater => {
                    let this = *self;
                    super::dom::after_paint(move || this.flush());
                }
                Effect::Download { file_name, mime, text } => super::dom::download(file_name, mime, &text),
            }
        }
    }

    /// Writes the own work if a change is not written yet. Panels are told
    /// only when the messages changed (a write is not a change they show).
    fn flush(&self) {
        let changed = with_store(|st| self.state.try_update_untracked(|s| s.apply(Action::Flush, st, now(), salt()).done));
        if changed.unwrap_or(false) {
            self.state.notify();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The session and the tab a native render starts with
    /// (`super::prerender_with`, `super::prerender_visit`).
    pub(super) static PRERENDER_START: std::cell::RefCell<(plain::Session, TabId)> =
        std::cell::RefCell::new((plain::Session::showing(Answers::new()), TabId::Why));
}

/// The session of the first render, the same on the server and in the
/// browser's first render: no storage read, no link, no answers (a native
/// render may start elsewhere: `super::prerender_with`,
/// `super::prerender_visit`). The browser's state is
/// applied right after the mount by [`restore`]. `tab` is the results
/// column's active tab.
pub fn start(tab: RwSignal<TabId>) -> Session {
    #[cfg(not(target_arch = "wasm32"))]
    let initial = PRERENDER_START.with(|start| {
        let (session, first_tab) = start.borrow().clone();
        tab.set(first_tab);
        session
    });
    #[cfg(target_arch = "wasm32")]
    let initial = plain::Session::showing(Answers::new());
    let state = RwSignal::new(initial);
    Session {
        state,
        shown: Memo::new(move |_| state.with(|s| s.shown().clone())),
        mode: Memo::new(move |_| state.with(|s| s.mode().clone())),
        meta: Memo::new(move |_| state.with(plain::Session::identity)),
        library: Memo::new(move |_| state.with(|s| s.library().clone())),
        memory_only: Memo::new(move |_| state.with(|s| s.memory_only().cloned())),
        messages: Memo::new(move |_| state.with(|s| s.messages().to_vec())),
        skipped: Memo::new(move |_| state.with(|s| s.skipped().to_vec())),
        team: Memo::new(move |_| state.with(|s| s.team().to_vec())),
        code: Memo::new(move |_| state.with(|s| s.code().clone())),
        tab,
    }
}

/// Browser only, right after the mount (before any effect runs): opens
/// storage and reads the visit ([`crate::visit::open`]: the user's work,
/// the page's link) into the session, and carries out what it asks (see
/// [`plain::Session::from_visit`]). A share link that this tab wrote for an
/// edited preview (see [`address`]) opens with the version it was first
/// opened with, so its changes are still listed.
pub fn restore(session: Session) {
    let memory_only = persist::open();
    let query = super::url::query_pairs();
    let kept = persist::kept_link_origin();
    let visit = with_store(|st| crate::visit::open(st, memory_only, now(), &query, &address::fragment(), kept.as_ref()));
    let (state, effects) = plain::Session::from_visit(visit);
    session.state.set(state);
    session.carry_out(effects);
}

/// Opens share and team links pasted into the address bar of an open page
/// (a fragment change does not reload the page). The listener lives as long
/// as the calling component.
pub fn follow_hash(session: Session) {
    let handle = window_event_listener_untyped("hashchange", move |_| {
        let fragment = address::fragment();
        if fragment.starts_with(share::TEAM_PREFIX) {
            session.dispatch(Action::AddTeamLinks { text: fragment, from_address: true });
        } else if share::is_share_fragment(&fragment) {
            session.dispatch(Action::OpenLink(fragment));
        }
    });
    on_cleanup(move || handle.remove());
}

/// Writes a change to the own work not written yet when the page is hidden
/// or left (`visibilitychange`, `pagehide`): autosave otherwise writes after
/// the next paint ([`Effect::FlushLater`]).
pub fn flush_when_hidden(session: Session) {
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            session.flush();
        }
    });
    let leaving = window_event_listener_untyped("pagehide", move |_| session.flush());
    on_cleanup(move || {
        hidden.remove();
        leaving.remove();
    });
}

/// Follows other tabs: a change to saved profiles reloads the list; a change
/// to the autosaved work becomes the own work, and shows up here while the
/// user is on it. The listener lives as long as the calling component.
pub fn follow_other_tabs(session: Session) {
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| match ev.key() {
        None => {
            session.dispatch(Action::ReloadLibrary);
        }
        Some(key) if key == CURRENT_KEY => {
            if let Some(raw) = ev.new_value() {
                session.dispatch(Action::OtherTabCurrent(raw));
            }
        }
        Some(key) if key.starts_with(PREFIX) => {
            session.dispatch(Action::ReloadLibrary);
        }
        Some(_) => {}
    });
    on_cleanup(move || handle.remove());
}

/// The assessment on screen as an export file: the own work carries its
/// profile's id and revision; a preview carries its own identity, never
/// the user's profile's.
pub fn export_current_json(session: Session) -> String {
    session.state.with_untracked(|s| s.export_json(s.shown(), now(), salt()))
}
