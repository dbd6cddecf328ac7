//! Saved profiles and autosave: versioned records, nothing ever lost.

use django_flask_advisor::codec::profile::{self, Current, Profile, RecordError};
use django_flask_advisor::engine::{Answers, Importance};
use django_flask_advisor::knowledge::question_index;
use django_flask_advisor::storage::*;

fn profile(id: &str, name: &str, answers: Answers) -> Profile {
    Profile { id: id.into(), name: name.into(), saved_at: 0, rev: 0, answers }
}

#[test]
fn a_version_1_record_still_loads() {
    let raw = include_str!("fixtures/profile-v1.json");
    let l = profile::profile_from_json(raw).unwrap();
    assert!(l.skipped.is_empty());
    let p = l.value;
    assert_eq!(p.name, "Billing platform (v1 fixture)");
    assert_eq!(p.rev, 4);
    assert!(p.answers.is("app_type", "full_stack_product"));
    assert!(p.answers.is("multi_service_ops", "no"));
    assert_eq!(p.answers.importance(question_index("data_sensitivity").unwrap()), Importance::High);
    assert_eq!(p.answers.importance(question_index("budget_profile").unwrap()), Importance::Ignore);
    // And writing it back gives the same record.
    assert_eq!(profile::profile_from_json(&profile::profile_to_json(&p)).unwrap().value, p);
}

#[test]
fn unknown_ids_are_skipped_and_reported_not_fatal() {
    let raw = r#"{"schema":"django-flask-advisor/profile","version":1,"id":"p-1","name":"x","answers":{"app_type":"api_backend","colour":"blue","team_size":"huge"}}"#;
    let l = profile::profile_from_json(raw).unwrap();
    assert!(l.value.answers.is("app_type", "api_backend"));
    assert_eq!(l.skipped, ["colour=blue", "team_size=huge"]);
}

