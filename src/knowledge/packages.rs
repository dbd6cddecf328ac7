//! What well-known Python packages in a project's dependency files say about
//! the project: the answers they suggest, the build-list capabilities they
//! already provide, and the support windows of the framework versions found.
//! Read by [`crate::depfiles`] ("Start from your code"); nothing here scores.
//!
//! Package names are written normalised as PEP 503 does (lower case, runs of
//! `-`, `_` and `.` as one `-`). A row's `sources` lists the articles that
//! name the package for this purpose; an empty list means the row is our own
//! knowledge, beyond the articles, and is shown so.

use super::sources::{SourceId, A000, A001, A002};

/// A package (or one of several) that suggests an answer.
#[derive(Clone, Copy, Debug)]
pub struct AnswerHint {
    /// Normalised package names; any one of them suggests the answer.
    pub packages: &'static [&'static str],
    /// Question id (from [`super::QUESTIONS`]).
    pub question: &'static str,
    /// Option id of that question.
    pub option: &'static str,
    /// Why the package suggests it, in our words.
    pub reason: &'static str,
    /// Articles that name the package for this purpose; empty: beyond the articles.
    pub sources: &'static [SourceId],
}

/// A package that already provides a build-list capability.
#[derive(Clone, Copy, Debug)]
pub struct CapabilityHint {
    /// Normalised package names.
    pub packages: &'static [&'static str],
    /// Capability id (from [`super::bom::CAPABILITIES`]).
    pub capability: &'static str,
    /// True for a development tool (tests): had even when only a
    /// development or optional group lists the package.
    pub development: bool,
}

const fn hint(
    packages: &'static [&'static str],
    question: &'static str,
    option: &'static str,
    reason: &'static str,
    sources: &'static [SourceId],
) -> AnswerHint {
    AnswerHint { packages, question, option, reason, sources }
}

