//! The 28 questions (inventory section 1, criteria C1 to C28), their options
//! and every scoring effect. Ids are the product's stable public vocabulary.
//!
//! Weight scale: 3 strong, 2 moderate, 1 weak or contested (see the module
//! documentation of [`crate::knowledge`] and the README).

use super::contested::*;
use super::sources::{A000, A001, A002};
use super::Strength::{Contested as Disputed, Moderate, Strong, Weak};
use super::Tier::{Advanced, Core};
use super::{always, otherwise, pts, when, Choice, Cond, Part, Question};

const ALL3: &[super::SourceId] = &[A000, A001, A002];

/// Every question, core ones first, in the order the questionnaire shows them.
pub const QUESTIONS: [Question; 28] = [
    // ---------------------------------------------------------------- core
    Question {
        id: "app_type",
        title: "Kind of project",
        prompt: "What are you mainly building?",
        help: "Pick the closest match. SaaS, e-commerce, ERP, fintech and marketplaces are full products; news, publishing and e-learning sites are content platforms; a proxy or data pipeline is a focused service.",
        tier: Core,
        options: &[
            Choice::new("full_stack_product", "A full product: users, data models and a back office", Strong, &[always(pts(3, 0, 0), "Products with accounts, relational data and an admin use most of what Django ships with, so less has to be assembled; all three articles place SaaS, fintech, e-commerce or ERP on Django's side.", ALL3)]),
            Choice::new("content_platform", "A content platform: news, publishing, CMS, e-learning", Strong, &[always(pts(3, 0, 0), "Content sites need editors to manage records from day one, which Django's admin and content packages cover.", &[A001, A002])]),
            Choice::new("api_backend", "An API backend for a single-page or mobile app", Moderate, &[always(pts(0, 1, 0), "A pure API layer is a common Flask use, but how complex the API is matters more (see the API question).", ALL3)]),
            Choice::new("focused_service", "A focused service: microservice, proxy, data pipeline, calculation engine", Strong, &[always(pts(0, 3, 0), "A narrow service uses few of Django's built-ins; all three articles name microservices and small APIs as Flask's home ground, and one adds proxies and custom pipelines.", ALL3)]),
            Choice::new("internal_tool", "An internal tool or dashboard", Moderate, &[
                when(Cond::Any(&[Cond::Is("admin_backoffice", "business_backoffice"), Cond::Is("data_model", "standard_relational")]), pts(1, 0, 0), "This internal tool manages relational data or needs a back office, which is where the articles put data-heavy internal tools: on Django.", &[A002, A001]),
                otherwise(pts(0, 1, 0), "A light internal tool without a back office or a relational model is listed among Flask's fits.", &[A002]),
            ]).contested(&INTERNAL_TOOLS),
        ],
    },
    Question {
        id: "scope_complexity",
        title: "Scope and complexity",
        prompt: "How broad is the application's functional scope?",
        help: "Complexity is the central variable of the decision in all three articles: the more modules and workflows, the more a ready structure pays off.",
        tier: Core,
        options: &[
            Choice::new("single_purpose", "One or two focused responsibilities", Strong, &[always(pts(0, 2, 0), "A small core with few responsibilities is where Flask's minimalism saves effort rather than costing it.", &[A001, A002])]),
            Choice::new("moderate", "A handful of features sharing one data model", Moderate, &[always(pts(1, 0, 0), "Several features over one data model start to benefit from a shared ORM, admin and layout.", &[A002])]),
            Choice::new("complex_platform", "Many modules and rich business workflows", Strong, &[always(pts(3, 0, 0), "For large platforms with many modules, Django's integrated toolset and conventions cut the architecture work; all three articles agree.", ALL3)]),
            Choice::new("core_plus_specialized", "A complex core plus clearly separable specialised parts", Strong, &[always(pts(1, 0, 3), "A complex core with separable specialised subsystems is the split one article proposes: Django for the workflows, Flask for the narrow parts.", &[A001])]).part(Part::FlaskSatellite),
        ],
    },
    Question {
        id: "project_stage",
        title: "Stage",
        prompt: "What is the immediate goal of this build?",
        help: "What the first version contains matters more than whether you call it an MVP.",
        tier: Core,
        options: &[
            Choice::new("concept_test", "Test an idea or an engine quickly; it may be thrown away", Moderate, &[always(pts(0, 2, 0), "Flask gets a throwaway proof of concept running with almost no setup; expect a rewrite if it later moves to Django.", &[A001, A000])]),
            Choice::new("product_mvp", "A first release with real users, accounts and stored data", Disputed, &[always(pts(1, 0, 0), "An MVP with users and data uses Django's auth, admin and ORM from day one; one article disagrees, so the lean is capped at 1 point.", &[A002])]).contested(&MVP),
            Choice::new("production_build", "A long-lived production system", Moderate, &[always(pts(1, 0, 0), "A system meant to last benefits from Django's conventions and maintenance rhythm.", &[A000, A001])]),
            Choice::new("extend_existing", "Extending a system that already exists", Weak, &[always(pts(0, 0, 0), "Adds no points by itself; the existing-code question carries the weight.", &[A000])]),
        ],
    },
    Question {
        id: "data_sensitivity",
        title: "Data sensitivity",
        prompt: "What kind of data will the system handle?",
        help: "Regulated means audited sectors such as finance or health, or heavy GDPR or HIPAA duties. No framework makes you compliant; it changes how much security work you carry.",
        tier: Core,
        options: &[
            Choice::new("none", "Public or non-personal data only", Moderate, &[always(pts(0, 0, 0), "Without personal data, security defaults matter less to the choice.", &[A000])]),
            Choice::new("personal_data", "Ordinary user accounts and personal data", Moderate, &[
                when(Cond::Is("security_capacity", "dedicated_security"), pts(0, 0, 0), "You have security specialists, so assembling and auditing Flask's protections is within reach and this scores nothing.", &[A000, A002]),
                otherwise(pts(1, 0, 0), "Personal data benefits from protections that are on by default in Django and added one by one in Flask.", &[A001, A002]),
            ]),
            Choice::new("regulated", "Finance, health or other audited or regulated data", Strong, &[
                when(Cond::Is("security_capacity", "dedicated_security"), pts(1, 0, 0), "Django's defaults still lower the baseline effort, but your security specialists can build and audit a Flask stack, so the lean shrinks to 1 point.", &[A000, A002]),
                otherwise(pts(3, 0, 0), "In regulated settings Django's default protections reduce audit and compliance work, while a Flask team must assemble and keep verifying its own stack; compliance itself remains your process.", ALL3),
            ]),
        ],
    },
    Question {
        id: "team_seniority",
        title: "Team experience",
        prompt: "How experienced is the team with Python web architecture?",
        help: "Senior means people who can choose libraries and enforce consistent patterns without a framework doing it for them.",
        tier: Core,
        options: &[
            Choice::new("mostly_senior", "Mostly senior", Strong, &[always(pts(0, 2, 0), "Flask hands the architecture to the team; experienced engineers can use that freedom well, provided they keep discipline.", ALL3)]),
            Choice::new("mixed", "Mixed", Strong, &[always(pts(2, 0, 0), "Django's conventions and documentation keep a mixed team's code consistent.", &[A001, A002])]),
            Choice::new("mostly_junior", "Mostly junior, or new to Python", Strong, &[always(pts(3, 0, 0), "Less experienced teams get guard rails from Django's structure; in Flask the design choices they would have to make are hard to get right without experience.", &[A001, A002])]),
        ],
    },
    Question {
        id: "team_size",
        title: "Team size",
        prompt: "How many developers will work on the codebase?",
        help: "A small team is not on its own a reason to pick Flask; experience matters more.",
        tier: Core,
        options: &[
            Choice::new("solo_or_pair", "One or two people", Disputed, &[always(pts(0, 0, 0), "Headcount alone does not decide; the articles pull both ways for small teams.", &[A002, A001])]).contested(&TEAM_SIZE),
            Choice::new("single_team", "One team (about 3 to 8)", Moderate, &[always(pts(0, 0, 0), "A single team can work well with either framework.", &[A002])]),
            Choice::new("multiple_teams", "Several teams", Strong, &[always(pts(2, 0, 1), "Shared conventions keep several teams consistent; with a hybrid, each team can also own a service.", ALL3)]),
        ],
    },
    Question {
        id: "time_to_market",
        title: "Timeline",
        prompt: "How soon must a first usable version ship?",
        help: "A short deadline favours the framework that already contains what you must ship.",
        tier: Core,
        options: &[
            Choice::new("weeks", "Within weeks", Disputed, &[
                when(Cond::Any(&[Cond::Is("app_type", "focused_service"), Cond::Is("app_type", "api_backend"), Cond::Is("project_stage", "concept_test")]), pts(0, 1, 0), "For a lone service or a concept test, Flask's near-zero setup helps meet a deadline of weeks.", &[A001]),
                when(Cond::Any(&[Cond::Is("auth_needs", "basic_accounts"), Cond::Is("auth_needs", "roles_permissions_2fa"), Cond::Is("admin_backoffice", "business_backoffice"), Cond::Is("admin_backoffice", "developer_inspection")]), pts(1, 0, 0), "Accounts or an admin are in scope, and Django provides them ready-made, which saves weeks.", &[A002, A000]),
                otherwise(pts(0, 0, 0), "A tight deadline favours whichever framework already has what you need; answer the stage, accounts and admin questions to settle it.", &[A001, A002]),
            ]).contested(&DEADLINE),
            Choice::new("few_months", "In a few months", Moderate, &[always(pts(1, 0, 0), "Over a few months Django's built-ins shorten delivery of a complete application, as in one article's three-month e-commerce example.", &[A000, A001])]),
            Choice::new("flexible", "No fixed date", Moderate, &[always(pts(0, 0, 0), "Without a deadline, speed of setup does not tip the balance.", &[A000])]),
        ],
    },
    Question {
        id: "budget_profile",
        title: "Budget",
        prompt: "How would you describe the budget?",
        help: "Consider both the first weeks and the total cost of ownership over the system's life.",
        tier: Core,
        options: &[
            Choice::new("tight_lean_start", "Tight: a lean start", Disputed, &[always(pts(0, 1, 0), "A small budget suggests a lean Flask start, but costs rise if many components must be added later; capped at 1 point.", &[A001])]).contested(&BUDGET),
            Choice::new("moderate", "Moderate", Moderate, &[always(pts(0, 0, 0), "A middling budget does not tip the balance.", &[A001])]),
            Choice::new("long_term_investment", "A long-term investment", Moderate, &[always(pts(2, 0, 0), "A comfortable budget with a long-term vision fits Django, whose integrated stack keeps ownership costs predictable.", &[A001, A000])]),
        ],
    },
    Question {
        id: "maintenance_horizon",
        title: "Maintenance horizon",
        prompt: "How long must the system be maintained?",
        help: "Think of who will maintain it in five years and how many hands it will pass through.",
        tier: Core,
        options: &[
            Choice::new("short_lived", "Under about a year, or throwaway", Moderate, &[always(pts(0, 1, 0), "Short-lived code gains little from long-term conventions, and a lean Flask start keeps costs low.", &[A001])]),
            Choice::new("few_years", "A few years", Moderate, &[always(pts(0, 0, 0), "A medium horizon does not tip the balance.", &[A002])]),
            Choice::new("long_term", "Many years, with changing maintainers", Strong, &[always(pts(2, 0, 0), "Django centralises security updates and migrations; each Flask extension needs its own version watch, and abandoned ones become a burden.", ALL3)]),
        ],
    },
    Question {
        id: "admin_backoffice",
        title: "Admin back office",
        prompt: "Who needs to view or edit the application's data directly?",
        help: "Django generates an admin interface from your models; in Flask you add and configure Flask-Admin yourself.",
        tier: Core,
        options: &[
            Choice::new("none", "Nobody", Moderate, &[always(pts(0, 1, 0), "Without an admin need, one of Django's largest built-ins goes unused.", &[A002])]),
            Choice::new("developer_inspection", "Developers only, to inspect data", Moderate, &[always(pts(1, 0, 0), "Django's admin doubles as a quick tool for inspecting and debugging data.", &[A002])]),
            Choice::new("business_backoffice", "Non-technical staff manage records or content", Strong, &[always(pts(3, 0, 0), "Django's generated admin works as a business back office from day one, often with little custom work; Flask needs Flask-Admin plus your own setup.", ALL3)]),
        ],
    },
    Question {
        id: "auth_needs",
        title: "Accounts and permissions",
        prompt: "What do users and access control look like?",
        help: "Django ships users, sessions, groups and permissions linked to its admin; Flask adds Flask-Login and further extensions.",
        tier: Core,
        options: &[
            Choice::new("none_or_upstream", "No end users, or a gateway handles auth", Moderate, &[always(pts(0, 1, 0), "With no accounts to manage, Django's auth module brings little.", &[A001, A002])]),
            Choice::new("basic_accounts", "Login and sessions", Moderate, &[always(pts(1, 0, 0), "Django's auth module covers login and sessions out of the box; Flask needs Flask-Login and password hashing chosen by the team.", &[A001, A002])]),
            Choice::new("roles_permissions_2fa", "Roles, fine-grained permissions, 2FA, several login methods", Strong, &[always(pts(3, 0, 0), "Groups and permissions come with Django and connect to the admin, and 2FA can be added; in Flask each piece is another extension to pick and secure.", &[A001, A002])]),
        ],
    },
    Question {
        id: "architecture_style",
        title: "Target architecture",
        prompt: "What target architecture do you have in mind?",
        help: "A core plus services means one main application with independent services beside it.",
        tier: Core,
        options: &[
            Choice::new("monolith", "One codebase, possibly modular", Strong, &[always(pts(2, 0, 0), "Django organises a single large codebase into domain apps, which suits a modular monolith.", &[A002])]),
            Choice::new("microservices", "Microservices", Strong, &[always(pts(0, 2, 0), "Small independent services with their own dependencies and pipelines are Flask's natural fit; Django can take part but is mostly used for larger apps.", ALL3)]),
            Choice::new("core_plus_services", "A main application plus independent services", Strong, &[always(pts(0, 0, 3), "A main application with independent services beside it is the coexistence pattern one article describes, linked by an API gateway or a message bus.", &[A001])]).part(Part::FlaskSatellite),
        ],
    },
    Question {
        id: "api_complexity",
        title: "API complexity",
        prompt: "How complex is the API you need to expose?",
        help: "Django REST framework (DRF) brings serializers, viewsets, permissions, auth backends and pagination; Flask has several smaller options such as Flask-RESTful and Flask-RESTX.",
        tier: Core,
        options: &[
            Choice::new("no_api", "No public API", Moderate, &[always(pts(0, 0, 0), "Without an API, the DRF question does not arise.", &[A002])]),
            Choice::new("simple_crud", "A few endpoints, basic CRUD", Moderate, &[always(pts(0, 1, 0), "A handful of simple endpoints is quick to write in Flask.", &[A002, A000])]),
            Choice::new("complex_api", "Complex logic, several auth methods, strict permissions, pagination", Strong, &[always(pts(3, 0, 0), "Past basic CRUD, DRF already provides what a Flask team would end up rebuilding by hand.", &[A002, A000])]),
        ],
    },
    // ------------------------------------------------------------ advanced
    Question {
        id: "team_stability",
        title: "Team stability",
        prompt: "How stable is the team over the project's life?",
        help: "Rotation includes contractors coming and going and fast hiring.",
        tier: Advanced,
        options: &[
            Choice::new("stable", "Stable", Moderate, &[always(pts(0, 0, 0), "A stable team can keep its own conventions with either framework.", &[A002])]),
            Choice::new("rotating_or_fast_growth", "Rotating, contractors, or growing fast", Moderate, &[always(pts(2, 0, 0), "Newcomers find their way in any Django project, while Flask at scale suffers with rotating teams.", &[A002, A000])]),
        ],
    },
    Question {
        id: "hiring_need",
        title: "Hiring",
        prompt: "Will you need to hire or bring in outside developers?",
        help: "The talent-pool claims rest partly on market data that the articles do not name.",
        tier: Advanced,
        options: &[
            Choice::new("none", "No", Moderate, &[always(pts(0, 0, 0), "Without hiring, the talent pool does not matter.", &[A000])]),
            Choice::new("some", "Some", Moderate, &[always(pts(1, 0, 0), "Django is widely taught and in strong enterprise demand, so experienced hires are easier to find.", ALL3)]),
            Choice::new("scale_fast", "Yes, the team must grow fast", Moderate, &[always(pts(2, 0, 0), "Growing a team quickly is easier with Django's larger pool and its predictable project layout.", &[A000, A002])]),
        ],
    },
    Question {
        id: "data_model",
        title: "Data model",
        prompt: "How would you describe the data and queries?",
        help: "Django has its own ORM; Flask apps usually add SQLAlchemy.",
        tier: Advanced,
        options: &[
            Choice::new("minimal_or_stateless", "Little or no stored data", Moderate, &[always(pts(0, 1, 0), "With little data, Django's ORM and migrations bring little.", &[A002])]),
            Choice::new("standard_relational", "Typical entities, relations, CRUD and migrations", Strong, &[always(pts(2, 0, 0), "Django's ORM generates schemas, versions migrations and manages relations and transactions, which covers typical relational models.", &[A001, A002])]),
            Choice::new("complex_custom_queries", "Very complex relationships and hand-tuned queries", Disputed, &[always(pts(0, 1, 0), "SQLAlchemy gives more control for intricate queries; capped at 1 point because Django's ORM copes with most patterns.", &[A002])]).contested(&COMPLEX_QUERIES),
        ],
    },
    Question {
        id: "data_volume",
        title: "Data volume",
        prompt: "Will the app handle very high data volumes or near-real-time analytics?",
        help: "The articles disagree here, so the answer shows both views without scoring.",
        tier: Advanced,
        options: &[
            Choice::new("modest", "Modest", Moderate, &[always(pts(0, 0, 0), "Ordinary volumes do not distinguish the frameworks.", &[A002])]),
            Choice::new("high_volume_analytics", "Very high volume or real-time analytics", Disputed, &[always(pts(0, 0, 0), "The articles disagree on how the Django ORM behaves under heavy load, so this scores nothing; profile your real queries.", &[A001, A002])]).contested(&DATA_LOAD),
        ],
    },
    Question {
        id: "database_type",
        title: "Database",
        prompt: "Which database technology will you use?",
        help: "Django's ORM officially targets PostgreSQL, MySQL, SQLite and Oracle.",
        tier: Advanced,
        options: &[
            Choice::new("standard_sql", "PostgreSQL, MySQL, SQLite or Oracle", Moderate, &[always(pts(1, 0, 0), "Django's ORM supports these engines directly.", &[A002])]),
            Choice::new("unconventional", "Non-relational or unusual stores", Moderate, &[always(pts(0, 3, 0), "An unconventional database is a typical case where Flask avoids fighting the framework's defaults.", &[A002])]),
            Choice::new("none", "None: a stateless service", Moderate, &[always(pts(0, 1, 0), "A stateless service leaves Django's ORM, migrations and admin unused.", &[A002])]),
        ],
    },
    Question {
        id: "traffic_profile",
        title: "Traffic",
        prompt: "What traffic pattern do you expect?",
        help: "The articles agree the framework is rarely the bottleneck: queries, caching and infrastructure decide speed.",
        tier: Advanced,
        options: &[
            Choice::new("modest", "Modest", Weak, &[always(pts(0, 0, 0), "Ordinary traffic does not distinguish the frameworks.", &[A002])]),
            Choice::new("high_overall", "High overall", Disputed, &[always(pts(0, 0, 0), "Both scale out behind load balancers with caching; the difference is how much scaling infrastructure your team builds itself.", &[A000, A002])]).contested(&SCALING),
            Choice::new("hot_endpoints", "A few very hot, simple endpoints", Weak, &[always(pts(0, 1, 1), "Flask is light on simple high-throughput endpoints, which also makes them good candidates to split out as services.", &[A001, A000])]).part(Part::FlaskSatellite),
        ],
    },
    Question {
        id: "async_io",
        title: "Asynchronous I/O",
        prompt: "How I/O-bound is the workload (many external calls or concurrent connections)?",
        help: "Both frameworks support async views; the articles do not treat it as a differentiator.",
        tier: Advanced,
        options: &[
            Choice::new("minimal", "Minimal", Weak, &[always(pts(0, 0, 0), "Little I/O waiting: async is not a concern.", &[A000])]),
            Choice::new("moderate", "Moderate", Weak, &[always(pts(0, 0, 0), "Either framework handles moderate I/O.", &[A000])]),
            Choice::new("heavy_concurrency", "Heavy: many concurrent connections", Weak, &[always(pts(0, 0, 0), "Both support async views; plan an ASGI deployment for Django or an async-capable server for Flask rather than choosing on this.", &[A000, A001, A002])]),
        ],
    },
    Question {
        id: "footprint_sensitivity",
        title: "Footprint",
        prompt: "Do fast startup and low memory per instance matter (many small containers, scale to zero)?",
        help: "Relevant when you run many small instances or pay per instance-second.",
        tier: Advanced,
        options: &[
            Choice::new("not_important", "Not important", Moderate, &[always(pts(0, 0, 0), "Footprint does not tip the balance.", &[A001])]),
            Choice::new("important", "Important", Moderate, &[always(pts(0, 2, 0), "Flask starts faster and needs less memory per instance, and runs in containers without carrying a full stack.", &[A001, A000, A002])]),
        ],
    },
    Question {
        id: "architecture_control",
        title: "Fit with conventions",
        prompt: "How well do standard web-app conventions fit your technical requirements?",
        help: "Fully custom means you must pick or replace each component, or your requirements clash with the usual layout.",
        tier: Advanced,
        options: &[
            Choice::new("conventions_fit", "They fit well", Strong, &[always(pts(2, 0, 0), "When a proven standard structure fits, Django's conventions save design work.", &[A000, A002])]),
            Choice::new("some_custom", "Some custom parts", Moderate, &[always(pts(0, 0, 0), "A few custom parts fit within either framework.", &[A000])]),
            Choice::new("fully_custom", "Fully custom: each component chosen or replaced", Strong, &[always(pts(0, 3, 0), "When Django's defaults would get in the way, Flask lets you design the architecture and swap components such as the ORM without lock-in.", ALL3)]),
        ],
    },
    Question {
        id: "dependency_governance",
        title: "Dependency governance",
        prompt: "Does your team prefer an integrated stack, or can it vet, pin and monitor many independent extensions?",
        help: "Every Flask extension is a separate project with its own releases and maintainers.",
        tier: Advanced,
        options: &[
            Choice::new("prefer_integrated", "Prefer an integrated stack", Strong, &[always(pts(2, 0, 0), "Flask's extension ecosystem is fragmented: each piece must be vetted, pinned and watched, and may be abandoned. Django's is more unified.", ALL3)]),
            Choice::new("can_govern_extensions", "We can govern extensions (CI/CD, audits, version policy)", Moderate, &[always(pts(0, 1, 0), "With strong CI/CD and dependency audits, Flask's fragmented ecosystem is manageable.", &[A001])]),
        ],
    },
    Question {
        id: "security_capacity",
        title: "Security expertise",
        prompt: "What security expertise and audit capacity does the team have?",
        help: "Dedicated means specialists, regular audits and penetration tests.",
        tier: Advanced,
        options: &[
            Choice::new("limited", "Limited", Moderate, &[always(pts(2, 0, 0), "Teams with little security experience risk gaps when they assemble Flask's protections themselves.", &[A002, A000])]),
            Choice::new("general", "General good practice", Moderate, &[always(pts(1, 0, 0), "A self-assembled Flask security stack needs senior attention and regular audits; Django's defaults lower that baseline.", &[A000, A001])]),
            Choice::new("dedicated_security", "Dedicated specialists and regular audits", Moderate, &[always(pts(0, 0, 0), "Specialists can configure and audit Flask's protections, so this adds nothing and softens the data-sensitivity lean.", &[A000, A001])]),
        ],
    },
    Question {
        id: "framework_familiarity",
        title: "Existing skills",
        prompt: "Which framework does the team already know?",
        help: "The choice should match the team's skills; what is already known is cheaper.",
        tier: Advanced,
        options: &[
            Choice::new("django", "Django", Weak, &[always(pts(1, 0, 0), "Existing Django skills make it the cheaper start.", &[A000])]),
            Choice::new("flask", "Flask", Weak, &[always(pts(0, 1, 0), "Existing Flask skills make it the cheaper start.", &[A000])]),
            Choice::new("both", "Both", Weak, &[always(pts(0, 0, 0), "Knowing both leaves the choice to the other criteria.", &[A000])]),
            Choice::new("neither", "Neither", Disputed, &[always(pts(0, 0, 0), "Django has more to learn but more guidance; Flask starts gently and asks more judgement later. This does not score.", &[A001, A002])]).contested(&LEARNING),
        ],
    },
    Question {
        id: "existing_codebase",
        title: "Existing code",
        prompt: "Is there existing code this project builds on?",
        help: "Moving between the frameworks means a rewrite, so existing code weighs on the choice.",
        tier: Advanced,
        options: &[
            Choice::new("greenfield", "No, a new project", Moderate, &[always(pts(0, 0, 0), "A fresh start leaves the choice open.", &[A000])]),
            Choice::new("existing_flask", "An existing Flask system", Moderate, &[always(pts(0, 2, 1), "Switching to Django would be a rewrite, so growing the Flask code, or adding Django services beside it, costs less.", &[A000, A001])]).contested(&UPGRADE_PATH).part(Part::FlaskSatellite),
            Choice::new("existing_django", "An existing Django system", Moderate, &[always(pts(2, 0, 1), "Switching away would be a rewrite, so building on the Django code, or adding services beside it, costs less.", &[A000])]),
        ],
    },
    Question {
        id: "heavy_processing",
        title: "Heavy workloads",
        prompt: "Are there heavy background workloads (batch jobs, CPU-heavy work, streaming, reports)?",
        help: "Jobs that fit a task queue can stay inside a Django project; very different workloads may deserve their own services.",
        tier: Advanced,
        options: &[
            Choice::new("none", "None", Moderate, &[always(pts(0, 0, 0), "No heavy workloads to place.", &[A000])]),
            Choice::new("queued_tasks", "Jobs that can run on a task queue", Moderate, &[always(pts(0, 0, 0), "A task queue such as Celery handles these inside either framework.", &[A000])]),
            Choice::new("separate_processing_services", "Batch, streaming or reporting as services of their own", Moderate, &[always(pts(0, 0, 2), "Batch, streaming and reporting services are the parts one article hands to Flask while Django keeps the core workflows.", &[A001])]).part(Part::FlaskSatellite),
        ],
    },
    Question {
        id: "multi_service_ops",
        title: "Running several services",
        prompt: "Can you operate several services, each with its own CI/CD, behind an API gateway or a message bus?",
        help: "A hybrid is only worth it if the team can run that infrastructure.",
        tier: Advanced,
        options: &[
            Choice::new("no", "No", Moderate, &[always(pts(0, 0, -3), "A hybrid needs a gateway or message bus and a pipeline per service; without them it should not be recommended.", &[A001])]),
            Choice::new("yes", "Yes", Moderate, &[always(pts(0, 0, 1), "The team can run the gateway or message bus and per-service pipelines a hybrid needs.", &[A001])]),
        ],
    },
];
