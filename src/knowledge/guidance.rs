//! What to track after launch (inventory section 7) and common questions
//! with short answers (section 6), in our own words.

use super::beyond::{Beyond, DJANGO_ASYNC, FLASK_ASYNC, FLASK_SECURITY_BASICS, LTS};
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
    /// Stable id.
    pub id: &'static str,
    /// The measure.
    pub name: &'static str,
    /// Why it matters for this decision.
    pub why: &'static str,
    /// Named or implied.
    pub basis: KpiBasis,
    /// The articles behind it.
    pub sources: &'static [SourceId],
    /// Corrections from beyond the articles the KPI rests on (empty when none).
    pub beyond: &'static [&'static Beyond],
}

/// The line introducing the KPIs.
pub const KPI_HINT: &str = "Measures that show whether the choice is paying off. The first group is listed in one article's FAQ; the second follows from the business framing of the articles cited beside each.";

/// The KPIs, named ones first.
pub const KPIS: &[Kpi] = &[
    Kpi {
        id: "response_time",
        name: "Average response time",
        why: "The first sign that a framework or a query is slowing users down.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "throughput",
        name: "Throughput (requests per second)",
        why: "Shows how much load one instance carries before you scale out.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "p95_latency",
        name: "95th-percentile latency",
        why: "Catches the slow tail that averages hide.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "memory",
        name: "Memory per instance",
        why: "Drives hosting cost, and is where Flask's lighter footprint would show.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "deployment_time",
        name: "Deployment time",
        why: "How quickly a fix reaches production.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "dependency_updates",
        name: "Dependency update frequency",
        why: "Measures the upkeep load, higher with many separately versioned extensions.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "test_coverage",
        name: "Test coverage",
        why: "Set a minimum before deploying critical projects.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "mttr",
        name: "Mean time to resolve incidents",
        why: "Shows whether the team can find and fix problems in the stack it chose.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "load_tests",
        name: "Latency and memory under load tests",
        why: "Compare them under realistic load scenarios before planning clusters or separate services.",
        basis: KpiBasis::Named,
        sources: &[A001],
        beyond: &[],
    },
    Kpi {
        id: "sql_cpu_time",
        name: "SQL time and CPU time per request",
        why: "Finds the real bottleneck, which is rarely the framework.",
        basis: KpiBasis::Named,
        sources: &[A001, A002],
        beyond: &[],
    },
    Kpi {
        id: "time_to_release",
        name: "Time to first release",
        why: "The promise both frameworks make in different ways; check which one kept it.",
        basis: KpiBasis::Implied,
        sources: &[A000, A001],
        beyond: &[],
    },
    Kpi {
        id: "cost_tco",
        name: "Build cost and total cost of ownership",
        why: "Separates the cheap start from the lifetime bill.",
        basis: KpiBasis::Implied,
        sources: &[A000, A001],
        beyond: &[],
    },
    Kpi {
        id: "maintenance_overhead",
        name: "Maintenance overhead",
        why: "The hours that upgrades, fixes and audits take each month; for Django, plan upgrades around its long-term support releases.",
        basis: KpiBasis::Implied,
        sources: &[A000],
        beyond: &[&LTS],
    },
    Kpi {
        id: "downtime",
        name: "Downtime and what it costs",
        why: "Outages cost revenue and users' trust, which is why scaling is treated as a business risk.",
        basis: KpiBasis::Implied,
        sources: &[A000],
        beyond: &[],
    },
    Kpi {
        id: "security_findings",
        name: "Security audit findings and compliance effort",
        why: "Shows what the security stack really costs to keep sound.",
        basis: KpiBasis::Implied,
        sources: &[A000, A001],
        beyond: &[],
    },
    Kpi {
        id: "hiring",
        name: "Time to hire and onboard a developer",
        why: "Tests the talent-pool and predictable-layout claims on your own team.",
        basis: KpiBasis::Implied,
        sources: &[A000, A002],
        beyond: &[],
    },
    Kpi {
        id: "dependency_count",
        name: "Number of third-party dependencies to watch",
        why: "Each one is a version to track and a library that may lose its maintainer.",
        basis: KpiBasis::Implied,
        sources: &[A000, A001, A002],
        beyond: &[],
    },
    Kpi {
        id: "response_breakdown",
        name: "Response time split into database, serialisation and network",
        why:
            "In real applications these parts, not the framework's own overhead, take most of the time; the split shows where to optimise.",
        basis: KpiBasis::Implied,
        sources: &[A002],
        beyond: &[],
    },
];

