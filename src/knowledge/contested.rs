//! Points on which the articles disagree. An option that touches one shows
//! both sides and is labelled as contested; its effect is capped at 1 point.

use super::sources::{SourceId, A000, A001, A002};

/// One side of a disagreement.
#[derive(Clone, Copy, Debug)]
pub struct Claim {
    /// The claim, paraphrased.
    pub text: &'static str,
    /// Who makes it.
    pub sources: &'static [SourceId],
}

/// A disagreement between the articles and how the advisor handles it.
#[derive(Clone, Copy, Debug)]
pub struct Contested {
    /// Short id, stable across versions (`"mvp"`, `"budget"`, ...).
    pub id: &'static str,
    /// What the disagreement is about.
    pub topic: &'static str,
    /// One side.
    pub side_a: Claim,
    /// The other side.
    pub side_b: Claim,
    /// How the advisor treats it, in our words.
    pub handling: &'static str,
}

/// MVP speed and setup time.
pub const MVP: Contested = Contested {
    id: "mvp",
    topic: "Which framework gets a first version out faster",
    side_a: Claim { text: "Flask is the natural pick for proofs of concept and MVPs because there is almost nothing to set up; Django asks for more configuration first.", sources: &[A001] },
    side_b: Claim { text: "Django often ships an MVP sooner, because accounts, admin, ORM and security exist from the first day instead of being assembled.", sources: &[A002, A000] },
    handling: "The content of the first version decides, not the label MVP: with users, data and an admin the evidence leans to Django; for a single engine or endpoint it leans to Flask. Each side gets at most 1 point.",
};

/// Tight budgets and cost of ownership.
pub const BUDGET: Contested = Contested {
    id: "budget",
    topic: "Whether a tight budget favours Flask",
    side_a: Claim { text: "A small budget points to a lean Flask start, with costs rising only if the product later needs many components.", sources: &[A001] },
    side_b: Claim { text: "Django lowers the cost of building a complex application, and a self-assembled Flask security stack raises the total cost of ownership.", sources: &[A000] },
    handling: "The first weeks and the lifetime cost are different questions; the tight-budget lean to Flask is capped at 1 point.",
};

/// ORM under heavy load.
pub const DATA_LOAD: Contested = Contested {
    id: "data_load",
    topic: "The Django ORM under very high data volume",
    side_a: Claim { text: "High-volume and near-real-time analytics projects gain from Django's ORM and its built-in optimisations.", sources: &[A001] },
    side_b: Claim { text: "In database-heavy apps under high load the Django ORM can become the bottleneck, and SQLAlchemy gives finer control.", sources: &[A002] },
    handling: "Neither article shows evidence, so this scores nothing: profile your real queries before deciding.",
};

/// Complex, hand-tuned queries.
pub const COMPLEX_QUERIES: Contested = Contested {
    id: "complex_queries",
    topic: "Which ORM suits very complex queries",
    side_a: Claim { text: "SQLAlchemy, the usual Flask choice, is more expressive for intricate relationships and hand-tuned queries.", sources: &[A002] },
    side_b: Claim { text: "Django's ORM handles most query patterns well, versions migrations and manages relations and transactions for you.", sources: &[A001, A002] },
    handling: "A small lean to Flask (1 point); Django still allows raw SQL where the ORM falls short.",
};

/// Deadlines measured in weeks.
pub const DEADLINE: Contested = Contested {
    id: "deadline",
    topic: "Which framework meets a deadline of a few weeks",
    side_a: Claim { text: "Flask can have a working prototype running within hours or a couple of weeks.", sources: &[A001] },
    side_b: Claim { text: "Django's built-ins let a team start on business logic at once and shorten delivery of complex apps.", sources: &[A000, A002] },
    handling: "A deadline favours whichever framework already provides what you must ship: Flask for a lone service or concept test, Django when accounts or an admin are in scope. Each lean is 1 point.",
};

/// Learning curve.
pub const LEARNING: Contested = Contested {
    id: "learning",
    topic: "Which framework is easier to learn",
    side_a: Claim { text: "Django is steeper at first: ORM, migrations, settings, the request cycle and the admin all have to be learned.", sources: &[A002] },
    side_b: Claim { text: "Django's conventions and documentation flatten the curve for mixed and junior teams.", sources: &[A001] },
    handling: "Both hold: Django has more to learn but more guidance (a steeper start on safer rails); Flask starts gently and asks for more design judgement as the code grows. It does not score.",
};

/// Internal tools.
pub const INTERNAL_TOOLS: Contested = Contested {
    id: "internal_tools",
    topic: "Where internal tools and dashboards belong",
    side_a: Claim { text: "Simple dashboards and internal tools are listed among Flask's good fits.", sources: &[A002] },
    side_b: Claim { text: "Data-heavy internal tools and dashboards are listed among Django's good fits.", sources: &[A002, A001] },
    handling: "How much data the tool manages and whether staff need an admin decide it, so an internal tool leans to Django when it has an admin or a relational model, and to Flask otherwise.",
};

/// Prototype upgrade path versus rewrite.
pub const UPGRADE_PATH: Contested = Contested {
    id: "upgrade_path",
    topic: "What happens when a Flask codebase outgrows itself",
    side_a: Claim { text: "A Flask prototype keeps a clear path to grow into a larger system.", sources: &[A001] },
    side_b: Claim { text: "Moving from Flask to Django is a full rewrite that should be planned as a new project.", sources: &[A000] },
    handling: "Growing inside Flask is incremental; switching to Django means rebuilding. Adding Django services beside existing Flask code (a hybrid) avoids the rewrite.",
};

/// Scaling burden.
pub const SCALING: Contested = Contested {
    id: "scaling",
    topic: "How much scaling work each framework leaves to the team",
    side_a: Claim { text: "Django's shared-nothing design gives a predictable way to scale out, while a Flask team must build pooling, caching and service separation itself.", sources: &[A000] },
    side_b: Claim { text: "Both scale the same way, horizontally with caching and query tuning, and Flask microservices can make scaling simpler.", sources: &[A002, A001] },
    handling: "Both reach scale; the difference is how much infrastructure your team builds and owns. Traffic alone barely scores.",
};

/// Small teams.
pub const TEAM_SIZE: Contested = Contested {
    id: "team_size",
    topic: "Whether a small team should pick Flask",
    side_a: Claim { text: "Small startup teams lack the time to make every architecture decision, and Django's conventions protect them.", sources: &[A002] },
    side_b: Claim { text: "Flask microservices let small, independent teams work without stepping on each other.", sources: &[A001] },
    handling: "Headcount alone does not decide; experience (the team seniority question) does. A small team scores nothing.",
};

/// Every contested point, for listing.
pub const ALL_CONTESTED: [&Contested; 10] = [
    &MVP, &BUDGET, &DATA_LOAD, &COMPLEX_QUERIES, &DEADLINE, &LEARNING, &INTERNAL_TOOLS, &UPGRADE_PATH, &SCALING, &TEAM_SIZE,
];
