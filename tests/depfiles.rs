//! "Start from your code": every supported dependency format, read from
//! realistic files in tests/fixtures/depfiles/, and what they suggest.

use django_flask_advisor::answers::Answers;
use django_flask_advisor::depfiles::{
    self, analyse, decode, normalize, Analysis, DepfileError, Format, Group, GroupKind, InputFile, Request, Scope,
};
use django_flask_advisor::knowledge::bom::CAPABILITIES;
use django_flask_advisor::knowledge::packages::{ANSWER_HINTS, CAPABILITY_HINTS, DJANGO_SUPPORT};
use django_flask_advisor::knowledge::QUESTIONS;
use django_flask_advisor::profile_view::{build_list, with_code, Situation, Status};

const TODAY: (u32, u32) = (2026, 11);

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/depfiles/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

fn run(files: &[(&str, &str)]) -> Analysis {
    let files = files.iter().map(|(name, fix)| InputFile { name: name.to_string(), text: fixture(fix) }).collect();
    analyse(&Request { files, today: TODAY, counted: Vec::new() })
}

fn suggested(a: &Analysis, q: &str) -> Option<String> {
    a.suggestions.iter().find(|s| s.question == q).map(|s| s.option.clone())
}

fn names(p: &depfiles::Parsed) -> Vec<String> {
    p.dependencies.iter().map(|d| normalize(&d.name)).collect()
}

#[test]
fn requirements_txt_reads_comments_includes_hashes_markers_extras_editables_and_urls() {
    let p = depfiles::requirements::parse(&fixture("requirements.txt"));
    assert_eq!(p.includes, vec!["requirements-base.txt"]);
    let n = names(&p);
    for want in [
        "flask",
        "flask-login",
        "flask-admin",
        "flask-sqlalchemy",
        "flask-wtf",
        "celery",
        "gunicorn",
        "shop-pricing",
        "reportlab-extras",
        "psycopg2-binary",
    ] {
        assert!(n.contains(&want.to_string()), "{want} missing from {n:?}");
    }
    assert_eq!(n.len(), 10, "`-e .` and the options add nothing: {n:?}");
    let flask = p.dependencies.iter().find(|d| d.name == "Flask").unwrap();
    assert_eq!(flask.pinned.as_deref(), Some("2.3.3"), "the hashes on continuation lines are cut");
    assert_eq!(flask.line, Some(6), "a continued requirement reports its first line");
    let admin = p.dependencies.iter().find(|d| d.name == "Flask-Admin").unwrap();
    assert_eq!(admin.pinned.as_deref(), Some("1.6.1"), "extras do not hide the pin");
    let login = p.dependencies.iter().find(|d| d.name == "Flask-Login").unwrap();
    assert_eq!(login.pinned, None);
    assert_eq!(login.spec, ">=0.6, <0.7");
    assert_eq!(p.problems.len(), 1, "{:?}", p.problems);
    assert_eq!(p.problems[0].0, Some(21), "the bad line is named");
    assert!(matches!(p.problems[0].1, DepfileError::Requirement(_)));
}

