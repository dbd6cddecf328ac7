//! Points on which the articles disagree, or where their evidence must be
//! read with care: the sixteen contradictions T1 to T16 of the domain
//! inventory (section 5), each shown both ways with the articles that make
//! each claim, how the advisor handles it, and the answers it bears on.
//!
//! Two of the inventory's contradictions are split into two notes each,
//! because their halves bear on different questions and both ids are public
//! vocabulary: T1 into [`DATA_LOAD`] and [`COMPLEX_QUERIES`], T3 into
//! [`MVP`] and [`DEADLINE`]. So [`ALL_CONTESTED`] holds 18 notes and
//! [`GROUPS`] the 16 disagreements they belong to.
//!
//! An option whose strength is `Contested` is capped at 1 point; every
//! option a note bears on shows the note (see [`notes_for`]).

use super::beyond::{Beyond, FLASK_SECURITY_BASICS, POOLING};
use super::sources::{SourceId, A000, A001, A002};

/// One side of a disagreement.
#[derive(Clone, Copy, Debug)]
pub struct Claim {
    /// The claim, paraphrased.
    pub text: &'static str,
    /// Who makes it: every article listed makes the claim as written.
    pub sources: &'static [SourceId],
}

/// A disagreement between the articles and how the advisor handles it.
#[derive(Clone, Copy, Debug)]
pub struct Contested {
    /// Short id, stable across versions (`"mvp"`, `"budget"`, ...).
    pub id: &'static str,
    /// Which of the sixteen disagreements (inventory T1 to T16) this note
    /// belongs to, as its number (1 to 16).
    pub group: u8,
    /// A short label for compact places (the questionnaire), e.g. "Learning curve".
    pub short: &'static str,
    /// What the disagreement is about.
    pub topic: &'static str,
    /// One side.
    pub side_a: Claim,
    /// The other side.
    pub side_b: Claim,
    /// How the advisor treats it, in our words.
    pub handling: &'static str,
    /// A correction from beyond the articles that bears on one side, shown
    /// with its reference wherever the note is shown.
    pub beyond: Option<&'static Beyond>,
    /// The answers this note bears on, as (question id, option id); an
    /// option id of `"*"` means every option of that question. Empty when
    /// the note concerns how to read the sources rather than one answer.
    pub bears_on: &'static [(&'static str, &'static str)],
}

impl Contested {
    /// Whether this note bears on the option `option` of question `question`.
    pub fn bears_on(&self, question: &str, option: &str) -> bool {
        self.bears_on.iter().any(|&(q, o)| q == question && (o == option || o == "*"))
    }

    /// Whether this note bears on any option of question `question`.
    pub fn bears_on_question(&self, question: &str) -> bool {
        self.bears_on.iter().any(|&(q, _)| q == question)
    }
}

/// T3, first part: MVP speed and setup time.
pub const MVP: Contested = Contested {
    id: "mvp",
    group: 3,
    short: "MVP speed",
    topic: "Which framework gets a first version out faster",
    side_a: Claim {
        text: "Flask is the natural pick for proofs of concept and MVPs, because there is almost nothing to set up while Django asks for a longer configuration first. The business-focused article also credits Flask's freedom with fast prototyping, and warns that it piles up technical debt without an experienced team.",
        sources: &[A000, A001],
    },
    side_b: Claim {
        text: "Django often gets an MVP out sooner, since accounts, admin, ORM and security are there on day one instead of being wired up; the article calls this counterintuitive, and its own tables still say Django needs more setup and Flask is slower at first. The business-focused article credits Django with a faster time-to-market for complex, data-driven applications.",
        sources: &[A000, A002],
    },
    handling: "The content of the first version decides, not the label MVP: with users, data and an admin the evidence leans to Django; for a single engine or endpoint it leans to Flask. Each side gets at most 1 point.",
    beyond: None,
    bears_on: &[("project_stage", "concept_test"), ("project_stage", "product_mvp")],
};

/// T4: tight budgets and cost of ownership.
pub const BUDGET: Contested = Contested {
    id: "budget",
    group: 4,
    short: "Budget",
    topic: "Whether a tight budget favours Flask",
    side_a: Claim { text: "A small budget points to a lean Flask start, with costs rising only if the product later needs many components.", sources: &[A001] },
    side_b: Claim { text: "Django lowers the cost of building a complex application, and a self-assembled Flask security stack raises the total cost of ownership.", sources: &[A000] },
    handling: "The first weeks and the lifetime cost are different questions; the tight-budget lean to Flask is capped at 1 point, and a short-lived system keeps only a small lean.",
    beyond: None,
    bears_on: &[("budget_profile", "tight_lean_start"), ("budget_profile", "long_term_investment"), ("maintenance_horizon", "short_lived")],
};

