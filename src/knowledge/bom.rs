//! The bill of materials (inventory section 9): for each capability, what
//! Django provides and what a Flask team must add and maintain, plus the
//! sentences the build list shows for a new build, an existing Flask system
//! and an existing Django system.

use super::beyond::{
    Beyond, DJANGO_6, DJANGO_ASYNC, DJANGO_AUTH_SCOPE, DJANGO_DATABASES, DJANGO_EMAIL, DJANGO_NINJA, FLASK_ASYNC, FLASK_SECURITY_BASICS,
    FLASK_SHIPS, LTS, PIP_UPDATES, POOLING,
};
use super::sources::{SourceId, A000, A001, A002};
use super::Cond::{self, Any, Is};

/// How Flask covers a capability.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlaskCover {
    /// In Flask's core (routing, Werkzeug, Jinja2): nothing to add.
    Core,
    /// An extension or component the articles name.
    Named,
    /// The articles name nothing; the team chooses.
    NotNamed,
    /// Needed the same way with either framework; not a Flask extra.
    Both,
}

impl FlaskCover {
    /// True when a Flask team must add and maintain something itself.
    pub const fn is_flask_extra(self) -> bool {
        matches!(self, FlaskCover::Named | FlaskCover::NotNamed)
    }

    /// Stable id, used as a style class.
    pub const fn id(self) -> &'static str {
        match self {
            FlaskCover::Core => "core",
            FlaskCover::Named => "named",
            FlaskCover::NotNamed => "not-named",
            FlaskCover::Both => "both",
        }
    }

    /// Short label shown beside the Flask cell.
    pub const fn label(self) -> &'static str {
        match self {
            FlaskCover::Core => "In Flask's core",
            FlaskCover::Named => "Add and maintain",
            FlaskCover::NotNamed => "Team's choice",
            FlaskCover::Both => "Same for both",
        }
    }
}

/// One capability a web system may need.
#[derive(Clone, Copy, Debug)]
pub struct Capability {
    /// Stable id.
    pub id: &'static str,
    /// Name, e.g. "Schema migrations".
    pub name: &'static str,
    /// What Django provides.
    pub django: &'static str,
    /// What a Flask team uses or must add.
    pub flask: &'static str,
    /// How Flask covers it.
    pub cover: FlaskCover,
    /// A common choice the articles do not name, marked as outside the sources.
    pub outside_sources: Option<&'static str>,
    /// When a profile needs it; `None` means every web system does.
    pub needed_when: Option<Cond>,
    /// Why it is needed, for the profile view.
    pub because: &'static str,
    /// The articles behind the row.
    pub sources: &'static [SourceId],
    /// Corrections from beyond the articles the row rests on (empty when none).
    pub beyond: &'static [&'static Beyond],
    /// True when every running Flask web system necessarily has it already
    /// (so an existing Flask system is not told to add it).
    pub running: bool,
    /// True when a Flask service added beside a Django system needs it.
    pub service: bool,
}

const DATA: Cond = Any(&[
    Is("data_model", "standard_relational"),
    Is("data_model", "complex_custom_queries"),
    Is("database_type", "standard_sql"),
    Is("app_type", "full_stack_product"),
    Is("app_type", "content_platform"),
    Is("app_type", "internal_tool"),
]);
const ACCOUNTS: Cond = Any(&[Is("auth_needs", "basic_accounts"), Is("auth_needs", "roles_permissions_2fa")]);
const FORMS: Cond = Any(&[
    Is("app_type", "full_stack_product"),
    Is("app_type", "content_platform"),
    Is("app_type", "internal_tool"),
    Is("auth_needs", "basic_accounts"),
    Is("auth_needs", "roles_permissions_2fa"),
    Is("admin_backoffice", "business_backoffice"),
]);