#[test]
fn the_flask_system_from_requirements_is_recognised_and_its_suggestions_follow() {
    let a = run(&[("requirements.txt", "requirements.txt")]);
    assert_eq!(a.missing_includes, vec!["requirements-base.txt"], "the included file is offered");
    assert_eq!(a.frameworks.len(), 1);
    let flask = &a.frameworks[0];
    assert_eq!((flask.name.as_str(), flask.version.as_str(), flask.ended), ("Flask", "2.3.3", true));
    let said = flask.support.as_deref().unwrap();
    assert!(said.contains("current: 3.1, since November 2024") && said.contains("as of December 2026"), "{said}");
    assert_eq!(suggested(&a, "existing_codebase").as_deref(), Some("existing_flask"));
    // Beyond the articles, a suggestion names a public reference for its package: its PyPI page.
    for s in &a.suggestions {
        assert_eq!(s.sources.is_empty(), s.reference.is_some(), "{s:?}");
    }
    let queue = a.suggestions.iter().find(|s| s.question == "heavy_processing").unwrap();
    assert!(queue.sources.contains(&"000".to_string()), "Celery is named by [000]");
    let admin = a.suggestions.iter().find(|s| s.question == "existing_codebase").unwrap();
    assert_eq!(admin.reference.as_ref().map(|r| r.1.as_str()), Some("https://pypi.org/project/flask/"));
    assert_eq!(suggested(&a, "project_stage").as_deref(), Some("extend_existing"));
    assert_eq!(suggested(&a, "framework_familiarity").as_deref(), Some("flask"));
    assert_eq!(suggested(&a, "auth_needs").as_deref(), Some("basic_accounts"));
    assert_eq!(suggested(&a, "admin_backoffice").as_deref(), Some("business_backoffice"));
    assert_eq!(suggested(&a, "data_model").as_deref(), Some("standard_relational"));
    assert_eq!(suggested(&a, "heavy_processing").as_deref(), Some("queued_tasks"));
    assert_eq!(suggested(&a, "database_type").as_deref(), Some("standard_sql"));
    let auth = a.suggestions.iter().find(|s| s.question == "auth_needs").unwrap();
    assert_eq!(auth.packages, vec!["Flask-Login"]);
    assert_eq!(auth.sources, vec!["001", "002"]);
    let db = a.suggestions.iter().find(|s| s.question == "database_type").unwrap();
    assert!(db.sources.is_empty(), "database drivers are beyond the articles");
    // Suggestions follow the questionnaire's order.
    let order: Vec<usize> = a.suggestions.iter().map(|s| QUESTIONS.iter().position(|q| q.id == s.question).unwrap()).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    let present: Vec<&str> = a.present.iter().map(|p| p.capability.as_str()).collect();
    for cap in ["orm", "admin", "auth", "forms", "csrf", "background_tasks", "deployment"] {
        assert!(present.contains(&cap), "{cap} missing from {present:?}");
    }
    assert_eq!(a.problems.len(), 1);
    assert_eq!((a.problems[0].file.as_str(), a.problems[0].line), ("requirements.txt", Some(21)));
    // Shown as one line: the file, the line, what is wrong.
    assert_eq!(a.problems[0].to_string(), format!("requirements.txt, line 21, {}", a.problems[0].message));
    let whole = django_flask_advisor::depfiles::Problem { line: None, ..a.problems[0].clone() };
    assert_eq!(whole.to_string(), format!("requirements.txt {}", a.problems[0].message));
}

#[test]
fn an_included_file_given_with_it_is_not_offered_again() {
    let a = run(&[("requirements.txt", "requirements.txt"), ("requirements-base.txt", "requirements-base.txt")]);
    assert!(a.missing_includes.is_empty());
    assert_eq!(a.files.len(), 2);
}

#[test]
fn pyproject_pep621_groups_and_an_ended_django_lts() {
    let p = depfiles::pyproject::parse(&fixture("pyproject.toml"));
    let n = names(&p);
    for want in [
        "django",
        "djangorestframework",
        "wagtail",
        "celery",
        "psycopg",
        "channels",
        "djangorestframework-simplejwt",
        "django-filter",
        "pytest",
        "pytest-django",
        "ruff",
    ] {
        assert!(n.contains(&want.to_string()), "{want} missing from {n:?}");
    }
    assert_eq!(p.problems.len(), 1, "{:?}", p.problems);
    assert_eq!(p.problems[0].0, Some(20), "the bad string's line is found");
    let a = run(&[("backend/pyproject.toml", "pyproject.toml")]);
    let django = &a.frameworks[0];
    assert_eq!((django.name.as_str(), django.version.as_str(), django.ended), ("Django", "3.2.25", true));
    assert!(django.support.as_deref().unwrap().contains("April 2024"));
    assert_eq!(suggested(&a, "existing_codebase").as_deref(), Some("existing_django"));
    // The optional extra "api" and the groups are shown apart and suggest nothing.
    assert_eq!(suggested(&a, "api_complexity").as_deref(), Some("simple_crud"), "DRF alone: {:?}", a.suggestions);
    let groups: Vec<(String, Vec<String>)> = a.groups.iter().map(|g| (g.group.to_string(), g.packages.clone())).collect();
    assert_eq!(
        groups,
        [
            ("optional extra \u{201c}api\u{201d}".to_string(), vec!["django-filter".to_string(), "djangorestframework-simplejwt".into()]),
            ("dependency group \u{201c}dev\u{201d}".to_string(), vec!["pytest".to_string(), "pytest-django".into()]),
            ("dependency group \u{201c}lint\u{201d}".to_string(), vec!["ruff".to_string()]),
        ]
    );
    assert_eq!(a.groups[0].telling, ["django-filter", "djangorestframework-simplejwt"], "what the extra would suggest");
    assert!(a.groups.iter().all(|g| !g.counted));
    assert_eq!(
        a.present.iter().find(|p| p.capability == "testing").map(|p| p.packages.clone()),
        Some(vec!["pytest".to_string()]),
        "tests are had"
    );
    assert_eq!(suggested(&a, "app_type").as_deref(), Some("content_platform"));
    assert_eq!(suggested(&a, "async_io").as_deref(), Some("long_lived_connections"), "Channels holds WebSockets open");
    // Ticked, the extra counts as the application's own: the stronger signal wins.
    let counted = vec![Group::new(GroupKind::Extra, "api")];
    let files = vec![InputFile { name: "pyproject.toml".into(), text: fixture("pyproject.toml") }];
    let b = analyse(&Request { files, today: TODAY, counted });
    assert_eq!(suggested(&b, "api_complexity").as_deref(), Some("complex_api"), "the stronger signal wins");
    assert!(b.groups[0].counted);
}

