//! Real projects' dependency files (tests/fixtures/real/, each folder's
//! ORIGIN.md names the repository, commit and licence), read by "Start from
//! your code" and scored with the answers their teams would give.

use django_flask_advisor::answers::Answers;
use django_flask_advisor::depfiles::{analyse, Analysis, InputFile, Request};
use django_flask_advisor::engine::{assess, ExistingPath, SetAside};
use django_flask_advisor::knowledge::{question_index, Framework};

const TODAY: (u32, u32) = (2026, 12);

fn read(folder: &str, files: &[&str]) -> Analysis {
    let files = files
        .iter()
        .map(|name| InputFile {
            name: name.to_string(),
            text: std::fs::read_to_string(format!("{}/tests/fixtures/real/{folder}/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture"),
        })
        .collect();
    analyse(&Request { files, today: TODAY })
}

/// The analysis's suggestions applied as answers.
fn applied(a: &Analysis) -> Answers {
    a.suggestions.iter().fold(Answers::new(), |acc, s| acc.with(&s.question, &s.option))
}

/// Flask's support is judged from release data: only the current feature
/// release (3.1) gets fixes, so microblog's Flask 3.0.0 and Redash's 2.3.2
/// are flagged, and ihatemoney's `Flask~=3.1.2` is not.
#[test]
fn flask_versions_are_judged_against_the_current_feature_release() {
    for (folder, files, version, ended) in [
        ("microblog", &["requirements.txt"][..], "3.0.0", true),
        ("redash", &["pyproject.toml"][..], "2.3.2", true),
        ("redash-v8", &["requirements.txt"][..], "0.12.4", true),
        ("ihatemoney", &["pyproject.toml"][..], "~=3.1.2", false),
    ] {
        let a = read(folder, files);
        let flask = a.frameworks.iter().find(|f| f.name == "Flask").unwrap_or_else(|| panic!("{folder}: no Flask"));
        assert_eq!((flask.version.as_str(), flask.ended), (version, ended), "{folder}: {flask:?}");
        if ended {
            assert!(flask.support.as_deref().unwrap().contains("current feature release, 3.1"), "{folder}: {flask:?}");
        }
    }
}

/// How the team of a running product answers the rest: it is extending the
/// system it runs, for years, with one senior team, adding a moderate module.
fn team(a: Answers) -> Answers {
    a.with("maintenance_horizon", "long_term")
        .with("team_size", "single_team")
        .with("team_seniority", "mostly_senior")
        .with("scope_complexity", "moderate")
        .with("rewrite_scope", "product_in_use")
}

/// Redash 8.0.0 (getredash/redash, BSD-2-Clause): a Flask product in use
/// with Flask-SQLAlchemy, Flask-Login, Flask-Migrate, Celery and pysaml2. Its team
/// extends Flask; nothing its files show becomes points for Django.
#[test]
fn a_running_flask_product_read_from_its_files_is_extended() {
    let analysis = read("redash-v8", &["requirements.txt", "requirements_bundles.txt"]);
    let flask = analysis.frameworks.iter().find(|f| f.name == "Flask").expect("Flask found");
    assert_eq!(flask.version, "0.12.4");
    let from_files = applied(&analysis);
    assert!(from_files.is("existing_codebase", "existing_flask"), "{:?}", analysis.suggestions);
    for (q, o) in [("auth_needs", "basic_accounts"), ("data_model", "standard_relational"), ("heavy_processing", "queued_tasks")] {
        assert!(
            from_files.is(q, o),
            "{q}={o} suggested: {:?}",
            analysis.suggestions.iter().map(|s| (&s.question, &s.option)).collect::<Vec<_>>()
        );
    }
    // The suggestions say what the running system has, not what to weigh.
    let login = analysis.suggestions.iter().find(|s| s.question == "auth_needs").unwrap();
    assert!(login.reason.starts_with("Your Flask system already has this (pysaml2, Flask-Login). "), "{}", login.reason);
    assert!(login.had);
    assert!(!analysis.suggestions.iter().find(|s| s.question == "existing_codebase").unwrap().had, "not a capability");
    let answers = team(from_files);
    let r = assess(&answers);
    assert_eq!(r.recommendation, Some(Framework::Flask), "scores {:?}", r.scores);
    assert_eq!(r.existing, Some((Framework::Flask, ExistingPath::Extend)));
    // What the files show the system already has never counts for Django.
    for s in &analysis.suggestions {
        let qi = question_index(&s.question).unwrap();
        for c in r.contributions.iter().filter(|c| c.question == qi) {
            assert_eq!(c.points[0], 0, "{}={} gives Django points", s.question, s.option);
            if c.raw[0] > 0 {
                assert_eq!(c.set_aside, Some(SetAside::RunningSystem), "{}={}", s.question, s.option);
            }
        }
    }
    // The same needs for a new project do count for Django: the rule above
    // is what keeps them out, not the answers.
    let fresh = assess(&answers.clone().with("existing_codebase", "greenfield"));
    let login = fresh.contributions.iter().find(|c| c.question().id == "auth_needs").unwrap();
    assert!(login.points[0] > 0, "a new build's login counts for Django: {:?}", login.points);
}

/// flaskbb (BSD-3-Clause) from its pyproject.toml and uv.lock, and
/// microblog (MIT) from its requirements.txt: running Flask applications
/// with accounts and a relational model; extended with the same team.
#[test]
fn other_running_flask_applications_are_extended() {
    for (folder, files) in [("flaskbb", &["pyproject.toml", "uv.lock"][..]), ("microblog", &["requirements.txt"][..])] {
        let analysis = read(folder, files);
        let answers = team(applied(&analysis));
        assert!(answers.is("existing_codebase", "existing_flask"), "{folder}");
        let r = assess(&answers);
        assert_eq!(r.recommendation, Some(Framework::Flask), "{folder}: scores {:?}", r.scores);
        assert_eq!(r.existing, Some((Framework::Flask, ExistingPath::Extend)), "{folder}");
    }
}

/// NetBox (Apache-2.0, requirements.txt) and Saleor (BSD-3-Clause,
/// pyproject.toml and uv.lock): running Django products; with the same team
/// answers they stay on Django.
#[test]
fn running_django_products_are_extended() {
    for (folder, files) in [("netbox", &["requirements.txt"][..]), ("saleor", &["pyproject.toml", "uv.lock"][..])] {
        let analysis = read(folder, files);
        let answers = team(applied(&analysis));
        assert!(answers.is("existing_codebase", "existing_django"), "{folder}: {:?}", analysis.suggestions);
        let r = assess(&answers);
        assert_eq!(r.recommendation, Some(Framework::Django), "{folder}: scores {:?}", r.scores);
        assert_eq!(r.existing, Some((Framework::Django, ExistingPath::Extend)), "{folder}");
    }
}

/// Redash 8 logs users in with pysaml2 (single sign-on) as well as
/// Flask-Login: both say the system has accounts, one suggestion.
#[test]
fn single_sign_on_packages_are_known() {
    let redash = read("redash-v8", &["requirements.txt"]);
    let auth = redash.suggestions.iter().find(|s| s.question == "auth_needs").unwrap();
    assert_eq!(auth.option, "basic_accounts", "{:?}", auth.packages);
    assert_eq!(auth.packages, ["pysaml2", "Flask-Login"]);
}
