//! What a project needs, as the engine counts it: capabilities (a data
//! layer, accounts, an admin, ...) and the few context factors that more than
//! one question argues. Each need counts once per framework, however many
//! answers ask for it (see `crate::engine`, rule 3).
//!
//! A capability is something one framework ships and the other adds as a
//! named extension. On a system that already runs, a capability is either
//! already there or one extension away in the framework in use, so it never
//! argues for a rewrite (rule 4 of the engine).

/// Whether a need is a capability or a context factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeedKind {
    /// A capability: built into one framework, an extension in the other.
    Capability,
    /// A context factor that several questions argue the same way.
    Factor,
}

/// One need. The order is the order of the "Why" tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Need {
    /// ORM, relations, transactions and versioned migrations.
    DataLayer,
    /// Users, sessions, groups and permissions, second factors.
    Accounts,
    /// A back office generated from the models.
    Admin,
    /// Serializers, API authentication, permissions and pagination.
    ApiTooling,
    /// CSRF checks, escaping, clickjacking and other security defaults.
    SecurityDefaults,
    /// Long-lived connections: WebSockets and server-sent events.
    RealTime,
    /// How fast the first version can be set up (only for a new build).
    Setup,
    /// Keeping one codebase consistent across many hands.
    Consistency,
    /// Keeping the system patched and current over the years.
    Upkeep,
    /// The coexistence pattern of a Django core with Flask services ([001]).
    Coexistence,
    /// A narrow service: the kind of project, its scope and a microservice
    /// architecture say the same thing.
    Narrow,
    /// One large codebase: a complex platform and a modular monolith say
    /// the same thing.
    LargeCodebase,
}

impl Need {
    /// Every need, in display order.
    pub const ALL: [Need; 12] = [
        Need::DataLayer,
        Need::Accounts,
        Need::Admin,
        Need::ApiTooling,
        Need::SecurityDefaults,
        Need::RealTime,
        Need::Setup,
        Need::Consistency,
        Need::Upkeep,
        Need::Coexistence,
        Need::Narrow,
        Need::LargeCodebase,
    ];

    /// Stable id, used in the page (`data-need`) and in tests.
    pub const fn id(self) -> &'static str {
        match self {
            Need::DataLayer => "data_layer",
            Need::Accounts => "accounts",
            Need::Admin => "admin",
            Need::ApiTooling => "api_tooling",
            Need::SecurityDefaults => "security_defaults",
            Need::RealTime => "real_time",
            Need::Setup => "setup",
            Need::Consistency => "consistency",
            Need::Upkeep => "upkeep",
            Need::Coexistence => "coexistence",
            Need::Narrow => "narrow",
            Need::LargeCodebase => "large_codebase",
        }
    }

    /// Display name.
    pub const fn name(self) -> &'static str {
        match self {
            Need::DataLayer => "Data layer and migrations",
            Need::Accounts => "Accounts and permissions",
            Need::Admin => "Admin back office",
            Need::ApiTooling => "API tooling",
            Need::SecurityDefaults => "Security defaults",
            Need::RealTime => "Real-time connections",
            Need::Setup => "Speed of the first setup",
            Need::Consistency => "Consistent code across many hands",
            Need::Upkeep => "Upkeep over the years",
            Need::Coexistence => "A Django core with Flask services",
            Need::Narrow => "A narrow service",
            Need::LargeCodebase => "One large codebase",
        }
    }

    /// Capability or context factor.
    pub const fn kind(self) -> NeedKind {
        match self {
            Need::DataLayer | Need::Accounts | Need::Admin | Need::ApiTooling | Need::SecurityDefaults | Need::RealTime => {
                NeedKind::Capability
            }
            Need::Setup | Need::Consistency | Need::Upkeep | Need::Coexistence | Need::Narrow | Need::LargeCodebase => NeedKind::Factor,
        }
    }

    /// True when the need counts only for a new build: a capability (a
    /// running system has it or adds it in its own framework) or the speed
    /// of a first setup (already done).
    pub const fn new_build_only(self) -> bool {
        matches!(self.kind(), NeedKind::Capability) || matches!(self, Need::Setup)
    }

    /// For a capability: how each framework covers it, `(Django, Flask)`, in
    /// a few words; `None` for a context factor. The facts beyond the
    /// articles are referenced in [`super::beyond`] (SQLALCHEMY_PAR,
    /// DJANGO_AUTH_SCOPE, DJANGO_NINJA, REAL_TIME, FLASK_SECURITY_BASICS).
    pub const fn covered_by(self) -> Option<(&'static str, &'static str)> {
        match self {
            Need::DataLayer => Some(("its ORM and migrations", "SQLAlchemy with Alembic (Flask-SQLAlchemy, Flask-Migrate)")),
            Need::Accounts => Some((
                "users, sessions, groups and per-model permissions; packages for second factors",
                "Flask-Login, or Flask-Security-Too for roles and second factors",
            )),
            Need::Admin => Some(("its generated admin", "Flask-Admin")),
            Need::ApiTooling => Some(("Django REST framework or Django Ninja", "flask-smorest or APIFlask")),
            Need::SecurityDefaults => {
                Some(("CSRF checks, escaping and security headers on by default", "Flask-WTF for CSRF and Flask-Talisman for headers"))
            }
            Need::RealTime => Some((
                "Channels for WebSockets, async views under an ASGI server for server-sent events",
                "Flask-SocketIO or flask-sock for WebSockets (a message queue across workers), gevent workers for server-sent events",
            )),
            _ => None,
        }
    }
}

/// How much a rewrite of a running system would throw away
/// (`rewrite_scope`), as the factor that multiplies the cost of a rewrite
/// (the `existing_codebase` effect, [000]): `(option id, factor)`. An
/// unanswered or ignored `rewrite_scope` counts as 1.
pub const REWRITE_SCALE: [(&str, i32); 3] = [("prototype", 1), ("product_in_use", 5), ("large_system", 8)];
