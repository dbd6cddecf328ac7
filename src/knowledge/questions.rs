//! The 28 questions (inventory section 1, criteria C1 to C28), their options
//! and every scoring effect. Ids are the product's stable public vocabulary;
//! the order of [`QUESTIONS`] is the questionnaire's order and may change
//! (links and files name questions by id).
//!
//! Every effect's points follow the rubric in [`super::rubric`]: its support
//! (`Argued`, `Stated`, `Hedged`, `NoLean`) and the articles it cites (each
//! of which makes the claim) give its points and label, and
//! `tests/rubric.rs` checks every option against it.

use super::beyond::{
    DEFAULTS_FOR_PAGES, DJANGO_ADMIN_SCOPE, DJANGO_ASYNC, DJANGO_AUTH_SCOPE, DJANGO_DATABASES, DJANGO_NINJA, FLASK_ASYNC, FLASK_REST,
    FLASK_SECURITY_BASICS, LTS, POOLING, REAL_TIME, SQLALCHEMY_PAR,
};
use super::contested::*;
use super::sources::{A000, A001, A002};
use super::Need::{
    Accounts, Admin, ApiTooling, Coexistence, Consistency, DataLayer, LargeCodebase, Narrow, RealTime, SecurityDefaults, Setup, Upkeep,
};
use super::Strength::{Contested as Disputed, Moderate, Neutral, Strong, Weak};
use super::Support::{Argued, Hedged, NoLean, Stated};
use super::Tier::{Advanced, Core};
use super::{always, otherwise, pts, when, Choice, Cond, Part, Question};

const ALL3: &[super::SourceId] = &[A000, A001, A002];

/// Answers that describe a narrow service, an API or a concept test.
const SERVICE_LIKE: Cond =
    Cond::Any(&[Cond::Is("app_type", "focused_service"), Cond::Is("app_type", "api_backend"), Cond::Is("project_stage", "concept_test")]);
/// Answers that put accounts or a back office for staff in scope (an admin
/// for developers alone is no deliverable that Django saves time on).
const BUILT_IN_NEEDS: Cond = Cond::Any(&[
    Cond::Is("auth_needs", "basic_accounts"),
    Cond::Is("auth_needs", "roles_permissions_2fa"),
    Cond::Is("admin_backoffice", "business_backoffice"),
]);

/// Answers that describe an API reached with tokens rather than pages with
/// cookie sessions: said so, or (when the question is skipped) a focused
/// service, or a system whose logins a gateway handles. An API backend alone
/// is not assumed token-based: single-page apps often use session cookies.
pub(super) const TOKEN_API: Cond = Cond::Any(&[
    Cond::Is("client_interface", "token_api"),
    Cond::All(&[
        Cond::None(&[Cond::Answered("client_interface")]),
        Cond::Any(&[Cond::Is("app_type", "focused_service"), Cond::Is("auth_needs", "none_or_upstream")]),
    ]),
]);