#[test]
fn unreadable_records_are_reported_kept_and_never_written_over() {
    let mut store = MemoryStore::default();
    let good = save_profile(&mut store, &profile("p-good", "Good", Answers::new().with("app_type", "api_backend")), None, 1).unwrap();
    store.map.insert(profile_key("p-bad"), "{not json".into());
    store.map.insert(profile_key("p-future"), r#"{"schema":"django-flask-advisor/profile","version":9,"id":"p-future"}"#.into());
    store.map.insert(profile_key("p-foreign"), r#"{"hello":"world"}"#.into());
    store.map.insert("someone-else".into(), "not ours".into());
    let lib = load_library(&store).unwrap();
    assert_eq!(lib.profiles, vec![good]);
    let mut reasons: Vec<_> = lib.unreadable.iter().map(|u| (u.key.as_str(), u.error.clone())).collect();
    reasons.sort_by_key(|r| r.0);
    assert!(matches!(reasons[0], ("dfa.profile.p-bad", RecordError::NotJson(_))));
    assert_eq!(reasons[1], ("dfa.profile.p-foreign", RecordError::Foreign));
    assert_eq!(reasons[2], ("dfa.profile.p-future", RecordError::FutureVersion(9)));
    // Saving over an unreadable record is refused; the raw text is unchanged.
    let e = save_profile(&mut store, &profile("p-bad", "Mine", Answers::new()), Some(0), 2).unwrap_err();
    assert!(matches!(e, SaveError::Unreadable(_)));
    assert!(delete_profile(&mut store, "p-future", 0).is_err());
    assert_eq!(store.map[&profile_key("p-bad")], "{not json");
    assert_eq!(store.map["someone-else"], "not ours");
}

#[test]
fn a_save_from_another_tab_is_never_silently_replaced() {
    let mut store = MemoryStore::default();
    let p = save_profile(&mut store, &profile("p-1", "Shared", Answers::new()), None, 1).unwrap();
    assert_eq!(p.rev, 1);
    // Tab A saves on top of revision 1.
    let a =
        save_profile(&mut store, &Profile { answers: Answers::new().with("app_type", "api_backend"), ..p.clone() }, Some(1), 2).unwrap();
    assert_eq!(a.rev, 2);
    // Tab B still thinks it is at revision 1: conflict, nothing written.
    let b = Profile { answers: Answers::new().with("app_type", "content_platform"), ..p.clone() };
    match save_profile(&mut store, &b, Some(1), 3) {
        Err(SaveError::Conflict(theirs)) => assert!(theirs.answers.is("app_type", "api_backend")),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert!(load_library(&store).unwrap().profiles[0].answers.is("app_type", "api_backend"));
    // Deleting a profile another tab changed is refused too.
    assert!(matches!(delete_profile(&mut store, "p-1", 1), Err(SaveError::Conflict(_))));
    delete_profile(&mut store, "p-1", 2).unwrap();
    assert!(matches!(save_profile(&mut store, &a, Some(2), 4), Err(SaveError::Gone)));
}

#[test]
fn a_full_quota_reports_and_loses_nothing() {
    let mut store = MemoryStore { quota: Some(400), ..Default::default() };
    let p = save_profile(&mut store, &profile("p-1", "Small", Answers::new()), None, 1).unwrap();
    let before = store.map.clone();
    let big = profile(
        "p-2",
        &"n".repeat(80),
        Answers::new().with("app_type", "api_backend").with("team_size", "single_team").with("auth_needs", "basic_accounts"),
    );
    let e = save_profile(&mut store, &big, None, 2).unwrap_err();
    assert_eq!(e, SaveError::Store(StoreError::QuotaExceeded));
    assert_eq!(e.to_string(), "storage quota exceeded");
    assert_eq!(store.map, before);
    assert_eq!(load_library(&store).unwrap().profiles, vec![p]);
}

#[test]
fn an_unreadable_autosave_is_set_aside_verbatim_before_autosave_resumes() {
    let mut store = MemoryStore::default();
    store.map.insert(CURRENT_KEY.into(), "garbage".into());
    match load_current(&mut store, 42).unwrap() {
        CurrentState::Unreadable { aside_key: Some(k), .. } => assert_eq!(store.map[&k], "garbage"),
        other => panic!("{other:?}"),
    }
    save_current(&mut store, &Current { answers: Answers::new().with("app_type", "api_backend"), ..Default::default() }).unwrap();
    assert!(load_library(&store).unwrap().unreadable.iter().any(|u| u.raw == "garbage"));
    match load_current(&mut store, 43).unwrap() {
        CurrentState::Read(l) => assert!(l.value.answers.is("app_type", "api_backend")),
        other => panic!("{other:?}"),
    }
    // When even the copy fails (full storage), no aside key is reported: the
    // caller must then keep autosave off.
    let mut full = MemoryStore { quota: Some(20), ..Default::default() };
    full.map.insert(CURRENT_KEY.into(), "garbage".into());
    assert!(matches!(load_current(&mut full, 1).unwrap(), CurrentState::Unreadable { aside_key: None, .. }));
    assert_eq!(full.map[CURRENT_KEY], "garbage");
}

#[test]
fn export_then_import_reports_imported_renamed_and_skipped() {
    let mut store = MemoryStore::default();
    let a = save_profile(&mut store, &profile("p-a", "Alpha", Answers::new().with("app_type", "api_backend")), None, 1).unwrap();
    let b = save_profile(&mut store, &profile("p-b", "Beta", Answers::new()), None, 1).unwrap();
    let file = profile::export_to_json(&[a.clone(), b.clone()], 5);
    // Import into a store that already has "Alpha": it is renamed, never replaced.
    let mut other = MemoryStore::default();
    save_profile(&mut other, &profile("p-x", "Alpha", Answers::new()), None, 1).unwrap();
    let report = import(&mut other, &file, 9).unwrap();
    assert_eq!(report.imported, ["Beta"]);
    assert_eq!(report.renamed, [("Alpha".to_string(), "Alpha (2)".to_string())]);
    assert!(report.skipped.is_empty());
    let lib = load_library(&other).unwrap();
    assert_eq!(lib.profiles.len(), 3);
    assert!(lib.profiles.iter().any(|p| p.name == "Alpha (2)" && p.answers == a.answers));

    // A file with a bad entry imports the rest and says what it skipped.
    let mixed = format!(
        r#"{{"schema":"django-flask-advisor/export","version":1,"profiles":[{},{{"schema":"django-flask-advisor/profile","version":99,"id":"p-z"}}]}}"#,
        profile::profile_to_json(&a)
    );
    let report = import(&mut MemoryStore::default(), &mixed, 9).unwrap();
    assert_eq!(report.imported.len() + report.renamed.len(), 1);
    assert_eq!(report.skipped.len(), 1);
    // Not an export at all: nothing imported.
    assert_eq!(import(&mut MemoryStore::default(), "[1,2]", 9), Err(RecordError::Foreign));
    assert!(matches!(import(&mut MemoryStore::default(), "{", 9), Err(RecordError::NotJson(_))));
}

#[test]
fn names_are_made_unique() {
    assert_eq!(unique_name("A", &["a", "A (2)"]), "A (3)");
    assert_eq!(unique_name("  ", &[]), "Untitled profile");
}