#[test]
fn pyproject_poetry_tables() {
    let p = depfiles::pyproject::parse(&fixture("pyproject-poetry.toml"));
    let n = names(&p);
    assert_eq!(n, vec!["flask", "flask-restx", "flask-sqlalchemy", "pymongo", "rq", "pytest", "flask-testing"], "python is skipped");
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let a = run(&[("pyproject.toml", "pyproject-poetry.toml")]);
    assert_eq!(a.frameworks[0].version, "^3.0");
    assert!(!a.frameworks[0].ended, "a range is not flagged");
    assert_eq!(suggested(&a, "database_type").as_deref(), Some("unconventional"));
    assert_eq!(suggested(&a, "api_complexity").as_deref(), Some("simple_crud"));
}

#[test]
fn pipfile_and_its_lock() {
    let p = depfiles::pipfile::parse(&fixture("Pipfile"));
    assert_eq!(names(&p), vec!["flask", "flask-security-too", "flask-caching", "dramatiq", "pytest"]);
    let l = depfiles::pipfile::parse_lock(&fixture("Pipfile.lock"));
    assert_eq!(l.dependencies.iter().find(|d| d.name == "flask-security-too").unwrap().pinned.as_deref(), Some("5.4.3"));
    assert!(l.problems.is_empty());
    let a = run(&[("Pipfile", "Pipfile"), ("Pipfile.lock", "Pipfile.lock")]);
    assert_eq!(a.frameworks[0].version, "3.0.3");
    assert!(a.frameworks[0].ended, "only the current feature release, 3.1, gets fixes");
    assert_eq!(suggested(&a, "auth_needs").as_deref(), Some("roles_permissions_2fa"));
    assert!(a.present.iter().any(|p| p.capability == "two_factor"));
}

#[test]
fn poetry_lock_and_uv_lock() {
    let p = depfiles::locks::parse_poetry(&fixture("poetry.lock"));
    assert_eq!(names(&p), vec!["django", "django-allauth", "mysqlclient"]);
    let a = run(&[("poetry.lock", "poetry.lock")]);
    let django = &a.frameworks[0];
    assert_eq!(django.version, "4.2.16");
    assert!(django.ended, "4.2 LTS ended in April 2026: {django:?}");
    assert!(django.support.as_deref().unwrap().contains("April 2026"));
    let u = depfiles::locks::parse_uv(&fixture("uv.lock"));
    assert_eq!(names(&u), vec!["flask", "flask-login", "uvicorn"], "the project's own editable entry is skipped");
    assert_eq!(u.dependencies[0].line, Some(14));
}

