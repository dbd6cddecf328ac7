//! The session's one entry point, [`Session::apply`]: each action's effect
//! on what is on screen and the effects the UI is asked to carry out (the
//! address, the link's origin, autosave, the team view, a download), and
//! "nothing is lost" over random sequences of actions.

use django_flask_advisor::codec::share::{encode, encode_team};
use django_flask_advisor::engine::{Answers, Importance};
use django_flask_advisor::knowledge::QUESTIONS;
use django_flask_advisor::session::*;
use django_flask_advisor::storage::{MemoryStore, CURRENT_KEY};
use django_flask_advisor::visit;
use proptest::prelude::*;

fn a(q: &str, o: &str) -> Answers {
    Answers::new().with(q, o)
}

fn q(id: &str) -> usize {
    QUESTIONS.iter().position(|x| x.id == id).unwrap()
}

fn o(qid: &str, opt: &str) -> usize {
    QUESTIONS[q(qid)].option_index(opt).unwrap()
}

/// A session opened on `store` with no link, as a first visit opens.
fn opened(store: &mut MemoryStore) -> Session {
    Session::from_visit(visit::open(store, None, 1, &[], "", None)).0
}

fn run(s: &mut Session, store: &mut MemoryStore, action: Action) -> Applied {
    s.apply(action, store, 10, 7)
}

#[test]
fn an_answer_on_the_own_work_is_shown_and_autosaved_after_the_paint() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    let applied = run(&mut s, &mut store, Action::Choose { question: q("app_type"), option: Some(o("app_type", "api_backend")) });
    assert!(applied.done);
    assert!(s.shown().is("app_type", "api_backend"));
    assert!(applied.effects.contains(&Effect::FlushLater), "{:?}", applied.effects);
    assert!(!applied.effects.iter().any(|e| matches!(e, Effect::Address(_))), "the own work never touches the address");
    // Nothing is written until the flush.
    assert!(!store.map.contains_key(CURRENT_KEY));
    run(&mut s, &mut store, Action::Flush);
    assert!(store.map[CURRENT_KEY].contains("api_backend"));
}

#[test]
fn a_change_that_changes_nothing_asks_for_nothing() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    let applied = run(&mut s, &mut store, Action::Dismiss(99));
    assert!(applied.effects.is_empty(), "{:?}", applied.effects);
}

#[test]
fn an_edit_of_a_shared_link_rewrites_the_address_and_keeps_its_origin() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    let theirs = a("app_type", "content_platform");
    let link = encode(&theirs, "Theirs");
    let opened = run(&mut s, &mut store, Action::OpenLink(link.clone()));
    assert!(opened.done);
    assert_eq!(s.shown(), &theirs);
    let applied = run(&mut s, &mut store, Action::Weigh { question: q("app_type"), importance: Importance::High });
    let edited = s.shown().clone();
    assert!(applied.effects.contains(&Effect::Address(Address::Shown(encode(&edited, "Theirs")))), "{:?}", applied.effects);
    let origin = applied.effects.iter().find_map(|e| match e {
        Effect::KeepLinkOrigin(Some(o)) => Some(o.clone()),
        _ => None,
    });
    assert_eq!(origin.map(|o| o.origin), Some(link));
    assert_eq!(s.changes(s.shown()).len(), 1);
    // Undo puts the shared version back, and the address with it.
    let undone = run(&mut s, &mut store, Action::Undo(Some(q("app_type"))));
    assert_eq!(s.shown(), &theirs);
    assert!(undone.effects.contains(&Effect::Address(Address::Shown(encode(&theirs, "Theirs")))));
}

#[test]
fn back_to_own_clears_the_link_and_shows_the_own_work() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    run(&mut s, &mut store, Action::Choose { question: q("app_type"), option: Some(o("app_type", "api_backend")) });
    run(&mut s, &mut store, Action::OpenLink(encode(&a("app_type", "content_platform"), "X")));
    let back = run(&mut s, &mut store, Action::BackToOwn);
    assert!(s.shown().is("app_type", "api_backend"));
    assert_eq!(back.effects.first(), Some(&Effect::ClearLink));
    assert!(back.effects.contains(&Effect::Address(Address::Own)));
    assert!(back.effects.contains(&Effect::KeepLinkOrigin(None)));
}