/// Every answer hint. When packages suggest different options of one
/// question, the row listed first wins (stronger signals come first).
pub const ANSWER_HINTS: &[AnswerHint] = &[
    hint(&["django"], "existing_codebase", "existing_django", "Django is among the dependencies, so the project is an existing Django system.", &[]),
    hint(&["flask"], "existing_codebase", "existing_flask", "Flask is among the dependencies, so the project is an existing Flask system.", &[]),
    hint(&["django", "flask"], "project_stage", "extend_existing", "The files describe code that already exists, so this build extends it.", &[]),
    hint(&["django"], "framework_familiarity", "django", "Whoever keeps this Django code running knows Django; untick this if the team has changed.", &[]),
    hint(&["flask"], "framework_familiarity", "flask", "Whoever keeps this Flask code running knows Flask; untick this if the team has changed.", &[]),
    hint(&["flask-security-too", "flask-security", "flask-principal", "django-guardian", "django-otp", "django-two-factor-auth", "pyotp"], "auth_needs", "roles_permissions_2fa", "These packages add roles, object permissions or second factors on top of plain logins.", &[]),
    hint(
        &["pysaml2", "python3-saml", "djangosaml2", "django-saml2-auth", "ldap3", "python-ldap", "django-auth-ldap", "flask-ldap3-login", "social-auth-app-django", "social-auth-core", "mozilla-django-oidc", "flask-oidc"],
        "auth_needs",
        "basic_accounts",
        "These packages log users in through single sign-on or a company directory (SAML, LDAP, OpenID Connect), so the system has user accounts; choose the roles option if it also needs roles, fine-grained permissions or several ways to log in.",
        &[],
    ),
    hint(&["flask-login"], "auth_needs", "basic_accounts", "Flask-Login keeps users logged in across requests, which one article names as the account extension a Flask project adds.", &[A001, A002]),
    hint(&["django-allauth", "flask-user", "flask-dance", "authlib"], "auth_needs", "basic_accounts", "These packages handle sign-up, login or sign-in through another provider, so the system has user accounts.", &[]),
    hint(&["flask-admin"], "admin_backoffice", "business_backoffice", "Flask-Admin, named by one article as a Flask project's admin interface, builds record-editing screens; pick the developers-only option if only developers use it.", &[A002]),
    hint(&["django-jazzmin", "django-grappelli", "django-import-export", "django-admin-interface"], "admin_backoffice", "business_backoffice", "These packages restyle Django's admin or add imports and exports to it, which is done when staff work in it every day.", &[]),
    hint(&["pymongo", "mongoengine", "flask-mongoengine", "flask-pymongo", "motor", "djongo", "cassandra-driver", "neo4j"], "database_type", "unconventional", "These are drivers or mappers for non-relational stores (MongoDB, Cassandra, Neo4j).", &[]),
    hint(&["psycopg2", "psycopg2-binary", "psycopg", "asyncpg", "mysqlclient", "pymysql", "mysql-connector-python", "mariadb", "oracledb", "cx-oracle"], "database_type", "standard_sql", "These are drivers for PostgreSQL, MySQL, MariaDB or Oracle, the mainstream SQL engines.", &[]),
    hint(&["flask-sqlalchemy"], "data_model", "standard_relational", "Flask-SQLAlchemy, which one article names as the usual Flask addition for the database, maps tables to models with relations.", &[A002]),
    hint(&["sqlalchemy", "flask-migrate", "alembic", "sqlmodel", "peewee"], "data_model", "standard_relational", "A relational mapper or a migration tool means tables, relations and schema changes over time.", &[]),
    hint(&["djangorestframework-simplejwt", "flask-jwt-extended", "django-filter", "django-oauth-toolkit", "dj-rest-auth"], "api_complexity", "complex_api", "Token authentication, OAuth or query filtering on top of the API go past a few plain endpoints.", &[]),
    hint(&["djangorestframework", "flask-restx", "flask-restful"], "api_complexity", "simple_crud", "One article names these as the REST toolkits of each framework, so the system exposes an API; choose the complex option if it has several auth methods, strict permissions or pagination.", &[A002]),
    hint(&["flask-smorest", "django-ninja", "flask-marshmallow", "apiflask", "drf-spectacular"], "api_complexity", "simple_crud", "These packages build or document a REST API, so the system exposes one; choose the complex option if it has several auth methods, strict permissions or pagination.", &[]),
    hint(&["celery"], "heavy_processing", "queued_tasks", "Celery runs jobs on a task queue, the way one article advises to take heavy work off the requests.", &[A000]),
    hint(&["rq", "flask-rq2", "django-rq", "dramatiq", "flask-dramatiq", "django-dramatiq", "huey", "django-q2", "arq"], "heavy_processing", "queued_tasks", "These packages run jobs on a task queue outside the requests.", &[]),
    hint(
        &["channels", "channels-redis", "flask-socketio", "python-socketio", "flask-sock", "websockets", "django-eventstream", "sse-starlette"],
        "async_io",
        "long_lived_connections",
        "These packages hold WebSocket or server-sent-event connections open (Channels in Django, Flask-SocketIO or flask-sock in Flask).",
        &[],
    ),
    hint(
        &["daphne", "uvicorn", "hypercorn", "gevent", "eventlet"],
        "async_io",
        "heavy_concurrency",
        "These servers or green-thread libraries serve many connections at once (ASGI, or gevent and eventlet for WSGI).",
        &[],
    ),
    hint(&["wagtail", "django-cms", "mezzanine"], "app_type", "content_platform", "A CMS built on Django means editors publish content through the system.", &[]),
];

/// A package recognised for what it shows about the system, which
/// suggests no answer: shown with its note, scoring nothing.
#[derive(Clone, Copy, Debug)]
pub struct PackageNote {
    /// Normalised package names.
    pub packages: &'static [&'static str],
    /// What the package shows, in our words (beyond the articles: none of them names it).
    pub note: &'static str,
    /// A public reference: name and address.
    pub reference: (&'static str, &'static str),
}

