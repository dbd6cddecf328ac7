//! The decision flowchart: structure, path computation, agreement with the score.

use django_flask_advisor::engine::{assess, Answers};
use django_flask_advisor::flowchart::{node_index, path, rows};
use django_flask_advisor::knowledge::flowchart::{EDGES, NODES, ROOT};
use django_flask_advisor::knowledge::{question, Framework};
use std::collections::HashSet;

/// A new custom build with a senior team and no back office: the path ends
/// at the chart's "custom Flask" leaf.
fn custom_build() -> Answers {
    Answers::new()
        .with("existing_codebase", "greenfield")
        .with("app_type", "full_stack_product")
        .with("data_sensitivity", "personal_data")
        .with("admin_backoffice", "none")
        .with("team_seniority", "mostly_senior")
        .with("architecture_control", "fully_custom")
}

fn ids(a: &Answers) -> Vec<&'static str> {
    path(a).steps.iter().map(|s| NODES[s.node].id).collect()
}

#[test]
fn the_chart_is_well_formed_and_every_leaf_is_reachable() {
    let mut seen = HashSet::new();
    for n in NODES {
        assert!(seen.insert(n.id), "duplicate node {}", n.id);
        assert!(!n.sources.is_empty(), "{} cites nothing", n.id);
        assert!(n.label.len() <= 36, "{} label too long to draw", n.id);
        for q in n.asks {
            assert!(question(q).is_some(), "{} asks unknown question {q}", n.id);
        }
        let out = EDGES.iter().filter(|e| e.from == n.id).count();
        assert_eq!(n.is_leaf(), out == 0, "{}: leaves have no edges, decisions have some", n.id);
        assert!(n.is_leaf() || !n.asks.is_empty(), "{} decides on nothing", n.id);
    }
    for e in EDGES {
        node_index(e.from);
        node_index(e.to);
    }
    let reached: HashSet<_> = rows().iter().map(|r| NODES[r.node].id).collect();
    for n in NODES {
        assert!(reached.contains(n.id), "{} is unreachable from {ROOT}", n.id);
    }
    for f in Framework::ALL {
        assert!(NODES.iter().any(|n| n.leaf == Some(f)), "no leaf for {f:?}");
    }
}

#[test]
fn with_no_answers_the_path_assumes_a_new_project_and_stops_open() {
    let p = path(&Answers::new());
    assert_eq!(ids(&Answers::new()), ["Q0", "Q1"]);
    assert!(p.steps[0].assumed);
    assert!(p.is_open());
    assert_eq!(p.leaf(), None);
    assert_eq!(p.agrees_with(Some(Framework::Django)), None);
}

#[test]
fn a_known_answer_set_lights_the_expected_path() {
    let a = custom_build();
    assert_eq!(ids(&a), ["Q0", "Q1", "Q2", "Q3", "Q4", "Q5", "L_F_custom"]);
    assert!(!path(&a).steps[0].assumed);
    // Leave a decision unanswered: the path stops there, open, not guessed.
    let open = Answers::new().with("app_type", "full_stack_product").with("data_sensitivity", "none");
    assert_eq!(ids(&open), ["Q0", "Q1", "Q2", "Q3"]);
    assert!(path(&open).is_open());
}

#[test]
fn existing_code_routes_to_its_own_branches() {
    let flask = Answers::new().with("existing_codebase", "existing_flask").with("team_seniority", "mixed");
    assert_eq!(ids(&flask), ["Q0", "Q0a", "Q0d"]);
    assert!(path(&flask).is_open());
    assert_eq!(path(&flask).waiting, ["rewrite_scope"]);
    assert_eq!(ids(&flask.clone().with("rewrite_scope", "product_in_use")), ["Q0", "Q0a", "Q0d", "L_F_stay"]);
    assert_eq!(ids(&flask.with("rewrite_scope", "prototype")), ["Q0", "Q0a", "Q0d", "L_D_rewrite"]);
    let django = Answers::new().with("existing_codebase", "existing_django").with("heavy_processing", "queued_tasks");
    assert_eq!(ids(&django), ["Q0", "Q0b", "L_D_keep"]);
    // No step on an existing-code route is assumed.
    assert!(path(&django).steps.iter().all(|s| !s.assumed));
}

fn existing_flask() -> Answers {
    Answers::new().with("existing_codebase", "existing_flask")
}