#[test]
fn a_bad_link_is_said_removed_and_changes_nothing_on_screen() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    run(&mut s, &mut store, Action::Choose { question: q("app_type"), option: Some(o("app_type", "api_backend")) });
    let applied = run(&mut s, &mut store, Action::OpenLink("s1.broken".into()));
    assert!(!applied.done);
    assert_eq!(applied.effects, vec![Effect::ClearLink]);
    assert!(s.shown().is("app_type", "api_backend"));
    assert_eq!(s.messages().len(), 1);
}

#[test]
fn a_team_link_in_the_address_is_read_once_and_opens_the_team_view() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    let one = a("app_type", "api_backend");
    let two = a("app_type", "content_platform");
    let fragment = encode_team([(&one, "Ann"), (&two, "Bo")]);
    let applied = run(&mut s, &mut store, Action::AddTeamLinks { text: fragment, from_address: true });
    assert_eq!(applied.effects, vec![Effect::ClearLink, Effect::ShowTeam]);
    assert_eq!(s.team().len(), 2);
    // Pasted into the team view: no address change, no tab change.
    let pasted = run(&mut s, &mut store, Action::AddTeamLinks { text: encode(&one, "Cy"), from_address: false });
    assert!(pasted.effects.is_empty());
    run(&mut s, &mut store, Action::TeamAddYou);
    assert_eq!(s.team().len(), 4);
    let you = s.team().last().unwrap().key.clone();
    run(&mut s, &mut store, Action::TeamRemove(you));
    assert_eq!(s.team().len(), 3);
    run(&mut s, &mut store, Action::TeamClear);
    assert!(s.team().is_empty());
}

#[test]
fn a_team_link_visit_asks_for_the_team_view_and_a_clean_address() {
    let mut store = MemoryStore::default();
    let one = a("app_type", "api_backend");
    let fragment = encode_team([(&one, "Ann"), (&one, "Bo")]);
    let (s, effects) = Session::from_visit(visit::open(&mut store, None, 1, &[], &fragment, None));
    assert_eq!(&effects[..2], &[Effect::ClearLink, Effect::ShowTeam]);
    assert_eq!(s.team().len(), 2);
}

#[test]
fn export_all_asks_for_a_download_of_every_profile() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    run(&mut s, &mut store, Action::SaveNew { answers: a("app_type", "api_backend"), name: "One".into() });
    let applied = run(&mut s, &mut store, Action::ExportAll);
    match applied.effects.as_slice() {
        [Effect::Download { file_name, mime, text }] => {
            assert_eq!(*file_name, EXPORT_ALL_FILE);
            assert_eq!(*mime, "application/json");
            assert!(text.contains("\"One\""));
        }
        other => panic!("{other:?}"),
    }
}

/// "Autosave failed" stays until a write works, and while it is shown any
/// click tries the write again, even one that changes nothing.
#[test]
fn while_the_autosave_fails_any_click_tries_it_again() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    store.quota = Some(0);
    run(&mut s, &mut store, Action::Choose { question: q("app_type"), option: Some(o("app_type", "api_backend")) });
    run(&mut s, &mut store, Action::Flush);
    let failing = |s: &Session| s.messages().iter().any(|m| m.condition == Some(Condition::Autosave));
    assert!(failing(&s));
    // Still full: a click that changes nothing tries, fails, and says it once.
    let applied = run(&mut s, &mut store, Action::Dismiss(99));
    assert!(applied.effects.contains(&Effect::FlushLater), "{:?}", applied.effects);
    run(&mut s, &mut store, Action::Flush);
    assert_eq!(s.messages().iter().filter(|m| m.condition == Some(Condition::Autosave)).count(), 1);
    // Room again: the next click's write works and the message goes.
    store.quota = None;
    let applied = run(&mut s, &mut store, Action::Dismiss(99));
    assert!(applied.effects.contains(&Effect::FlushLater), "{:?}", applied.effects);
    run(&mut s, &mut store, Action::Flush);
    assert!(store.map[CURRENT_KEY].contains("api_backend"));
    assert!(!failing(&s));
    // Once it works, a click that changes nothing asks for nothing again.
    assert!(run(&mut s, &mut store, Action::Dismiss(99)).effects.is_empty());
}