/// Packages recognised with a note and no suggested answer.
pub const PACKAGE_NOTES: &[PackageNote] = &[PackageNote {
    packages: &["graphene", "graphene-django", "graphene-sqlalchemy", "strawberry-graphql", "strawberry-graphql-django", "ariadne", "flask-graphql", "graphql-server"],
    note: "The system serves a GraphQL API. Neither framework ships GraphQL, and a library such as Strawberry integrates with both (its documentation has a Django and a Flask integration), so it argues for neither and no question here asks about it.",
    reference: ("Strawberry GraphQL: Django integration (the Flask one is listed beside it)", "https://strawberry.rocks/docs/integrations/django"),
}];

/// Every capability a package already provides (for the build list of an
/// existing Flask system).
pub const CAPABILITY_HINTS: &[CapabilityHint] = &[
    CapabilityHint { packages: &["flask-sqlalchemy", "sqlalchemy", "sqlmodel", "peewee"], capability: "orm", development: false },
    CapabilityHint { packages: &["flask-sqlalchemy", "sqlalchemy", "sqlmodel"], capability: "pooling", development: false },
    CapabilityHint { packages: &["flask-sqlalchemy", "sqlalchemy", "sqlmodel", "peewee"], capability: "sql_injection", development: false },
    CapabilityHint { packages: &["flask-migrate", "alembic"], capability: "migrations", development: false },
    CapabilityHint { packages: &["flask-admin"], capability: "admin", development: false },
    CapabilityHint {
        packages: &[
            "flask-login",
            "flask-security-too",
            "flask-security",
            "flask-user",
            "flask-dance",
            "authlib",
            "flask-oidc",
            "pysaml2",
            "python3-saml",
            "ldap3",
            "flask-ldap3-login",
        ],
        capability: "auth",
        development: false,
    },
    CapabilityHint {
        packages: &["flask-principal", "flask-security-too", "flask-security"],
        capability: "permissions",
        development: false,
    },
    CapabilityHint { packages: &["flask-security-too", "pyotp"], capability: "two_factor", development: false },
    CapabilityHint {
        packages: &["flask-bcrypt", "bcrypt", "passlib", "argon2-cffi", "flask-security-too"],
        capability: "password_hashing",
        development: false,
    },
    CapabilityHint { packages: &["flask-wtf", "wtforms"], capability: "forms", development: false },
    CapabilityHint { packages: &["flask-wtf", "flask-seasurf"], capability: "csrf", development: false },
    CapabilityHint { packages: &["flask-talisman"], capability: "headers", development: false },
    CapabilityHint { packages: &["flask-restx", "flask-restful", "flask-smorest", "apiflask"], capability: "rest_api", development: false },
    CapabilityHint { packages: &["flask-caching"], capability: "caching", development: false },
    CapabilityHint {
        packages: &["celery", "rq", "flask-rq2", "dramatiq", "flask-dramatiq", "huey", "arq"],
        capability: "background_tasks",
        development: false,
    },
    CapabilityHint { packages: &["gevent", "eventlet"], capability: "async", development: false },
    CapabilityHint { packages: &["pytest", "pytest-flask"], capability: "testing", development: true },
    CapabilityHint { packages: &["flask-mail", "flask-mailman"], capability: "email", development: false },
    CapabilityHint { packages: &["gunicorn", "uwsgi", "waitress"], capability: "deployment", development: false },
];

/// A Django feature release and the month its security fixes end.
#[derive(Clone, Copy, Debug)]
pub struct SupportWindow {
    /// Major and minor version, e.g. `(4, 2)`.
    pub series: (u64, u64),
    /// Year and month (1 to 12) of its first release (x.y.0, from PyPI).
    pub released: (u32, u32),
    /// Year and month (1 to 12) of the end of support.
    pub until: (u32, u32),
    /// True for a long-term support release.
    pub lts: bool,
}

