//! Comparison tables (inventory section 2), every cell in our own words.
//!
//! Each row has a topic (for filtering), the answers that make it relevant to
//! a profile with the reason shown to the user, and, where the inventory flags
//! the claim, a caveat.

use super::beyond::{Beyond, FLASK_SECURITY_BASICS, LTS, POOLING};
use super::sources::{SourceId, A000, A001, A002};
use super::Cond::{self, Any, Is};

/// What a table is based on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// An explicit table in the article, rephrased.
    Article,
    /// The article introduces a table whose rows are not available; rebuilt from its text.
    Reconstructed,
    /// The article has no table; derived from its prose.
    Derived,
}

impl Provenance {
    /// Label shown with the table.
    pub const fn label(self) -> &'static str {
        match self {
            Provenance::Article => "rephrased from the article's own table",
            Provenance::Reconstructed => {
                "reconstructed: the table's rows are missing, so these rows are inferred from the article's text and are not its words"
            }
            Provenance::Derived => "derived: the article has no table; these rows summarise its prose",
        }
    }
}

/// Topics rows can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Structure, philosophy, flexibility.
    Architecture,
    /// Setup, speed of delivery, cost.
    Delivery,
    /// Security and compliance.
    Security,
    /// ORM, data, performance and scaling.
    Data,
    /// Team, hiring, learning.
    Team,
    /// Ecosystem, maintenance, operations.
    Ecosystem,
}

impl Topic {
    /// Every topic, in display order.
    pub const ALL: [Topic; 6] = [Topic::Architecture, Topic::Delivery, Topic::Security, Topic::Data, Topic::Team, Topic::Ecosystem];

    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            Topic::Architecture => "architecture",
            Topic::Delivery => "delivery",
            Topic::Security => "security",
            Topic::Data => "data",
            Topic::Team => "team",
            Topic::Ecosystem => "ecosystem",
        }
    }

    /// Label.
    pub const fn label(self) -> &'static str {
        match self {
            Topic::Architecture => "Architecture",
            Topic::Delivery => "Delivery and cost",
            Topic::Security => "Security",
            Topic::Data => "Data and scaling",
            Topic::Team => "Team",
            Topic::Ecosystem => "Ecosystem and upkeep",
        }
    }
}

/// Why a row matters for a profile: when it applies and what to tell the user.
#[derive(Clone, Copy, Debug)]
pub struct Relevance {
    /// The answers that make the row relevant.
    pub when: Cond,
    /// The reason shown, e.g. "you need a business back office".
    pub reason: &'static str,
}

/// One row: an aspect and what each framework offers.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// The aspect compared.
    pub aspect: &'static str,
    /// Django's side.
    pub django: &'static str,
    /// Flask's side.
    pub flask: &'static str,
    /// Topic for filtering.
    pub topic: Topic,
    /// When the row is relevant to a profile (first match gives the reason).
    pub relevant: &'static [Relevance],
    /// Corrections from beyond the articles the row rests on (empty when none).
    pub beyond: &'static [&'static Beyond],
    /// A caution about the claim, where the inventory flags it.
    pub caveat: Option<&'static str>,
}

/// One comparison table.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    /// Stable id.
    pub id: &'static str,
    /// Title.
    pub title: &'static str,
    /// The article it comes from.
    pub sources: &'static [SourceId],
    /// What it is based on.
    pub provenance: Provenance,
    /// The rows.
    pub rows: &'static [Row],
}