#[test]
fn existing_flask_stays_unless_it_is_a_prototype_in_a_context_that_calls_for_django() {
    for need in [
        ("team_seniority", "mixed"),
        ("team_stability", "rotating_or_fast_growth"),
        ("team_size", "multiple_teams"),
        ("maintenance_horizon", "long_term"),
    ] {
        for scope in ["product_in_use", "large_system"] {
            let a = existing_flask().with(need.0, need.1).with("rewrite_scope", scope).with("admin_backoffice", "business_backoffice");
            assert_eq!(ids(&a), ["Q0", "Q0a", "Q0d", "L_F_stay"], "{need:?} {scope}");
            assert_eq!(path(&a).leaf(), Some(Framework::Flask));
        }
        let a = existing_flask().with(need.0, need.1).with("rewrite_scope", "prototype");
        assert_eq!(ids(&a), ["Q0", "Q0a", "Q0d", "L_D_rewrite"], "{need:?}");
        assert_eq!(path(&a).leaf(), Some(Framework::Django));
    }
}

#[test]
fn existing_flask_needing_capabilities_stays_on_flask() {
    // A back office and roles come from extensions: with a senior team, the
    // chart stays on Flask whatever the capabilities.
    let a = existing_flask()
        .with("admin_backoffice", "business_backoffice")
        .with("auth_needs", "roles_permissions_2fa")
        .with("team_seniority", "mostly_senior");
    assert_eq!(ids(&a), ["Q0", "Q0a", "L_F_stay"]);
    assert_eq!(path(&a).leaf(), Some(Framework::Flask));
    // Without the team's answer the decision waits.
    let open = existing_flask().with("admin_backoffice", "business_backoffice");
    assert_eq!(ids(&open), ["Q0", "Q0a"]);
    assert!(path(&open).waiting.contains(&"team_seniority"));
}

#[test]
fn existing_django_with_a_separable_workload_asks_about_several_services() {
    let base = Answers::new().with("existing_codebase", "existing_django");
    let a = base.clone().with("heavy_processing", "separate_processing_services");
    assert_eq!(ids(&a), ["Q0", "Q0b", "Q9"]);
    assert_eq!(ids(&a.clone().with("multi_service_ops", "yes")), ["Q0", "Q0b", "Q9", "L_H"]);
    assert_eq!(ids(&a.with("multi_service_ops", "no")), ["Q0", "Q0b", "Q9", "L_D_celery"]);
    // A few hot endpoints alone do not split the system.
    assert_eq!(ids(&base.clone().with("traffic_profile", "hot_endpoints").with("heavy_processing", "none")), ["Q0", "Q0b", "L_D_keep"]);
    assert_eq!(ids(&base.clone().with("heavy_processing", "none")), ["Q0", "Q0b", "L_D_keep"]);
    // A new focused service is a Flask service beside Django.
    assert_eq!(ids(&base.clone().with("app_type", "focused_service")), ["Q0", "Q0b", "L_F_service"]);
    assert_eq!(ids(&base), ["Q0", "Q0b"], "without an answer on workloads the decision waits");
}

#[test]
fn an_existing_system_stage_waits_for_the_existing_code_answer() {
    let a = Answers::new().with("project_stage", "extend_existing").with("app_type", "full_stack_product");
    let p = path(&a);
    assert_eq!(ids(&a), ["Q0"], "nothing assumed: the chart waits at the root");
    assert!(p.is_open());
    assert!(p.steps.iter().all(|s| !s.assumed));
    assert_eq!(p.waiting, ["existing_codebase"]);
    assert_eq!(
        p.describe().last().unwrap(),
        &format!("Still open: {} Answer \u{201c}Existing code\u{201d} to continue.", NODES[node_index(ROOT)].text)
    );
    // The answer, once given, routes as usual, even a new project.
    assert_eq!(ids(&a.clone().with("existing_codebase", "greenfield")), ["Q0", "Q1", "Q2"]);
    assert_eq!(ids(&a.with("existing_codebase", "existing_flask")), ["Q0", "Q0a"]);
    // Any other stage keeps the assumption.
    let other = Answers::new().with("project_stage", "production_build");
    assert!(path(&other).steps[0].assumed);
    assert_eq!(ids(&other), ["Q0", "Q1"]);
}