#[test]
fn a_failed_adoption_keeps_the_preview_and_says_why() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    run(&mut s, &mut store, Action::Choose { question: q("app_type"), option: Some(o("app_type", "api_backend")) });
    run(&mut s, &mut store, Action::Flush);
    run(&mut s, &mut store, Action::OpenLink(encode(&a("app_type", "content_platform"), "X")));
    store.quota = Some(0);
    let applied = run(&mut s, &mut store, Action::AdoptPreview);
    assert!(!applied.done);
    assert!(!applied.effects.contains(&Effect::ClearLink));
    assert!(matches!(s.mode(), Mode::Preview { .. }));
    assert!(s.shown().is("app_type", "content_platform"));
}

fn action() -> impl Strategy<Value = Action> {
    let n = QUESTIONS.len();
    prop_oneof![
        (0..n, 0..3usize).prop_map(|(q, k)| Action::Choose { question: q, option: (k < QUESTIONS[q].options.len()).then_some(k) }),
        (0..n, 0..4usize).prop_map(|(q, i)| Action::Weigh { question: q, importance: Importance::ALL[i] }),
        Just(Action::ClearAll),
        Just(Action::OpenLink(encode(&Answers::new().with("app_type", "content_platform"), "Theirs"))),
        Just(Action::OpenLink("s1.broken".into())),
        Just(Action::BackToOwn),
        Just(Action::Try { what: "a change".into(), trial: Answers::new().with("team_seniority", "mostly_junior") }),
        any::<bool>().prop_map(|keep| Action::EndTrial { keep }),
        Just(Action::AdoptPreview),
        Just(Action::SaveAs("Mine".into())),
        Just(Action::SaveExisting),
        Just(Action::Undo(None)),
        Just(Action::Flush),
    ]
}

proptest! {
    /// Whatever the user does, the own work is never lost: after any
    /// sequence of actions, going back to the own work shows either the
    /// own work as last edited on screen or a saved profile holding it.
    #[test]
    fn the_own_work_survives_any_sequence(actions in prop::collection::vec(action(), 1..25)) {
        let mut store = MemoryStore::default();
        let mut s = opened(&mut store);
        let mut own = s.shown().clone();
        for act in actions {
            let adopting = matches!(act, Action::AdoptPreview);
            let before_mode = s.mode().clone();
            let applied = run(&mut s, &mut store, act);
            if adopting && applied.done {
                // The preview became the own work; the earlier one is a profile.
                let kept = own == Answers::new() || s.library().profiles.iter().any(|p| p.answers == own);
                prop_assert!(kept, "the replaced own work was kept as a profile");
                own = s.shown().clone();
            } else if *s.mode() == Mode::Own && before_mode == Mode::Own {
                own = s.shown().clone();
            } else if *s.mode() == Mode::Own {
                // Back from a preview or trial (or a trial kept).
                prop_assert!(*s.shown() == own || matches!(before_mode, Mode::Trying { .. }), "back shows the own work");
                own = s.shown().clone();
            }
            // The address effect always matches what is on screen.
            for e in &applied.effects {
                if let Effect::Address(Address::Shown(f)) = e {
                    prop_assert_eq!(f, &encode(s.shown(), &s.mode().link_name(s.own_meta())));
                }
            }
        }
        run(&mut s, &mut store, Action::BackToOwn);
        let shown = s.shown().clone();
        prop_assert_eq!(&shown, &own);
        // Autosave holds it once flushed.
        run(&mut s, &mut store, Action::Flush);
        let stored = store.map.get(CURRENT_KEY).map(|raw| django_flask_advisor::codec::profile::current_from_json(raw).unwrap().value.answers);
        prop_assert!(own == Answers::new() || stored == Some(own));
    }
}

#[test]
fn applying_from_code_keeps_what_the_files_showed() {
    let mut store = MemoryStore::default();
    let mut s = opened(&mut store);
    let found = CodeFindings { present: vec![("auth".into(), vec!["flask-login".into()])], frameworks: Vec::new() };
    let applied = run(
        &mut s,
        &mut store,
        Action::ApplyFromCode {
            answers: vec![("existing_codebase".into(), "existing_flask".into()), ("nope".into(), "x".into())],
            found: found.clone(),
        },
    );
    assert!(applied.done);
    assert!(s.shown().is("existing_codebase", "existing_flask"));
    assert_eq!(s.code(), &found);
    assert!(applied.effects.contains(&Effect::FlushLater));
}