#[test]
fn bad_files_are_named_and_change_nothing_else() {
    assert_eq!(decode(&[0xff, 0xfe, 0x00]), Err(DepfileError::NotText));
    assert_eq!(decode(b"flask\0"), Err(DepfileError::NotText));
    assert_eq!(decode(&vec![b'a'; depfiles::MAX_FILE_BYTES + 1]), Err(DepfileError::TooLarge { limit: depfiles::MAX_FILE_BYTES }));
    assert_eq!(decode("\u{feff}flask\n".as_bytes()).unwrap(), "flask\n");
    let files = vec![
        InputFile { name: "poetry.lock".into(), text: "[[package]\nname = ".into() },
        InputFile { name: "Pipfile.lock".into(), text: "{\"default\": ".into() },
        InputFile { name: "notes.md".into(), text: "flask".into() },
        InputFile { name: "requirements.txt".into(), text: "flask-login\n".into() },
    ];
    let a = analyse(&Request { files, today: TODAY, counted: Vec::new() });
    let msgs: Vec<(String, Option<usize>, String)> = a.problems.iter().map(|p| (p.file.clone(), p.line, p.message.clone())).collect();
    assert_eq!(msgs.len(), 3, "{msgs:?}");
    assert_eq!((msgs[0].0.as_str(), msgs[0].1), ("poetry.lock", Some(1)));
    assert!(msgs[0].2.starts_with("is not valid TOML"), "{msgs:?}");
    assert!(msgs[1].2.starts_with("is not valid JSON"));
    assert!(msgs[2].2.starts_with("is not a file this reads"));
    assert_eq!(suggested(&a, "auth_needs").as_deref(), Some("basic_accounts"), "the good file is still read");
}

#[test]
fn format_detection_by_name() {
    assert_eq!(Format::detect("requirements/dev.txt"), Some(Format::Requirements));
    assert_eq!(Format::detect("requirements.in"), Some(Format::Requirements));
    assert_eq!(Format::detect("C:\\proj\\Pipfile"), Some(Format::Pipfile));
    assert_eq!(Format::detect("PIPFILE.LOCK"), Some(Format::PipfileLock));
    assert_eq!(Format::detect("setup.py"), None);
}

#[test]
fn every_mapping_row_names_real_questions_options_and_capabilities() {
    for h in ANSWER_HINTS {
        let q = QUESTIONS.iter().find(|q| q.id == h.question).unwrap_or_else(|| panic!("no question {}", h.question));
        assert!(q.options.iter().any(|o| o.id == h.option), "{}: no option {}", h.question, h.option);
        assert!(h.packages.iter().all(|p| normalize(p) == *p), "names are written normalised: {:?}", h.packages);
    }
    for h in CAPABILITY_HINTS {
        assert!(CAPABILITIES.iter().any(|c| c.id == h.capability), "no capability {}", h.capability);
        assert!(h.packages.iter().all(|p| normalize(p) == *p));
    }
    assert!(DJANGO_SUPPORT.iter().filter(|w| w.lts).all(|w| w.series.1 == 2 || w.series == (1, 11)));
    assert_eq!(normalize("Flask_SQLAlchemy"), "flask-sqlalchemy");
    assert_eq!(normalize("zope.interface"), "zope-interface");
}

#[test]
fn accepted_suggestions_and_present_packages_mark_the_build_list() {
    let a = run(&[("requirements.txt", "requirements.txt")]);
    let mut answers = Answers::new();
    for s in &a.suggestions {
        answers.set_by_id(&s.question, &s.option).expect("suggested ids exist");
    }
    let before = build_list(&answers);
    assert_eq!(before.situation, Situation::ExistingFlask);
    let present: Vec<(String, Vec<String>)> = a.present.iter().map(|p| (p.capability.clone(), p.packages.clone())).collect();
    let (after, have) = with_code(before.clone(), &present);
    let row = |id: &str| after.rows.iter().position(|(c, _)| c.id == id).unwrap();
    assert_eq!(after.rows[row("auth")].1, Status::Have);
    assert_eq!(have[row("auth")], vec!["Flask-Login"]);
    let (auth, status) = after.rows[row("auth")];
    assert_eq!(status.text_with(auth, &have[row("auth")]), format!("{}Flask-Login", status.text(auth)));
    let (migrations, status) = after.rows[row("migrations")];
    assert_eq!(status.text_with(migrations, &["ignored".to_string()]), status.text(migrations), "only a row it has names packages");
    assert_eq!(after.rows[row("admin")].1, Status::Have);
    assert_eq!(have[row("background_tasks")], vec!["celery"]);
    assert_eq!(after.rows[row("routing")].1, Status::Running, "running rows stay");
    assert_eq!(after.rows[row("migrations")].1, Status::Check, "still missing: no migration tool");
    assert!(after.count < before.count, "{} -> {}", before.count, after.count);
    assert_eq!(after.count, after.rows.iter().filter(|(c, s)| *s == Status::Check && c.cover.is_flask_extra()).count());
    // A new build is not marked.
    let (new, _) = with_code(build_list(&Answers::new()), &present);
    assert!(new.rows.iter().all(|(_, s)| *s != Status::Have));
}