#[test]
fn an_api_backend_routes_by_api_complexity() {
    let api = Answers::new().with("existing_codebase", "greenfield").with("app_type", "api_backend");
    // Waits for the API-complexity answer, even when roles and permissions are known.
    assert_eq!(ids(&api), ["Q0", "Q1", "Q6"]);
    let roles = api.clone().with("auth_needs", "roles_permissions_2fa");
    assert_eq!(ids(&roles), ["Q0", "Q1", "Q6"]);
    assert_eq!(path(&roles).waiting, ["api_complexity"]);
    assert_eq!(EDGES[path(&api).steps[1].edge.unwrap()].label, "API or focused service");
    // A complex API: the DRF leaf, and the score agrees.
    let complex = api.clone().with("api_complexity", "complex_api");
    assert_eq!(ids(&complex), ["Q0", "Q1", "Q6", "L_D_drf"]);
    let r = assess(&complex);
    assert_eq!(r.recommendation, Some(Framework::Django));
    assert_eq!(r.flow.agrees_with(r.recommendation), Some(true));
    // Simple endpoints behind roles and fine-grained permissions: DRF too.
    assert_eq!(ids(&roles.with("api_complexity", "simple_crud")), ["Q0", "Q1", "Q6", "L_D_drf"]);
    // A simple API without regulated data: a Flask service, and the score agrees.
    let simple = api.with("api_complexity", "simple_crud").with("data_sensitivity", "none");
    assert_eq!(ids(&simple), ["Q0", "Q1", "Q6", "Q7", "L_F_service"]);
    let r = assess(&simple);
    assert_eq!(r.recommendation, Some(Framework::Flask));
    assert_eq!(r.flow.agrees_with(r.recommendation), Some(true));
}

#[test]
fn rows_light_exactly_the_path() {
    let a = Answers::new().with("app_type", "focused_service").with("api_complexity", "complex_api");
    let p = path(&a);
    let lit: Vec<_> = rows().into_iter().filter(|r| r.is_lit(&p)).map(|r| NODES[r.node].id).collect();
    assert_eq!(lit, ["Q0", "Q1", "Q6", "L_D_drf"]);
    // L_D_drf appears twice in the tree (from Q6 and from Q7); only the route taken is lit.
    assert_eq!(rows().iter().filter(|r| NODES[r.node].id == "L_D_drf").count(), 2);
}

#[test]
fn the_chart_and_the_score_can_agree_or_disagree() {
    // Agree: a regulated full product.
    let agree = Answers::new().with("app_type", "full_stack_product").with("data_sensitivity", "regulated");
    let r = assess(&agree);
    assert_eq!(r.flow.end().id, "L_D_security");
    assert_eq!(r.flow.agrees_with(r.recommendation), Some(true));
    // Disagree: the chart stops at the first decisive answer (a simple
    // focused service without regulated data goes to Flask), while the score
    // also weighs a junior team, a long horizon and an integrated-stack preference.
    let disagree = Answers::new()
        .with("app_type", "focused_service")
        .with("api_complexity", "simple_crud")
        .with("data_sensitivity", "none")
        .with("team_seniority", "mostly_junior")
        .with("maintenance_horizon", "long_term")
        .with("dependency_governance", "prefer_integrated");
    let r = assess(&disagree);
    assert_eq!(r.flow.end().id, "L_F_service");
    assert_eq!(r.recommendation, Some(Framework::Django));
    assert_eq!(r.flow.agrees_with(r.recommendation), Some(false));
}