/// Django's published support windows (beyond the articles): every x.2 is a
/// long-term support release with about three years of security fixes; the
/// others are supported until a few months after the next release.
/// Source: [`SUPPORT_REFERENCE`] at [`SUPPORT_URL`].
pub const DJANGO_SUPPORT: &[SupportWindow] = &[
    SupportWindow { series: (1, 11), released: (2017, 4), until: (2020, 4), lts: true },
    SupportWindow { series: (2, 0), released: (2017, 12), until: (2019, 4), lts: false },
    SupportWindow { series: (2, 1), released: (2018, 8), until: (2019, 12), lts: false },
    SupportWindow { series: (2, 2), released: (2019, 4), until: (2022, 4), lts: true },
    SupportWindow { series: (3, 0), released: (2019, 12), until: (2021, 4), lts: false },
    SupportWindow { series: (3, 1), released: (2020, 8), until: (2021, 12), lts: false },
    SupportWindow { series: (3, 2), released: (2021, 4), until: (2024, 4), lts: true },
    SupportWindow { series: (4, 0), released: (2021, 12), until: (2023, 4), lts: false },
    SupportWindow { series: (4, 1), released: (2022, 8), until: (2023, 12), lts: false },
    SupportWindow { series: (4, 2), released: (2023, 4), until: (2026, 4), lts: true },
    SupportWindow { series: (5, 0), released: (2023, 12), until: (2025, 4), lts: false },
    SupportWindow { series: (5, 1), released: (2024, 8), until: (2025, 12), lts: false },
    SupportWindow { series: (5, 2), released: (2025, 4), until: (2028, 4), lts: true },
    SupportWindow { series: (6, 0), released: (2025, 12), until: (2027, 4), lts: false },
    SupportWindow { series: (6, 1), released: (2026, 8), until: (2027, 12), lts: false },
];

/// Name of the public reference for [`DJANGO_SUPPORT`].
pub const SUPPORT_REFERENCE: &str = "Django download page: Supported versions";
/// Its address.
pub const SUPPORT_URL: &str = "https://www.djangoproject.com/download/#supported-versions";
/// Django's current feature release (6.1, August 2026), named beside a
/// Django version's support window (beyond the articles; [`SUPPORT_URL`]).
pub const DJANGO_CURRENT: (u64, u64) = (6, 1);
/// Year and month the release data ([`DJANGO_SUPPORT`], [`RELEASE_LINES`])
/// was last checked against the projects' own pages and PyPI.
pub const RELEASE_DATA_TAKEN: (u32, u32) = (2026, 12);

/// A library (or Flask) whose maintainers fix only their newest releases:
/// a version older than `supported_from` no longer gets fixes.
#[derive(Clone, Copy, Debug)]
pub struct ReleaseLine {
    /// Normalised package name.
    pub package: &'static str,
    /// Its name for display.
    pub name: &'static str,
    /// The current feature release (major, minor).
    pub current: (u64, u64),
    /// Year and month that release first came out, where the project's
    /// changelog dates it.
    pub released: Option<(u32, u32)>,
    /// The oldest series that still gets fixes.
    pub supported_from: (u64, u64),
    /// The newest feature release of each major, oldest first, from PyPI's
    /// release history (taken in [`RELEASE_DATA_TAKEN`]); the last is
    /// [`ReleaseLine::current`]. A range is judged by the newest of these
    /// series (and those before them in the same major) that it allows.
    pub newest_per_major: &'static [(u64, u64)],
    /// The maintainers' policy in a few words, said after "no longer gets fixes: ".
    pub policy: &'static str,
    /// The public reference for the policy: name and address.
    pub reference: (&'static str, &'static str),
}

/// The Pallets projects' (Flask's, Flask-SQLAlchemy's) support policy, in a few words.
const PALLETS_POLICY: &str = "the Pallets projects promise security fixes only for their current feature release";
/// Its reference.
const PALLETS_REFERENCE: (&str, &str) = ("Pallets security policy", "https://github.com/pallets/.github/blob/main/SECURITY.md");

/// The Pallets Community Ecosystem's (Flask-SQLAlchemy's) support policy, in a few words.
const PALLETS_ECO_POLICY: &str = "the Pallets Community Ecosystem projects promise security fixes only for their current feature release";
/// Its reference.
const PALLETS_ECO_REFERENCE: (&str, &str) = ("Pallets-Eco security policy", "https://github.com/pallets-eco/.github/blob/main/SECURITY.md");