const BACKOFFICE: Relevance = Relevance { when: Is("admin_backoffice", "business_backoffice"), reason: "you need a business back office" };
const SENSITIVE: Relevance = Relevance {
    when: Any(&[Is("data_sensitivity", "regulated"), Is("data_sensitivity", "personal_data")]),
    reason: "you handle personal or regulated data",
};
const SECURITY_LIMITED: Relevance = Relevance { when: Is("security_capacity", "limited"), reason: "your security expertise is limited" };
const JUNIOR: Relevance = Relevance {
    when: Any(&[Is("team_seniority", "mixed"), Is("team_seniority", "mostly_junior")]),
    reason: "your team is mixed or junior",
};
const ROTATING: Relevance = Relevance { when: Is("team_stability", "rotating_or_fast_growth"), reason: "your team rotates or grows fast" };
const SENIOR: Relevance = Relevance { when: Is("team_seniority", "mostly_senior"), reason: "your team is mostly senior" };
const TEAMS: Relevance = Relevance { when: Is("team_size", "multiple_teams"), reason: "several teams share the code" };
const HIRING: Relevance =
    Relevance { when: Any(&[Is("hiring_need", "some"), Is("hiring_need", "scale_fast")]), reason: "you plan to hire" };
const DEADLINE: Relevance = Relevance { when: Is("time_to_market", "weeks"), reason: "you must ship within weeks" };
const FIRST_VERSION: Relevance = Relevance {
    when: Any(&[Is("project_stage", "concept_test"), Is("project_stage", "product_mvp")]),
    reason: "you are building a first version",
};
const TIGHT: Relevance = Relevance { when: Is("budget_profile", "tight_lean_start"), reason: "your budget is tight" };
const LONG: Relevance = Relevance {
    when: Any(&[Is("maintenance_horizon", "long_term"), Is("budget_profile", "long_term_investment")]),
    reason: "the system must last for years",
};
const CUSTOM: Relevance = Relevance {
    when: Any(&[Is("architecture_control", "fully_custom"), Is("database_type", "unconventional")]),
    reason: "you need a custom architecture or database",
};
const CONVENTIONS: Relevance =
    Relevance { when: Is("architecture_control", "conventions_fit"), reason: "standard conventions fit your needs" };
const SERVICES: Relevance = Relevance {
    when: Any(&[
        Is("architecture_style", "microservices"),
        Is("app_type", "focused_service"),
        Is("architecture_style", "core_plus_services"),
    ]),
    reason: "you are building services",
};
const MONOLITH: Relevance = Relevance { when: Is("architecture_style", "monolith"), reason: "you plan one codebase" };
const API: Relevance = Relevance {
    when: Any(&[Is("api_complexity", "simple_crud"), Is("api_complexity", "complex_api"), Is("app_type", "api_backend")]),
    reason: "you expose an API",
};
const FOOTPRINT: Relevance = Relevance {
    when: Any(&[Is("footprint_sensitivity", "important"), Is("traffic_profile", "hot_endpoints")]),
    reason: "footprint or hot endpoints matter to you",
};
const TRAFFIC: Relevance = Relevance {
    when: Any(&[Is("traffic_profile", "high_overall"), Is("traffic_profile", "hot_endpoints")]),
    reason: "you expect heavy traffic",
};
const DATA: Relevance = Relevance {
    when: Any(&[
        Is("data_model", "standard_relational"),
        Is("data_model", "complex_custom_queries"),
        Is("data_volume", "high_volume_analytics"),
    ]),
    reason: "your data model is central",
};
const DEPS: Relevance = Relevance {
    when: Any(&[Is("dependency_governance", "prefer_integrated"), Is("dependency_governance", "can_govern_extensions")]),
    reason: "you weighed dependency governance",
};
const AUTH: Relevance = Relevance { when: Is("auth_needs", "roles_permissions_2fa"), reason: "you need roles, permissions or 2FA" };
const COMPLEX: Relevance = Relevance {
    when: Any(&[Is("scope_complexity", "complex_platform"), Is("app_type", "full_stack_product"), Is("app_type", "content_platform")]),
    reason: "you are building a broad product",
};
const SMALL: Relevance = Relevance { when: Is("scope_complexity", "single_purpose"), reason: "the scope is small and focused" };

const PACKAGE_COUNT_CAVEAT: &str = "Package counts come from different sources on different bases, so they cannot be compared; the Django figure counts third-party packages, not what Django itself ships.";
const SECURITY_BYPASS_CAVEAT: &str = "Another article stresses that most holes come from the implementation and that developers can bypass Django's safeguards: secure defaults lower the effort of compliance, they do not make a system compliant.";
const PERF_CAVEAT: &str = "Speed claims come without a benchmark, hardware or workload. Two of the articles also say the framework is rarely the bottleneck once real queries and logic run, while the third hands high-traffic endpoints to Flask.";