/// Every question, core ones first, in the order the questionnaire shows them.
pub const QUESTIONS: [Question; 30] = [
    // ---------------------------------------------------------------- core
    Question {
        id: "app_type",
        title: "Kind of project",
        prompt: "What are you mainly building?",
        help: "Pick the closest match. SaaS, e-commerce, ERP and fintech products count as full products; news and publishing sites as content platforms; a proxy or data pipeline is a focused service. Only Django and Flask are compared here: for an API-only backend FastAPI is a frequent third choice this tool does not assess (Django Ninja, by contrast, is a Django package and counts as Django).",
        tier: Core,
        options: &[
            Choice::new("full_stack_product", "A full product: users, data models and a back office", Weak, &[
                when(Cond::None(&[Cond::Answered("admin_backoffice")]), Hedged, pts(1, 0, 0), "A full product implies a back office, which Django generates from its models; each article puts such products (SaaS, fintech, e-commerce, ERP) on Django's side. Answer the back-office question and it replaces this estimate.", ALL3).need(Admin),
                when(Cond::None(&[Cond::Answered("auth_needs")]), Hedged, pts(1, 0, 0), "A full product implies user accounts; two articles note that Django includes them while a Flask team adds them as extensions. Answer the accounts question and it replaces this estimate.", &[A001, A002]).need(Accounts),
                otherwise(NoLean, pts(0, 0, 0), "Your answers on the back office and on accounts say what this product needs, and they carry its points; the kind of project adds nothing on top.", ALL3),
            ]),
            Choice::new("content_platform", "A content platform: news, publishing, CMS, e-learning", Strong, &[always(Argued, pts(3, 0, 0), "Content sites need editors to manage records from day one: Django's generated admin and ORM give a working content interface almost at once, and packages exist for CMS and e-learning.", &[A001, A002]).need(Admin)]),
            Choice::new("api_backend", "An API backend for a single-page or mobile app", Weak, &[
                when(Cond::Any(&[Cond::Is("api_complexity", "simple_crud"), Cond::Is("api_complexity", "complex_api")]), NoLean, pts(0, 0, 0), "How complex the API is decides this, and the API question already scores it, so the kind of project adds nothing more.", &[A002]).need(ApiTooling),
                otherwise(Hedged, pts(0, 1, 0), "A light API layer serving a front end or a mobile app is a common Flask use, but only while the API stays simple; answer the question on API complexity to settle it.", &[A002]).need(ApiTooling),
            ]),
            Choice::new("focused_service", "A focused service: microservice, proxy, data pipeline, calculation engine", Strong, &[always(Argued, pts(0, 3, 0), "A narrow service uses few of Django's built-ins; each article puts microservices or small single-purpose services on Flask's side, and one adds proxies and custom pipelines.", ALL3).need(Narrow)]),
            Choice::new("internal_tool", "An internal tool or dashboard", Disputed, &[
                when(Cond::Any(&[Cond::Is("admin_backoffice", "business_backoffice"), Cond::Is("data_model", "standard_relational")]), Stated, pts(1, 0, 0), "This internal tool manages relational data or needs a back office, which brings it close to the data-heavy internal tools one article lists among Django's fits.", &[A002]).need(Admin),
                otherwise(Stated, pts(0, 1, 0), "A light internal tool without a back office or a relational model is listed among Flask's fits, and another article gives small internal services to Flask too.", &[A001, A002]).need(Admin),
            ]).contested(&INTERNAL_TOOLS),
        ],
    },
    Question {
        id: "scope_complexity",
        title: "Scope and complexity",
        prompt: "How broad is the application's functional scope?",
        help: "One article calls complexity the core variable of the whole decision, and the other two weigh it beside other factors such as the team: the more modules and workflows, the more a ready structure pays off.",
        tier: Core,
        options: &[
            Choice::new("single_purpose", "One or two focused responsibilities", Strong, &[always(Argued, pts(0, 3, 0), "A small core with one or two responsibilities is where Flask's minimal core keeps the code lean instead of leaving gaps to fill.", &[A001, A002]).need(Narrow)]),
            Choice::new("moderate", "A handful of features sharing one data model", Weak, &[always(Hedged, pts(1, 0, 0), "Features that share one database start to use shared models, migrations and the admin, which one article credits in larger codebases; for a handful of features the gain is small.", &[A002])]),
            Choice::new("complex_platform", "Many modules and rich business workflows", Strong, &[always(Argued, pts(3, 0, 0), "For large platforms with many modules, Django's integrated toolset and conventions cut the architecture work; all three articles argue it.", ALL3).need(LargeCodebase)]),
            Choice::new("core_plus_specialized", "A complex core plus clearly separable specialised parts", Moderate, &[
                always(Argued, pts(2, 0, 0), "The complex core with its business workflows is where one article puts Django.", &[A001]),
                always(Argued, pts(0, 0, 2), "A complex core with separable specialised parts is the split one article proposes: Django for the workflows, Flask for the narrow parts, as in its public-institution example.", &[A001]).need(Coexistence),
            ]).part(Part::FlaskSatellite),
        ],
    },
    Question {
        id: "project_stage",
        title: "Stage",
        prompt: "What is the immediate goal of this build?",
        help: "What the first version contains matters more than whether you call it an MVP.",
        tier: Core,
        options: &[
            Choice::new("concept_test", "Test an idea or an engine quickly; it may be thrown away", Strong, &[always(Argued, pts(0, 3, 0), "Flask gets a throwaway proof of concept running with almost no setup, as in one article's two-week calculation-engine prototype; the other two also list prototypes among Flask's uses. Expect a rewrite if it later moves to Django.", ALL3).need(Setup)]),
            Choice::new("product_mvp", "A first release with real users, accounts and stored data", Disputed, &[always(Argued, pts(1, 0, 0), "An MVP with users and data uses Django's auth, admin and ORM from day one; another article calls Flask the MVP choice, so the lean is capped at 1 point.", &[A002]).need(Setup)]).contested(&MVP),
            Choice::new("production_build", "A long-lived production system", Weak, &[always(Hedged, pts(1, 0, 0), "The stage alone says little; one article ties long-term maintainability to Django, and the question on the maintenance horizon carries most of that weight.", &[A000]).need(Upkeep)]),
            Choice::new("extend_existing", "Extending a system that already exists", Neutral, &[always(NoLean, pts(0, 0, 0), "Adds no points by itself; the question on existing code carries the weight.", &[A000])]),
        ],
    },
    Question {
        id: "existing_codebase",
        title: "Existing code",
        prompt: "Is there existing code this project builds on?",
        help: "A running system changes the question: the default is to extend it, and a rewrite has to pay for itself. One article says moving between the two frameworks means a rewrite; another describes the two running side by side.",
        tier: Core,
        options: &[
            Choice::new("greenfield", "No, a new project", Neutral, &[always(NoLean, pts(0, 0, 0), "A fresh start leaves the choice open.", &[A000])]),
            Choice::new("existing_flask", "An existing Flask system", Moderate, &[always(Argued, pts(0, 2, 0), "Cost of a rewrite: your Flask system runs today, and moving it to Django means reshaping it into Django's layout and rebuilding its data models in Django's ORM, which one article says to plan as a new project. The cost is multiplied by how much a rewrite would throw away; it counts nothing when the new work is a service of its own beside the system and the team can run several services, since nothing is rewritten.", &[A000])]),
            Choice::new("existing_django", "An existing Django system", Moderate, &[always(Argued, pts(2, 0, 0), "Cost of a rewrite: leaving a running Django system means rebuilding it, which one article says to plan as a new project. The cost is multiplied by how much a rewrite would throw away; it counts nothing when the new work is a service of its own beside the system and the team can run several services, since nothing is rewritten.", &[A000])]),
        ],
    },
    Question {
        id: "rewrite_scope",
        title: "What a rewrite would throw away",
        prompt: "If the running system were rewritten, how much would be thrown away?",
        help: "Asked only for existing code. The more the system holds (users, data, integrations), the more a rewrite costs, so the more the other framework must bring to justify it.",
        tier: Core,
        options: &[
            Choice::new("prototype", "A prototype or early version", Neutral, &[always(NoLean, pts(0, 0, 0), "Little would be lost: the cost of a rewrite counts once (×1). One article says a move between the frameworks is a rewrite to plan as a new project.", &[A000])]),
            Choice::new("product_in_use", "A product in use, with real users and data", Neutral, &[always(NoLean, pts(0, 0, 0), "Users, data and running features would have to be rebuilt and migrated, so the cost of a rewrite counts five times (×5, this advisor's weighting of what one article calls a new project).", &[A000])]),
            Choice::new("large_system", "A large system: many modules, integrations, years of data", Neutral, &[always(NoLean, pts(0, 0, 0), "A rewrite would rebuild many modules and integrations and migrate years of data, so its cost counts eight times (×8, this advisor's weighting of what one article calls a new project).", &[A000])]),
        ],
    },
    Question {
        id: "data_sensitivity",
        title: "Data sensitivity",
        prompt: "What kind of data will the system handle?",
        help: "Regulated means audited sectors such as finance or health, or heavy GDPR or HIPAA duties. No framework makes you compliant; it changes how much security work you carry.",
        tier: Core,
        options: &[
            Choice::new("none", "Public or non-personal data only", Neutral, &[always(NoLean, pts(0, 0, 0), "One article ties the security stakes to sensitive data; without such data this scores nothing.", &[A000])]),
            Choice::new("personal_data", "Ordinary user accounts and personal data", Weak, &[
                when(Cond::Is("security_capacity", "dedicated_security"), NoLean, pts(0, 0, 0), "Security specialists can assemble and audit Flask's protections, though one article still counts that work as an ongoing cost; this scores nothing.", &[A000, A002]).need(SecurityDefaults),
                when(TOKEN_API, NoLean, pts(0, 0, 0), "An API that authenticates requests with tokens gains little from Django's page-level defaults such as CSRF tokens, so ordinary personal data tips nothing here (see the correction).", &[A002]).need(SecurityDefaults),
                otherwise(Hedged, pts(1, 0, 0), "Django turns on protections such as CSRF checks by default, while a Flask team adds most of them itself; for ordinary accounts the lean is light.", &[A001, A002]).need(SecurityDefaults),
            ]).beyond(&DEFAULTS_FOR_PAGES),
            Choice::new("regulated", "Finance, health or other audited or regulated data", Strong, &[
                when(Cond::Is("security_capacity", "dedicated_security"), Hedged, pts(1, 0, 0), "Django's defaults still cut the baseline work, but your security specialists can build and audit a Flask stack, so the lean shrinks to 1 point.", &[A000, A002]).need(SecurityDefaults),
                when(TOKEN_API, Hedged, pts(1, 0, 0), "Two articles weigh Django's defaults heavily for regulated data, but those defaults mostly protect pages with cookie sessions; for an API reached with tokens the regulated work (authorisation, audit logs, encryption, secrets) is largely your own in either, so the lean shrinks to 1 point.", &[A000, A001]).need(SecurityDefaults).with_beyond(),
                otherwise(Argued, pts(3, 0, 0), "In regulated settings Django's default protections reduce audit and compliance work, while a Flask team must assemble and keep verifying its own stack; compliance itself remains your process.", &[A000, A001]).need(SecurityDefaults),
            ]).beyond(&DEFAULTS_FOR_PAGES),
        ],
    },
    Question {
        id: "team_seniority",
        title: "Team experience",
        prompt: "How experienced is the team with Python web architecture?",
        help: "Senior means people who can choose libraries and enforce consistent patterns without a framework doing it for them.",
        tier: Core,
        options: &[
            Choice::new("mostly_senior", "Mostly senior", Weak, &[always(Hedged, pts(0, 1, 0), "Flask hands the architecture to the team, and experienced engineers can use that freedom well if they keep discipline. Seniority makes Flask workable; it is not a reason to choose Flask, so the lean is light.", ALL3).need(Consistency)]),
            Choice::new("mixed", "Mixed", Strong, &[always(Argued, pts(3, 0, 0), "With mixed experience, Flask's freedom tends to let the code drift into inconsistent patterns, while Django's conventions and documentation keep it consistent.", &[A001, A002]).need(Consistency)]),
            Choice::new("mostly_junior", "Mostly junior, or new to Python", Strong, &[always(Argued, pts(3, 0, 0), "Less experienced teams get guard rails from Django's structure; in Flask the design choices they would have to make are hard to get right without experience.", &[A001, A002]).need(Consistency)]),
        ],
    },
    Question {
        id: "framework_familiarity",
        title: "Existing skills",
        prompt: "Which framework does the team already know?",
        help: "Each article ties the choice to the team's skills or experience. A senior team fluent in one framework weighs more, and so does a deadline of weeks, since little time is left to learn another framework's ways.",
        tier: Core,
        options: &[
            Choice::new("django", "Django", Moderate, &[
                when(Cond::Is("team_seniority", "mostly_senior"), Stated, pts(2, 0, 0), "A senior team fluent in Django loses no time learning another framework; two articles say the choice depends on the team's skills and experience, though neither says outright to pick the framework a team knows.", &[A001, A002]),
                otherwise(Hedged, pts(1, 0, 0), "The team already knows Django; each article ties the choice to the team's skills or experience, though none says outright to pick the framework a team knows.", ALL3),
                when(Cond::Is("time_to_market", "weeks"), Hedged, pts(1, 0, 0), "With weeks to ship, a team new to Flask would spend part of them choosing and wiring extensions before any business logic.", &[A002]).need(Setup),
            ]),
            Choice::new("flask", "Flask", Moderate, &[
                when(Cond::Is("team_seniority", "mostly_senior"), Stated, pts(0, 2, 0), "A senior team fluent in Flask loses no time learning another framework; two articles say the choice depends on the team's skills and experience, though neither says outright to pick the framework a team knows.", &[A001, A002]),
                otherwise(Hedged, pts(0, 1, 0), "The team already knows Flask; each article ties the choice to the team's skills or experience, though none says outright to pick the framework a team knows.", ALL3),
                when(Cond::Is("time_to_market", "weeks"), Hedged, pts(0, 1, 0), "With weeks to ship, a Flask team would spend part of them on Django's steeper start (ORM, migrations, settings, the request cycle, the admin).", &[A002]).need(Setup),
            ]),
            Choice::new("both", "Both", Neutral, &[always(NoLean, pts(0, 0, 0), "Knowing both leaves the choice to the other criteria.", &[A000])]),
            Choice::new("neither", "Neither", Disputed, &[always(NoLean, pts(0, 0, 0), "Django has more to learn but more guidance; Flask starts gently and asks more judgement later. This does not score.", &[A001, A002])]).contested(&LEARNING),
        ],
    },
    Question {
        id: "team_size",
        title: "Team size",
        prompt: "How many developers will work on the codebase?",
        help: "A small team is no reason on its own to pick Flask; the one article that discusses small teams even leans them to Django. Experience weighs more.",
        tier: Core,
        options: &[
            Choice::new("solo_or_pair", "One or two people", Disputed, &[always(NoLean, pts(0, 0, 0), "Headcount alone does not decide: one article says small startup teams gain from Django's guard rails, another links Flask microservices to teams that work independently. Experience (the question on team experience) weighs more.", &[A001, A002])]).contested(&TEAM_SIZE),
            Choice::new("single_team", "One team (about 3 to 8)", Neutral, &[always(NoLean, pts(0, 0, 0), "For one team, experience matters more than size.", &[A002])]),
            Choice::new("multiple_teams", "Several teams", Strong, &[
                when(Cond::Is("architecture_style", "microservices"), Stated, pts(0, 1, 0), "Several teams building microservices keep them consistent through a shared service template and contracts, not one codebase; one article adds that separate Flask services let teams work independently.", &[A001]).need(Consistency),
                when(Cond::Is("architecture_style", "core_plus_services"), Stated, pts(0, 0, 1), "With a main application and services beside it, each team can own a part; one article says the clear separation simplifies team responsibilities.", &[A001]).need(Coexistence),
                otherwise(Argued, pts(3, 0, 0), "Shared conventions keep several teams on one codebase consistent, so each knows where models, views and settings live.", &[A000, A002]).need(Consistency),
            ]),
        ],
    },
    Question {
        id: "time_to_market",
        title: "Timeline",
        prompt: "How soon must a first usable version ship?",
        help: "A short deadline favours the framework that already contains what you must ship; this advisor also weighs what your team already knows more heavily.",
        tier: Core,
        options: &[
            Choice::new("weeks", "Within weeks", Disputed, &[
                when(Cond::All(&[SERVICE_LIKE, Cond::None(&[BUILT_IN_NEEDS])]), Argued, pts(0, 1, 0), "You are shipping a narrow service, an API or a concept test without accounts or an admin: Flask's near-zero setup helps meet a deadline of weeks.", &[A001]).need(Setup),
                when(Cond::All(&[BUILT_IN_NEEDS, Cond::None(&[SERVICE_LIKE])]), Argued, pts(1, 0, 0), "Accounts or an admin are in scope, and Django provides them ready-made, so the weeks go to business logic.", &[A002]).need(Setup),
                when(Cond::All(&[SERVICE_LIKE, BUILT_IN_NEEDS]), NoLean, pts(0, 0, 0), "Your answers pull both ways (a narrow service or concept test, but with accounts or an admin), so the deadline tips nothing; what your team already knows matters more.", &[A001, A002]),
                otherwise(NoLean, pts(0, 0, 0), "A tight deadline favours whichever framework already has what you need; answer the stage, accounts and admin questions to settle it.", &[A001, A002]),
            ]).contested(&DEADLINE),
            Choice::new("few_months", "In a few months", Weak, &[
                when(BUILT_IN_NEEDS, NoLean, pts(0, 0, 0), "Django's built-ins shorten delivery over a few months, as in one article's three-month e-commerce example, but your answers on accounts and the back office already count those built-ins, so the timeline adds nothing on top.", &[A001]).need(Setup),
                otherwise(Hedged, pts(1, 0, 0), "Over a few months Django's built-ins shorten delivery of a complete application, as in one article's three-month e-commerce example; the lean holds only if the app needs those built-ins.", &[A000, A001]).need(Setup),
            ]),
            Choice::new("flexible", "No fixed date", Neutral, &[always(NoLean, pts(0, 0, 0), "Without a deadline, speed of setup does not tip the balance.", &[A000])]),
        ],
    },
    Question {
        id: "budget_profile",
        title: "Budget",
        prompt: "How would you describe the budget?",
        help: "Consider both the first weeks and the total cost of ownership over the system's life.",
        tier: Core,
        options: &[
            Choice::new("tight_lean_start", "Tight: a lean start", Disputed, &[always(Hedged, pts(0, 1, 0), "A small budget suggests a lean Flask start, but costs rise if many components must be added later; capped at 1 point.", &[A001])]).contested(&BUDGET),
            Choice::new("moderate", "Moderate", Neutral, &[always(NoLean, pts(0, 0, 0), "A middling budget does not tip the balance.", &[A001])]),
            Choice::new("long_term_investment", "A long-term investment", Weak, &[
                when(Cond::Is("maintenance_horizon", "long_term"), NoLean, pts(0, 0, 0), "The long-term view is already counted under the maintenance horizon, so the budget adds nothing more.", &[A001]).need(Upkeep),
                otherwise(Stated, pts(1, 0, 0), "A comfortable budget with a long-term vision fits Django, to secure the foundation and limit technical debt.", &[A001]).need(Upkeep),
            ]),
        ],
    },
    Question {
        id: "maintenance_horizon",
        title: "Maintenance horizon",
        prompt: "How long must the system be maintained?",
        help: "Think of who will maintain it in five years and how many hands it will pass through.",
        tier: Core,
        options: &[
            Choice::new("short_lived", "Under about a year, or throwaway", Weak, &[always(Hedged, pts(0, 1, 0), "Short-lived code gains little from long-term conventions, and a lean Flask start keeps the first costs low.", &[A001]).need(Upkeep)]),
            Choice::new("few_years", "A few years", Neutral, &[always(NoLean, pts(0, 0, 0), "A medium horizon does not tip the balance.", &[A002])]),
            Choice::new("long_term", "Many years, with changing maintainers", Strong, &[always(Argued, pts(3, 0, 0), "Django centralises security updates and migrations, and its long-term support releases get fixes for years on a published schedule; each Flask extension needs its own version watch, and abandoned ones become a burden.", ALL3).with_beyond().need(Upkeep)]).beyond(&LTS),
        ],
    },
    Question {
        id: "admin_backoffice",
        title: "Admin back office",
        prompt: "Who needs to view or edit the application's data directly?",
        help: "Django generates an admin interface from your models; in Flask you add and configure Flask-Admin yourself.",
        tier: Core,
        options: &[
            Choice::new("none", "Nobody", Weak, &[always(Hedged, pts(0, 1, 0), "Without an admin need, one of Django's largest built-ins goes unused.", &[A002]).need(Admin)]),
            Choice::new("developer_inspection", "Developers only, to inspect data", Weak, &[always(Stated, pts(1, 0, 0), "Django's admin doubles as a quick tool for inspecting and fixing data during development.", &[A002]).need(Admin)]),
            Choice::new("business_backoffice", "Non-technical staff manage records or content", Strong, &[always(Argued, pts(3, 0, 0), "Django generates an admin from the models, which staff can use for everyday record editing once its lists, forms and permissions are configured (see the correction); a Flask team adds Flask-Admin and wires it to its models and logins.", &[A001, A002]).need(Admin)]).beyond(&DJANGO_ADMIN_SCOPE),
        ],
    },
    Question {
        id: "auth_needs",
        title: "Accounts and permissions",
        prompt: "What do users and access control look like?",
        help: "Django ships users, sessions, groups and permissions linked to its admin; Flask adds Flask-Login and further extensions.",
        tier: Core,
        options: &[
            Choice::new("none_or_upstream", "No end users, or a gateway handles auth", Weak, &[always(Hedged, pts(0, 1, 0), "With no accounts to manage, Django's auth module brings little.", &[A002]).need(Accounts)]),
            Choice::new("basic_accounts", "Login and sessions", Moderate, &[
                when(TOKEN_API, Hedged, pts(1, 0, 0), "Django's user model and password handling still help an API that checks tokens (with DRF's token or JWT authentication on top), but its sessions go unused, so the lean shrinks to 1 point (see the correction).", &[A001, A002]).need(Accounts),
                otherwise(Stated, pts(2, 0, 0), "Django's auth module covers login and sessions out of the box; a Flask team adds Flask-Login and builds its own user storage.", &[A001, A002]).need(Accounts),
            ]).beyond(&DEFAULTS_FOR_PAGES),
            Choice::new("roles_permissions_2fa", "Roles, fine-grained permissions, 2FA, several login methods", Strong, &[always(Argued, pts(3, 0, 0), "Django ships groups and per-model permissions tied to its admin; object-level rules, second factors and social logins are packages on top (see the correction). In Flask every piece is an extension to pick, wire and secure, though Flask-Security-Too bundles several.", &[A001, A002]).need(Accounts)]).beyond(&DJANGO_AUTH_SCOPE),
        ],
    },
    Question {
        id: "architecture_style",
        title: "Target architecture",
        prompt: "What target architecture do you have in mind?",
        help: "A core plus services means one main application with independent services beside it. For a microservice fleet, API-first frameworks outside this comparison (FastAPI, for one) are also common; this tool weighs only Django and Flask.",
        tier: Core,
        options: &[
            Choice::new("monolith", "One codebase, possibly modular", Moderate, &[always(Argued, pts(2, 0, 0), "Django organises a single large codebase into domain apps that share models, migrations and the admin, which suits a modular monolith.", &[A002]).need(LargeCodebase)]).part(Part::SingleCodebase),
            Choice::new("microservices", "Microservices", Strong, &[always(Argued, pts(0, 3, 0), "Small independent services with their own dependencies and pipelines are Flask's natural fit; Django can take part but is mostly used for larger apps.", ALL3).need(Narrow)]),
            Choice::new("core_plus_services", "A main application plus independent services", Moderate, &[always(Argued, pts(0, 0, 2), "A main application with independent services beside it is the coexistence pattern one article describes, linked by an API gateway or a message bus.", &[A001]).need(Coexistence)]),
        ],
    },
    Question {
        id: "api_complexity",
        title: "API complexity",
        prompt: "How complex is the API you need to expose?",
        help: "Django REST framework (DRF) brings serializers, viewsets, permissions, auth backends and pagination, and Django Ninja is a typed alternative; on Flask, flask-smorest and APIFlask are the actively developed toolkits (Flask-RESTful gets only compatibility fixes and Flask-RESTX releases rarely).",
        tier: Core,
        options: &[
            Choice::new("no_api", "No public API", Neutral, &[always(NoLean, pts(0, 0, 0), "Without an API, the DRF question does not arise.", &[A002])]),
            Choice::new("simple_crud", "A few endpoints, basic CRUD", Weak, &[always(Stated, pts(0, 1, 0), "Flask suits simpler APIs that do not need DRF's full feature set; the actively developed toolkits for it today are flask-smorest and APIFlask (see the correction).", &[A002]).need(ApiTooling)]).beyond(&FLASK_REST),
            Choice::new("complex_api", "Complex logic, several auth methods, strict permissions, pagination", Moderate, &[always(Argued, pts(2, 0, 0), "Past basic CRUD, DRF already provides what a Flask team would otherwise assemble from smaller pieces (flask-smorest or APIFlask cover part of it).", &[A002]).need(ApiTooling)]).beyond(&DJANGO_NINJA),
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
            Choice::new("stable", "Stable", Neutral, &[always(NoLean, pts(0, 0, 0), "A stable team can keep its own conventions with either framework.", &[A002])]),
            Choice::new("rotating_or_fast_growth", "Rotating, contractors, or growing fast", Strong, &[always(Argued, pts(3, 0, 0), "Newcomers find their way in any Django project because the layout is predictable, while a Flask codebase kept by a rotating team tends to drift into inconsistent patterns.", &[A001, A002]).need(Consistency)]),
        ],
    },
    Question {
        id: "hiring_need",
        title: "Hiring",
        prompt: "Will you need to hire or bring in outside developers?",
        help: "One article's talent-pool claim rests on market data it does not name.",
        tier: Advanced,
        options: &[
            Choice::new("none", "No", Neutral, &[always(NoLean, pts(0, 0, 0), "Without hiring, the talent pool does not matter.", &[A000])]),
            Choice::new("some", "Some", Weak, &[always(Hedged, pts(1, 0, 0), "Django is widely taught and in strong enterprise demand, so experienced hires are somewhat easier to find; for a few hires the effect is small.", &[A000, A001]).need(Consistency)]),
            Choice::new("scale_fast", "Yes, the team must grow fast", Strong, &[always(Argued, pts(3, 0, 0), "Growing a team quickly is easier with Django's larger pool of experienced developers and a structure that newcomers already know.", &[A000, A001]).need(Consistency)]),
        ],
    },
    Question {
        id: "data_model",
        title: "Data model",
        prompt: "How would you describe the data and queries?",
        help: "Django has its own ORM; Flask apps usually add SQLAlchemy.",
        tier: Advanced,
        options: &[
            Choice::new("minimal_or_stateless", "Little or no stored data", Weak, &[always(Hedged, pts(0, 1, 0), "With little data, Django's ORM and migrations bring little.", &[A002]).need(DataLayer)]),
            Choice::new("standard_relational", "Typical entities, relations, CRUD and migrations", Neutral, &[always(NoLean, pts(0, 0, 0), "Two articles credit Django's ORM and migrations here, but SQLAlchemy with Alembic covers typical entities, relations and migrations just as fully (see the correction); what Django adds is that its ORM feeds its admin, forms and accounts, which those answers count.", &[A001, A002]).with_beyond().need(DataLayer)]).beyond(&SQLALCHEMY_PAR),
            Choice::new("complex_custom_queries", "Very complex relationships and hand-tuned queries", Disputed, &[always(Argued, pts(0, 1, 0), "SQLAlchemy gives more control for intricate queries; capped at 1 point because Django's ORM copes with most patterns.", &[A002]).need(DataLayer)]).contested(&COMPLEX_QUERIES),
        ],
    },
    Question {
        id: "data_volume",
        title: "Data volume",
        prompt: "Will the app handle very high data volumes or near-real-time analytics?",
        help: "Two articles disagree here, so the answer shows both views without scoring.",
        tier: Advanced,
        options: &[
            Choice::new("modest", "Modest", Neutral, &[always(NoLean, pts(0, 0, 0), "Ordinary volumes do not distinguish the frameworks.", &[A002])]),
            Choice::new("high_volume_analytics", "Very high volume or real-time analytics", Disputed, &[always(NoLean, pts(0, 0, 0), "The articles disagree on how the Django ORM behaves under heavy load, so this scores nothing; profile your real queries.", &[A001, A002])]).contested(&DATA_LOAD),
        ],
    },
    Question {
        id: "database_type",
        title: "Database",
        prompt: "Which database technology will you use?",
        help: "Django officially supports PostgreSQL, MariaDB, MySQL, Oracle and SQLite; SQLAlchemy, the usual Flask choice, supports the same engines.",
        tier: Advanced,
        options: &[
            Choice::new("standard_sql", "PostgreSQL, MariaDB, MySQL, SQLite or Oracle", Neutral, &[always(NoLean, pts(0, 0, 0), "Both Django's ORM and SQLAlchemy serve these engines, so a mainstream SQL database is no reason to pick either; the question on the data model weighs the ORM itself.", &[A002]).with_beyond().need(DataLayer)]).beyond(&DJANGO_DATABASES),
            Choice::new("unconventional", "Non-relational or unusual stores", Moderate, &[
                when(Cond::Is("architecture_control", "fully_custom"), Hedged, pts(0, 1, 0), "The same passage that puts an unconventional database on Flask's side already scores under “Fit with conventions”, so this adds only a little.", &[A002]).need(DataLayer),
                otherwise(Argued, pts(0, 2, 0), "An unconventional database is one of the cases where Flask lets you design around it instead of fighting Django's ORM-centred defaults.", &[A002]).need(DataLayer),
            ]),
            Choice::new("none", "None: a stateless service", Weak, &[
                when(Cond::Is("data_model", "minimal_or_stateless"), NoLean, pts(0, 0, 0), "The data-model answer already counts the unused ORM, so this adds nothing more.", &[A002]).need(DataLayer),
                otherwise(Hedged, pts(0, 1, 0), "A stateless service leaves Django's ORM, migrations and admin unused.", &[A002]).need(DataLayer),
            ]),
        ],
    },
    Question {
        id: "traffic_profile",
        title: "Traffic",
        prompt: "What traffic pattern do you expect?",
        help: "Two articles say the framework is rarely the bottleneck once real queries and logic run, though one of them also credits Flask's low overhead on simple high-throughput requests; the third gives high-traffic endpoints to Flask. See the disagreement on performance.",
        tier: Advanced,
        options: &[
            Choice::new("modest", "Modest", Neutral, &[always(NoLean, pts(0, 0, 0), "Ordinary traffic does not distinguish the frameworks.", &[A002])]),
            Choice::new("high_overall", "High overall", Disputed, &[always(NoLean, pts(0, 0, 0), "Both scale out behind a load balancer with caching. One article says a Flask team builds more of that itself, though SQLAlchemy already pools connections by default (see the correction).", &[A000, A002])]).contested(&SCALING).beyond(&POOLING),
            Choice::new("hot_endpoints", "A few very hot, simple endpoints", Disputed, &[always(Argued, pts(0, 1, 0), "Flask's light footprint suits simple high-throughput endpoints, which also makes them good candidates to split out as services; capped at 1 point because two articles find the speed gap negligible in real apps.", &[A000, A001])]).contested(&PERFORMANCE).part(Part::FlaskSatellite),
        ],
    },
    Question {
        id: "async_io",
        title: "Asynchronous I/O",
        prompt: "How I/O-bound is the workload (many external calls or concurrent connections)?",
        help: "Say which kind if you can: WebSockets need an add-on in either framework and server-sent events need async or green-thread serving, while many outbound calls are served by async views or green threads in both. Async-first frameworks such as Starlette, FastAPI or Quart are outside this comparison.",
        tier: Advanced,
        options: &[
            Choice::new("minimal", "Minimal", Neutral, &[always(NoLean, pts(0, 0, 0), "Little I/O waiting: async is not a concern.", &[A000])]),
            Choice::new("moderate", "Moderate", Neutral, &[always(NoLean, pts(0, 0, 0), "Either framework copes with moderate I/O; async views in both can overlap a few external calls within one request.", &[A000])]),
            Choice::new("heavy_concurrency", "Heavy: many concurrent connections", Neutral, &[always(NoLean, pts(0, 0, 0), "Many concurrent connections need a server that does not hold a worker per request in either framework: Django served over ASGI, or Flask on gevent or eventlet workers, as Flask's documentation describes. That tips nothing; choose one of the two kinds below to see what each framework needs.", &[A002]).with_beyond()]).beyond(&FLASK_ASYNC),
            Choice::new("long_lived_connections", "Long-lived connections: WebSockets or server-sent events", Neutral, &[always(NoLean, pts(0, 0, 0), "WebSockets sit outside both cores: Django adds Channels (with a channel layer such as Redis to broadcast), Flask adds Flask-SocketIO or flask-sock. Server-sent events only need async views served over ASGI in Django, or gevent workers in Flask. Either way one more component to run, so this tips nothing (see the correction).", &[A000]).with_beyond().need(RealTime)]).beyond(&REAL_TIME),
            Choice::new("outbound_fanout", "Many outbound calls per request (other APIs, services)", Neutral, &[always(NoLean, pts(0, 0, 0), "Waiting on many outside calls is served by async views in Django or by gevent workers in Flask; Django's async ORM calls still run in a thread (see the correction), so neither framework gains an edge here.", &[A000]).with_beyond()]).beyond(&DJANGO_ASYNC),
        ],
    },
    Question {
        id: "footprint_sensitivity",
        title: "Footprint",
        prompt: "Do fast startup and low memory per instance matter (many small containers, scale to zero)?",
        help: "Relevant when you run many small instances or pay per instance-second.",
        tier: Advanced,
        options: &[
            Choice::new("not_important", "Not important", Neutral, &[always(NoLean, pts(0, 0, 0), "Footprint does not tip the balance.", &[A001])]),
            Choice::new("important", "Important", Strong, &[always(Argued, pts(0, 3, 0), "Flask starts faster and needs less memory per instance, and runs in containers without carrying a full stack.", &[A000, A001, A002])]),
        ],
    },
    Question {
        id: "architecture_control",
        title: "Fit with conventions",
        prompt: "How well do standard web-app conventions fit your technical requirements?",
        help: "Fully custom means you must pick or replace each component, or your requirements clash with the usual layout.",
        tier: Advanced,
        options: &[
            Choice::new("conventions_fit", "They fit well", Strong, &[always(Argued, pts(3, 0, 0), "When a proven standard structure fits, Django's conventions save design work and the plumbing does not have to be reinvented.", &[A000, A002])]),
            Choice::new("some_custom", "Some custom parts", Neutral, &[always(NoLean, pts(0, 0, 0), "A few custom parts fit within either framework.", &[A000])]),
            Choice::new("fully_custom", "Fully custom: each component chosen or replaced", Strong, &[always(Argued, pts(0, 3, 0), "When Django's defaults would get in the way, Flask lets you design the architecture and swap components such as the ORM without lock-in.", ALL3)]),
        ],
    },
    Question {
        id: "dependency_governance",
        title: "Dependency governance",
        prompt: "Does your team prefer an integrated stack, or can it vet, pin and monitor many independent extensions?",
        help: "Every Flask extension is a separate project with its own releases and maintainers.",
        tier: Advanced,
        options: &[
            Choice::new("prefer_integrated", "Prefer an integrated stack", Strong, &[always(Argued, pts(3, 0, 0), "Flask's extension ecosystem is fragmented: each piece must be vetted, pinned and watched, and may be abandoned. Django's is more unified.", ALL3).need(Upkeep)]),
            Choice::new("can_govern_extensions", "We can govern extensions (CI/CD, audits, version policy)", Weak, &[always(Hedged, pts(0, 1, 0), "With strong CI/CD and a version policy per extension, Flask's fragmented ecosystem is manageable; that makes Flask workable, but it is no reason to prefer it.", &[A001]).need(Upkeep)]),
        ],
    },
    Question {
        id: "security_capacity",
        title: "Security expertise",
        prompt: "What security expertise and audit capacity does the team have?",
        help: "Dedicated means specialists, regular audits and penetration tests.",
        tier: Advanced,
        options: &[
            Choice::new("limited", "Limited", Strong, &[
                when(Cond::Is("data_sensitivity", "none"), Hedged, pts(1, 0, 0), "Even without personal data a site with forms wants CSRF checks and security headers, which Django turns on by default and a Flask team adds (Flask-WTF, Flask-Talisman); Jinja2 already escapes Flask's HTML templates (see the correction).", &[A002]).need(SecurityDefaults),
                when(TOKEN_API, Hedged, pts(1, 0, 0), "Teams with little security experience risk gaps in a self-assembled stack. For an API reached with tokens Django's page-level defaults matter less, though token handling and per-object authorisation still have to be right (DRF's permission classes help), so the lean shrinks to 1 point (see the correction on how clients connect).", &[A000, A002]).need(SecurityDefaults),
                otherwise(Argued, pts(3, 0, 0), "Teams with little security experience risk gaps when they assemble Flask's protections themselves; that stack needs senior-level care to get right.", &[A000, A002]).need(SecurityDefaults),
            ]).beyond(&FLASK_SECURITY_BASICS),
            Choice::new("general", "General good practice", Neutral, &[always(NoLean, pts(0, 0, 0), "Ordinary good practice tips nothing by itself: the data-sensitivity answer already weighs Django's defaults against a self-assembled Flask stack.", &[A000]).need(SecurityDefaults)]),
            Choice::new("dedicated_security", "Dedicated specialists and regular audits", Neutral, &[always(NoLean, pts(0, 0, 0), "Specialists can configure and audit Flask's protections with more control and rigour, though one article still counts that as extra cost; this adds nothing and softens the data-sensitivity lean.", &[A000, A001]).need(SecurityDefaults)]),
        ],
    },
    Question {
        id: "client_interface",
        title: "How clients connect",
        prompt: "How do users and clients reach the system?",
        help: "Django's security defaults (CSRF tokens, escaped templates, a clickjacking header) protect pages served with cookie sessions; an API that checks a token on every request needs other safeguards. If you skip this, a focused service, or a system whose logins a gateway handles, is taken as token-based.",
        tier: Advanced,
        options: &[
            Choice::new("html_sessions", "Server-rendered pages with logins kept in cookie sessions", Neutral, &[always(NoLean, pts(0, 0, 0), "Pages with cookie sessions are what Django's default protections are built for, so the security answers count in full.", &[A002]).need(SecurityDefaults)]),
            Choice::new("token_api", "Only an API, with tokens on each request (for example behind a gateway)", Neutral, &[always(NoLean, pts(0, 0, 0), "An API checked by tokens gets little from Django's page-level defaults, so the security answers count for less; the regulated work itself is largely your own in either framework (see the correction).", &[A002]).with_beyond().need(SecurityDefaults)]).beyond(&DEFAULTS_FOR_PAGES),
            Choice::new("both", "Both: pages with sessions and an API", Neutral, &[always(NoLean, pts(0, 0, 0), "The pages with sessions still benefit from Django's default protections, so the security answers count in full.", &[A002]).need(SecurityDefaults)]),
        ],
    },
    Question {
        id: "heavy_processing",
        title: "Heavy workloads",
        prompt: "Are there heavy background workloads (batch jobs, CPU-heavy work, streaming, reports)?",
        help: "Jobs that fit a task queue can stay inside a Django project; very different workloads may deserve their own services.",
        tier: Advanced,
        options: &[
            Choice::new("none", "None", Neutral, &[always(NoLean, pts(0, 0, 0), "No heavy workloads to place.", &[A000])]),
            Choice::new("queued_tasks", "Jobs that can run on a task queue", Neutral, &[always(NoLean, pts(0, 0, 0), "A task queue such as Celery keeps these jobs inside the project, as one article advises.", &[A000])]),
            Choice::new("separate_processing_services", "Batch, streaming or reporting as services of their own", Moderate, &[always(Argued, pts(0, 0, 2), "Batch, streaming and reporting services are the parts one article hands to Flask while Django keeps the core workflows, as in its public-institution example.", &[A001]).need(Coexistence)]).part(Part::FlaskSatellite),
        ],
    },
    Question {
        id: "multi_service_ops",
        title: "Running several services",
        prompt: "Can you operate several services, each with its own CI/CD, behind an API gateway or a message bus?",
        help: "A hybrid is only worth it if the team can run that infrastructure. The answer opens or closes the hybrid option; it gives no points by itself.",
        tier: Advanced,
        options: &[
            Choice::new("no", "No", Neutral, &[always(NoLean, pts(0, 0, 0), "A hybrid needs a gateway or message bus and a pipeline per service; without them Hybrid is not recommended.", &[A001])]),
            Choice::new("yes", "Yes", Neutral, &[always(NoLean, pts(0, 0, 0), "The team can run the gateway or message bus and per-service pipelines a hybrid needs, so Hybrid can be recommended where a part of the system suits a separate Flask service.", &[A001])]),
        ],
    },
];
