//! The decision flowchart: a quick, rule-of-thumb view of the decision,
//! synthesised from all three articles (inventory section 3b).
//!
//! Changes from the inventory's proposal, each to keep the chart honest:
//! - Every edge has an explicit condition on the answers; a decision point
//!   none of whose edges holds is shown as *open* rather than guessed.
//! - The one exception is the root: a project is taken to be new while the
//!   existing-code question is unanswered, and the chart marks that step as
//!   assumed. When the project stage says the system already exists
//!   (`project_stage=extend_existing`), nothing is assumed: the chart waits
//!   at the root for the existing-code answer.
//! - A running system is a decision of its own, as in the score. A
//!   running Flask system covers new capabilities (a back office, roles) with
//!   extensions, so `Q0a` asks whether the project's context calls for
//!   Django's structure (a mixed, junior or rotating team, several teams, a
//!   long horizon), and `Q0d` whether the system is still a prototype (the
//!   `rewrite_scope` question). Only a prototype in such a context ends on
//!   `L_D_rewrite`, so that [000]'s rewrite warning is visible; otherwise
//!   the chart stays on Flask and adds extensions (`L_F_stay`). The
//!   inventory asks about capabilities here and sends the case to the
//!   generic Django leaf.
//! - An existing Django system building a new focused service or
//!   microservices ends on `L_F_service` (a Flask service beside it);
//!   with batch, streaming or reporting work as services of its own it asks
//!   the several-services question (`Q9`); otherwise it ends on `L_D_keep`
//!   rather than the generic Django leaf. A few hot endpoints alone are a
//!   contested signal and do not split the system.
//! - API backends and focused services share the API-complexity decision
//!   (`Q6`), which, like the score, leans to Django + DRF only for a complex
//!   API (or simple endpoints behind roles and fine-grained permissions),
//!   and waits for the API-complexity answer instead of deciding on
//!   permissions alone.
//! - The concept-test decision (`Q8`) goes to the Django MVP leaf only for
//!   needs that outweigh a concept test's lean in the score (roles and
//!   permissions, a back office for staff); a login, a developers' admin or
//!   a relational model alone leaves it on the Flask concept-test leaf.
//! - The regulated-data decision for services (`Q7`) reads how clients
//!   connect, as the score does: Django's defaults protect pages with
//!   cookie sessions, so an API reached with tokens goes to the Flask
//!   service leaf.
//! - Citations follow the article text rather than the inventory where the
//!   two differ (see the audit note): `Q2`, `Q3` and `Q6` cite fewer
//!   articles, `L_F_stay` more.

use super::sources::{SourceId, A000, A001, A002};
use super::{Cond, Framework};

/// A node of the flowchart: a decision or a leaf.
#[derive(Clone, Copy, Debug)]
pub struct FlowNode {
    /// Stable id, e.g. `"Q2"` or `"L_D_security"`.
    pub id: &'static str,
    /// Short label drawn in the box (at most about 34 characters).
    pub label: &'static str,
    /// The full question (decisions) or the recommendation (leaves).
    pub text: &'static str,
    /// The questionnaire questions this decision reads; empty for leaves.
    pub asks: &'static [&'static str],
    /// The leaf's framework; `None` for decisions.
    pub leaf: Option<Framework>,
    /// The articles behind the node.
    pub sources: &'static [SourceId],
}

impl FlowNode {
    /// True for leaves.
    pub fn is_leaf(&self) -> bool {
        self.leaf.is_some()
    }
}

/// An edge: the answer that leads from one node to the next.
#[derive(Clone, Copy, Debug)]
pub struct FlowEdge {
    /// Source node id.
    pub from: &'static str,
    /// Target node id.
    pub to: &'static str,
    /// Short answer label drawn on the edge.
    pub label: &'static str,
    /// When the edge is taken. Edges of a node are tried in order.
    pub when: Cond,
    /// When the edge is taken by assumption although its condition does not
    /// hold (only the root's "new project" edge); the step is shown as assumed.
    pub assume: Option<Assumption>,
}

/// When an edge is taken without its answer: its question is unanswered and
/// no answer rules the assumption out.
#[derive(Clone, Copy, Debug)]
pub struct Assumption {
    /// The question whose missing answer is assumed (by id).
    pub unanswered: &'static str,
    /// Answers that forbid the assumption: the path then waits at the node.
    pub unless: Cond,
}

