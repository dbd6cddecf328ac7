//! The session as a plain state machine: every transition, "nothing is
//! lost" (also as a property over random sequences), the two defects (a
//! repeated autosave failure, the export of a preview) and the exact text of
//! every user-facing message.

use django_flask_advisor::codec::profile::{self, Current, Profile, RecordError};
use django_flask_advisor::codec::share::{self, encode};
use django_flask_advisor::engine::Answers;
use django_flask_advisor::knowledge::QUESTIONS;
use django_flask_advisor::session::*;
use django_flask_advisor::storage::{self, ImportReport, KeyValue, MemoryStore, SaveError, StoreError, CURRENT_KEY};
use django_flask_advisor::team::{Added, NotAdded};
use proptest::prelude::*;

fn a(q: &str, o: &str) -> Answers {
    Answers::new().with(q, o)
}

fn texts(s: &Session) -> Vec<String> {
    s.messages().iter().map(|m| m.text.clone()).collect()
}

fn last(s: &Session) -> String {
    s.messages().last().map(|m| m.text.clone()).unwrap_or_default()
}

/// A store that refuses every write (a full quota).
fn full() -> MemoryStore {
    MemoryStore { quota: Some(0), ..Default::default() }
}

fn stored_current(store: &MemoryStore) -> Option<Current> {
    store.map.get(CURRENT_KEY).map(|raw| profile::current_from_json(raw).unwrap().value)
}

#[test]
fn restore_reads_the_autosave_and_the_profiles() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    s.save_as(&mut store, &a("app_type", "api_backend"), "Mine", 1, 1).unwrap();
    s.autosave(&mut store, &a("app_type", "api_backend"));
    let mut again = Session::new(None);
    let own = again.restore(&mut store, 2);
    assert!(own.is("app_type", "api_backend"));
    assert_eq!(again.own_meta().name, "Mine");
    assert_eq!(again.library().profiles.len(), 1);
    assert_eq!(again.mode(), &Mode::Own);
}

#[test]
fn an_unreadable_autosave_is_said_and_never_written_over() {
    let mut store = MemoryStore::default();
    store.map.insert(CURRENT_KEY.into(), "garbage".into());
    let mut s = Session::new(None);
    s.restore(&mut store, 5);
    assert!(!s.autosave_off());
    assert!(last(&s).starts_with("Your autosaved work could not be read: it is not valid JSON ("));
    assert!(last(&s).ends_with("It has been kept aside unchanged and can be exported from the Profiles tab."));
    // When it cannot even be set aside, autosave stays off and never writes over it.
    let mut tight = MemoryStore { quota: Some(20), ..Default::default() };
    tight.map.insert(CURRENT_KEY.into(), "garbage".into());
    let mut s = Session::new(None);
    s.restore(&mut tight, 5);
    assert!(s.autosave_off());
    tight.quota = None;
    s.autosave(&mut tight, &a("app_type", "api_backend"));
    assert_eq!(tight.map[CURRENT_KEY], "garbage");
}

#[test]
fn a_share_link_opens_as_a_preview_and_back_restores_the_own_work() {
    let own = a("app_type", "api_backend");
    let theirs = a("app_type", "content_platform");
    let mut s = Session::new(None);
    let shown = s.open_link(&own, &encode(&theirs, "Theirs")).unwrap();
    assert_eq!(shown, theirs);
    assert_eq!(s.mode(), &Mode::Preview { name: "Theirs".into(), shared: true, id: None, rev: 0, origin: theirs.clone() });
    assert_eq!(s.own_work(&shown), own);
    // Autosave does nothing while a preview is on screen.
    let mut store = MemoryStore::default();
    s.autosave(&mut store, &shown);
    assert!(store.map.is_empty());
    assert_eq!(s.back_to_own(), own);
    assert_eq!(s.mode(), &Mode::Own);
}

#[test]
fn a_bad_share_link_is_explained_and_changes_nothing() {
    let own = a("app_type", "api_backend");
    let mut s = Session::new(None);
    assert_eq!(s.open_link(&own, "s7.abc"), None);
    assert_eq!(s.mode(), &Mode::Own);
    assert_eq!(
        last(&s),
        "This share link could not be opened: this link was made by a newer or unknown version of the advisor (\"s7\"); update the page or ask for a new link. Your own work is unchanged."
    );
}

#[test]
fn a_prefill_link_opens_as_a_preview() {
    let own = a("app_type", "api_backend");
    let mut s = Session::new(None);
    let shown = s.open_prefill(&own, a("app_type", "focused_service"));
    assert!(shown.is("app_type", "focused_service"));
    assert_eq!(s.mode(), &Mode::Preview { name: String::new(), shared: false, id: None, rev: 0, origin: shown.clone() });
    assert_eq!(s.back_to_own(), own);
}

#[test]
fn a_file_with_one_assessment_is_previewed_with_its_own_identity() {
    let mut store = MemoryStore::default();
    let p = Profile { id: "p-file".into(), name: "From file".into(), saved_at: 1, rev: 7, answers: a("app_type", "content_platform") };
    let file = profile::export_to_json(std::slice::from_ref(&p), 1);
    let mut s = Session::new(None);
    let shown = s.open_file(&mut store, &Answers::new(), &file, 2).unwrap();
    assert_eq!(shown, p.answers);
    assert_eq!(
        s.mode(),
        &Mode::Preview { name: "From file".into(), shared: true, id: Some("p-file".into()), rev: 7, origin: p.answers.clone() }
    );
    assert_eq!(last(&s), "Opened \u{201c}From file\u{201d} from the file as a preview.");
    assert!(store.map.is_empty(), "a preview saves nothing");
    // Several assessments are imported instead.
    let file = profile::export_to_json(&[p.clone(), Profile { id: "p-2".into(), name: "Two".into(), ..p.clone() }], 1);
    let mut s = Session::new(None);
    assert_eq!(s.open_file(&mut store, &Answers::new(), &file, 2), None);
    assert_eq!(s.mode(), &Mode::Own);
    assert_eq!(s.library().profiles.len(), 2);
    assert_eq!(last(&s), "Import: 2 profiles imported.");
    // Not an assessment file: nothing opened.
    assert_eq!(s.open_file(&mut store, &Answers::new(), "{\"hello\": 1}", 3), None);
    assert_eq!(last(&s), "Nothing opened: the file was not written by this advisor. Your own work is unchanged.");
}