/// Release data of Flask and of the core libraries whose maintainers
/// publish which versions they fix (beyond the articles, taken in
/// [`RELEASE_DATA_TAKEN`]). Celery is left out: its security policy's table
/// of supported versions still names 5.4 while 5.7 is out, so it cannot be
/// read as the maintainers' current word.
pub const RELEASE_LINES: &[ReleaseLine] = &[
    ReleaseLine {
        package: "flask",
        name: "Flask",
        current: (3, 1),
        released: Some((2024, 11)),
        supported_from: (3, 1),
        newest_per_major: &[(0, 12), (1, 1), (2, 3), (3, 1)],
        policy: PALLETS_POLICY,
        reference: PALLETS_REFERENCE,
    },
    ReleaseLine {
        package: "flask-sqlalchemy",
        name: "Flask-SQLAlchemy",
        current: (3, 1),
        released: Some((2023, 9)),
        supported_from: (3, 1),
        newest_per_major: &[(0, 16), (1, 0), (2, 5), (3, 1)],
        policy: PALLETS_ECO_POLICY,
        reference: PALLETS_ECO_REFERENCE,
    },
    ReleaseLine {
        package: "sqlalchemy",
        name: "SQLAlchemy",
        current: (2, 1),
        released: Some((2026, 9)),
        supported_from: (2, 0),
        newest_per_major: &[(0, 9), (1, 4), (2, 1)],
        policy: "SQLAlchemy maintains the 2.x series; the 1.x series had its last release (1.4.54) in September 2024",
        reference: ("SQLAlchemy download page: Release Status", "https://www.sqlalchemy.org/download.html#relstatus"),
    },
    ReleaseLine {
        package: "djangorestframework",
        name: "Django REST framework",
        current: (3, 18),
        released: Some((2026, 8)),
        supported_from: (3, 18),
        newest_per_major: &[(0, 4), (2, 4), (3, 18)],
        policy: "its security policy supports only the latest version",
        reference: ("Django REST framework security policy", "https://github.com/encode/django-rest-framework/blob/main/SECURITY.md"),
    },
];

/// The [`RELEASE_LINES`] row of `package` (normalised), if any.
pub fn release_line(package: &str) -> Option<&'static ReleaseLine> {
    RELEASE_LINES.iter().find(|l| l.package == package)
}