/// The root node id.
pub const ROOT: &str = "Q0";

/// The sentence that opens the explanation when the chart's leaf
/// (`chart`) and the scored recommendation (`score`) differ; the reason
/// that follows it is [`super::method::FLOW_VS_SCORE`].
pub fn chart_vs_score(chart: Framework, score: Framework) -> String {
    format!("The chart ends on {} but the score recommends {}.", chart.name(), score.name())
}

const fn q(
    id: &'static str,
    label: &'static str,
    text: &'static str,
    asks: &'static [&'static str],
    sources: &'static [SourceId],
) -> FlowNode {
    FlowNode { id, label, text, asks, leaf: None, sources }
}
const fn leaf(id: &'static str, f: Framework, label: &'static str, text: &'static str, sources: &'static [SourceId]) -> FlowNode {
    FlowNode { id, label, text, asks: &[], leaf: Some(f), sources }
}
const fn e(from: &'static str, to: &'static str, label: &'static str, when: Cond) -> FlowEdge {
    FlowEdge { from, to, label, when, assume: None }
}

use Cond::{All, Any, Is, None as Not};
use Framework::{Django, Flask, Hybrid};

/// Every node.
pub const NODES: &[FlowNode] = &[
    q("Q0", "Existing code?", "Does the project build on code that already exists? Until you answer, a new project is assumed, unless the project stage says the system already exists.", &["existing_codebase", "project_stage"], &[A000]),
    q("Q0a", "Context calls for Django?", "The system is in Flask, and its new capabilities can come from extensions: does the project's context call for Django's structure (a mixed, junior or rotating team, several teams, or many years of upkeep)?", &["team_seniority", "team_stability", "team_size", "maintenance_horizon"], &[A001, A002]),
    q("Q0d", "Still a prototype?", "Would a rewrite throw away little (a prototype), or a product in use or a large system? In this advisor's weighing a prototype is cheap enough to rewrite when the context calls for Django; a running product adds Flask extensions instead.", &["rewrite_scope"], &[A000, A001]),
    q("Q0b", "A new service, or heavy workloads?", "The system is in Django: is the new work a focused service of its own, or are there batch, streaming or reporting jobs that could run as services of their own?", &["app_type", "architecture_style", "heavy_processing"], &[A001]),
    q("Q1", "What is the scope?", "What kind of system is it: a full application, an API backend or focused service, a concept test, or a platform with specialised satellite workloads?", &["app_type", "scope_complexity", "project_stage", "architecture_style", "heavy_processing"], &[A000, A001, A002]),
    q("Q2", "Regulated data?", "Will it hold regulated data (finance, health, heavy GDPR or HIPAA duties)?", &["data_sensitivity"], &[A000, A001]),
    q("Q3", "Back office or content-heavy?", "Do non-technical staff need a back office, or is it a content platform?", &["admin_backoffice", "app_type"], &[A001, A002]),
    q("Q4", "Team needs conventions?", "Is the team mixed, junior, rotating or made of several teams, or is the horizon long?", &["team_seniority", "team_stability", "team_size", "maintenance_horizon"], &[A001, A002]),
    q("Q5", "Clash with conventions?", "Do the requirements clash with Django's conventions (unconventional database, fully custom architecture)?", &["architecture_control", "database_type"], &[A000, A001, A002]),
    q("Q6", "Complex API?", "Is the API complex (several auth methods, strict permissions, business logic beyond CRUD), or are simple endpoints behind roles and fine-grained permissions?", &["api_complexity", "auth_needs"], &[A002]),
    q("Q7", "Regulated data, no specialists?", "Will the service handle regulated data without dedicated security specialists, and serve it through pages with cookie sessions, where Django's defaults protect most? An API reached with tokens gains less from them (beyond the articles: see the correction on how clients connect).", &["data_sensitivity", "security_capacity", "client_interface"], &[A000, A002]),
    q("Q8", "Roles or a back office?", "Does the prototype already need roles and permissions, or a back office for non-technical staff? In this advisor's weighing a login, a developers' admin or a relational model alone does not tip it: one article counts them among Django's MVP accelerators, but SQLAlchemy serves the model as well (beyond the articles).", &["auth_needs", "admin_backoffice"], &[A001, A002]),
    q("Q9", "Can you run several services?", "The core has specialised workloads beside it: can the team run several services behind a gateway or message bus?", &["multi_service_ops"], &[A001]),
    leaf("L_D_security", Django, "Django: security defaults", "Django, for its protections that are on by default and the lower compliance effort.", &[A000, A001, A002]),
    leaf("L_D_admin", Django, "Django: admin and content", "Django, for its generated admin and content management.", &[A001, A002]),
    leaf("L_D_team", Django, "Django: conventions for the team", "Django, whose conventions keep teams and long-lived code consistent.", &[A000, A001, A002]),
    leaf("L_D_default", Django, "Django: full application", "Django: a full application where the standard structure fits.", &[A000, A002]),
    leaf("L_D_drf", Django, "Django + DRF", "Django with Django REST framework, which brings authentication, permissions and serialisation ready-made, on top of Django's security defaults.", &[A002]),
    leaf("L_D_mvp", Django, "Django: MVP with built-ins", "Django, whose accounts, admin and ORM are there from the first day of the MVP.", &[A002]),
    leaf("L_D_celery", Django, "Django with a task queue", "A Django monolith with a task queue (such as Celery) for the heavy jobs, since a hybrid cannot be operated.", &[A000, A001]),
    leaf("L_D_rewrite", Django, "Django (plan a rewrite)", "Django, planned as a new project: moving a Flask system to Django is a rewrite.", &[A000]),
    leaf("L_D_keep", Django, "Stay on Django", "Keep building on the existing Django system; switching frameworks would be a rewrite.", &[A000]),
    leaf("L_F_custom", Flask, "Flask: custom architecture", "Flask, for a custom architecture or an unconventional database.", &[A000, A001, A002]),
    leaf("L_F_service", Flask, "Flask: lightweight service", "Flask, for a lightweight API, microservice, proxy or pipeline.", &[A000, A001, A002]),
    leaf("L_F_poc", Flask, "Flask: quick concept test", "Flask, for a quick concept test; moving it to Django later means a rewrite.", &[A000, A001]),
    leaf("L_F_stay", Flask, "Stay on Flask, add extensions", "Keep the Flask system and add the extensions the new needs call for (Flask-Login for accounts or Flask-Admin for an admin, for example); switching would be a rewrite.", &[A000, A001, A002]),
    leaf("L_H", Hybrid, "Hybrid: Django + Flask services", "Django for the interface, accounts and business workflows; Flask services for batch, streaming, reporting or hot endpoints, behind a gateway or message bus.", &[A001]),
];