#[test]
fn a_trial_goes_back_or_is_kept_and_nested_trials_return_to_the_first_base() {
    let own = a("app_type", "api_backend");
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let t1 = s.try_answers(&own, "one".into(), a("app_type", "content_platform"));
    let t2 = s.try_answers(&t1, "two".into(), a("app_type", "focused_service"));
    assert!(matches!(s.mode(), Mode::Trying { what, base, .. } if what == "two" && *base == own));
    s.autosave(&mut store, &t2);
    assert!(store.map.is_empty(), "nothing is autosaved during a trial");
    assert_eq!(s.own_work(&t2), own);
    assert_eq!(s.end_trial(false), Some(own.clone()));
    assert_eq!(s.mode(), &Mode::Own);
    // Keep: the trial becomes the own work, autosaved.
    let t = s.try_answers(&own, "one".into(), a("app_type", "content_platform"));
    assert_eq!(s.end_trial(true), None);
    assert_eq!(last(&s), "The change is kept.");
    s.autosave(&mut store, &t);
    assert_eq!(stored_current(&store).unwrap().answers, t);
    // A trial in a preview keeps the preview.
    let p = s.open_link(&t, &encode(&own, "P")).unwrap();
    let tp = s.try_answers(&p, "x".into(), Answers::new());
    assert_eq!(s.end_trial(true), None);
    assert!(matches!(s.mode(), Mode::Preview { .. }));
    assert_eq!(s.own_work(&tp), t);
    assert_eq!(s.end_trial(false), None, "no trial to end");
}

#[test]
fn saving_a_preview_keeps_it_as_a_profile_and_returns_to_the_own_work() {
    let own = a("app_type", "api_backend");
    let theirs = a("app_type", "content_platform");
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let shown = s.open_link(&own, &encode(&theirs, "Theirs")).unwrap();
    assert_eq!(s.save_preview(&mut store, &shown, "Institution", 1, 1), Some(own.clone()));
    assert_eq!(s.mode(), &Mode::Own);
    assert_eq!(s.library().profiles[0].answers, theirs);
    assert_eq!(last(&s), "\u{201c}Institution\u{201d} is in your profiles; open it from the Profiles tab.");
    // A failed save keeps the preview.
    let shown = s.open_link(&own, &encode(&theirs, "Theirs")).unwrap();
    assert_eq!(s.save_preview(&mut full(), &shown, "X", 2, 2), None);
    assert!(matches!(s.mode(), Mode::Preview { .. }));
}

#[test]
fn adopting_a_preview_keeps_unsaved_own_work_as_a_profile() {
    let own = a("app_type", "api_backend");
    let theirs = a("app_type", "content_platform");
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let shown = s.open_link(&own, &encode(&theirs, "Theirs")).unwrap();
    assert!(s.adopt_preview(&mut store, &shown, 1, 1));
    assert_eq!(s.mode(), &Mode::Own);
    assert_eq!(s.own_meta(), &Current::default());
    assert_eq!(s.own_work(&shown), theirs);
    assert_eq!(s.library().profiles[0].name, "Earlier work");
    assert_eq!(s.library().profiles[0].answers, own);
    assert_eq!(
        texts(&s),
        [
            "Your earlier answers were not saved, so they were kept as the profile \u{201c}Earlier work\u{201d}.",
            "These answers are now your current work."
        ]
    );
    // Own work that is empty or already saved is not saved again.
    let shown2 = s.open_link(&theirs, &encode(&own, "")).unwrap();
    s.save_new(&mut store, &theirs, "Saved", 2, 2);
    assert!(s.adopt_preview(&mut store, &shown2, 3, 3));
    assert_eq!(s.library().profiles.len(), 2);
    // When the own work cannot be kept, nothing is replaced.
    let unsaved = a("app_type", "focused_service");
    s.back_to_own();
    let shown3 = s.open_link(&unsaved, &encode(&theirs, "")).unwrap();
    let mut s2 = s.clone();
    assert!(!s2.adopt_preview(&mut full(), &shown3, 4, 4));
    assert!(matches!(s2.mode(), Mode::Preview { .. }));
    assert_eq!(s2.own_work(&shown3), unsaved);
    assert!(last(&s2).starts_with(
        "Your current work was not replaced, because it could not be kept first. The browser's storage for this site is full."
    ));
    // Only a preview can be adopted.
    let mut s3 = Session::new(None);
    assert!(!s3.adopt_preview(&mut store, &own, 5, 5));
}

#[test]
fn save_as_ties_the_own_work_to_the_new_profile_and_save_existing_updates_it() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let p = s.save_as(&mut store, &a("app_type", "api_backend"), "News", 1, 1).unwrap();
    assert_eq!(s.own_meta().profile_id.as_deref(), Some(p.id.as_str()));
    assert_eq!(last(&s), "Saved as \u{201c}News\u{201d}.");
    s.save_existing(&mut store, &a("app_type", "content_platform"), 2, 2);
    assert_eq!(last(&s), "Saved \u{201c}News\u{201d}.");
    assert_eq!(s.own_meta().base_rev, 2);
    assert!(s.library().profiles[0].answers.is("app_type", "content_platform"));
    // Another tab saved it in between: the own version is kept as a copy.
    let mut other = storage::load_library(&store).unwrap().profiles[0].clone();
    other.answers = Answers::new();
    storage::save_profile(&mut store, &other, Some(2), 3).unwrap();
    s.save_existing(&mut store, &a("app_type", "focused_service"), 4, 4);
    assert_eq!(
        last(&s),
        "\u{201c}News\u{201d} was changed in another tab after you opened it here. To keep both, your version was saved as a new profile."
    );
    assert_eq!(s.own_meta().name, "News (this tab)");
    assert_eq!(s.library().profiles.len(), 2);
}