/// Every capability, in display order.
pub const CAPABILITIES: &[Capability] = &[
    Capability { id: "routing", name: "Routing", django: "URL dispatcher (urls.py)", flask: "Decorator routing, in the core", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every web system", sources: &[A002], beyond: &[], running: true, service: true },
    Capability { id: "templating", name: "Templates", django: "Django templates, escaping output by default", flask: "Jinja2, in the core", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every web system", sources: &[A002], beyond: &[], running: true, service: false },
    Capability { id: "http", name: "WSGI and HTTP layer", django: "Built in: a request goes through urls.py to a view and back", flask: "Werkzeug, in the core", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every web system", sources: &[A002], beyond: &[], running: true, service: true },
    Capability { id: "orm", name: "ORM and data access", django: "Django ORM (PostgreSQL, MariaDB, MySQL, Oracle, SQLite)", flask: "SQLAlchemy through Flask-SQLAlchemy, replaceable", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(DATA), because: "you store relational data", sources: &[A001, A002], beyond: &[&DJANGO_DATABASES], running: false, service: false },
    Capability { id: "pooling", name: "Database connection pooling", django: "Opt-in: persistent connections (CONN_MAX_AGE above 0) or native pools (PostgreSQL since 5.1, Oracle since 5.2); by default each request opens and closes its own connection", flask: "SQLAlchemy keeps a pool per engine by default, so Flask-SQLAlchemy brings one", cover: FlaskCover::Both, outside_sources: None, needed_when: Some(DATA), because: "you query a database under load", sources: &[A000], beyond: &[&POOLING], running: false, service: false },
    Capability { id: "migrations", name: "Schema migrations", django: "Built-in versioned migrations", flask: "Not named by the articles", cover: FlaskCover::NotNamed, outside_sources: Some("Alembic or Flask-Migrate"), needed_when: Some(DATA), because: "your schema will change over time", sources: &[A001, A002], beyond: &[], running: false, service: false },
    Capability { id: "admin", name: "Admin back office", django: "Generated admin, also handy for inspecting data", flask: "Flask-Admin", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(Any(&[Is("admin_backoffice", "business_backoffice"), Is("admin_backoffice", "developer_inspection")])), because: "someone needs to view or edit records", sources: &[A001, A002], beyond: &[], running: false, service: false },
    Capability { id: "auth", name: "Login and sessions", django: "Auth module with a User model and sessions", flask: "Flask-Login", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(ACCOUNTS), because: "users log in", sources: &[A001, A002], beyond: &[], running: false, service: false },
    Capability { id: "permissions", name: "Permissions and groups", django: "Groups and per-model permissions built in, tied to the admin; permissions on single objects need a package such as django-guardian or rules", flask: "Not named by the articles", cover: FlaskCover::NotNamed, outside_sources: Some("Flask-Security-Too (roles and permissions)"), needed_when: Some(Is("auth_needs", "roles_permissions_2fa")), because: "you need roles and permissions", sources: &[A001, A002], beyond: &[&DJANGO_AUTH_SCOPE], running: false, service: false },
    Capability { id: "two_factor", name: "Two-factor authentication", django: "Not in Django's core: a package such as django-otp or django-allauth's MFA plugs into the auth module", flask: "Not named by the articles; a package here too", cover: FlaskCover::Both, outside_sources: Some("Flask-Security-Too"), needed_when: Some(Is("auth_needs", "roles_permissions_2fa")), because: "you need 2FA", sources: &[A001], beyond: &[&DJANGO_AUTH_SCOPE], running: false, service: false },
    Capability { id: "password_hashing", name: "Password hashing", django: "PBKDF2 with SHA-256 by default, configurable", flask: "Werkzeug's generate_password_hash and check_password_hash, in the core (scrypt by default)", cover: FlaskCover::Core, outside_sources: Some("argon2-cffi or bcrypt, for another algorithm"), needed_when: Some(ACCOUNTS), because: "users have passwords", sources: &[A002], beyond: &[&FLASK_SHIPS], running: true, service: false },
    Capability { id: "forms", name: "Forms and validation", django: "Django forms with validation", flask: "Flask-WTF", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(FORMS), because: "people submit forms", sources: &[A001, A002], beyond: &[], running: false, service: false },
    Capability { id: "csrf", name: "CSRF protection", django: "Token check built in", flask: "Flask-WTF or Flask-SeaSurf", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(FORMS), because: "people submit forms", sources: &[A001, A002], beyond: &[], running: false, service: false },
    Capability { id: "sql_injection", name: "SQL-injection protection", django: "The ORM parameterises queries", flask: "SQLAlchemy's parameterised queries", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(DATA), because: "you query a database", sources: &[A002], beyond: &[], running: false, service: false },
    Capability { id: "xss", name: "XSS protection", django: "Templates escape output", flask: "Jinja2 escapes HTML templates by default; careful template handling still matters", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every web system", sources: &[A002], beyond: &[&FLASK_SECURITY_BASICS], running: false, service: false },
    Capability { id: "headers", name: "Clickjacking and security headers", django: "X-Frame-Options and other headers set for you; Content Security Policy built in since 6.0, switched on and tuned by the project", flask: "Configured by hand", cover: FlaskCover::NotNamed, outside_sources: Some("Flask-Talisman"), needed_when: None, because: "every web system", sources: &[A001, A002], beyond: &[&DJANGO_6], running: false, service: false },
    Capability { id: "security_upkeep", name: "Security upkeep", django: "Security fixes come centrally, in one package to upgrade, with alerts and a published support schedule (long-term support releases)", flask: "Per-extension version watch, dependency audits, CI vulnerability scans, OWASP review, penetration tests", cover: FlaskCover::Named, outside_sources: None, needed_when: None, because: "every system that lives", sources: &[A000, A001], beyond: &[&LTS, &PIP_UPDATES], running: false, service: true },
    Capability { id: "rest_api", name: "REST API toolkit", django: "Django REST framework (third-party, the de facto standard), or Django Ninja, a typed alternative that also runs on Django", flask: "The articles name Flask-RESTful and Flask-RESTX, with more assembly than DRF", cover: FlaskCover::Named, outside_sources: Some("flask-smorest or APIFlask, the maintained choices today (Flask-RESTful now gets only compatibility fixes, and Flask-RESTX moves slowly)"), needed_when: Some(Any(&[Is("api_complexity", "simple_crud"), Is("api_complexity", "complex_api"), Is("app_type", "api_backend")])), because: "you expose an API", sources: &[A000, A002], beyond: &[&DJANGO_NINJA], running: false, service: false },
    Capability { id: "caching", name: "Caching", django: "Caching framework, with Redis or Memcached", flask: "An extension the team picks, with Redis or Memcached", cover: FlaskCover::NotNamed, outside_sources: Some("Flask-Caching"), needed_when: Some(Any(&[Is("traffic_profile", "high_overall"), Is("traffic_profile", "hot_endpoints"), Is("data_volume", "high_volume_analytics")])), because: "you expect heavy traffic or data", sources: &[A000, A001, A002], beyond: &[], running: false, service: false },
    Capability { id: "background_tasks", name: "Background tasks", django: "A task queue such as Celery, or worker packages; Django 6.0's tasks framework defines tasks but still needs a worker from a backend package", flask: "A task queue such as Celery, or a service of its own", cover: FlaskCover::Both, outside_sources: None, needed_when: Some(Any(&[Is("heavy_processing", "queued_tasks"), Is("heavy_processing", "separate_processing_services")])), because: "you have heavy background work", sources: &[A000, A001], beyond: &[&DJANGO_6], running: false, service: false },
    Capability { id: "async", name: "Async serving", django: "ASGI serving with async views and middleware; the ORM's async calls still run synchronous code in a thread", flask: "Async views exist, but Flask stays WSGI: each request still holds a worker, so more requests at once need more workers; an ASGI server needs an adapter. Flask's documentation suggests Quart for code that is mostly asynchronous (not assessed here)", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(Is("async_io", "heavy_concurrency")), because: "you have many concurrent connections", sources: &[A000, A001, A002], beyond: &[&FLASK_ASYNC, &DJANGO_ASYNC], running: false, service: false },
    Capability { id: "structure", name: "Project structure", django: "One app per domain, in a standard layout", flask: "Blueprints and the application-factory pattern, in a layout the team defines", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every codebase", sources: &[A000, A002], beyond: &[], running: true, service: true },
    Capability { id: "debugging", name: "Debugging and development server", django: "A development server that reloads on code changes; the admin helps inspect data", flask: "Werkzeug's interactive debugger in the browser", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every codebase under development", sources: &[A002], beyond: &[], running: true, service: true },
    Capability { id: "testing", name: "Test runner", django: "Test runner built in (unittest-based); many teams run pytest instead", flask: "Test client and CLI runner in the core; tests run with unittest or, usually, pytest, as on Django", cover: FlaskCover::Both, outside_sources: Some("pytest, with pytest-django or pytest-flask"), needed_when: None, because: "every system you maintain", sources: &[A001], beyond: &[&FLASK_SHIPS], running: false, service: true },
    Capability { id: "deployment", name: "Deployment", django: "A WSGI (or ASGI) application: Gunicorn behind Nginx, containers on Docker or Kubernetes, a CI/CD pipeline; the same options serve Flask", flask: "A WSGI application too, so the same options apply: Gunicorn behind Nginx, containers on Docker or Kubernetes, a CI/CD pipeline per service", cover: FlaskCover::Both, outside_sources: None, needed_when: None, because: "every system that goes live", sources: &[A001, A002], beyond: &[], running: true, service: true },
    Capability { id: "email", name: "Email", django: "Sending built in (django.core.mail), used by the password-reset views", flask: "Added by hand; no component named", cover: FlaskCover::NotNamed, outside_sources: Some("Flask-Mail or Flask-Mailman"), needed_when: Some(ACCOUNTS), because: "accounts usually need email (sign-up, password reset)", sources: &[A002], beyond: &[&DJANGO_EMAIL], running: false, service: false },
    Capability { id: "domain_packages", name: "Domain packages (CMS, e-learning, CRM, payments)", django: "Packages exist for these domains", flask: "Not named; pick among competing libraries", cover: FlaskCover::NotNamed, outside_sources: None, needed_when: Some(Is("app_type", "content_platform")), because: "you run a content platform", sources: &[A000, A001, A002], beyond: &[], running: false, service: false },
    Capability { id: "hybrid_glue", name: "Service glue", django: "API gateway or message bus (RabbitMQ, Kafka), one pipeline per service", flask: "The same", cover: FlaskCover::Both, outside_sources: None, needed_when: Some(Any(&[Is("architecture_style", "core_plus_services"), Is("architecture_style", "microservices")])), because: "you run several services", sources: &[A001], beyond: &[], running: false, service: true },
];

/// The sentence around the build list's count: text before the number,
/// the counted noun (singular, plural), and the rest of the sentence. See
/// [`crate::format::build_count`].
#[derive(Clone, Copy, Debug)]
pub struct CountText {
    /// Text before the number.
    pub before: &'static str,
    /// The counted noun after the number: `(singular, plural)`.
    pub noun: (&'static str, &'static str),
    /// The rest of the sentence, after the noun.
    pub after: &'static str,
    /// A second sentence shown under the count (may be empty).
    pub note: &'static str,
}

/// A new build: what a Flask build assembles that Django ships with.
pub const COUNT_NEW: CountText = CountText {
    before: "A Flask build of this profile assembles and keeps up to date ",
    noun: ("component", "components"),
    after: " that Django ships with or standardises.",
    note: "",
};

/// An existing Flask system: only what the answers call for, as a check list.
pub const COUNT_EXISTING_FLASK: CountText = CountText {
    before: "Your answers call for ",
    noun: ("component", "components"),
    after: " that a Flask system adds itself and that may still be missing from yours.",
    note: "Check which of these your system already has: this page cannot see your code. Rows marked as already running are part of every working Flask system, so they are not counted.",
};

/// The note under [`COUNT_EXISTING_FLASK`] once dependency files were read
/// ("Start from your code").
pub const NOTE_EXISTING_FLASK_WITH_CODE: &str = "Rows marked as already had come from the dependency files you read, and are not counted; the others may still be missing, or be covered by a package this advisor does not know. Rows marked as already running are part of every working Flask system.";

/// An existing Django system with a Flask-suited part in the answers.
pub const COUNT_DJANGO_WITH_SERVICE: CountText = CountText {
    before: "Your Django system already provides what Django ships. A Flask service beside it, for the separable part your answers name, adds ",
    noun: ("component", "components"),
    after: " of its own to keep up to date.",
    note: "The rows marked for the Flask service are what such a service needs besides its own code; the glue between the services is needed whichever framework each side uses.",
};

/// An existing Django system with no Flask-suited part in the answers.
pub const COUNT_DJANGO_ONLY: CountText = CountText {
    before: "Your Django system already provides what Django ships; a Flask side would add ",
    noun: ("component", "components"),
    after: ".",
    note: "Nothing in your answers names a separable part suited to a Flask service (a batch, streaming or reporting job, a few very busy endpoints, or services beside a main application), so none is listed.",
};

/// Status shown on a capability the profile does not call for.
pub const STATUS_NOT_NEEDED: &str = "Not needed by your answers so far";
/// Prefix of the status of a needed capability, followed by its `because`.
pub const STATUS_NEEDED: &str = "Needed: ";
/// Status of a capability every running Flask system already has.
pub const STATUS_RUNNING: &str = "Already running: every working Flask system has this";
/// Prefix of the status of a capability an existing Flask system may lack.
pub const STATUS_CHECK: &str = "May still be missing (check your system): ";
/// Prefix of the status of a baseline capability an existing Flask system
/// should have but that the answers do not newly call for (not counted).
pub const STATUS_BASELINE: &str = "Worth checking, as every live system needs it: ";
/// Status of a capability an existing Django system already provides.
pub const STATUS_DJANGO_HAS: &str = "Your Django system provides this";
/// Prefix of the status of a capability the project's dependency files
/// show it already has, followed by the packages.
pub const STATUS_HAVE: &str = "Already have: ";
/// Status of a capability a Flask service beside Django needs.
pub const STATUS_SERVICE: &str = "Needed by a Flask service beside your Django system";

/// Capabilities (ids of [`CAPABILITIES`]) that a Django project also adds a
/// package for or configures itself when its answers need them: the
/// decision record names them as work that remains with Django.
pub const DJANGO_ADDS: [&str; 4] = ["pooling", "permissions", "two_factor", "background_tasks"];