/// Where `series` of `line` stands: `(ended, fragment)`. An older series
/// than the oldest supported one no longer gets fixes, e.g. "(no longer
/// gets fixes: the Pallets projects promise security fixes only for their
/// current feature release; current: 3.1, since November 2024; release
/// data as of December 2026)"; the current one (a newer one is said by
/// [`newer_than_data`]) "(the current feature release, since November 2024; release
/// data as of December 2026)"; a supported older one "(still gets fixes;
/// current: 2.1; release data as of December 2026)".
pub fn release_status(line: &ReleaseLine, series: (u64, u64)) -> (bool, String) {
    let (major, minor) = line.current;
    let since = line.released.map(|r| format!(", since {}", month_name(r))).unwrap_or_default();
    let taken = month_name(RELEASE_DATA_TAKEN);
    if series < line.supported_from {
        (true, format!("(no longer gets fixes: {}; current: {major}.{minor}{since}; release data as of {taken})", line.policy))
    } else if series >= line.current {
        (false, format!("(the current feature release{since}; release data as of {taken})"))
    } else {
        (false, format!("(still gets fixes; current: {major}.{minor}{since}; release data as of {taken})"))
    }
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// The month `(year, month)` in words, e.g. "April 2026" (an out-of-range month gives the year alone).
pub fn month_name((year, month): (u32, u32)) -> String {
    match month.checked_sub(1).and_then(|m| MONTHS.get(m as usize)) {
        Some(m) => format!("{m} {year}"),
        None => year.to_string(),
    }
}

/// Where Django `series` stands on `today` (year, month): `Some((ended, sentence fragment))`,
/// or `None` when the series is not in [`DJANGO_SUPPORT`] (a release newer than this table, or an unknown one).
/// The fragment follows the version, e.g. "(a long-term support release from April 2021, stopped getting security fixes in April 2024; current: 6.1; release data as of December 2026)".
pub fn django_support(series: (u64, u64), today: (u32, u32)) -> Option<(bool, String)> {
    let w = DJANGO_SUPPORT.iter().find(|w| w.series == series)?;
    let kind = if w.lts {
        format!("a long-term support release from {}, ", month_name(w.released))
    } else {
        format!("released {}, ", month_name(w.released))
    };
    let when = month_name(w.until);
    let (major, minor) = DJANGO_CURRENT;
    let current = format!("current: {major}.{minor}; release data as of {}", month_name(RELEASE_DATA_TAKEN));
    Some(if today >= w.until {
        (true, format!("({kind}stopped getting security fixes in {when}; {current})"))
    } else {
        (false, format!("({kind}gets security fixes until {when}; {current})"))
    })
}

/// Said of a pinned release newer than the release data, whose current
/// series is `current`: "(newer than this advisor's release data, which
/// knows 6.1 as current; release data as of December 2026)".
pub fn newer_than_data((major, minor): (u64, u64)) -> String {
    format!(
        "(newer than this advisor's release data, which knows {major}.{minor} as current; release data as of {})",
        month_name(RELEASE_DATA_TAKEN)
    )
}

/// True when Django `series` predates every release in [`DJANGO_SUPPORT`] (long out of support).
pub fn django_predates_table(series: (u64, u64)) -> bool {
    DJANGO_SUPPORT.iter().all(|w| series < w.series)
}

/// Said of a Django release older than [`DJANGO_SUPPORT`]'s first.
pub const DJANGO_ANCIENT: &str = "(stopped getting security fixes before April 2020)";

/// Before a suggestion's reason when the files show a running system and the
/// suggestion is a capability it already has: `(before the framework's name,
/// before the packages, after them)`, e.g. "Your Flask system already has
/// this (Flask-Login). ...". What that means is said once, [`ALREADY_HAS_NOTE`].
pub const ALREADY_HAS: (&str, &str, &str) = ("Your ", " system already has this (", "). ");

/// Said once above the suggestions when some are capabilities the running
/// system already has.
pub const ALREADY_HAS_NOTE: &str = "What your files show your running system already has counts as had: on a running product it is never a reason to switch frameworks (a prototype's needs still count).";

/// What "Start from your code" reads, and its size limit (shown beside the file picker).
pub const FROM_CODE_ACCEPTS: &str = "Reads requirements*.txt (with the files they include), pyproject.toml (PEP 621 or Poetry), setup.cfg, Pipfile, Pipfile.lock, poetry.lock and uv.lock, up to 1 MB each (setup.py is a program and is never run or read). Each package that says something about your project is shown with what it suggests; nothing is answered until you apply it.";
/// Heading, in the report and the decision record, of the frameworks and
/// core libraries "Start from your code" found.
pub const FILES_SHOWED: &str = "What the project's dependency files showed";
/// Before the list of the frameworks and libraries found, on the result
/// panel (only those whose fixes have ended).
pub const FILES_SHOWED_ENDED: &str = "Your dependency files show releases that no longer get fixes:";
/// The decision record's consequence when a framework or library found no
/// longer gets fixes: before the list, after it.
pub const UPGRADE_CONSEQUENCE: (&str, &str) = ("Whichever option is chosen, bring these up to a release that still gets fixes: ", ".");

/// Said once above the optional and development groups found.
pub const GROUPS_NOTE: &str = "Packages the files list only as optional extras, dependency groups or development tools are kept apart: they answer nothing about your application unless you tick their group.";
/// Heading of the packages recognised with a note and no suggestion.
pub const NOTES_TITLE: &str = "Recognised, counting for neither framework";
/// Shown while the files are sent to the reader before it has loaded.
pub const READER_STARTING: &str = "Starting the file reader (downloaded once, then kept for offline use), then reading your files…";
/// Shown while the reader reads the files.
pub const READER_READING: &str = "Reading your files…";
/// Shown when the reader stopped, or could not be loaded for a reason other
/// than the network.
pub const READER_STOPPED: &str = "The file reader stopped. Nothing was changed; try again.";
/// Shown when the reader could not be loaded because the user is offline
/// and it was never downloaded.
pub const READER_OFFLINE: &str = "You are offline, and the file reader has not been downloaded to this browser yet. \
    Nothing was changed: once you are back online it will load, and from then on it works offline too.";
/// Shown when the browser cannot run the reader (no web workers).
pub const READER_UNSUPPORTED: &str = "The file reader could not start in this browser.";
/// The privacy note beside the action.
pub const FROM_CODE_PRIVATE: &str = "Your files never leave this browser.";

/// The public reference for what package `name` (normalised) is: its PyPI
/// page, e.g. `("PyPI: pysaml2", "https://pypi.org/project/pysaml2/")`.
pub fn pypi_reference(name: &str) -> (String, String) {
    (format!("PyPI: {name}"), format!("https://pypi.org/project/{name}/"))
}

/// Used by tests: every row's question and option, capability and package name are well formed.
pub fn all_packages() -> impl Iterator<Item = &'static str> {
    ANSWER_HINTS.iter().flat_map(|h| h.packages.iter().copied()).chain(CAPABILITY_HINTS.iter().flat_map(|h| h.packages.iter().copied()))
}