#[test]
fn opening_a_profile_keeps_unsaved_own_work() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let p = s.save_new(&mut store, &a("app_type", "content_platform"), "Saved", 1, 1).unwrap();
    let own = a("app_type", "api_backend");
    assert_eq!(s.open_profile(&mut store, &own, &p.id, 2, 2), Some(p.answers.clone()));
    assert_eq!(s.own_meta().name, "Saved");
    assert_eq!(last(&s), "Opened \u{201c}Saved\u{201d}.");
    assert!(s.library().profiles.iter().any(|x| x.name == "Earlier work" && x.answers == own));
    // Opening it again with the work unchanged saves nothing new.
    let n = s.library().profiles.len();
    s.open_profile(&mut store, &p.answers, &p.id, 3, 3).unwrap();
    assert_eq!(s.library().profiles.len(), n);
    assert_eq!(s.open_profile(&mut store, &p.answers, "p-none", 4, 4), None);
}

/// Defect: after opening a profile and editing it, nothing said that the
/// work differed from the saved profile, so Save easily overwrote a
/// baseline. The state is derived from the stored profile's answers.
#[test]
fn unsaved_changes_are_derived_from_the_stored_profile() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let base = a("app_type", "content_platform");
    assert_eq!(s.saved_state(&base), SavedState::NoProfile, "own work tied to no profile");
    let p = s.save_new(&mut store, &base, "Baseline", 1, 1).unwrap();
    let shown = s.open_profile(&mut store, &Answers::new(), &p.id, 2, 2).unwrap();
    assert_eq!(s.saved_state(&shown), SavedState::Saved);
    assert!(!s.saved_state(&shown).unsaved());

    // An edit: the changed question is named; an importance change counts too.
    let edited = shown.clone().with("team_seniority", "mixed");
    s.autosave(&mut store, &edited);
    let team = QUESTIONS.iter().position(|q| q.id == "team_seniority").unwrap();
    assert_eq!(s.saved_state(&edited), SavedState::Changed(vec![team]));
    assert!(s.saved_state(&edited).unsaved());
    let mut weighted = shown.clone();
    weighted.set_importance(0, django_flask_advisor::engine::Importance::High);
    assert!(s.saved_state(&weighted).unsaved());
    // Undoing the edit by hand is saved again (no flag to drift).
    assert_eq!(s.saved_state(&shown), SavedState::Saved);

    // A reload keeps it right: the autosave holds the edit, the profile the baseline.
    let mut again = Session::new(None);
    let restored = again.restore(&mut store, 3);
    assert_eq!(restored, edited);
    assert_eq!(again.saved_state(&restored), SavedState::Changed(vec![team]));

    // Save as new: the work belongs to the new profile, saved; the baseline is unchanged.
    let copy = again.save_as(&mut store, &restored, "Variant", 4, 4).unwrap();
    assert_eq!(again.saved_state(&restored), SavedState::Saved);
    assert_eq!(again.own_meta().profile_id.as_deref(), Some(copy.id.as_str()));
    let stored = storage::load_library(&store).unwrap();
    assert_eq!(stored.profiles.iter().find(|x| x.id == p.id).unwrap().answers, base);
    assert_eq!(stored.profiles.iter().find(|x| x.id == copy.id).unwrap().answers, edited);

    // Save over the profile: saved.
    let more = restored.clone().with("app_type", "api_backend");
    assert!(again.saved_state(&more).unsaved());
    again.save_existing(&mut store, &more, 5, 5);
    assert_eq!(again.saved_state(&more), SavedState::Saved);

    // A preview is no profile's work; the profile deleted in another tab is gone.
    let mut preview = again.clone();
    let theirs = preview.open_link(&more, &encode(&base, "Theirs")).unwrap();
    assert_eq!(preview.saved_state(&theirs), SavedState::NoProfile);
    storage::delete_profile(&mut store, &copy.id, again.library().profiles.iter().find(|x| x.id == copy.id).unwrap().rev).unwrap();
    again.reload_library(&store);
    assert_eq!(again.saved_state(&more), SavedState::Gone);
    assert!(again.saved_state(&more).unsaved());
}

#[test]
fn rename_delete_and_import() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let p = s.save_as(&mut store, &Answers::new(), "One", 1, 1).unwrap();
    s.save_new(&mut store, &Answers::new(), "Two", 1, 2);
    s.rename(&mut store, &p.id, "  Two  ", 3);
    assert_eq!(last(&s), "Renamed to \u{201c}Two (2)\u{201d}.");
    assert_eq!(s.own_meta().name, "Two (2)");
    s.delete(&mut store, &p.id);
    assert_eq!(last(&s), "Deleted \u{201c}Two (2)\u{201d}.");
    assert_eq!(s.own_meta(), &Current::default());
    let file = s.export_all_json(5);
    s.import(&mut store, &file, 6);
    assert_eq!(last(&s), "Import: 1 profile imported; renamed to avoid a clash: \u{201c}Two\u{201d} \u{2192} \u{201c}Two (2)\u{201d}.");
    s.import(&mut store, "{\"hello\": 1}", 7);
    assert_eq!(last(&s), "Nothing imported: the file was not written by this advisor.");
}

#[test]
fn another_tab_changes_the_own_work() {
    let mut s = Session::new(None);
    let theirs = Current { answers: a("app_type", "api_backend"), profile_id: Some("p-1".into()), base_rev: 2, name: "X".into() };
    let raw = profile::current_to_json(&theirs);
    assert_eq!(s.other_tab_current(&raw, &Answers::new()), Some(theirs.answers.clone()));
    assert_eq!(s.own_meta().name, "X");
    assert_eq!(s.other_tab_current(&raw, &theirs.answers), None, "already shown");
    assert_eq!(s.other_tab_current("garbage", &Answers::new()), None);
    // During a preview the own work follows, the screen does not.
    let shown = s.open_prefill(&theirs.answers, Answers::new());
    assert_eq!(s.other_tab_current(&raw, &shown), None);
    assert_eq!(s.back_to_own(), theirs.answers);
}