/// T1, first part: the ORM under heavy load.
pub const DATA_LOAD: Contested = Contested {
    id: "data_load",
    group: 1,
    short: "ORM under load",
    topic: "The Django ORM under very high data volume",
    side_a: Claim { text: "High-volume and near-real-time analytics projects gain from Django's ORM and its built-in optimisations.", sources: &[A001] },
    side_b: Claim { text: "In database-heavy apps under high load the Django ORM can become the bottleneck, and SQLAlchemy gives finer control.", sources: &[A002] },
    handling: "Neither article shows evidence, so this scores nothing: profile your real queries before deciding. Django allows raw SQL where its ORM falls short, and SQLAlchemy is the usual alternative on the Flask side.",
    beyond: None,
    bears_on: &[("data_volume", "high_volume_analytics")],
};

/// T1, second part: complex, hand-tuned queries.
pub const COMPLEX_QUERIES: Contested = Contested {
    id: "complex_queries",
    group: 1,
    short: "Complex queries",
    topic: "Which ORM suits very complex queries",
    side_a: Claim {
        text: "SQLAlchemy, the usual Flask choice, is more expressive for intricate relationships and hand-tuned queries.",
        sources: &[A002],
    },
    side_b: Claim {
        text: "Django's ORM handles most query patterns well, versions migrations and manages relations and transactions for you.",
        sources: &[A001, A002],
    },
    handling: "A small lean to Flask (1 point); Django still allows raw SQL where the ORM falls short.",
    beyond: None,
    bears_on: &[("data_model", "complex_custom_queries"), ("data_model", "standard_relational")],
};

/// T3, second part: deadlines measured in weeks.
pub const DEADLINE: Contested = Contested {
    id: "deadline",
    group: 3,
    short: "Deadline",
    topic: "Which framework meets a deadline of a few weeks",
    side_a: Claim { text: "Flask can have a working prototype running within hours, and one team built an internal API prototype in two weeks.", sources: &[A001] },
    side_b: Claim { text: "Django's built-ins let a team start on business logic at once and shorten delivery of complex, data-driven apps.", sources: &[A000, A002] },
    handling: "A deadline favours whichever framework already provides what you must ship: Flask for a lone service or concept test, Django when accounts or an admin are in scope. Each lean is 1 point.",
    beyond: None,
    bears_on: &[("time_to_market", "weeks")],
};

/// T5: the learning curve.
pub const LEARNING: Contested = Contested {
    id: "learning",
    group: 5,
    short: "Learning curve",
    topic: "Which framework is easier to learn",
    side_a: Claim { text: "Django is steeper at first: ORM, migrations, settings, the request cycle and the admin all have to be learned, while Flask is simpler to begin with.", sources: &[A002] },
    side_b: Claim { text: "Django's conventions and ample documentation make learning easier for mixed teams and for people new to Python, and juniors pick up its patterns quickly.", sources: &[A001] },
    handling: "Both hold: Django has more to learn but more guidance (a steeper start on safer rails); Flask starts gently and asks for more design judgement as the code grows. The Django lean for junior and mixed teams rests on that guidance; the learning curve itself does not score.",
    beyond: None,
    bears_on: &[("team_seniority", "mostly_junior"), ("team_seniority", "mixed"), ("framework_familiarity", "neither")],
};

/// T6: internal tools.
pub const INTERNAL_TOOLS: Contested = Contested {
    id: "internal_tools",
    group: 6,
    short: "Internal tools",
    topic: "Where internal tools and dashboards belong",
    side_a: Claim {
        text: "Simple dashboards and internal tools are listed among Flask's good fits; the Edana article likewise names an internal service, next to small projects and prototypes, as a case for Flask's simplicity.",
        sources: &[A001, A002],
    },
    side_b: Claim { text: "Data-heavy internal tools are listed among Django's good fits, and dashboards appear again under its content-heavy platforms.", sources: &[A002] },
    handling: "How much data the tool manages and whether staff need an admin decide it, so an internal tool leans to Django when it has an admin or a relational model, and to Flask otherwise.",
    beyond: None,
    bears_on: &[("app_type", "internal_tool")],
};

