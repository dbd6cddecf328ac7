//! Real projects' dependency files (tests/fixtures/real/, each folder's
//! ORIGIN.md names the repository, commit and licence), read by "Start from
//! your code" and scored with the answers their teams would give.

use django_flask_advisor::answers::Answers;
use django_flask_advisor::depfiles::{analyse, Analysis, Group, GroupKind, InputFile, Request};
use django_flask_advisor::engine::{assess, ExistingPath, SetAside};
use django_flask_advisor::knowledge::{question_index, Framework};
use django_flask_advisor::madr::record;
use django_flask_advisor::report::{report, Document};

const TODAY: (u32, u32) = (2026, 12);

fn read(folder: &str, files: &[&str]) -> Analysis {
    read_counting(folder, files, Vec::new())
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
            assert!(flask.support.as_deref().unwrap().contains("current: 3.1, since November 2024"), "{folder}: {flask:?}");
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

fn read_counting(folder: &str, files: &[&str], counted: Vec<Group>) -> Analysis {
    let files = files
        .iter()
        .map(|name| InputFile {
            name: name.to_string(),
            text: std::fs::read_to_string(format!("{}/tests/fixtures/real/{folder}/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture"),
        })
        .collect();
    analyse(&Request { files, today: TODAY, counted })
}

/// Redash (pyproject.toml and uv.lock): its optional data-source connectors
/// (`all_ds`: pymongo, cassandra-driver, mysqlclient), its LDAP group and its
/// development tools are shown apart and answer nothing, until the user
/// ticks a group; the lock file names the same groups (PEP 735 names,
/// `all_ds` = `all-ds`), so each is listed once with both files.
#[test]
fn optional_groups_are_apart_until_ticked() {
    let a = read("redash", &["pyproject.toml", "uv.lock"]);
    let names: Vec<String> = a.groups.iter().map(|g| g.group.name.clone()).collect();
    assert_eq!(names, ["all-ds", "ldap3", "dev"]);
    let all_ds = &a.groups[0];
    assert_eq!(all_ds.group.kind, GroupKind::DependencyGroup);
    assert_eq!(all_ds.files, ["pyproject.toml", "uv.lock"]);
    assert_eq!(all_ds.telling, ["cassandra-driver", "mysqlclient", "pymongo"]);
    assert!(!all_ds.packages.iter().any(|p| p == "flask"), "the application's own packages are not in a group");
    assert_eq!(a.suggestions.iter().find(|s| s.question == "database_type").map(|s| s.option.as_str()), Some("standard_sql"));
    assert!(a.suggestions.iter().all(|s| !s.packages.iter().any(|p| p == "pymongo" || p == "ldap3")), "{:?}", a.suggestions);
    // Ticked, the group's packages are the application's own.
    let b = read_counting("redash", &["pyproject.toml", "uv.lock"], vec![all_ds.group.clone()]);
    assert!(b.groups[0].counted);
    let db = b.suggestions.iter().find(|s| s.question == "database_type").unwrap();
    assert_eq!(db.option, "unconventional", "MongoDB and Cassandra now count: {:?}", db.packages);
    // A development requirements file is a group of its own (flaskbb, Redash 8).
    for (folder, files, group) in [
        ("flaskbb", &["requirements.txt", "requirements-dev.txt"][..], "requirements-dev.txt"),
        ("redash-v8", &["requirements.txt", "requirements_dev.txt"][..], "requirements_dev.txt"),
    ] {
        let a = read(folder, files);
        assert_eq!(a.groups.len(), 1, "{folder}: {:?}", a.groups);
        assert_eq!((a.groups[0].group.kind, a.groups[0].group.name.as_str()), (GroupKind::Development, group));
        assert!(a.present.iter().any(|p| p.capability == "testing"), "{folder}: tests are had from the development file");
    }
    // Poetry 2's lock file says each package's groups (Saleor's last Poetry commit).
    let s = read("saleor-poetry", &["poetry.lock"]);
    assert_eq!(s.groups.iter().map(|g| g.group.to_string()).collect::<Vec<_>>(), ["dependency group \u{201c}dev\u{201d}"]);
    assert!(s.groups[0].packages.iter().any(|p| p == "pytest"));
}

/// With the project file beside its lock file, only the packages the
/// project names itself suggest answers: Saleor's `websockets` comes with
/// `uvicorn[standard]` and is not a sign of WebSocket code; the lock file
/// alone (uv) says the same from its graph.
#[test]
fn what_a_dependency_pulls_in_suggests_nothing() {
    for files in [&["pyproject.toml", "uv.lock"][..], &["uv.lock"][..]] {
        let a = read("saleor", files);
        let io = a.suggestions.iter().find(|s| s.question == "async_io").unwrap();
        assert_eq!((io.option.as_str(), io.packages.clone()), ("heavy_concurrency", vec!["uvicorn".to_string()]), "{files:?}");
        let django = a.frameworks.iter().find(|f| f.name == "Django").unwrap();
        assert_eq!(django.version, "5.2.17", "{files:?}: the lock file gives the exact version");
    }
    let with_project = read("saleor-poetry", &["pyproject.toml", "poetry.lock"]);
    assert!(with_project.suggestions.iter().all(|s| !s.packages.iter().any(|p| p == "websockets")));
}

/// Release data: old majors of the core libraries are flagged with the
/// current release and the date the data was taken; current ones are not.
#[test]
fn core_libraries_are_judged_from_release_data() {
    let redash = read("redash", &["pyproject.toml", "uv.lock"]);
    let libs: Vec<(&str, &str, bool)> = redash.libraries.iter().map(|l| (l.name.as_str(), l.version.as_str(), l.ended)).collect();
    assert_eq!(libs, [("Flask-SQLAlchemy", "2.5.1", true), ("SQLAlchemy", "1.3.24", true)]);
    let sa = &redash.libraries[1];
    let support = sa.support.as_deref().unwrap();
    assert!(support.contains("current: 2.1") && support.contains("December 2026"), "{support}");
    assert!(sa.reference.as_ref().unwrap().1.starts_with("https://www.sqlalchemy.org/"));
    let money = read("ihatemoney", &["pyproject.toml", "uv.lock"]);
    assert!(money.libraries.iter().all(|l| !l.ended), "{:?}", money.libraries);
    assert!(money.frameworks.iter().all(|f| !f.ended), "Flask 3.1 is current: {:?}", money.frameworks);
}

/// Saleor serves a GraphQL API (graphene): recognised with a note, no answer.
#[test]
fn graphql_is_recognised_with_a_neutral_note() {
    let a = read("saleor", &["pyproject.toml"]);
    assert_eq!(a.notes.len(), 1, "{:?}", a.notes);
    assert_eq!(a.notes[0].packages, ["graphene"]);
    assert!(a.notes[0].note.contains("GraphQL"));
    assert!(a.suggestions.iter().all(|s| !s.packages.iter().any(|p| p == "graphene")));
}

/// A running Flask product read from its files, with its team's answers,
/// is extended; the report and the decision record name the Flask release
/// that no longer gets fixes and the old SQLAlchemy.
#[test]
fn the_support_flag_of_an_old_flask_is_in_the_report_and_the_record() {
    let analysis = read("redash", &["pyproject.toml", "uv.lock"]);
    let answers = team(applied(&analysis));
    let r = assess(&answers);
    assert_eq!(r.existing, Some((Framework::Flask, ExistingPath::Extend)), "scores {:?}", r.scores);
    let found: Vec<_> = analysis.frameworks.iter().chain(&analysis.libraries).cloned().collect();
    let doc = |found| Document { answers: &answers, name: "Redash", share_link: "https://example.test/#s2.x", date: "2026-12-07", found };
    let report = report(&doc(&found));
    assert!(report.contains("- Flask 2.3.2 (no longer gets fixes:"), "{report}");
    assert!(report.contains("- SQLAlchemy 1.3.24 (no longer gets fixes:"));
    assert!(report.contains("[Pallets security policy](<https://github.com/pallets/.github/blob/main/SECURITY.md>)"));
    let record = record(&doc(&found));
    assert!(record.contains("* Flask 2.3.2 (no longer gets fixes:"), "{record}");
    assert!(
        record.contains("bring these up to a release that still gets fixes: Flask 2.3.2, Flask-SQLAlchemy 2.5.1, SQLAlchemy 1.3.24."),
        "{record}"
    );
    // Without files, neither says anything about them.
    assert!(!django_flask_advisor::report::report(&doc(&[])).contains("no longer gets fixes"));
    // A version string from a file cannot add Markdown structure.
    let mut hostile = found[0].clone();
    hostile.version = "2.3.2](javascript:alert(1))\n# Injected".into();
    let hostile = [hostile];
    let md = django_flask_advisor::report::report(&doc(&hostile));
    assert!(!md.contains("](javascript") && !md.contains("\n# Injected"), "{md}");
}

/// CTFd (CTFd/CTFd, Apache-2.0), a running Flask product read from its
/// pyproject.toml and uv.lock: Flask 2.1, Flask-SQLAlchemy 2.5 and
/// SQLAlchemy 1.4 no longer get fixes; its development group (tests, a
/// PostgreSQL driver for them) stays apart; gevent marks async serving as
/// had; its team extends Flask, and the report names the releases to bring up.
#[test]
fn ctfd_is_a_running_flask_product_with_releases_past_support() {
    let a = read("ctfd", &["pyproject.toml", "uv.lock"]);
    let flask = a.frameworks.iter().find(|f| f.name == "Flask").unwrap();
    assert_eq!((flask.version.as_str(), flask.ended), ("2.1.3", true));
    let libs: Vec<(&str, &str, bool)> = a.libraries.iter().map(|l| (l.name.as_str(), l.version.as_str(), l.ended)).collect();
    assert_eq!(libs, vec![("Flask-SQLAlchemy", "2.5.1", true), ("SQLAlchemy", "1.4.54", true)]);
    let dev = a.groups.iter().find(|g| g.group == Group::new(GroupKind::DependencyGroup, "dev")).expect("the dev group apart");
    assert!(dev.packages.iter().any(|p| p == "pytest") && dev.packages.iter().any(|p| p == "psycopg2-binary"), "{dev:?}");
    let db = a.suggestions.iter().find(|s| s.question == "database_type").unwrap();
    assert_eq!(db.packages, vec!["PyMySQL"], "the development group's PostgreSQL driver suggests nothing");
    assert!(a.present.iter().any(|p| p.capability == "async" && p.packages.iter().any(|x| x == "gevent")));
    assert!(a.present.iter().any(|p| p.capability == "testing"), "pytest in the dev group still marks testing as had");
    let answers = team(applied(&a));
    let result = assess(&answers);
    assert_eq!(result.recommendation, Some(Framework::Flask));
    assert_eq!(result.existing.map(|(_, p)| p), Some(ExistingPath::Extend));
    let found: Vec<_> = a.frameworks.iter().chain(&a.libraries).cloned().collect();
    let md = report(&Document {
        answers: &answers,
        name: "CTFd",
        share_link: "https://advisor.example/#s2.x",
        date: "2026-12-07",
        found: &found,
    });
    for release in ["Flask 2.1.3", "Flask-SQLAlchemy 2.5.1", "SQLAlchemy 1.4.54"] {
        assert!(md.contains(release), "{release} in the report");
    }
}