/// Defect: with storage full, every answer change added another "Autosave
/// failed" message. It must show once, and clear when autosave works again.
#[test]
fn a_failing_autosave_is_said_once_and_cleared_when_it_works_again() {
    let mut store = full();
    let mut s = Session::new(None);
    for o in ["api_backend", "content_platform", "focused_service", "api_backend"] {
        s.autosave(&mut store, &a("app_type", o));
    }
    assert_eq!(
        texts(&s),
        ["Autosave failed: the browser's storage for this site is full. Your answers stay on this page; save or export them before closing it."]
    );
    assert_eq!(s.messages()[0].condition, Some(Condition::Autosave));
    // Dismissed while still failing: not said again until it ends and recurs.
    let id = s.messages()[0].id;
    s.dismiss(id);
    s.autosave(&mut store, &a("app_type", "content_platform"));
    assert!(s.messages().is_empty());
    store.quota = None;
    s.autosave(&mut store, &a("app_type", "api_backend"));
    assert!(s.messages().is_empty());
    assert!(stored_current(&store).unwrap().answers.is("app_type", "api_backend"));
    // Failing again after it worked is said again, and cleared again.
    store.quota = Some(0);
    s.autosave(&mut store, &a("app_type", "focused_service"));
    assert_eq!(s.messages().len(), 1);
    store.quota = None;
    s.autosave(&mut store, &a("app_type", "focused_service"));
    assert!(s.messages().is_empty());
}

#[test]
fn the_same_message_is_never_listed_twice() {
    let mut s = Session::new(None);
    s.say(Tone::Success, "Copied.");
    s.say(Tone::Warning, "Other.");
    s.say(Tone::Success, "Copied.");
    assert_eq!(texts(&s), ["Other.", "Copied."]);
}

/// Defect: exporting JSON while a shared link was previewed stamped the
/// user's own profile id and revision onto the previewed answers.
#[test]
fn exporting_a_preview_never_carries_the_own_profile_identity() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let mine = s.save_as(&mut store, &a("app_type", "api_backend"), "Mine", 1, 1).unwrap();
    s.save_existing(&mut store, &a("app_type", "api_backend"), 2, 2);
    assert_eq!(s.own_meta().base_rev, 2);
    // On the own work, the export carries the own profile.
    let own_export = s.export_profile(&a("app_type", "api_backend"), 3, 3);
    assert_eq!((own_export.id.as_str(), own_export.rev, own_export.name.as_str()), (mine.id.as_str(), 2, "Mine"));

    let theirs = a("app_type", "content_platform");
    let shown = s.open_link(&a("app_type", "api_backend"), &encode(&theirs, "Theirs")).unwrap();
    for shown in [shown.clone(), s.clone().try_answers(&shown, "x".into(), Answers::new())] {
        let p = s.export_profile(&shown, 4, 9);
        assert_ne!(p.id, mine.id);
        assert_eq!(p.id, storage::new_id(4, 9));
        assert_eq!(p.rev, 0);
        assert_eq!(p.name, "Theirs");
        assert_eq!(p.answers, shown);
    }
    assert_eq!(s.identity(), Current { answers: Answers::new(), profile_id: None, base_rev: 0, name: "Theirs".into() });
    let json = s.export_json(&shown, 4, 9);
    let back = profile::import_from_json(&json).unwrap();
    assert!(matches!(&back[..], [profile::ImportEntry::Read(l)] if l.value.id == storage::new_id(4, 9) && l.value.rev == 0));
    // A previewed file keeps the file's own identity.
    let file =
        profile::export_to_json(&[Profile { id: "p-file".into(), name: "F".into(), saved_at: 0, rev: 5, answers: theirs.clone() }], 0);
    s.back_to_own();
    let shown = s.open_file(&mut store, &Answers::new(), &file, 5).unwrap();
    let p = s.export_profile(&shown, 6, 6);
    assert_eq!((p.id.as_str(), p.rev), ("p-file", 5));
}

/// The exact sentence of every user-facing error (and the other messages).
#[test]
fn every_message_reads_as_one_sentence() {
    let quota = StoreError::QuotaExceeded;
    let conflict =
        SaveError::Conflict(Box::new(Profile { id: "p".into(), name: "News".into(), saved_at: 0, rev: 1, answers: Answers::new() }));
    let cases: Vec<(Note, &str)> = vec![
        (Note::MemoryOnly(StoreError::Unavailable), "Profiles will not persist: this browser does not allow the page to store data. Everything works, but a reload starts afresh; export what you want to keep."),
        (Note::AutosaveUnreadable { error: RecordError::Foreign, kept_aside: true }, "Your autosaved work could not be read: it was not written by this advisor. It has been kept aside unchanged and can be exported from the Profiles tab."),
        (Note::AutosaveUnreadable { error: RecordError::FutureVersion(3), kept_aside: false }, "Your autosaved work could not be read: it was written by a newer version of the advisor (record version 3; this page reads up to version 1). It is kept unchanged, so autosave is off until you export or remove it from the Profiles tab."),
        (Note::AutosaveNotRead(StoreError::Other("SecurityError".into())), "Your autosaved work could not be read: the browser refused to store data (SecurityError)."),
        (Note::LibraryNotRead(StoreError::Unavailable), "Saved profiles could not be read: this browser does not allow the page to store data."),
        (Note::AutosaveFailed(quota.clone()), "Autosave failed: the browser's storage for this site is full. Your answers stay on this page; save or export them before closing it."),
        (Note::SavedAs("A".into()), "Saved as \u{201c}A\u{201d}."),
        (Note::Saved("A".into()), "Saved \u{201c}A\u{201d}."),
        (Note::NotSaved(SaveError::Store(quota.clone())), "Not saved. The browser's storage for this site is full. Your answers are still here; free some space or export your profiles."),
        (Note::NotSaved(SaveError::Gone), "Not saved. This profile was deleted in another tab."),
        (Note::NotSaved(SaveError::Unreadable(RecordError::NotJson("EOF".into()))), "Not saved. The stored copy is not valid JSON (EOF); it may be corrupt or cut short, so it was not written over."),
        (Note::KeptAsCopy(conflict.clone()), "\u{201c}News\u{201d} was changed in another tab after you opened it here. To keep both, your version was saved as a new profile."),
        (Note::NotRenamed(conflict.clone()), "Not renamed. \u{201c}News\u{201d} was changed in another tab after you opened it here."),
        (Note::NotDeleted(SaveError::Unreadable(RecordError::Invalid("missing field `id`".into()))), "Not deleted. The stored copy is incomplete or damaged (missing field `id`), so it was not written over."),
        (Note::Imported(ImportReport { imported: vec!["A".into()], renamed: vec![], skipped: vec![("entry 2".into(), RecordError::FutureVersion(9).to_string())] }), "Import: 1 profile imported; skipped: entry 2 (unsupported record version 9 (newest readable: 1))."),
        (Note::NotImported(RecordError::NotJson("expected value at line 1 column 1".into())), "Nothing imported: the file is not valid JSON (expected value at line 1 column 1); it may be corrupt or cut short."),
        (Note::NotImported(RecordError::Foreign), "Nothing imported: the file was not written by this advisor."),
        (Note::FileNotOpened(RecordError::Invalid("no record version".into())), "Nothing opened: the file is incomplete or damaged (no record version). Your own work is unchanged."),
        (Note::FileNotRead, "The file could not be read."),
        (Note::NotReplaced(SaveError::Store(quota.clone())), "Your current work was not replaced, because it could not be kept first. The browser's storage for this site is full. Your answers are still here; free some space or export your profiles."),
        (Note::NoTeamLinks, "No share link was found in the text. Paste share links from this advisor, one per line (their address contains \u{201c}#s2.\u{201d} or \u{201c}#s1.\u{201d})."),
        (Note::TeamAdded(Added { added: 2, not_added: vec![] }), "Added 2 people to the team view."),
        (Note::TeamAdded(Added { added: 0, not_added: vec![("#s1.x".into(), NotAdded::Full)] }), "Nobody was added to the team view. Not added: #s1.x: the team view holds at most 12 people."),
    ];
    for (note, want) in cases {
        assert_eq!(message(&note), want, "{note:?}");
    }
    let link = share::decode("s1.eIQjCEIQhCEIQh").unwrap_err();
    assert_eq!(
        message(&Note::LinkNotOpened(link)),
        "This share link could not be opened: the link is too short: it was probably cut off when it was copied. Your own work is unchanged."
    );
    assert_eq!(
        unreadable_message(&RecordError::FutureVersion(7)),
        "It was written by a newer version of the advisor (record version 7; this page reads up to version 1)."
    );
    // No sentence doubles a word or a stop.
    for bad in ["it it", "..", "the file it", "could not save:"] {
        assert!(!message(&Note::NotImported(RecordError::Foreign)).contains(bad));
        assert!(!message(&Note::NotSaved(SaveError::Store(quota.clone()))).contains(bad));
    }
}