#[test]
fn names_and_extras_ending_in_a_separator_are_refused_not_a_panic() {
    // pep508_rs 0.9.2 panics on these; found by tests/depfiles_fuzz.rs.
    let p = depfiles::requirements::parse("g. >=1\nflask[async.] ==3.0\nflask-login\n");
    assert_eq!(names(&p), vec!["flask-login"]);
    assert_eq!(p.problems.iter().map(|(l, _)| *l).collect::<Vec<_>>(), vec![Some(1), Some(2)]);
}

/// The README's package table is generated from the knowledge base:
/// `UPDATE_README=1 cargo test --test depfiles readme` rewrites it.
#[test]
fn readme_package_table_matches_the_knowledge_base() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md is readable");
    let (start_marker, end_marker) = ("<!-- package-table:start -->\n", "<!-- package-table:end -->");
    let start = readme.find(start_marker).expect("package-table start marker") + start_marker.len();
    let end = readme.find(end_marker).expect("package-table end marker");
    let content = django_flask_advisor::knowledge::packages::markdown();
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, format!("{}{}{}", &readme[..start], content, &readme[end..])).expect("README.md is writable");
        return;
    }
    assert_eq!(&readme[start..end], content, "README package table is stale: run UPDATE_README=1 cargo test --test depfiles readme");
}

#[test]
fn setup_cfg_reads_install_requires_and_leaves_extras_and_setup_py_out() {
    let p = depfiles::setup_cfg::parse(&fixture("setup.cfg"));
    assert_eq!(names(&p), vec!["flask", "flask-login", "flask-sqlalchemy", "pymongo"]);
    assert_eq!(p.dependencies[3].scope, Scope::Group(Group::new(GroupKind::Extra, "mongo")), "{:?}", p.dependencies[3]);
    assert_eq!(p.dependencies[2].pinned.as_deref(), Some("3.1.1"));
    assert_eq!(p.dependencies[1].line, Some(10), "the line of the requirement in the file");
    assert_eq!(p.problems.len(), 1, "{:?}", p.problems);
    assert_eq!(p.problems[0].0, Some(13));
    // The optional extra (pymongo) is not read as the application's need.
    let a = run(&[("setup.cfg", "setup.cfg")]);
    assert_eq!(suggested(&a, "database_type"), None);
    assert_eq!(suggested(&a, "existing_codebase").as_deref(), Some("existing_flask"));
    // setup.py is named as a program that is never run or read.
    let a = analyse(&Request {
        files: vec![InputFile { name: "setup.py".into(), text: "from setuptools import setup\n".into() }],
        today: TODAY,
        counted: Vec::new(),
    });
    assert!(a.problems[0].message.contains("never runs or reads"), "{:?}", a.problems);
    // Broken INI is named with its line, and nothing else is read.
    let p = depfiles::setup_cfg::parse("[options\ninstall_requires = flask\n");
    assert!(p.dependencies.is_empty() && p.problems.len() == 1, "{:?}", p);
}

/// The name, ended flag and support text of the package `name` found in
/// one file `file` holding `text`.
fn judged(file: &str, text: &str, name: &str) -> (bool, String) {
    let a = analyse(&Request { files: vec![InputFile { name: file.into(), text: text.into() }], today: TODAY, counted: Vec::new() });
    let f = a.frameworks.iter().chain(&a.libraries).find(|f| f.name == name).unwrap_or_else(|| panic!("{name} not found in {text}"));
    (f.ended, f.support.clone().unwrap_or_default())
}