/// For each leaf, the fewest answers that reach it (one profile per route),
/// with the leaf's framework and the score's recommendation side by side.
/// Run with `--nocapture` to see where the two still differ; the test fails
/// if a profile stops reaching its leaf.
#[test]
fn every_leaf_has_a_profile_and_its_agreement_with_the_score_is_known() {
    let g = || Answers::new().with("existing_codebase", "greenfield");
    let full = || g().with("app_type", "full_stack_product").with("data_sensitivity", "none").with("admin_backoffice", "none");
    let profiles: Vec<(&str, Answers)> = vec![
        ("L_D_security", g().with("app_type", "full_stack_product").with("data_sensitivity", "regulated")),
        (
            "L_D_admin",
            g().with("app_type", "full_stack_product")
                .with("data_sensitivity", "personal_data")
                .with("admin_backoffice", "business_backoffice"),
        ),
        ("L_D_team", full().with("team_seniority", "mixed")),
        ("L_D_default", full().with("team_seniority", "mostly_senior").with("architecture_control", "conventions_fit")),
        ("L_F_custom", full().with("team_seniority", "mostly_senior").with("architecture_control", "fully_custom")),
        ("L_D_drf", g().with("app_type", "api_backend").with("api_complexity", "complex_api")),
        (
            "L_D_drf",
            g().with("app_type", "focused_service")
                .with("api_complexity", "simple_crud")
                .with("data_sensitivity", "regulated")
                .with("security_capacity", "limited")
                .with("client_interface", "html_sessions"),
        ),
        ("L_F_service", g().with("app_type", "focused_service").with("api_complexity", "simple_crud").with("data_sensitivity", "none")),
        ("L_D_mvp", g().with("project_stage", "concept_test").with("admin_backoffice", "business_backoffice")),
        ("L_F_poc", g().with("project_stage", "concept_test").with("auth_needs", "basic_accounts").with("admin_backoffice", "none")),
        ("L_H", g().with("scope_complexity", "core_plus_specialized").with("multi_service_ops", "yes")),
        ("L_D_celery", g().with("scope_complexity", "core_plus_specialized").with("multi_service_ops", "no")),
        ("L_F_stay", existing_flask().with("team_seniority", "mixed").with("rewrite_scope", "product_in_use")),
        ("L_F_stay", existing_flask().with("team_size", "multiple_teams").with("rewrite_scope", "large_system")),
        ("L_D_rewrite", existing_flask().with("team_seniority", "mixed").with("rewrite_scope", "prototype")),
        ("L_F_stay", existing_flask().with("admin_backoffice", "business_backoffice").with("team_seniority", "mostly_senior")),
        ("L_D_keep", Answers::new().with("existing_codebase", "existing_django").with("heavy_processing", "none")),
        (
            "L_H",
            Answers::new()
                .with("existing_codebase", "existing_django")
                .with("heavy_processing", "separate_processing_services")
                .with("multi_service_ops", "yes"),
        ),
        (
            "L_D_celery",
            Answers::new()
                .with("existing_codebase", "existing_django")
                .with("heavy_processing", "separate_processing_services")
                .with("multi_service_ops", "no"),
        ),
    ];
    let mut leaves = HashSet::new();
    for (leaf, a) in &profiles {
        let r = assess(a);
        assert_eq!(r.flow.end().id, *leaf, "{:?}", ids(a));
        leaves.insert(*leaf);
        println!(
            "{leaf:12} chart {:6} score {:6} {}",
            format!("{:?}", r.flow.leaf().unwrap()),
            format!("{:?}", r.recommendation.unwrap()),
            if r.flow.agrees_with(r.recommendation) == Some(true) { "agree" } else { "DIFFER" }
        );
    }
    for n in NODES.iter().filter(|n| n.is_leaf()) {
        assert!(leaves.contains(n.id), "no profile for {}", n.id);
    }
}

/// How each row is drawn and named follows from the path alone: the rows
/// on it are lit, the last one is its end (open when it is a decision),
/// the rows reached by an assumed edge say so, and every box's name starts
/// with its visible text.
#[test]
fn row_states_and_names_follow_the_path() {
    use django_flask_advisor::flowchart::row_states;
    let all = rows();
    let closed = custom_build();
    for (a, open, assumed) in [(Answers::new(), true, true), (closed, false, false)] {
        let p = path(&a);
        let states = row_states(&all, &p);
        let lit: Vec<&str> = all.iter().zip(&states).filter(|(_, s)| s.lit).map(|(r, _)| NODES[r.node].id).collect();
        assert_eq!(lit, ids(&a), "the lit rows are the path's nodes, in order");
        let ends: Vec<usize> = states.iter().enumerate().filter(|(_, s)| s.end).map(|(i, _)| i).collect();
        assert_eq!(ends.len(), 1);
        let end = &all[ends[0]];
        assert_eq!(NODES[end.node].id, *ids(&a).last().unwrap());
        assert_eq!(states[ends[0]].open(end), open);
        let want = if open { "open: waiting for an answer" } else { "end of your path" };
        assert!(end.label(states[ends[0]]).contains(want), "{}", end.label(states[ends[0]]));
        assert_eq!(states.iter().any(|s| s.assumed), assumed);
        for (r, s) in all.iter().zip(&states) {
            let label = r.label(*s);
            assert!(label.starts_with(&format!("{} {}", r.edge_text(*s), NODES[r.node].label)), "{label}");
            assert_eq!(r.edge_text(*s).contains("(assumed until you answer)"), s.assumed, "{label}");
            if !s.lit {
                assert!(label.contains("not on your path") && !s.end && !s.assumed, "{label}");
            }
        }
    }
}

#[test]
fn the_verdict_says_whether_chart_and_score_agree() {
    let a = custom_build();
    let p = path(&a);
    let leaf = p.leaf().unwrap();
    assert_eq!(p.verdict(None), None);
    assert_eq!(path(&Answers::new()).verdict(Some(leaf)), None);
    assert_eq!(p.verdict(Some(leaf)), Some((true, format!("The chart and the score agree: {}.", leaf.name()))));
    let other = Framework::ALL.into_iter().find(|f| *f != leaf).unwrap();
    assert_eq!(p.verdict(Some(other)), Some((false, p.disagreement(Some(other)).unwrap())));
    let _ = assess(&a);
}