#[test]
fn error_fragments_are_short_and_lower_case() {
    assert_eq!(StoreError::QuotaExceeded.to_string(), "storage quota exceeded");
    assert_eq!(StoreError::Unavailable.to_string(), "storage unavailable");
    assert_eq!(SaveError::Gone.to_string(), "profile deleted in another tab");
    assert_eq!(RecordError::Foreign.to_string(), "not a record of this advisor");
    assert_eq!(RecordError::NotJson("EOF".into()).to_string(), "invalid JSON: EOF");
}

#[derive(Clone, Debug)]
enum Op {
    Edit(usize, usize),
    OpenLink(Answers),
    BadLink,
    Prefill(Answers),
    Try(Answers),
    EndTrial(bool),
    Back,
    SavePreview,
    Adopt,
    SaveAs,
    SaveExisting,
    OpenProfile(usize),
    Delete(usize),
    OtherTab(Answers),
    StoreFull(bool),
    Undo(usize),
    UndoAll,
}

fn answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec((0..QUESTIONS.len(), 0usize..8), 0..4).prop_map(|v| {
        let mut a = Answers::new();
        for (q, o) in v {
            a.set_choice(q, Some(o % QUESTIONS[q].options.len()));
        }
        a
    })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..QUESTIONS.len(), 0usize..8).prop_map(|(q, o)| Op::Edit(q, o)),
        2 => answers().prop_map(Op::OpenLink),
        1 => Just(Op::BadLink),
        1 => answers().prop_map(Op::Prefill),
        2 => answers().prop_map(Op::Try),
        2 => any::<bool>().prop_map(Op::EndTrial),
        1 => Just(Op::Back),
        1 => Just(Op::SavePreview),
        2 => Just(Op::Adopt),
        1 => Just(Op::SaveAs),
        1 => Just(Op::SaveExisting),
        2 => (0usize..4).prop_map(Op::OpenProfile),
        1 => (0usize..4).prop_map(Op::Delete),
        1 => answers().prop_map(Op::OtherTab),
        1 => any::<bool>().prop_map(Op::StoreFull),
        1 => (0..QUESTIONS.len()).prop_map(Op::Undo),
        1 => Just(Op::UndoAll),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// After every transition the own work is recoverable: it is unchanged,
    /// or changed only by the user's own edit (on the own work, or by
    /// keeping a trial of it) or another tab, or it was replaced (opening a
    /// profile, adopting a preview) after being kept in the saved profiles.
    #[test]
    fn nothing_is_lost(ops in proptest::collection::vec(op(), 1..40)) {
        let mut store = MemoryStore::default();
        let mut s = Session::new(None);
        let mut shown = s.restore(&mut store, 0);
        for (t, op) in ops.into_iter().enumerate() {
            let now = t as u64 + 1;
            let before = s.own_work(&shown);
            let was_own = s.mode() == &Mode::Own;
            let trial_of_own = matches!(s.mode(), Mode::Trying { back, .. } if **back == Mode::Own);
            let mut expected = Some(before.clone());
            let mut replaced = false;
            match op.clone() {
                Op::Edit(q, o) => {
                    shown.set_choice(q, Some(o % QUESTIONS[q].options.len()));
                    if was_own { expected = Some(shown.clone()); }
                }
                Op::OpenLink(x) => { if let Some(n) = s.open_link(&shown, &encode(&x, "L")) { shown = n; } }
                Op::BadLink => { prop_assert_eq!(s.open_link(&shown, "s1.%%%"), None); }
                Op::Prefill(x) => shown = s.open_prefill(&shown, x),
                Op::Try(x) => shown = s.try_answers(&shown, "t".into(), x),
                Op::EndTrial(keep) => {
                    if let Some(n) = s.end_trial(keep) { shown = n; } else if keep && trial_of_own { expected = Some(shown.clone()); }
                }
                Op::Back => shown = s.back_to_own(),
                Op::SavePreview => { if matches!(s.mode(), Mode::Preview { .. }) { if let Some(n) = s.save_preview(&mut store, &shown, "P", now, 1) { shown = n; } } }
                Op::Adopt => {
                    if s.adopt_preview(&mut store, &shown, now, 2) { expected = Some(shown.clone()); replaced = true; }
                }
                Op::SaveAs => { s.save_as(&mut store, &shown, "S", now, 3); }
                Op::SaveExisting => s.save_existing(&mut store, &shown, now, 4),
                Op::OpenProfile(i) => {
                    if let Some(id) = s.library().profiles.get(i).map(|p| p.id.clone()) {
                        if let Some(n) = s.open_profile(&mut store, &shown, &id, now, 5) { shown = n.clone(); expected = Some(n); replaced = true; }
                    }
                }
                Op::Delete(i) => { if let Some(id) = s.library().profiles.get(i).map(|p| p.id.clone()) { s.delete(&mut store, &id); } }
                Op::OtherTab(x) => {
                    // The other tab wrote it to the storage both tabs share.
                    let raw = profile::current_to_json(&Current { answers: x.clone(), ..Default::default() });
                    store.map.insert(CURRENT_KEY.into(), raw.clone());
                    if let Some(n) = s.other_tab_current(&raw, &shown) { shown = n; }
                    expected = Some(x);
                }
                Op::StoreFull(f) => store.quota = f.then_some(0),
                // Undo in a preview: the own work is never touched.
                Op::Undo(q) => { if let Some(n) = s.undo(&shown, q) { shown = n; } }
                Op::UndoAll => { if let Some(n) = s.undo_all() { shown = n; } }
            }
            // The UI's autosave effect runs after every change.
            s.autosave(&mut store, &shown);
            let after = s.own_work(&shown);
            prop_assert_eq!(Some(after), expected, "{:?}", op);
            if replaced {
                prop_assert!(before == Answers::new() || s.library().profiles.iter().any(|p| p.answers == before), "replaced own work was not kept: {:?}", op);
            }
            // At most one autosave message, whatever happened.
            prop_assert!(s.messages().iter().filter(|m| m.condition == Some(Condition::Autosave)).count() <= 1);
            // What autosave wrote is the own work.
            if s.mode() == &Mode::Own && store.quota.is_none() {
                prop_assert_eq!(&stored_current(&store).unwrap().answers, &s.own_work(&shown));
            }
        }
    }
}

