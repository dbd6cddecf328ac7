//! The decision flowchart: structure, path computation, agreement with the score.

use django_flask_advisor::engine::{assess, Answers};
use django_flask_advisor::flowchart::{node_index, path, rows};
use django_flask_advisor::knowledge::flowchart::{EDGES, NODES, ROOT};
use django_flask_advisor::knowledge::{question, Framework};
use std::collections::HashSet;

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
    let a = Answers::new()
        .with("existing_codebase", "greenfield")
        .with("app_type", "full_stack_product")
        .with("data_sensitivity", "personal_data")
        .with("admin_backoffice", "none")
        .with("team_seniority", "mostly_senior")
        .with("architecture_control", "fully_custom");
    assert_eq!(ids(&a), ["Q0", "Q1", "Q2", "Q3", "Q4", "Q5", "L_F_custom"]);
    assert!(!path(&a).steps[0].assumed);
    // Leave a decision unanswered: the path stops there, open, not guessed.
    let open = Answers::new().with("app_type", "full_stack_product").with("data_sensitivity", "none");
    assert_eq!(ids(&open), ["Q0", "Q1", "Q2", "Q3"]);
    assert!(path(&open).is_open());
}

#[test]
fn existing_code_routes_to_its_own_branches() {
    let flask = Answers::new().with("existing_codebase", "existing_flask").with("auth_needs", "roles_permissions_2fa");
    assert_eq!(ids(&flask), ["Q0", "Q0a", "Q0c"]);
    assert_eq!(ids(&flask.clone().with("multi_service_ops", "yes")), ["Q0", "Q0a", "Q0c", "L_H"]);
    assert_eq!(ids(&flask.with("multi_service_ops", "no")), ["Q0", "Q0a", "Q0c", "L_D_rewrite"]);
    let django = Answers::new().with("existing_codebase", "existing_django").with("heavy_processing", "queued_tasks");
    assert_eq!(ids(&django), ["Q0", "Q0b", "L_D_keep"]);
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