/// The mapping as Markdown tables for the README: every answer hint (the
/// packages, the question and option they suggest, why, and the articles or
/// "beyond the articles"), then every capability hint.
pub fn markdown() -> String {
    let mut out = String::from("| Packages | Suggests | Why | Articles |\n|---|---|---|---|\n");
    for h in ANSWER_HINTS {
        let q = super::QUESTIONS.iter().find(|q| q.id == h.question);
        let title = q.map_or(h.question, |q| q.title);
        let label = q.and_then(|q| q.options.iter().find(|o| o.id == h.option)).map_or(h.option, |o| o.label);
        let articles = if h.sources.is_empty() {
            "beyond the articles".to_string()
        } else {
            h.sources.iter().map(|s| format!("[{:03}]", s.0)).collect::<Vec<_>>().join(" ")
        };
        let packages = h.packages.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ");
        out.push_str(&format!("| {packages} | {title}: {label} (`{}={}`) | {} | {articles} |\n", h.question, h.option, h.reason));
    }
    out.push_str("\n| Packages | Already provides (build list) |\n|---|---|\n");
    for h in CAPABILITY_HINTS {
        let name = super::bom::CAPABILITIES.iter().find(|c| c.id == h.capability).map_or(h.capability, |c| c.name);
        let packages = h.packages.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ");
        let dev = if h.development { " (also from a development group)" } else { "" };
        out.push_str(&format!("| {packages} | {name}{dev} |\n"));
    }
    out.push_str("\n| Packages | Recognised as (no answer suggested) | Reference |\n|---|---|---|\n");
    for n in PACKAGE_NOTES {
        let packages = n.packages.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ");
        out.push_str(&format!("| {packages} | {} | [{}]({}) |\n", n.note, n.reference.0, n.reference.1));
    }
    out.push_str(&format!(
        "\n| Django series | First released (PyPI) | Security fixes until ([{SUPPORT_REFERENCE}]({SUPPORT_URL}); current: {}.{}) |\n|---|---|---|\n",
        DJANGO_CURRENT.0, DJANGO_CURRENT.1
    ));
    for w in DJANGO_SUPPORT.iter().rev() {
        let lts = if w.lts { " (long-term support)" } else { "" };
        out.push_str(&format!("| {}.{}{lts} | {} | {} |\n", w.series.0, w.series.1, month_name(w.released), month_name(w.until)));
    }
    out.push_str("\n| Package | Current release | Oldest series still fixed | Policy | Reference |\n|---|---|---|---|---|\n");
    for l in RELEASE_LINES {
        let since = l.released.map(|r| format!(" ({})", month_name(r))).unwrap_or_default();
        out.push_str(&format!(
            "| `{}` | {}.{}{since} | {}.{} | {} | [{}]({}) |\n",
            l.package, l.current.0, l.current.1, l.supported_from.0, l.supported_from.1, l.policy, l.reference.0, l.reference.1
        ));
    }
    out
}