/// A version range is judged by the newest series it lets pip install: a
/// range that allows a supported series is not flagged, one that allows
/// only series past support is; Poetry's caret and tilde are the ranges
/// Poetry gives them.
#[test]
fn version_ranges_are_judged_by_the_newest_series_they_allow() {
    for (file, text, name, ended) in [
        ("requirements.txt", "Flask~=3.0\n", "Flask", false),
        ("requirements.txt", "Flask>=3.0\n", "Flask", false),
        ("requirements.txt", "Flask==3.1.*\n", "Flask", false),
        ("requirements.txt", "Flask>=2.0,<3\n", "Flask", true),
        ("requirements.txt", "Flask==3.0.*\n", "Flask", true),
        ("requirements.txt", "Flask~=3.0.2\n", "Flask", true),
        ("requirements.txt", "SQLAlchemy<1.4\n", "SQLAlchemy", true),
        ("requirements.txt", "SQLAlchemy>=1.4,<2.1\n", "SQLAlchemy", false),
        ("requirements.txt", "Flask-SQLAlchemy<3\n", "Flask-SQLAlchemy", true),
        ("requirements.txt", "djangorestframework>=3.14\n", "Django REST framework", false),
        ("requirements.txt", "Django>=4.2\n", "Django", false),
        ("requirements.txt", "Django>=4.2,<5\n", "Django", true),
        ("requirements.txt", "Django~=5.2.0\n", "Django", false),
        ("requirements.txt", "Django<1.9\n", "Django", true),
        ("pyproject.toml", "[tool.poetry.dependencies]\nflask = \"^2.2\"\n", "Flask", true),
        ("pyproject.toml", "[tool.poetry.dependencies]\nflask = \"^3.0\"\n", "Flask", false),
        ("pyproject.toml", "[tool.poetry.dependencies]\ndjango = \"^4.2\"\n", "Django", true),
        ("pyproject.toml", "[tool.poetry.dependencies]\ndjango = \"~5.2\"\n", "Django", false),
        ("pyproject.toml", "[tool.poetry.dependencies]\nflask = \"~3.0\"\n", "Flask", true),
        // Old majors are still judged, and a range inside one series.
        ("requirements.txt", "Flask~=1.1\n", "Flask", true),
        ("requirements.txt", "Flask<2\n", "Flask", true),
        ("requirements.txt", "Flask==1.*\n", "Flask", true),
        ("requirements.txt", "Flask-SQLAlchemy>=2.0,<3\n", "Flask-SQLAlchemy", true),
        ("requirements.txt", "Django>=4.2.8,<4.2.20\n", "Django", true),
        ("requirements.txt", "Django>=5.2.1,<5.2.9\n", "Django", false),
        // Django 2.0 and 2.1 are in the release data.
        ("requirements.txt", "Django==2.1.15\n", "Django", true),
        ("requirements.txt", "Django~=2.0.0\n", "Django", true),
        // `==3.*` and a bare `3.*` in Poetry's tables are ranges, not pins.
        ("pyproject.toml", "[tool.poetry.dependencies]\nflask = \"==3.*\"\n", "Flask", false),
        ("pyproject.toml", "[tool.poetry.dependencies]\nflask = \"3.*\"\n", "Flask", false),
        ("pyproject.toml", "[tool.poetry.dependencies]\nflask = \"2.*\"\n", "Flask", true),
    ] {
        let (was, said) = judged(file, text, name);
        assert_eq!(was, ended, "{text:?}: {said}");
        let ancient = said.contains("before April 2020");
        assert!(ancient || said.contains("release data as of December 2026"), "{text:?} is judged and says when: {said}");
    }
    assert!(judged("requirements.txt", "Flask>=2.0,<3\n", "Flask").1.contains("current: 3.1"));
    assert!(judged("requirements.txt", "Django>=4.2,<5\n", "Django").1.contains("April 2026"));
    assert_eq!(judged("requirements.txt", "flask\n", "Flask"), (false, String::new()), "no version: nothing to judge");
    // A range names the series it was judged by; a pin does not need to.
    assert!(judged("requirements.txt", "Django>=4.2\n", "Django").1.starts_with("(newest release it allows: 6.1;"));
    assert!(judged("requirements.txt", "Flask>=2.0,<3\n", "Flask").1.starts_with("(newest release it allows: 2.3;"));
    assert!(judged("requirements.txt", "SQLAlchemy<2\n", "SQLAlchemy").1.starts_with("(newest release it allows: 1.4;"));
    assert!(judged("requirements.txt", "Flask-SQLAlchemy~=2.4\n", "Flask-SQLAlchemy").1.starts_with("(newest release it allows: 2.5;"));
    assert!(!judged("requirements.txt", "Flask==3.1.2\n", "Flask").1.contains("allows"));
    // A bound too large to step past is left as written, not a panic.
    let (_, said) = judged("pyproject.toml", "[tool.poetry.dependencies]\nflask = \"^18446744073709551615\"\n", "Flask");
    assert!(!said.contains("no longer gets fixes"), "{said}");
}

