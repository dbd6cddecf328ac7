//! How a visit opens (src/visit.rs), the one function the app and the
//! first-answer module both call: what each kind of entry shows, and when
//! the first screen may show it before the app (only a visit with nothing
//! else to say).

mod common;

use django_flask_advisor::codec::profile::{current_to_json, Current};
use django_flask_advisor::codec::share;
use django_flask_advisor::engine::{Answers, Importance};
use django_flask_advisor::knowledge::question_index;
use django_flask_advisor::prefill;
use django_flask_advisor::session::Mode;
use django_flask_advisor::storage::{MemoryStore, StoreError, CURRENT_KEY};
use django_flask_advisor::visit::{self, Visit};
use proptest::prelude::*;

fn own() -> Answers {
    let mut a = Answers::new().with("app_type", "api_backend").with("team_seniority", "mostly_senior");
    a.set_importance(question_index("app_type").unwrap(), Importance::High);
    a
}

fn store_with(answers: &Answers) -> MemoryStore {
    let mut store = MemoryStore::default();
    let c = Current { answers: answers.clone(), ..Current::default() };
    store.map.insert(CURRENT_KEY.to_string(), current_to_json(&c));
    store
}

fn open(store: &mut MemoryStore, query: &[(&str, &str)], fragment: &str) -> Visit {
    let query: Vec<(String, String)> = query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    visit::open(store, None, 1_700_000_000_000, &query, fragment, None)
}

#[test]
fn a_returning_visit_shows_the_saved_work() {
    let v = open(&mut store_with(&own()), &[], "");
    assert_eq!(v.shown, own());
    assert_eq!(v.session.mode(), &Mode::Own);
    assert!(v.early_screen());
}

#[test]
fn a_share_link_is_a_preview_and_keeps_the_own_work_aside() {
    let shared = Answers::new().with("app_type", "full_stack_product");
    let fragment = share::encode(&shared, "Team A");
    let v = open(&mut store_with(&own()), &[], &fragment);
    assert_eq!(v.shown, shared);
    assert_eq!(visit::preview(&v), Some(("Team A", true)));
    assert_eq!(v.session.own_work(&v.shown), own(), "the own work is kept aside");
    assert!(v.early_screen());
}

#[test]
fn an_edited_preview_reloaded_lists_its_changes_and_is_left_to_the_app() {
    use django_flask_advisor::session::LinkOrigin;
    let opened = Answers::new().with("app_type", "full_stack_product");
    let edited = opened.clone().with("team_seniority", "mostly_junior");
    let shown = share::encode(&edited, "Team A");
    let kept = LinkOrigin { shared: true, origin: share::encode(&opened, "Team A"), shown: shown.clone() };
    let query: Vec<(String, String)> = Vec::new();
    let v = visit::open(&mut MemoryStore::default(), None, 0, &query, &shown, Some(&kept));
    assert_eq!(v.shown, edited);
    assert_eq!(v.session.changes(&v.shown).len(), 1);
    assert!(!v.early_screen(), "the list of changes is the app's to show");
    // Kept for another link: ignored, nothing listed, shown early.
    let other = LinkOrigin { shown: "s2.other".into(), ..kept };
    let v = visit::open(&mut MemoryStore::default(), None, 0, &query, &shown, Some(&other));
    assert!(v.session.changes(&v.shown).is_empty());
    assert!(v.early_screen());
}

#[test]
fn a_prefill_link_lists_what_it_skipped() {
    let v = open(&mut MemoryStore::default(), &[("app_type", "full_stack_product"), ("nope", "1")], "");
    assert_eq!(v.shown, Answers::new().with("app_type", "full_stack_product"));
    assert_eq!(visit::preview(&v), Some(("", false)));
    assert_eq!(v.skipped.len(), 1);
    assert_eq!(v.skipped[0].name, "nope");
    assert!(v.early_screen(), "a skipped parameter is shown by the notice, not a message");
}

#[test]
fn a_bad_share_link_is_said_and_cleared() {
    let v = open(&mut store_with(&own()), &[], "s2.not-a-link");
    assert_eq!(v.shown, own());
    assert!(v.clear_link);
    assert!(!v.early_screen(), "the message is the app's to show");
}

#[test]
fn a_team_link_opens_the_team_view() {
    let a = Answers::new().with("app_type", "api_backend");
    let b = Answers::new().with("app_type", "full_stack_product");
    let fragment = share::encode_team([(&a, "Ann"), (&b, "Bo")]);
    let v = open(&mut MemoryStore::default(), &[], &fragment);
    assert!(v.opens_team());
    assert_eq!(v.team.len(), 2);
    assert!(v.clear_link);
    assert!(v.early_screen(), "the team view and the message saying who was added are on the first screen");
    assert_eq!(v.session.messages().len(), 1);
}

#[test]
fn a_team_link_with_another_message_is_left_to_the_app() {
    let a = Answers::new().with("app_type", "api_backend");
    let fragment = share::encode_team([(&a, "Ann")]);
    let v = visit::open(&mut MemoryStore::default(), Some(StoreError::Unavailable), 0, &[], &fragment, None);
    assert!(v.opens_team());
    assert!(!v.early_screen(), "storage blocked is the app's to say");
}

#[test]
fn a_team_link_with_nobody_readable_is_left_to_the_app() {
    let v = open(&mut MemoryStore::default(), &[], "team.s2.garbled");
    assert!(!v.opens_team());
    assert!(!v.early_screen());
}

#[test]
fn an_unreadable_autosave_is_left_to_the_app() {
    let mut store = MemoryStore::default();
    store.map.insert(CURRENT_KEY.to_string(), "{not json".to_string());
    let v = open(&mut store, &[], "");
    assert_eq!(v.shown, Answers::new());
    assert!(!v.early_screen());
    // The record itself is never modified.
    assert_eq!(store.map.get(CURRENT_KEY).map(String::as_str), Some("{not json"));
}

#[test]
fn storage_that_cannot_be_read_is_said() {
    let mut store = MemoryStore::default();
    let v = visit::open(&mut store, Some(StoreError::Unavailable), 0, &[], "", None);
    assert!(!v.early_screen());
}

proptest! {
    /// A prefill query made from some answers (`prefill::query`) reads back
    /// into the same answers.
    #[test]
    fn the_prefill_query_reads_back(answers in common::arb_answers()) {
        let q = prefill::query(&answers);
        let mut back = Answers::new();
        let skipped = prefill::apply(&mut back, q.split('&').filter_map(|p| p.split_once('=')));
        prop_assert!(skipped.is_empty());
        prop_assert_eq!(back, answers);
    }

    /// A share link opens the answers it carries, whatever is saved.
    #[test]
    fn a_share_link_shows_its_answers(shared in common::arb_answers(), saved in common::arb_answers()) {
        let v = open(&mut store_with(&saved), &[], &share::encode(&shared, "x"));
        prop_assert_eq!(&v.shown, &shared);
        prop_assert_eq!(v.session.own_work(&v.shown), saved);
    }
}

#[test]
fn the_banner_shows_a_link_name_as_text() {
    use django_flask_advisor::notices_html::{prefill_notice, preview_banner};
    use django_flask_advisor::prefill::Skipped;
    let name = r#"<img src=q onerror="window.__xss=7">"#;
    let html = preview_banner(name, true, false);
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img src=q onerror=&quot;window.__xss=7&quot;&gt;"), "{html}");
    let skipped = [Skipped { name: "<script>".into(), value: "\"x\"".into(), reason: "<b>no</b>".into() }];
    let html = prefill_notice(&skipped);
    assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
}