#[test]
fn the_store_used_by_tests_refuses_writes_when_full() {
    let mut store = full();
    assert_eq!(store.set("dfa.x", "1"), Err(StoreError::QuotaExceeded));
}

#[test]
fn a_staged_change_is_written_by_the_next_flush_even_after_a_preview_opened() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let own = a("app_type", "api_backend");
    // Staged: kept in the session, not written yet.
    assert!(s.stage_own(&own));
    assert!(store.map.is_empty());
    // A link opens before the write: the own work is still the staged one...
    let theirs = a("app_type", "content_platform");
    let shown = s.open_link(&own, &encode(&theirs, "Theirs")).unwrap();
    // ...and staging the preview does nothing, while a write is still pending.
    assert!(s.stage_own(&shown));
    assert!(!s.flush(&mut store));
    assert_eq!(stored_current(&store).unwrap().answers, own);
    // Written once: the next flush has nothing to do.
    store.map.clear();
    assert!(!s.flush(&mut store));
    assert!(store.map.is_empty());
}

#[test]
fn a_failed_flush_is_said_once_and_cleared_by_a_flush_that_works() {
    let mut store = full();
    let mut s = Session::new(None);
    s.stage_own(&a("app_type", "api_backend"));
    assert!(s.flush(&mut store), "the failure is a new message");
    let said = texts(&s);
    assert_eq!(said.len(), 1);
    s.stage_own(&a("app_type", "content_platform"));
    assert!(!s.flush(&mut store), "the same failure again is not said again");
    assert_eq!(texts(&s), said);
    store.quota = None;
    s.stage_own(&a("app_type", "focused_service"));
    assert!(s.flush(&mut store), "the message goes");
    assert!(texts(&s).is_empty());
    assert_eq!(stored_current(&store).unwrap().answers, a("app_type", "focused_service"));
}

#[test]
fn another_tabs_write_overtakes_a_staged_change() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    s.stage_own(&a("app_type", "api_backend"));
    let theirs = Current { answers: a("app_type", "content_platform"), ..Current::default() };
    let raw = profile::current_to_json(&theirs);
    assert_eq!(s.other_tab_current(&raw, &a("app_type", "api_backend")), Some(theirs.answers.clone()));
    assert!(!s.flush(&mut store), "nothing left to write");
    assert!(store.map.is_empty());
    assert_eq!(s.own_work(&theirs.answers), theirs.answers);
}

#[test]
fn what_another_tab_wrote_is_never_written_back() {
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    let theirs = Current { answers: a("app_type", "content_platform"), ..Current::default() };
    let raw = profile::current_to_json(&theirs);
    let shown = s.other_tab_current(&raw, &Answers::new()).unwrap();
    // The UI shows it, and its autosave stages it: nothing to write, so a
    // newer change from the other tab cannot be overwritten with this one.
    s.stage_own(&shown);
    assert!(!s.flush(&mut store));
    assert!(store.map.is_empty());
    // Nor is the work just restored written back at start-up.
    let mut restored = MemoryStore::default();
    let mut first = Session::new(None);
    first.autosave(&mut restored, &a("app_type", "api_backend"));
    let mut again = Session::new(None);
    let own = again.restore(&mut restored, 1);
    restored.map.clear();
    again.stage_own(&own);
    again.flush(&mut restored);
    assert!(restored.map.is_empty());
    // A real change is written.
    again.stage_own(&a("app_type", "focused_service"));
    again.flush(&mut restored);
    assert_eq!(stored_current(&restored).unwrap().answers, a("app_type", "focused_service"));
}

fn q(id: &str) -> usize {
    django_flask_advisor::knowledge::question_index(id).unwrap()
}