/// Each release line's newest series per major ends with its current one.
#[test]
fn release_lines_end_with_their_current_series() {
    for l in django_flask_advisor::knowledge::packages::RELEASE_LINES {
        assert_eq!(l.newest_per_major.last(), Some(&l.current), "{}", l.name);
        assert!(l.newest_per_major.windows(2).all(|w| w[0] < w[1]), "{}: oldest first", l.name);
    }
}

/// A pinned release newer than the release data is said to be newer, not
/// given the current release's dates.
#[test]
fn a_release_newer_than_the_data_says_so() {
    for (text, name, current) in
        [("Django==6.2.0\n", "Django", "6.1"), ("Flask==3.2.0\n", "Flask", "3.1"), ("Django==7.0\n", "Django", "6.1")]
    {
        let (ended, said) = judged("requirements.txt", text, name);
        assert!(!ended, "{text}");
        assert!(said.contains(&format!("newer than this advisor's release data, which knows {current} as current")), "{text}: {said}");
        assert!(!said.contains("released") && !said.contains("since"), "{text}: no dates of another release: {said}");
    }
}

/// Poetry 2 keeps `dynamic = ["dependencies"]` in `[project]` beside its
/// own dependency table: the table is read and nothing says otherwise; a
/// `dynamic` without any list is named on its own line, not on a word
/// "dynamic" elsewhere in the file.
#[test]
fn poetry_two_dynamic_dependencies_are_read_from_its_table() {
    let text = "[project]\nname = \"x\"\ndescription = \"a dynamic site\"\ndynamic = [\"dependencies\"]\n\n[tool.poetry.dependencies]\npython = \"^3.12\"\nflask = \"^3.1\"\n";
    let p = depfiles::pyproject::parse(text);
    assert_eq!(names(&p), vec!["flask"]);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let text = "[project]\nname = \"x\"\ndescription = \"a dynamic site\"\ndynamic = [\"dependencies\"]\n";
    let p = depfiles::pyproject::parse(text);
    assert_eq!(p.problems.len(), 1, "{:?}", p.problems);
    assert_eq!(p.problems[0].0, Some(4), "the line of `dynamic =`");
    // A development requirements file beside it does not list the
    // application's dependencies: the message stays.
    let a = analyse(&Request {
        files: vec![
            InputFile { name: "pyproject.toml".into(), text: text.into() },
            InputFile { name: "requirements-dev.txt".into(), text: "pytest\n".into() },
        ],
        today: TODAY,
        counted: Vec::new(),
    });
    assert!(a.problems.iter().any(|p| p.file == "pyproject.toml"), "{:?}", a.problems);
}

/// A supported release is said to be one, with the current series and the
/// date of the release data, not left without a word.
#[test]
fn a_supported_release_says_so() {
    let (ended, said) = judged("requirements.txt", "Flask==3.1.2\n", "Flask");
    assert!(!ended);
    assert!(said.contains("the current feature release") && said.contains("November 2024"), "{said}");
    let (ended, said) = judged("requirements.txt", "SQLAlchemy==2.0.36\n", "SQLAlchemy");
    assert!(!ended);
    assert!(said.contains("still gets fixes") && said.contains("current: 2.1"), "{said}");
}

/// Every common package issue 26 listed is recognised: it suggests an
/// answer, with its reason and either the articles behind it or a public
/// reference (beyond the articles), or it has a note with its reference.
#[test]
fn the_common_packages_are_known_with_their_reasons() {
    for package in [
        "pysaml2",
        "python3-saml",
        "ldap3",
        "django-auth-ldap",
        "social-auth-app-django",
        "authlib",
        "Flask-Dance",
        "mozilla-django-oidc",
        "graphene",
        "graphene-django",
        "strawberry-graphql",
        "ariadne",
        "channels",
        "flask-socketio",
        "gevent",
        "eventlet",
        "django-ninja",
        "flask-smorest",
        "APIFlask",
        "django-guardian",
        "Flask-Security-Too",
        "django-allauth",
    ] {
        let text = format!("{package}\n");
        let a = analyse(&Request { files: vec![InputFile { name: "requirements.txt".into(), text }], today: TODAY, counted: Vec::new() });
        let suggestion = a.suggestions.iter().find(|s| s.packages.iter().any(|p| p == package));
        let note = a.notes.iter().find(|n| n.packages.iter().any(|p| p == package));
        match (suggestion, note) {
            (Some(s), _) => {
                assert!(!s.reason.is_empty(), "{package}: a reason");
                assert!(!s.sources.is_empty() || s.reference.is_some(), "{package}: the articles or a public reference");
            }
            (None, Some(n)) => assert!(!n.note.is_empty() && n.reference.1.starts_with("https://"), "{package}: {n:?}"),
            (None, None) => panic!("{package} is not recognised"),
        }
    }
}

