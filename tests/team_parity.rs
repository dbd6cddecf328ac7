//! A team link shown before the app has loaded is what the app shows: the
//! Team tab's panel and the messages, rendered natively with Leptos
//! (`ui::prerender_visit`, the `prerender` feature) for a visit opened by a
//! team link, hold exactly the markup that `team_html` gives the
//! first-answer module (`src/bin/early_parts/visit.rs`) for the same visit,
//! so that a change to one side that the other does not follow fails here,
//! not only in the end-to-end test (`tests/e2e/early_entries.test.mjs`).
//!
//! Built with the prerender profile and feature, as `tests/result_parity.rs`.
#![cfg(feature = "prerender")]

mod common;

use common::markup::{inner, inner_with, sorted_attributes, without_comments};
use django_flask_advisor::codec::profile::Profile;
use django_flask_advisor::codec::share;
use django_flask_advisor::engine::Answers;
use django_flask_advisor::storage::{save_profile, MemoryStore};
use django_flask_advisor::{team_html, ui, visit};
use proptest::prelude::*;

const NOW: u64 = 1_700_000_000_000;

/// Opens a team link of `members` (answers, name), followed by `extra`
/// (more of the link, e.g. a member that cannot be read), in a browser
/// holding `profiles` (names, answers) and compares the two renders.
fn check(members: &[(Answers, String)], extra: &str, profiles: &[(String, Answers)]) -> Result<(), TestCaseError> {
    let mut store = MemoryStore::default();
    for (i, (name, answers)) in profiles.iter().enumerate() {
        let p = Profile { id: format!("p{i}"), name: name.clone(), saved_at: NOW, rev: 0, answers: answers.clone() };
        save_profile(&mut store, &p, None, NOW).expect("saved");
    }
    let fragment = share::encode_team(members.iter().map(|(a, n)| (a, n.as_str()))) + extra;
    let v = visit::open(&mut store, None, NOW, &[], &fragment, None);
    prop_assert!(v.early_screen(), "a readable team link is shown early");
    let page = without_comments(&ui::prerender_visit(v.clone()));
    let same = |html: &str| sorted_attributes(html);
    let panel = inner_with(&page, "div", "id=\"panel-team\"").expect("the team panel");
    prop_assert_eq!(same(&panel), same(&team_html::panel(&v.team, &v.session.library().profiles)), "the team panel");
    // The first-answer module puts the messages in place of everything in
    // the notices (src/bin/early_parts/visit.rs, show_visit).
    let notices = inner(&page, "div", "notices").expect("the notices");
    prop_assert_eq!(same(&notices), same(&team_html::messages(v.session.messages())), "the notices");
    prop_assert!(
        page.contains("id=\"tab-team\"") && same(&page).contains("aria-selected=\"true\" class=\"active\" id=\"tab-team\""),
        "the team tab is open"
    );
    Ok(())
}

#[test]
fn two_colleagues_and_a_saved_profile() {
    let a = Answers::new().with("app_type", "api_backend");
    let b = Answers::new().with("app_type", "full_stack_product").with("admin_backoffice", "business_backoffice");
    check(&[(a.clone(), "Ann <b>&".into()), (b, String::new())], "", &[("Billing \"v2\"".into(), a)]).unwrap();
}

#[test]
fn a_member_that_cannot_be_read_is_said_with_the_others() {
    let a = Answers::new().with("app_type", "api_backend");
    check(&[(a, "Ann".into())], "~s2.garbled<x>", &[]).unwrap();
}

fn arb_name() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[A-Za-z <>&\"']{1,12}"]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any team of one to four people, with or without saved profiles.
    #[test]
    fn the_team_panel_is_team_html(
        members in proptest::collection::vec((common::arb_answers(), arb_name()), 1..=4),
        profiles in proptest::collection::vec(("[A-Za-z][A-Za-z ]{0,9}", common::arb_answers()), 0..=2),
    ) {
        check(&members, "", &profiles)?;
    }
}