/// T9: prototype upgrade path versus rewrite.
pub const UPGRADE_PATH: Contested = Contested {
    id: "upgrade_path",
    group: 9,
    short: "Upgrade path",
    topic: "What happens when a Flask codebase outgrows itself",
    side_a: Claim { text: "A Flask prototype keeps a clear path to grow into a larger system, and its parts can be swapped without major refactoring.", sources: &[A001] },
    side_b: Claim { text: "Moving between Flask and Django is a full rewrite, not a port, and should be planned as a new project.", sources: &[A000] },
    handling: "Growing inside Flask is incremental; switching to Django means rebuilding. Adding Django services beside existing Flask code (a hybrid) avoids the rewrite.",
    beyond: None,
    bears_on: &[
        ("existing_codebase", "existing_flask"),
        ("existing_codebase", "existing_django"),
        ("project_stage", "concept_test"),
        ("project_stage", "extend_existing"),
    ],
};

/// T10: the scaling burden.
pub const SCALING: Contested = Contested {
    id: "scaling",
    group: 10,
    short: "Scaling work",
    topic: "How much scaling work each framework leaves to the team",
    side_a: Claim { text: "Django's shared-nothing design gives a predictable way to scale out, while a Flask team must build database pooling, caching and service separation itself.", sources: &[A000] },
    side_b: Claim { text: "Both scale the same way, horizontally behind a load balancer with caching and query tuning; the Edana article adds that splitting Flask into microservices makes scaling simpler.", sources: &[A001, A002] },
    handling: "Both reach scale; the difference is how much infrastructure your team builds and owns. The claim about connection pooling is outdated (see the correction). Traffic alone barely scores.",
    beyond: Some(&POOLING),
    bears_on: &[("traffic_profile", "high_overall"), ("architecture_style", "microservices")],
};

/// T12: team size.
pub const TEAM_SIZE: Contested = Contested {
    id: "team_size",
    group: 12,
    short: "Team size",
    topic: "Whether team size points to one framework",
    side_a: Claim { text: "Small startup teams rarely have time to weigh every architecture decision, and Django's conventions guard them against common mistakes.", sources: &[A002] },
    side_b: Claim { text: "Splitting an application into Flask microservices lets development teams work on their parts independently.", sources: &[A001] },
    handling: "Headcount alone does not decide; experience (the question on team experience) does. A small team scores nothing; several teams lean to shared conventions, or to a hybrid where each team owns a service.",
    beyond: None,
    bears_on: &[("team_size", "solo_or_pair"), ("team_size", "multiple_teams")],
};

/// T2: raw performance.
pub const PERFORMANCE: Contested = Contested {
    id: "performance",
    group: 2,
    short: "Speed",
    topic: "Whether framework speed should weigh on the choice",
    side_a: Claim {
        text: "Flask starts faster and uses less memory, which the Edana article says makes it the choice for high-traffic endpoints; in a mixed setup it sends CPU-intensive work to Flask services.",
        sources: &[A001],
    },
    side_b: Claim {
        text: "Flask wins only trivial benchmarks: once queries, templates and business logic are in, the framework's own cost hardly counts next to the database and infrastructure. The Leanware article also claims Django serves up to 3,000 requests a second with fewer deadlocks than Flask, a figure that is unsourced: it names no benchmark, hardware or workload.",
        sources: &[A000, A002],
    },
    handling: "Framework speed scores almost nothing. A few hot, simple endpoints give Flask 1 point, as parts worth splitting out; a split is justified by isolating the part and scaling it on its own, not by Flask computing faster, for which no article gives evidence. The request-rate figure is never used.",
    beyond: None,
    bears_on: &[
        ("traffic_profile", "high_overall"),
        ("traffic_profile", "hot_endpoints"),
        ("footprint_sensitivity", "important"),
        ("heavy_processing", "separate_processing_services"),
    ],
};

/// T7: Flask's built-in security.
pub const FLASK_SECURITY: Contested = Contested {
    id: "flask_security",
    group: 7,
    short: "Flask security",
    topic: "How much security Flask has on its own",
    side_a: Claim { text: "Flask has no security features at all: protecting the application is entirely the job of the team and the extensions it picks.", sources: &[A000] },
    side_b: Claim { text: "Flask lacks most of Django's protections, which are added one by one (Flask-WTF for CSRF, parameterised SQLAlchemy queries, care with templates), so security is a deliberate choice rather than a default.", sources: &[A002] },
    handling: "Most protections must be added and the team owns the result, which is why limited security capacity and sensitive data lean to Django. The advisor does not repeat the absolute claim: Flask does ship a few protections (see the correction).",
    beyond: Some(&FLASK_SECURITY_BASICS),
    bears_on: &[
        ("data_sensitivity", "personal_data"),
        ("data_sensitivity", "regulated"),
        ("security_capacity", "limited"),
        ("security_capacity", "general"),
    ],
};