#[test]
fn changes_from_the_opened_version_are_listed_with_ids_and_undone() {
    use django_flask_advisor::engine::Importance;
    let origin = Answers::new().with("team_seniority", "mostly_senior").with("app_type", "api_backend").with("team_size", "single_team");
    let mut shown = origin.clone().with("team_seniority", "mixed").with("time_to_market", "weeks");
    shown.set_choice(q("app_type"), None);
    shown.set_importance(q("team_size"), Importance::High);
    let list = changes(&origin, &shown);
    // In questionnaire order, one entry per question.
    let ids: Vec<_> = list.iter().map(Change::question_id).collect();
    let mut sorted = list.iter().map(|c| c.question).collect::<Vec<_>>();
    sorted.sort();
    assert_eq!(list.iter().map(|c| c.question).collect::<Vec<_>>(), sorted);
    assert_eq!(ids.len(), 4);
    let by = |id: &str| *list.iter().find(|c| c.question_id() == id).unwrap();
    assert_eq!(by("team_seniority").answer_ids(), Some((Some("mostly_senior"), Some("mixed"))));
    assert!(matches!(by("team_seniority").answer, Some(AnswerChange::Changed(_, _))));
    assert_eq!(by("time_to_market").answer_ids(), Some((None, Some("weeks"))));
    assert!(matches!(by("time_to_market").answer, Some(AnswerChange::Added(_))));
    assert_eq!(by("app_type").answer_ids(), Some((Some("api_backend"), None)));
    assert!(matches!(by("app_type").answer, Some(AnswerChange::Removed(_))));
    assert_eq!(by("team_size").answer, None);
    assert_eq!(by("team_size").importance, Some((Importance::Normal, Importance::High)));
    assert!(changes(&origin, &origin).is_empty());

    // Undo one: only that question goes back.
    let undone = undo_change(&origin, &shown, q("team_seniority"));
    assert!(undone.is("team_seniority", "mostly_senior"));
    assert!(undone.is("time_to_market", "weeks"));
    assert_eq!(changes(&origin, &undone).len(), 3);
    // Undo every change one by one: back to the opened version.
    let mut back = shown.clone();
    for c in &list {
        back = undo_change(&origin, &back, c.question);
    }
    assert_eq!(back, origin);

    // Through the session: a preview remembers its opened version.
    let mut s = Session::new(None);
    assert!(s.changes(&shown).is_empty(), "nothing to compare on the own work");
    assert_eq!(s.undo_all(), None);
    let opened = s.open_link(&Answers::new(), &encode(&origin, "Theirs")).unwrap();
    assert_eq!(s.origin(), Some(&opened));
    assert_eq!(s.changes(&shown), list);
    assert_eq!(s.undo(&shown, q("app_type")).unwrap().choice(q("app_type")), origin.choice(q("app_type")));
    assert_eq!(s.undo_all(), Some(origin.clone()));
    // A trial lists nothing (its banner says what it tries).
    s.try_answers(&shown, "t".into(), shown.clone());
    assert!(s.changes(&shown).is_empty());
}

#[test]
fn the_changes_are_said_in_one_place() {
    use django_flask_advisor::engine::Importance;
    let origin = Answers::new().with("team_seniority", "mostly_senior");
    let two = origin.clone().with("team_seniority", "mixed").with("time_to_market", "weeks");
    assert_eq!(changes_heading(true, &changes(&origin, &two)), "Changed from the shared version: 2 answers");
    let one = origin.clone().with("team_seniority", "mixed");
    assert_eq!(changes_heading(false, &changes(&origin, &one)), "Changed from the link: 1 answer");
    let mut setting = one.clone();
    setting.set_importance(q("time_to_market"), Importance::Low);
    assert_eq!(changes_heading(true, &changes(&origin, &setting)), "Changed from the shared version: 1 answer and 1 importance setting");
    let list = changes(&origin, &two);
    assert_eq!(describe_change(&list[0]), format!("{}: Mostly senior \u{2192} Mixed", QUESTIONS[q("team_seniority")].title));
    let added = list.iter().find(|c| c.question_id() == "time_to_market").unwrap();
    let weeks = QUESTIONS[q("time_to_market")].option("weeks").unwrap().label;
    assert_eq!(describe_change(added), format!("{}: not answered \u{2192} {weeks}", QUESTIONS[q("time_to_market")].title));
    let mut both = origin.clone();
    both.set_choice(q("team_seniority"), None);
    both.set_importance(q("team_seniority"), Importance::High);
    assert_eq!(
        describe_change(&changes(&origin, &both)[0]),
        format!("{}: Mostly senior \u{2192} not answered; importance normal (×1) \u{2192} high (×2)", QUESTIONS[q("team_seniority")].title)
    );
    assert_eq!(undo_change_label(&list[0]), format!("Undo the change to {}", QUESTIONS[q("team_seniority")].title));
}

#[test]
fn the_address_holds_what_is_on_screen() {
    let own = a("app_type", "api_backend");
    let theirs = a("app_type", "content_platform");
    let mut s = Session::new(None);
    assert_eq!(s.address(&own), Address::Own);
    assert_eq!(s.link_origin(&own), None);
    let shown = s.open_link(&own, &encode(&theirs, "Theirs")).unwrap();
    assert_eq!(s.address(&shown), Address::Shown(encode(&theirs, "Theirs")));
    let edited = shown.clone().with("team_seniority", "mixed");
    assert_eq!(s.address(&edited), Address::Shown(encode(&edited, "Theirs")));
    assert_eq!(
        s.link_origin(&edited),
        Some(LinkOrigin { shared: true, origin: encode(&theirs, "Theirs"), shown: encode(&edited, "Theirs") })
    );
    // A trial of a preview keeps the preview's opened version beside it.
    let trial = edited.clone().with("team_size", "multiple_teams");
    s.try_answers(&edited, "t".into(), trial.clone());
    assert_eq!(s.link_origin(&trial).unwrap().origin, encode(&theirs, "Theirs"));
    s.end_trial(false);
    // Back on the own work the address holds no link.
    let back = s.back_to_own();
    assert_eq!(s.address(&back), Address::Own);
    // A trial of the own work is in the address too, with no opened version.
    let trial = s.try_answers(&back, "t".into(), back.clone().with("team_size", "solo_or_pair"));
    assert_eq!(s.address(&trial), Address::Shown(encode(&trial, "")));
    assert_eq!(s.link_origin(&trial), None);
}