/// An API reached with tokens: the score's own condition (see the
/// `client_interface` question), so the chart and the score cannot drift.
use super::questions::TOKEN_API;

/// Every edge, grouped by source node, tried in order.
pub const EDGES: &[FlowEdge] = &[
    FlowEdge {
        from: "Q0",
        to: "Q1",
        label: "new project",
        when: Is("existing_codebase", "greenfield"),
        assume: Some(Assumption { unanswered: "existing_codebase", unless: Is("project_stage", "extend_existing") }),
    },
    e("Q0", "Q0a", "existing Flask", Is("existing_codebase", "existing_flask")),
    e("Q0", "Q0b", "existing Django", Is("existing_codebase", "existing_django")),
    e(
        "Q0a",
        "Q0d",
        "yes",
        Any(&[
            Is("team_seniority", "mixed"),
            Is("team_seniority", "mostly_junior"),
            Is("team_stability", "rotating_or_fast_growth"),
            Is("team_size", "multiple_teams"),
            Is("maintenance_horizon", "long_term"),
        ]),
    ),
    e(
        "Q0a",
        "L_F_stay",
        "no",
        All(&[
            Is("team_seniority", "mostly_senior"),
            Not(&[
                Is("team_stability", "rotating_or_fast_growth"),
                Is("team_size", "multiple_teams"),
                Is("maintenance_horizon", "long_term"),
            ]),
        ]),
    ),
    e("Q0d", "L_D_rewrite", "prototype", Is("rewrite_scope", "prototype")),
    e("Q0d", "L_F_stay", "in use", Any(&[Is("rewrite_scope", "product_in_use"), Is("rewrite_scope", "large_system")])),
    e("Q0b", "L_F_service", "a new service", Any(&[Is("app_type", "focused_service"), Is("architecture_style", "microservices")])),
    e("Q0b", "Q9", "heavy workloads", Is("heavy_processing", "separate_processing_services")),
    e("Q0b", "L_D_keep", "no", Any(&[Is("heavy_processing", "none"), Is("heavy_processing", "queued_tasks")])),
    e(
        "Q1",
        "Q9",
        "platform + satellites",
        Any(&[Is("scope_complexity", "core_plus_specialized"), Is("heavy_processing", "separate_processing_services")]),
    ),
    e("Q1", "Q8", "concept test", Is("project_stage", "concept_test")),
    e(
        "Q1",
        "Q6",
        "API or focused service",
        Any(&[
            Is("app_type", "focused_service"),
            Is("app_type", "api_backend"),
            All(&[
                Is("scope_complexity", "single_purpose"),
                Not(&[Is("app_type", "full_stack_product"), Is("app_type", "content_platform"), Is("app_type", "internal_tool")]),
            ]),
        ]),
    ),
    e(
        "Q1",
        "Q2",
        "full application",
        Any(&[
            Is("app_type", "full_stack_product"),
            Is("app_type", "content_platform"),
            Is("app_type", "internal_tool"),
            Is("scope_complexity", "moderate"),
            Is("scope_complexity", "complex_platform"),
        ]),
    ),
    e("Q2", "L_D_security", "yes", Is("data_sensitivity", "regulated")),
    e("Q2", "Q3", "no", Any(&[Is("data_sensitivity", "none"), Is("data_sensitivity", "personal_data")])),
    e("Q3", "L_D_admin", "yes", Any(&[Is("admin_backoffice", "business_backoffice"), Is("app_type", "content_platform")])),
    e("Q3", "Q4", "no", Any(&[Is("admin_backoffice", "none"), Is("admin_backoffice", "developer_inspection")])),
    e(
        "Q4",
        "L_D_team",
        "yes",
        Any(&[
            Is("team_seniority", "mixed"),
            Is("team_seniority", "mostly_junior"),
            Is("team_stability", "rotating_or_fast_growth"),
            Is("team_size", "multiple_teams"),
            Is("maintenance_horizon", "long_term"),
        ]),
    ),
    e("Q4", "Q5", "no", Is("team_seniority", "mostly_senior")),
    e("Q5", "L_F_custom", "yes", Any(&[Is("architecture_control", "fully_custom"), Is("database_type", "unconventional")])),
    e("Q5", "L_D_default", "no", Any(&[Is("architecture_control", "conventions_fit"), Is("architecture_control", "some_custom")])),
    // Decided by the API-complexity answer, as the score is: roles and
    // permissions alone do not decide while that answer is missing.
    e(
        "Q6",
        "L_D_drf",
        "yes",
        Any(&[Is("api_complexity", "complex_api"), All(&[Is("api_complexity", "simple_crud"), Is("auth_needs", "roles_permissions_2fa")])]),
    ),
    e("Q6", "Q7", "no", Any(&[Is("api_complexity", "no_api"), Is("api_complexity", "simple_crud")])),
    e(
        "Q7",
        "L_D_drf",
        "yes",
        All(&[
            Is("data_sensitivity", "regulated"),
            Any(&[Is("security_capacity", "limited"), Is("security_capacity", "general")]),
            Not(&[TOKEN_API]),
        ]),
    ),
    e(
        "Q7",
        "L_F_service",
        "no",
        Any(&[
            Is("data_sensitivity", "none"),
            Is("data_sensitivity", "personal_data"),
            Is("security_capacity", "dedicated_security"),
            TOKEN_API,
        ]),
    ),
    // Only the needs that outweigh a concept test's lean in the score: a
    // login or a developers' admin alone leaves it on Flask.
    e("Q8", "L_D_mvp", "yes", Any(&[Is("auth_needs", "roles_permissions_2fa"), Is("admin_backoffice", "business_backoffice")])),
    e(
        "Q8",
        "L_F_poc",
        "no",
        All(&[
            Any(&[Is("auth_needs", "none_or_upstream"), Is("auth_needs", "basic_accounts")]),
            Any(&[Is("admin_backoffice", "none"), Is("admin_backoffice", "developer_inspection")]),
        ]),
    ),
    e("Q9", "L_H", "yes", Is("multi_service_ops", "yes")),
    e("Q9", "L_D_celery", "no", Is("multi_service_ops", "no")),
];