/// T8: whether a framework makes a project compliant.
pub const COMPLIANCE: Contested = Contested {
    id: "compliance",
    group: 8,
    short: "Compliance",
    topic: "Whether Django's defaults make compliance easier",
    side_a: Claim { text: "Django's built-in protections lower risk and cut the work of meeting GDPR, HIPAA and audit requirements in regulated settings.", sources: &[A000, A001] },
    side_b: Claim { text: "Most vulnerabilities come from missing safeguards or wrong implementation rather than from the framework, and developers can still bypass Django's protections.", sources: &[A002] },
    handling: "Django lowers the baseline effort, so regulated data leans to it, and less so when you have security specialists. Compliance stays an organisational process: the advisor never calls either framework compliant.",
    beyond: None,
    bears_on: &[("data_sensitivity", "regulated"), ("data_sensitivity", "personal_data"), ("security_capacity", "dedicated_security")],
};

/// T11: which framework startups choose.
pub const STARTUPS: Contested = Contested {
    id: "startups",
    group: 11,
    short: "Startups",
    topic: "Which framework startups choose",
    side_a: Claim { text: "In its ecosystem table, the Leanware article places Flask as common in startups and API-focused teams.", sources: &[A002] },
    side_b: Claim { text: "In its FAQ, the same article says startups often pick Django for a fast MVP, thanks to its built-in tools and safe defaults.", sources: &[A002] },
    handling: "The same article says both, in different sections; its startup section resolves it by what is built: a product with users, data, accounts and an admin leans to Django, an API-first or microservice product to Flask. The advisor asks what you build, never whether you are a startup.",
    beyond: None,
    bears_on: &[("project_stage", "product_mvp"), ("app_type", "api_backend"), ("app_type", "full_stack_product")],
};

/// T13: package counts that are not comparable.
pub const PACKAGE_COUNTS: Contested = Contested {
    id: "package_counts",
    group: 13,
    short: "Package counts",
    topic: "How large each ecosystem is",
    side_a: Claim { text: "Django has more than 12,000 packages on PyPI; the text even says Django ships with them, though its own table counts them on PyPI, where they are published apart from Django.", sources: &[A002] },
    side_b: Claim { text: "Flask's ecosystem counts over a hundred extensions for forms, authentication, databases and caching.", sources: &[A001] },
    handling: "The two figures come from different articles counting different things, so they are never set side by side and do not score. What weighs is how the ecosystem is organised: unified around Django, fragmented around Flask, which the question on dependency governance covers.",
    beyond: None,
    bears_on: &[("dependency_governance", "prefer_integrated"), ("dependency_governance", "can_govern_extensions")],
};

/// T14: the name of Django's pattern.
pub const NAMING: Contested = Contested {
    id: "naming",
    group: 14,
    short: "MTV naming",
    topic: "What to call Django's architecture pattern",
    side_a: Claim { text: "Django follows Model-Template-View (MTV), close to MVC under other names.", sources: &[A001, A002] },
    side_b: Claim { text: "One article names it Model-View-Template (MVT); another calls it an inverted MVC.", sources: &[A000, A001] },
    handling: "The three names describe the same thing: models for data, views for request logic, templates for pages. The advisor says MTV and lists the other names; this does not score.",
    beyond: None,
    bears_on: &[],
};

/// T15: every article is a vendor's page.
pub const VENDOR_BIAS: Contested = Contested {
    id: "vendor_bias",
    group: 15,
    short: "Vendor pages",
    topic: "How far to trust the articles' advice",
    side_a: Claim { text: "Each article presents itself as a guide to making the decision.", sources: &[A000, A001, A002] },
    side_b: Claim { text: "Each is a vendor's page that ends by selling its services: a consultation, an expert's call, or custom development; the business-focused one also promotes team augmentation and penetration testing.", sources: &[A000, A001, A002] },
    handling: "The advisor uses the articles' reasons, not their recommendations of services, and weighs a claim more when two articles make it independently. It recommends no vendor.",
    beyond: None,
    bears_on: &[],
};

