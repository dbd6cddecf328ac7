//! The bill of materials (inventory section 9): for each capability, what
//! Django provides and what a Flask team must add and maintain.

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
}

const DATA: Cond = Any(&[Is("data_model", "standard_relational"), Is("data_model", "complex_custom_queries"), Is("database_type", "standard_sql"), Is("app_type", "full_stack_product"), Is("app_type", "content_platform"), Is("app_type", "internal_tool")]);
const ACCOUNTS: Cond = Any(&[Is("auth_needs", "basic_accounts"), Is("auth_needs", "roles_permissions_2fa")]);
const FORMS: Cond = Any(&[Is("app_type", "full_stack_product"), Is("app_type", "content_platform"), Is("app_type", "internal_tool"), Is("auth_needs", "basic_accounts"), Is("auth_needs", "roles_permissions_2fa"), Is("admin_backoffice", "business_backoffice")]);

/// Every capability, in display order.
pub const CAPABILITIES: &[Capability] = &[
    Capability { id: "routing", name: "Routing", django: "URL dispatcher (urls.py)", flask: "Decorator routing, in the core", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every web system", sources: &[A002] },
    Capability { id: "templating", name: "Templates", django: "Django templates, escaping output by default", flask: "Jinja2, in the core", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every web system", sources: &[A002] },
    Capability { id: "http", name: "WSGI and HTTP layer", django: "Built in", flask: "Werkzeug, in the core", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every web system", sources: &[A002] },
    Capability { id: "orm", name: "ORM and data access", django: "Django ORM (PostgreSQL, MySQL, SQLite, Oracle)", flask: "SQLAlchemy through Flask-SQLAlchemy, replaceable", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(DATA), because: "you store relational data", sources: &[A001, A002] },
    Capability { id: "migrations", name: "Schema migrations", django: "Built-in versioned migrations", flask: "Not named by the articles", cover: FlaskCover::NotNamed, outside_sources: Some("Alembic or Flask-Migrate"), needed_when: Some(DATA), because: "your schema will change over time", sources: &[A001, A002] },
    Capability { id: "admin", name: "Admin back office", django: "Generated admin, also handy for inspecting data", flask: "Flask-Admin", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(Any(&[Is("admin_backoffice", "business_backoffice"), Is("admin_backoffice", "developer_inspection")])), because: "someone needs to view or edit records", sources: &[A001, A002] },
    Capability { id: "auth", name: "Login and sessions", django: "Auth module with a User model and sessions", flask: "Flask-Login", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(ACCOUNTS), because: "users log in", sources: &[A001, A002] },
    Capability { id: "permissions", name: "Permissions and groups", django: "Permissions and groups, tied to the admin", flask: "Not named by the articles", cover: FlaskCover::NotNamed, outside_sources: Some("Flask-Principal or Flask-Security-Too"), needed_when: Some(Is("auth_needs", "roles_permissions_2fa")), because: "you need roles and permissions", sources: &[A001, A002] },
    Capability { id: "two_factor", name: "Two-factor authentication", django: "Can be added with a third-party package", flask: "Not named by the articles", cover: FlaskCover::NotNamed, outside_sources: None, needed_when: Some(Is("auth_needs", "roles_permissions_2fa")), because: "you need 2FA", sources: &[A001] },
    Capability { id: "password_hashing", name: "Password hashing", django: "PBKDF2 with SHA-256 by default, configurable", flask: "Not named by the articles", cover: FlaskCover::NotNamed, outside_sources: Some("Werkzeug's security helpers, passlib or bcrypt"), needed_when: Some(ACCOUNTS), because: "users have passwords", sources: &[A002] },
    Capability { id: "forms", name: "Forms and validation", django: "Django forms with validation", flask: "Flask-WTF", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(FORMS), because: "people submit forms", sources: &[A001, A002] },
    Capability { id: "csrf", name: "CSRF protection", django: "Token check built in", flask: "Flask-WTF or Flask-SeaSurf", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(FORMS), because: "people submit forms", sources: &[A001, A002] },
    Capability { id: "sql_injection", name: "SQL-injection protection", django: "The ORM parameterises queries", flask: "SQLAlchemy's parameterised queries", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(DATA), because: "you query a database", sources: &[A002] },
    Capability { id: "xss", name: "XSS protection", django: "Templates escape output", flask: "Careful template handling", cover: FlaskCover::Core, outside_sources: Some("Jinja2's autoescaping, on by default for HTML templates in Flask"), needed_when: None, because: "every web system", sources: &[A002] },
    Capability { id: "headers", name: "Clickjacking and security headers", django: "X-Frame-Options and other headers set for you", flask: "Configured by hand", cover: FlaskCover::NotNamed, outside_sources: Some("Flask-Talisman"), needed_when: None, because: "every web system", sources: &[A001, A002] },
    Capability { id: "security_upkeep", name: "Security upkeep", django: "Central security releases and alerts, on a maintenance schedule", flask: "Per-extension version watch, dependency audits, CI vulnerability scans, OWASP review, penetration tests", cover: FlaskCover::Named, outside_sources: None, needed_when: None, because: "every system that lives", sources: &[A000, A001] },
    Capability { id: "rest_api", name: "REST API toolkit", django: "Django REST framework (third-party, the de facto standard)", flask: "Flask-RESTful or Flask-RESTX, plus your own assembly", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(Any(&[Is("api_complexity", "simple_crud"), Is("api_complexity", "complex_api"), Is("app_type", "api_backend")])), because: "you expose an API", sources: &[A000, A002] },
    Capability { id: "caching", name: "Caching", django: "Caching framework, with Redis or Memcached", flask: "An extension the team picks, with Redis or Memcached", cover: FlaskCover::NotNamed, outside_sources: Some("Flask-Caching"), needed_when: Some(Any(&[Is("traffic_profile", "high_overall"), Is("traffic_profile", "hot_endpoints"), Is("data_volume", "high_volume_analytics")])), because: "you expect heavy traffic or data", sources: &[A000, A001, A002] },
    Capability { id: "background_tasks", name: "Background tasks", django: "Celery or similar worker packages", flask: "Celery, or a separate service", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(Any(&[Is("heavy_processing", "queued_tasks"), Is("heavy_processing", "separate_processing_services")])), because: "you have heavy background work", sources: &[A000, A001] },
    Capability { id: "async", name: "Async serving", django: "ASGI support, async views and middleware", flask: "Async views, run under an async-capable server (Uvicorn is named)", cover: FlaskCover::Named, outside_sources: None, needed_when: Some(Is("async_io", "heavy_concurrency")), because: "you have many concurrent connections", sources: &[A000, A001, A002] },
    Capability { id: "structure", name: "Project structure", django: "One app per domain, in a standard layout", flask: "Blueprints and the application-factory pattern, in a layout the team defines", cover: FlaskCover::Core, outside_sources: None, needed_when: None, because: "every codebase", sources: &[A000, A002] },
    Capability { id: "testing", name: "Test runner", django: "Built in", flask: "Not named by the articles", cover: FlaskCover::NotNamed, outside_sources: Some("pytest with Flask's test client"), needed_when: None, because: "every system you maintain", sources: &[A001] },
    Capability { id: "email", name: "Email", django: "Not discussed by the articles", flask: "Added by hand; no component named", cover: FlaskCover::NotNamed, outside_sources: None, needed_when: Some(ACCOUNTS), because: "accounts usually need email (sign-up, password reset)", sources: &[A002] },
    Capability { id: "domain_packages", name: "Domain packages (CMS, e-learning, CRM, payments)", django: "Packages exist for these domains", flask: "Not named; pick among competing libraries", cover: FlaskCover::NotNamed, outside_sources: None, needed_when: Some(Is("app_type", "content_platform")), because: "you run a content platform", sources: &[A001, A002] },
    Capability { id: "hybrid_glue", name: "Service glue", django: "API gateway or message bus (RabbitMQ, Kafka), one pipeline per service", flask: "The same", cover: FlaskCover::Both, outside_sources: None, needed_when: Some(Any(&[Is("architecture_style", "core_plus_services"), Is("architecture_style", "microservices")])), because: "you run several services", sources: &[A001] },
];