/// A common question with a short answer.
#[derive(Clone, Copy, Debug)]
pub struct Faq {
    /// Stable id.
    pub id: &'static str,
    /// The question.
    pub question: &'static str,
    /// The answer, in our words.
    pub answer: &'static str,
    /// The articles behind it.
    pub sources: &'static [SourceId],
    /// True when the question is worded by us from the article's answer
    /// (the article's own wording of the question is not available).
    pub reconstructed: bool,
    /// Corrections from beyond the articles the answer rests on (empty when none).
    pub beyond: &'static [&'static Beyond],
}

/// The note shown under a reconstructed question.
pub const RECONSTRUCTED_NOTE: &str = "Question reconstructed from the article's answer.";

/// Common questions.
pub const FAQ: &[Faq] = &[
    Faq { id: "better", question: "Is one framework simply better?", answer: "No. Django suits large applications that need accounts, an admin and an ORM; Flask suits light projects, APIs and architectures you want to shape yourself. Scope and team decide.", sources: &[A000, A002], reconstructed: false, beyond: &[] },
    Faq { id: "faster", question: "Is Flask faster?", answer: "Only slightly, on trivial endpoints. Once real queries, templates and business logic run, the two perform alike and your code, queries and infrastructure set the speed.", sources: &[A000, A002], reconstructed: false, beyond: &[] },
    Faq { id: "api", question: "Should an API use Django REST framework or Flask?", answer: "Both work. Django with DRF is strong for APIs with real complexity: it brings speed and convention (serializers, permissions, pagination) and pays off beyond basic CRUD. Flask brings minimalism and control for small APIs.", sources: &[A000, A002], reconstructed: true, beyond: &[] },
    Faq { id: "migration", question: "How hard is moving from Flask to Django later?", answer: "One article treats it as a new project: the whole application is restructured to Django's layout and its data models are rebuilt in the Django ORM. Another describes Django and Flask services running side by side, so new Django parts can also grow beside a working Flask system instead of replacing it at once.", sources: &[A000, A001], reconstructed: true, beyond: &[] },
    Faq { id: "async", question: "Do both support async?", answer: "Both have async views, with limits. Django serves over ASGI with async views and middleware, but its ORM's async calls still run synchronous code in a thread. Flask stays a WSGI framework: an async view still holds one worker for the whole request, so it does not let one process serve more requests at once, and an ASGI server such as Uvicorn needs an adapter in front of it. Flask's own documentation points code that is mostly async to Quart, which this advisor does not assess. Async pays off for I/O-bound applications with many external calls or open connections.", sources: &[A000, A002], reconstructed: true, beyond: &[&FLASK_ASYNC, &DJANGO_ASYNC] },
    Faq { id: "mvp", question: "Is Flask a good fit for an MVP?", answer: "Yes when the MVP is a narrow engine or a few endpoints to validate quickly. When it already has users, accounts and an admin, Django's built-ins often ship it sooner.", sources: &[A001, A002], reconstructed: false, beyond: &[] },
    Faq { id: "large_platform", question: "What makes Django the choice for a large platform?", answer: "Large data volumes, complex workflows and the need for a solid back end. Its ORM, generated admin, built-in protection against CSRF, XSS and injection, and its conventions carry that load, and proven modules exist for e-commerce and CMS.", sources: &[A001], reconstructed: false, beyond: &[] },
    Faq { id: "scalability", question: "How do you compare their scalability?", answer: "Measure latency and memory of each under load. Flask starts faster and needs less memory for isolated REST endpoints; Django is tuned with caching, async workers or database sharding. Run load tests, find the bottleneck (SQL queries or CPU time), then plan clustering or separate services.", sources: &[A001], reconstructed: false, beyond: &[] },
    Faq { id: "security", question: "Which is more secure?", answer: "Django, out of the box: protection against CSRF, XSS, SQL injection and clickjacking is on by default. A Flask team adds extensions such as Flask-WTF, Flask-Login or Flask-SeaSurf, sets its own security headers, audits its dependencies and scans for vulnerabilities in CI to reach OWASP practice: more control, more rigour. Either way most holes come from the implementation, and developers can still bypass Django's safeguards.", sources: &[A001, A002], reconstructed: false, beyond: &[&FLASK_SECURITY_BASICS] },
    Faq { id: "customising_risks", question: "What are the risks of customising Flask heavily?", answer: "Patterns that drift between teams, version conflicts and gaps from ungoverned extensions, and growing debt. Pin and standardise extensions and write conventions down from the start.", sources: &[A001], reconstructed: false, beyond: &[] },
    Faq { id: "combine", question: "Can the two be combined?", answer: "Yes: Django for users, interfaces and critical workflows; Flask for CPU-heavy, batch or high-performance API services; linked by an API gateway or a message bus, each service with its own pipeline. Only one article covers this.", sources: &[A001], reconstructed: false, beyond: &[] },
    Faq { id: "microservices", question: "Can either be used for microservices?", answer: "Yes. Flask's light weight makes it the natural fit; Django works in a microservice architecture too, but is more often used where its conventions pay most, in monoliths and large modular applications.", sources: &[A002], reconstructed: false, beyond: &[] },
    Faq { id: "flask_large", question: "Is Flask fine for a large application?", answer: "It can be, with careful planning and experienced engineers who keep discipline. It tends to go badly with rotating or mixed-experience teams.", sources: &[A002], reconstructed: false, beyond: &[] },
    Faq { id: "sqlalchemy", question: "Does Django use SQLAlchemy?", answer: "No, it has its own ORM. Flask projects usually add SQLAlchemy, which is more flexible for complex queries and needs more setup.", sources: &[A002], reconstructed: false, beyond: &[] },
    Faq { id: "learning_curve", question: "Is Django harder to learn?", answer: "Harder at first: there is more to grasp before the first feature. Flask is easier to start, but a growing project asks for design decisions that are hard to get right without experience. One article adds that Django's conventions and documentation make it easier for mixed or junior teams; both can hold.", sources: &[A001, A002], reconstructed: false, beyond: &[] },
    Faq { id: "learn_first", question: "Should a developer learn Django or Flask first?", answer: "Django for structured full-stack work with the tools built in; Flask to learn how HTTP works, one piece at a time. Django hides more of the machinery early, which helps or limits depending on what you want to learn. This concerns individual learners more than a project decision.", sources: &[A002], reconstructed: false, beyond: &[] },
    Faq { id: "django_skills", question: "What does a team need to learn for Django?", answer: "The MTV pattern, the ORM and migrations, app layout, URL routing, templates and settings; unit testing and SQL help; deployment usually means WSGI with Gunicorn and Nginx.", sources: &[A001], reconstructed: false, beyond: &[] },
    Faq { id: "startups", question: "Which do startups prefer?", answer: "Often Django, for a quick MVP with secure defaults; Flask is common among API-first startups and teams building microservices. The same article's ecosystem table places Flask among startups while its FAQ says they often pick Django: what the startup builds, and who builds it, decides.", sources: &[A002], reconstructed: false, beyond: &[] },
    Faq { id: "kpis", question: "Which measures show whether the framework choice works?", answer: "Average response time and its 95th-percentile tail, throughput and memory per instance; deployment time and how often dependencies are updated; test coverage and the mean time to resolve incidents. The full list, with why each matters, is at the top of this tab.", sources: &[A001], reconstructed: false, beyond: &[] },
];