/// T16: only one article discusses a hybrid.
pub const HYBRID_COVERAGE: Contested = Contested {
    id: "hybrid_coverage",
    group: 16,
    short: "Hybrid evidence",
    topic: "How much support a hybrid of both frameworks has",
    side_a: Claim { text: "Django and Flask can coexist: Django for users, authentication and core workflows, Flask for batch, streaming, reporting or CPU-heavy services, linked by an API gateway or a message bus.", sources: &[A001] },
    side_b: Claim { text: "The other two treat the decision as one framework or the other; the Leanware article only adds that Django can also take part in microservices.", sources: &[A000, A002] },
    handling: "Hybrid is scored only on the Edana article's account and is labelled as resting on one source; it is recommended only when the team can run several services and the project has a separable part and a real Django need.",
    beyond: None,
    bears_on: &[
        ("scope_complexity", "core_plus_specialized"),
        ("architecture_style", "core_plus_services"),
        ("heavy_processing", "separate_processing_services"),
        ("traffic_profile", "hot_endpoints"),
        ("multi_service_ops", "*"),
    ],
};

/// Every note, in the order of the sixteen disagreements (T1 to T16).
pub const ALL_CONTESTED: [&Contested; 18] = [
    &DATA_LOAD,
    &COMPLEX_QUERIES,
    &PERFORMANCE,
    &MVP,
    &DEADLINE,
    &BUDGET,
    &LEARNING,
    &INTERNAL_TOOLS,
    &FLASK_SECURITY,
    &COMPLIANCE,
    &UPGRADE_PATH,
    &SCALING,
    &STARTUPS,
    &TEAM_SIZE,
    &PACKAGE_COUNTS,
    &NAMING,
    &VENDOR_BIAS,
    &HYBRID_COVERAGE,
];

/// The sixteen disagreements, in order: (number, title, its notes). The
/// title of a disagreement with one note is that note's topic.
pub const GROUPS: [(u8, &str, &[&Contested]); 16] = [
    (1, "The ORMs under heavy load and complex queries", &[&DATA_LOAD, &COMPLEX_QUERIES]),
    (2, PERFORMANCE.topic, &[&PERFORMANCE]),
    (3, "How fast a first version ships", &[&MVP, &DEADLINE]),
    (4, BUDGET.topic, &[&BUDGET]),
    (5, LEARNING.topic, &[&LEARNING]),
    (6, INTERNAL_TOOLS.topic, &[&INTERNAL_TOOLS]),
    (7, FLASK_SECURITY.topic, &[&FLASK_SECURITY]),
    (8, COMPLIANCE.topic, &[&COMPLIANCE]),
    (9, UPGRADE_PATH.topic, &[&UPGRADE_PATH]),
    (10, SCALING.topic, &[&SCALING]),
    (11, STARTUPS.topic, &[&STARTUPS]),
    (12, TEAM_SIZE.topic, &[&TEAM_SIZE]),
    (13, PACKAGE_COUNTS.topic, &[&PACKAGE_COUNTS]),
    (14, NAMING.topic, &[&NAMING]),
    (15, VENDOR_BIAS.topic, &[&VENDOR_BIAS]),
    (16, HYBRID_COVERAGE.topic, &[&HYBRID_COVERAGE]),
];

/// Introduction of the Disagreements overview.
pub const OVERVIEW_INTRO: &str = "Where the three articles contradict each other, or one of them must be read with care, both sides are shown here with the articles that say each, together with how the advisor deals with it. Answers of yours that a disagreement touches are marked.";

/// Shown under a note that bears on no single answer.
pub const BEARS_ON_NOTHING: &str = "It bears on how to read the sources as a whole, not on one answer.";

/// Every note that bears on option `option` of question `question` (both
/// ids as in [`QUESTIONS`](super::QUESTIONS)), in the order of
/// [`ALL_CONTESTED`]: the notes whose `bears_on` lists the pair or the
/// question with `"*"`. Empty for an option no disagreement touches or for
/// unknown ids.
pub fn notes_for(question: &str, option: &str) -> Vec<&'static Contested> {
    ALL_CONTESTED.iter().copied().filter(|c| c.bears_on(question, option)).collect()
}

/// Every note that bears on some option of question `question`, in the
/// order of [`ALL_CONTESTED`].
pub fn notes_for_question(question: &str) -> Vec<&'static Contested> {
    ALL_CONTESTED.iter().copied().filter(|c| c.bears_on_question(question)).collect()
}

/// The note with this id, if any.
pub fn note(id: &str) -> Option<&'static Contested> {
    ALL_CONTESTED.iter().copied().find(|c| c.id == id)
}