#[test]
fn a_reload_of_an_edited_preview_keeps_the_edits_and_what_was_opened() {
    let theirs = a("app_type", "content_platform").with("team_seniority", "mostly_senior");
    let link = encode(&theirs, "Theirs");
    let mut s = Session::new(None);
    let shown = s.open_link(&Answers::new(), &link).unwrap();
    let edited = shown.clone().with("team_seniority", "mixed");
    let Address::Shown(address) = s.address(&edited) else { panic!("a preview is in the address") };
    let kept = s.link_origin(&edited).unwrap();
    // What the tab keeps survives its round trip through session storage.
    let kept: LinkOrigin = serde_json::from_str(&serde_json::to_string(&kept).unwrap()).unwrap();

    // The reload: the address opens the edited version, the kept entry
    // gives back the opened one.
    let mut again = Session::new(None);
    let reopened = again.reopen_link(&Answers::new(), &address, Some(&kept)).unwrap();
    assert_eq!(reopened, edited);
    assert!(matches!(again.mode(), Mode::Preview { name, shared: true, .. } if name == "Theirs"));
    let list = again.changes(&reopened);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].answer_ids(), Some((Some("mostly_senior"), Some("mixed"))));
    assert_eq!(again.undo_all(), Some(theirs.clone()));

    // Without the kept entry (another tab, the link sent on): the edited
    // version is what was shared.
    let mut fresh = Session::new(None);
    let opened = fresh.reopen_link(&Answers::new(), &address, None).unwrap();
    assert!(fresh.changes(&opened).is_empty());

    // An entry written with another address, or unreadable, is ignored.
    let other = encode(&a("app_type", "api_backend"), "");
    let mut s3 = Session::new(None);
    let opened = s3.reopen_link(&Answers::new(), &other, Some(&kept)).unwrap();
    assert!(s3.changes(&opened).is_empty());
    let corrupt = LinkOrigin { origin: "s2.%%%".into(), ..kept.clone() };
    let mut s4 = Session::new(None);
    let opened = s4.reopen_link(&Answers::new(), &address, Some(&corrupt)).unwrap();
    assert!(s4.changes(&opened).is_empty());
    assert!(serde_json::from_str::<LinkOrigin>("{\"shared\":1}").is_err(), "a damaged entry does not parse");
    // A bad address is still a bad link, whatever was kept.
    let mut s5 = Session::new(None);
    assert_eq!(s5.reopen_link(&Answers::new(), "s2.%%%", Some(&kept)), None);
    assert_eq!(s5.mode(), &Mode::Own);

    // A prefill link's opened version is "the link", also after a reload.
    let mut p = Session::new(None);
    let prefilled = p.open_prefill(&Answers::new(), a("app_type", "api_backend"));
    let edited = prefilled.clone().with("team_size", "solo_or_pair");
    let kept = p.link_origin(&edited).unwrap();
    assert!(!kept.shared);
    let mut again = Session::new(None);
    let reopened = again.reopen_link(&Answers::new(), &kept.shown.clone(), Some(&kept)).unwrap();
    assert!(matches!(again.mode(), Mode::Preview { shared: false, .. }));
    assert_eq!(changes_heading(false, &again.changes(&reopened)), "Changed from the link: 1 answer");
}

#[test]
fn own_work_to_go_back_to_is_known() {
    let mut s = Session::new(None);
    s.open_link(&Answers::new(), &encode(&a("app_type", "api_backend"), "")).unwrap();
    assert!(!s.has_own_work(), "an empty own work is nothing to go back to");
    let mut s = Session::new(None);
    s.open_link(&a("app_type", "content_platform"), &encode(&a("app_type", "api_backend"), "")).unwrap();
    assert!(s.has_own_work());
}

#[test]
fn the_profiles_tab_says_what_is_on_screen_and_what_changed() {
    use django_flask_advisor::session::messages::{saved_detail, working_on};
    let mut store = MemoryStore::default();
    let mut s = Session::new(None);
    assert_eq!(working_on(s.mode(), s.own_meta()), "Unsaved work (autosaved in this browser)");
    let mine = a("app_type", "api_backend");
    s.save_as(&mut store, &mine, "Mine", 1, 1).unwrap();
    assert_eq!(working_on(s.mode(), s.own_meta()), "\u{201c}Mine\u{201d}");
    assert_eq!(saved_detail(&s.saved_state(&mine)), None);
    let title = QUESTIONS.iter().find(|q| q.id == "app_type").unwrap().title;
    assert_eq!(
        saved_detail(&s.saved_state(&a("app_type", "content_platform"))),
        Some(format!("Changed since it was saved (1 question): {title}."))
    );
    s.open_link(&mine, &encode(&a("app_type", "content_platform"), "Theirs")).unwrap();
    assert_eq!(working_on(s.mode(), s.own_meta()), "A link preview (not saved)");
    s.try_answers(&mine, "a change".into(), a("app_type", "full_stack_product"));
    assert_eq!(working_on(s.mode(), s.own_meta()), "A what-if trial (not saved)");
}

/// The panels' counted sentences, from session/messages.rs: singular and
/// plural, and the none case said as such.
#[test]
fn panel_sentences_count_in_words() {
    use django_flask_advisor::session::messages::{
        answers_differ, answers_touching_disagreements, files_not_read, suggestions_applied, theme_not_kept,
    };
    assert_eq!(answers_differ(0, 24), "No answer differs.");
    assert_eq!(answers_differ(3, 24), "Answers differ on 3 of the 24 questions.");
    assert_eq!(answers_touching_disagreements(0), "None of your answers touches a disagreement yet.");
    assert_eq!(answers_touching_disagreements(1), "1 of your answers touches a disagreement.");
    assert_eq!(answers_touching_disagreements(4), "4 of your answers touch a disagreement.");
    assert_eq!(files_not_read("worker stopped"), "The files could not be read (worker stopped).");
    assert_eq!(suggestions_applied(1), "Applied 1 answer. They are saved like any answer you pick yourself.");
    assert_eq!(suggestions_applied(5), "Applied 5 answers. They are saved like any answer you pick yourself.");
    assert_eq!(theme_not_kept(&StoreError::QuotaExceeded), "This choice holds until you leave the page: storage quota exceeded.");
}
