//! What to track after launch (inventory section 7) and common questions
//! with short answers (section 6), in our own words.

use super::sources::{SourceId, A000, A001, A002};

/// Whether a KPI is named by an article or implied by its framing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KpiBasis {
    /// Listed by the article.
    Named,
    /// Implied by the articles' business framing; not listed as a KPI.
    Implied,
}

/// A measure to track once the system runs.
#[derive(Clone, Copy, Debug)]
pub struct Kpi {
    /// The measure.
    pub name: &'static str,
    /// Why it matters for this decision.
    pub why: &'static str,
    /// Named or implied.
    pub basis: KpiBasis,
    /// The articles behind it.
    pub sources: &'static [SourceId],
}

/// The KPIs, named ones first.
pub const KPIS: &[Kpi] = &[
    Kpi { name: "Average response time", why: "The first sign that a framework or a query is slowing users down.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "Throughput (requests per second)", why: "Shows how much load one instance carries before you scale out.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "95th-percentile latency", why: "Catches the slow tail that averages hide.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "Memory per instance", why: "Drives hosting cost, and is where Flask's lighter footprint would show.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "Deployment time", why: "How quickly a fix reaches production.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "Dependency update frequency", why: "Measures the upkeep load, higher with many separately versioned extensions.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "Test coverage", why: "Set a minimum before deploying critical projects.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "Mean time to resolve incidents", why: "Shows whether the team can find and fix problems in the stack it chose.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "Latency and memory under load tests", why: "Measure before deciding how to scale; do not trust framework benchmarks.", basis: KpiBasis::Named, sources: &[A001] },
    Kpi { name: "SQL time and CPU time per request", why: "Finds the real bottleneck, which is rarely the framework.", basis: KpiBasis::Named, sources: &[A001, A002] },
    Kpi { name: "Time to first release", why: "The promise both frameworks make in different ways; check which one kept it.", basis: KpiBasis::Implied, sources: &[A000, A001] },
    Kpi { name: "Build cost and total cost of ownership", why: "Separates the cheap start from the lifetime bill.", basis: KpiBasis::Implied, sources: &[A000, A001] },
    Kpi { name: "Security audit findings and compliance effort", why: "Shows what the security stack really costs to keep sound.", basis: KpiBasis::Implied, sources: &[A000, A001] },
    Kpi { name: "Time to hire and onboard a developer", why: "Tests the talent-pool and predictable-layout claims on your own team.", basis: KpiBasis::Implied, sources: &[A000, A002] },
    Kpi { name: "Number of third-party dependencies to watch", why: "Each one is a version to track and a possible abandonment.", basis: KpiBasis::Implied, sources: &[A001, A002] },
];

/// A common question with a short answer.
#[derive(Clone, Copy, Debug)]
pub struct Faq {
    /// The question.
    pub question: &'static str,
    /// The answer, in our words.
    pub answer: &'static str,
    /// The articles behind it.
    pub sources: &'static [SourceId],
    /// True when the article's own question heading was lost and this one is
    /// inferred from its answer.
    pub reconstructed: bool,
}

/// Common questions.
pub const FAQ: &[Faq] = &[
    Faq { question: "Is one framework simply better?", answer: "No. Django suits large applications that need accounts, an admin and an ORM; Flask suits light projects, APIs and architectures you want to shape yourself. Scope and team decide.", sources: &[A002], reconstructed: false },
    Faq { question: "Is Flask faster?", answer: "Only slightly, on trivial endpoints. Once real queries, templates and business logic run, the two perform alike and your code, queries and infrastructure set the speed.", sources: &[A000, A002], reconstructed: true },
    Faq { question: "Should an API use Django REST framework or Flask?", answer: "Both work. DRF brings speed and convention (serializers, permissions, pagination) and pays off beyond basic CRUD; Flask brings minimalism and control for small APIs.", sources: &[A000, A002], reconstructed: true },
    Faq { question: "How hard is moving from Flask to Django later?", answer: "Treat it as a new project: the structures differ, so the models and views are rebuilt. Adding Django services beside a Flask system avoids the full rewrite.", sources: &[A000], reconstructed: true },
    Faq { question: "Do both support async?", answer: "Yes. Django has async views and middleware and ASGI deployment; Flask has async views and can run under an async-capable server. Async helps I/O-bound apps with many external calls, not CPU-heavy work.", sources: &[A000, A001, A002], reconstructed: true },
    Faq { question: "Is Flask a good fit for an MVP?", answer: "Yes when the MVP is a narrow engine or a few endpoints to validate quickly. When it already has users, accounts and an admin, Django's built-ins often ship it sooner.", sources: &[A001, A002], reconstructed: false },
    Faq { question: "Which is more secure?", answer: "Django, out of the box: CSRF, XSS, SQL-injection and clickjacking protections are on by default. Flask's security depends on the extensions and settings your team adds and keeps up. Neither makes you compliant; that stays your process.", sources: &[A000, A001, A002], reconstructed: false },
    Faq { question: "What are the risks of customising Flask heavily?", answer: "Patterns that drift between teams, version conflicts and gaps from ungoverned extensions, and growing debt. Pin and standardise extensions and write conventions down from the start.", sources: &[A001], reconstructed: false },
    Faq { question: "Can the two be combined?", answer: "Yes: Django for users, interfaces and critical workflows; Flask for narrow, batch or high-throughput services; linked by an API gateway or a message bus, each service with its own pipeline. Only one article covers this.", sources: &[A001], reconstructed: false },
    Faq { question: "Is Flask fine for a large application?", answer: "It can be, with careful planning and experienced engineers who keep discipline. It tends to go badly with rotating or mixed-experience teams.", sources: &[A002], reconstructed: false },
    Faq { question: "Does Django use SQLAlchemy?", answer: "No, it has its own ORM. Flask projects usually add SQLAlchemy, which is more flexible for complex queries and needs more setup.", sources: &[A002], reconstructed: false },
    Faq { question: "What does a team need to learn for Django?", answer: "The MTV pattern, the ORM and migrations, app layout, URL routing, templates and settings; unit testing and SQL help; deployment usually means WSGI with Gunicorn and Nginx.", sources: &[A001], reconstructed: false },
];