/// A Flask system's single sign-on, directory and green-thread packages
/// count in its build list as the capabilities they provide, as the
/// suggestions say they do.
#[test]
fn single_sign_on_and_green_threads_are_in_the_build_list() {
    for (package, capability) in
        [("Authlib", "auth"), ("Flask-Dance", "auth"), ("pysaml2", "auth"), ("ldap3", "auth"), ("gevent", "async"), ("eventlet", "async")]
    {
        let text = format!("flask==3.1.2\n{package}\n");
        let a = analyse(&Request { files: vec![InputFile { name: "requirements.txt".into(), text }], today: TODAY, counted: Vec::new() });
        assert!(
            a.present.iter().any(|p| p.capability == capability && p.packages.iter().any(|x| x == package)),
            "{package}: {:?}",
            a.present
        );
    }
}

/// A pyproject.toml whose dependencies are dynamic says where they are: the
/// files setuptools names are offered to add; without them, a message says
/// that nothing was read from it (NetBox's, read alone, found nothing and
/// said nothing).
#[test]
fn dynamic_dependencies_are_said_or_their_files_offered() {
    let netbox = std::fs::read_to_string(format!("{}/tests/fixtures/real/netbox/pyproject.toml", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let a = analyse(&Request { files: vec![InputFile { name: "pyproject.toml".into(), text: netbox }], today: TODAY, counted: Vec::new() });
    assert!(a.frameworks.is_empty());
    let problem = a.problems.iter().find(|p| p.file == "pyproject.toml").expect("a message");
    assert_eq!(problem.line, Some(10));
    assert!(problem.message.contains("dynamic"), "{problem:?}");
    let text = "[project]\nname = \"x\"\ndynamic = [\"dependencies\"]\n[tool.setuptools.dynamic]\ndependencies = { file = [\"requirements/base.txt\"] }\n";
    let a = analyse(&Request {
        files: vec![InputFile { name: "pyproject.toml".into(), text: text.into() }],
        today: TODAY,
        counted: Vec::new(),
    });
    assert!(a.problems.is_empty(), "{:?}", a.problems);
    assert_eq!(a.missing_includes, vec!["requirements/base.txt"]);
    // With NetBox's requirements file beside it: nothing to say.
    let real = |name: &str| std::fs::read_to_string(format!("{}/tests/fixtures/real/netbox/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let files = ["pyproject.toml", "requirements.txt"].map(|n| InputFile { name: n.into(), text: real(n) }).to_vec();
    let a = analyse(&Request { files, today: TODAY, counted: Vec::new() });
    assert!(a.problems.iter().all(|p| !p.message.contains("dynamic")), "{:?}", a.problems);
    assert_eq!(a.frameworks[0].name, "Django");
}

/// Errors are short fragments (as `ShareError`, `RecordError`); the words a
/// user reads, with what to do, come from `describe()`.
#[test]
fn errors_are_fragments_and_describe_says_what_to_do() {
    let all = [
        DepfileError::TooLarge { limit: depfiles::MAX_FILE_BYTES },
        DepfileError::NotText,
        DepfileError::Unreadable,
        DepfileError::UnknownFormat,
        DepfileError::SetupPy,
        DepfileError::Ini("x".into()),
        DepfileError::Toml("x".into()),
        DepfileError::Json("x".into()),
        DepfileError::Requirement("x".into()),
        DepfileError::Shape("x".into()),
        DepfileError::DynamicDependencies,
    ];
    for e in &all {
        let fragment = e.to_string();
        assert!(fragment.len() <= 30 && !fragment.contains(';') && !fragment.contains(" so "), "{fragment:?} is more than a fragment");
        assert!(e.describe().len() > fragment.len(), "{e:?}: describe() says more than the fragment");
    }
    assert!(DepfileError::SetupPy.describe().contains("give its setup.cfg, pyproject.toml or requirements file instead"));
    assert!(DepfileError::DynamicDependencies.describe().contains("add the file that lists them"));
}