/// Every comparison table, in display order.
pub const TABLES: &[Table] = &[
    Table {
        id: "key_differences",
        title: "Key differences",
        sources: &[A002],
        provenance: Provenance::Article,
        rows: &[
            Row { aspect: "Kind of framework", django: "Full-stack", flask: "Microframework", topic: Topic::Architecture, relevant: &[COMPLEX, SMALL], beyond: &[], caveat: None },
            Row { aspect: "Philosophy", django: "Structured, with opinions built in", flask: "Small and adaptable", topic: Topic::Architecture, relevant: &[CONVENTIONS, CUSTOM], beyond: &[], caveat: None },
            Row { aspect: "What a new project contains", django: "ORM, admin, accounts and security defaults", flask: "Routing and templates only", topic: Topic::Delivery, relevant: &[BACKOFFICE, AUTH], beyond: &[], caveat: None },
            Row { aspect: "Speed of development", django: "Faster for the usual web-app patterns", flask: "Slower at first while the pieces are set up", topic: Topic::Delivery, relevant: &[DEADLINE, FIRST_VERSION], beyond: &[], caveat: None },
            Row { aspect: "Flexibility", django: "Moderate: conventions lead the way", flask: "High: you define the structure", topic: Topic::Architecture, relevant: &[CUSTOM], beyond: &[], caveat: None },
            Row { aspect: "Onboarding", django: "Every project has the same familiar layout", flask: "Each team lays out its code its own way", topic: Topic::Team, relevant: &[ROTATING, HIRING, TEAMS], beyond: &[], caveat: None },
            Row { aspect: "Who steers the architecture", django: "The framework", flask: "The developers", topic: Topic::Architecture, relevant: &[SENIOR, JUNIOR], beyond: &[], caveat: None },
        ],
    },
    Table {
        id: "ecosystem",
        title: "Ecosystem and community",
        sources: &[A002],
        provenance: Provenance::Article,
        rows: &[
            Row { aspect: "Packages", django: "Over 12,000 third-party packages on PyPI", flask: "A large set of extensions", topic: Topic::Ecosystem, relevant: &[DEPS], beyond: &[], caveat: Some(PACKAGE_COUNT_CAVEAT) },
            Row { aspect: "REST APIs", django: "Django REST framework, widely used", flask: "Several choices, such as Flask-RESTful and Flask-RESTX", topic: Topic::Ecosystem, relevant: &[API], beyond: &[], caveat: None },
            Row { aspect: "How the ecosystem fits together", django: "More unified", flask: "Freer, less standardised", topic: Topic::Ecosystem, relevant: &[DEPS], beyond: &[], caveat: None },
            Row { aspect: "Where it is used", django: "Well established in enterprises", flask: "Popular with startups and API-focused teams", topic: Topic::Team, relevant: &[HIRING], beyond: &[], caveat: None },
            Row { aspect: "Documentation", django: "Extensive official documentation", flask: "Brief official docs; more community material", topic: Topic::Team, relevant: &[JUNIOR], beyond: &[], caveat: None },
        ],
    },
    Table {
        id: "pros_cons",
        title: "Pros and cons",
        sources: &[A002],
        provenance: Provenance::Article,
        rows: &[
            Row { aspect: "Setting up", django: "More configuration before the first feature", flask: "Very little to set up", topic: Topic::Delivery, relevant: &[DEADLINE, FIRST_VERSION], beyond: &[], caveat: Some("The same article also calls Flask slower at first (see Key differences); the two rows pull in opposite directions.") },
            Row { aspect: "Included", django: "ORM, accounts, admin, security", flask: "Routing, WSGI and Jinja2 templates", topic: Topic::Delivery, relevant: &[BACKOFFICE, AUTH], beyond: &[], caveat: None },
            Row { aspect: "Flexibility", django: "A structure with opinions", flask: "Customisable throughout", topic: Topic::Architecture, relevant: &[CUSTOM], beyond: &[], caveat: None },
            Row { aspect: "Learning curve", django: "Steep at the start", flask: "Easy at first, harder as it grows", topic: Topic::Team, relevant: &[JUNIOR], beyond: &[], caveat: Some("Another article says Django's conventions make learning easier for mixed or junior teams: both can hold.") },
            Row { aspect: "Security defaults", django: "Broad protection from the start", flask: "Left to the developers", topic: Topic::Security, relevant: &[SENSITIVE, SECURITY_LIMITED], beyond: &[], caveat: None },
            Row { aspect: "Best suited to", django: "Large apps, SaaS, content platforms", flask: "APIs, microservices, custom tools", topic: Topic::Architecture, relevant: &[COMPLEX, SERVICES], beyond: &[], caveat: None },
            Row { aspect: "ORM", django: "Its own ORM, built in", flask: "SQLAlchemy, added separately", topic: Topic::Data, relevant: &[DATA], beyond: &[], caveat: None },
            Row { aspect: "Community", django: "Broader enterprise use", flask: "Strong among microservice and API builders", topic: Topic::Team, relevant: &[HIRING], beyond: &[], caveat: None },
            Row { aspect: "How it scales", django: "Monoliths and large teams", flask: "Microservices and independent services", topic: Topic::Data, relevant: &[MONOLITH, SERVICES, TEAMS], beyond: &[], caveat: None },
        ],
    },
    Table {
        id: "business_impact",
        title: "Business impact",
        sources: &[A000],
        provenance: Provenance::Reconstructed,
        rows: &[
            Row { aspect: "Philosophy", django: "An integrated toolkit that hands you a plan", flask: "A minimal core: a blank canvas", topic: Topic::Architecture, relevant: &[CONVENTIONS, CUSTOM], beyond: &[], caveat: None },
            Row { aspect: "Time-to-market", django: "Quicker for complex, data-driven apps", flask: "Quick to prototype; development time grows as the team builds its own stack", topic: Topic::Delivery, relevant: &[DEADLINE, COMPLEX, SMALL], beyond: &[], caveat: None },
            Row { aspect: "Initial cost", django: "Lower for complex apps, since ORM and admin come ready", flask: "Small footprint, but senior time goes into picking and wiring libraries", topic: Topic::Delivery, relevant: &[TIGHT], beyond: &[], caveat: None },
            Row { aspect: "Structure", django: "Standard conventions keep teams aligned", flask: "The team designs it; debt builds up without experienced leads", topic: Topic::Team, relevant: &[TEAMS, JUNIOR, SENIOR], beyond: &[], caveat: None },
            Row { aspect: "Scaling", django: "A shared-nothing design with a predictable way to scale out", flask: "Very fast for simple high-throughput services; the article leaves caching, service separation and connection pooling to the team (SQLAlchemy in fact pools connections by default)", topic: Topic::Data, relevant: &[TRAFFIC, FOOTPRINT], beyond: &[&POOLING], caveat: Some(PERF_CAVEAT) },
            Row { aspect: "Security and compliance", django: "Secure defaults; less GDPR or HIPAA overhead", flask: "Almost nothing built in; the team assembles and audits its own stack", topic: Topic::Security, relevant: &[SENSITIVE, SECURITY_LIMITED], beyond: &[&FLASK_SECURITY_BASICS], caveat: Some(SECURITY_BYPASS_CAVEAT) },
            Row { aspect: "Ecosystem", django: "Mature, well-kept packages", flask: "Lively but fragmented; libraries must be vetted and may be abandoned", topic: Topic::Ecosystem, relevant: &[DEPS], beyond: &[], caveat: None },
            Row { aspect: "Hiring", django: "A large talent pool; easier to grow the team", flask: "Needs senior engineers who can make architecture calls", topic: Topic::Team, relevant: &[HIRING, SENIOR], beyond: &[], caveat: Some("Rests on market data the article does not name.") },
            Row { aspect: "Long-term cost", django: "Built for long-term maintainability, with a more predictable security posture", flask: "A higher total cost: more development time, continuous security audits and a custom stack to keep", topic: Topic::Ecosystem, relevant: &[LONG], beyond: &[&LTS], caveat: None },
            Row { aspect: "Best fit", django: "SaaS, fintech, complex applications", flask: "Microservices, APIs, unusual technical needs", topic: Topic::Architecture, relevant: &[COMPLEX, SERVICES, CUSTOM], beyond: &[], caveat: None },
        ],
    },
    Table {
        id: "prose_comparison",
        title: "Comparison drawn from the Edana article",
        sources: &[A001],
        provenance: Provenance::Derived,
        rows: &[
            Row { aspect: "Core", django: "A complete architecture from ORM to admin, with the MTV layout enforced", flask: "A small core with no imposed layers; add only the extensions you need", topic: Topic::Architecture, relevant: &[CONVENTIONS, CUSTOM], beyond: &[], caveat: None },
            Row { aspect: "Structure", django: "Standard folders for models, views and templates", flask: "Anything from one script to many modules", topic: Topic::Architecture, relevant: &[TEAMS, SMALL], beyond: &[], caveat: None },
            Row { aspect: "Data layer", django: "Schemas, versioned migrations, relations and transactions handled by the ORM", flask: "ORM chosen freely and swappable without a big refactor", topic: Topic::Data, relevant: &[DATA, CUSTOM], beyond: &[], caveat: None },
            Row { aspect: "Security", django: "XSS, CSRF and SQL-injection protection, security headers and form validation", flask: "Add Flask-WTF, Flask-Login, Flask-SeaSurf; set headers; audit dependencies", topic: Topic::Security, relevant: &[SENSITIVE, SECURITY_LIMITED], beyond: &[], caveat: None },
            Row { aspect: "Accounts", django: "Sessions, permissions and groups; 2FA can be added", flask: "Through extensions", topic: Topic::Security, relevant: &[AUTH], beyond: &[], caveat: None },
            Row { aspect: "Back office", django: "A generated admin usable by the business", flask: "Not in the small core; an extension if you need one", topic: Topic::Delivery, relevant: &[BACKOFFICE], beyond: &[], caveat: None },
            Row { aspect: "Testing", django: "A built-in test runner; a minimum coverage is advised for critical projects", flask: "Not covered by the article", topic: Topic::Ecosystem, relevant: &[LONG], beyond: &[], caveat: None },
            Row { aspect: "Startup and memory", django: "Heavier", flask: "Starts faster and uses less memory; good for hot endpoints", topic: Topic::Data, relevant: &[FOOTPRINT], beyond: &[], caveat: Some(PERF_CAVEAT) },
            Row { aspect: "Upkeep", django: "Security updates and migrations in one place, on a schedule", flask: "Each extension's versions tracked separately; needs strong CI/CD", topic: Topic::Ecosystem, relevant: &[LONG, DEPS], beyond: &[&LTS], caveat: None },
            Row { aspect: "Good for", django: "Complex platforms, e-commerce, CMS, high-volume structured apps", flask: "MVPs, proofs of concept, microservices, internal services", topic: Topic::Architecture, relevant: &[COMPLEX, FIRST_VERSION, SERVICES], beyond: &[], caveat: None },
            Row { aspect: "Team", django: "Mixed or junior teams; easier hiring", flask: "Experienced, disciplined teams", topic: Topic::Team, relevant: &[JUNIOR, SENIOR, HIRING], beyond: &[], caveat: None },
            Row { aspect: "Budget", django: "Comfortable, with a long-term view", flask: "Tight, with a lean start", topic: Topic::Delivery, relevant: &[TIGHT, LONG], beyond: &[], caveat: Some("Another article says Django lowers the cost of building complex apps; see the budget disagreement in the explanation.") },
        ],
    },
];
