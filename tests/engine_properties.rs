//! Invariants of the knowledge base and properties of the scoring engine.

use django_flask_advisor::engine::{
    assess, in_use, Answers, Confidence, Importance, Need, SetAside, CLOSE_CALL_MARGIN, POINT, QUESTION_COUNT,
};
use django_flask_advisor::knowledge::{Framework, Part, Strength, Tier, QUESTIONS};
use django_flask_advisor::prefill;
use proptest::prelude::*;

mod common;
use common::arb_answers;

/// The public vocabulary from the domain inventory (section 1), with the
/// questions and options added since (never renamed). Question and option
/// ids are used in links and files: they must never change.
const VOCABULARY: &[(&str, &[&str])] = &[
    ("scope_complexity", &["single_purpose", "moderate", "complex_platform", "core_plus_specialized"]),
    ("app_type", &["full_stack_product", "content_platform", "api_backend", "focused_service", "internal_tool"]),
    ("project_stage", &["concept_test", "product_mvp", "production_build", "extend_existing"]),
    ("data_sensitivity", &["none", "personal_data", "regulated"]),
    ("team_size", &["solo_or_pair", "single_team", "multiple_teams"]),
    ("team_seniority", &["mostly_senior", "mixed", "mostly_junior"]),
    ("team_stability", &["stable", "rotating_or_fast_growth"]),
    ("hiring_need", &["none", "some", "scale_fast"]),
    ("time_to_market", &["weeks", "few_months", "flexible"]),
    ("budget_profile", &["tight_lean_start", "moderate", "long_term_investment"]),
    ("maintenance_horizon", &["short_lived", "few_years", "long_term"]),
    ("admin_backoffice", &["none", "developer_inspection", "business_backoffice"]),
    ("auth_needs", &["none_or_upstream", "basic_accounts", "roles_permissions_2fa"]),
    ("data_model", &["minimal_or_stateless", "standard_relational", "complex_custom_queries"]),
    ("data_volume", &["modest", "high_volume_analytics"]),
    ("database_type", &["standard_sql", "unconventional", "none"]),
    ("architecture_style", &["monolith", "microservices", "core_plus_services"]),
    ("traffic_profile", &["modest", "high_overall", "hot_endpoints"]),
    ("async_io", &["minimal", "moderate", "heavy_concurrency", "long_lived_connections", "outbound_fanout"]),
    ("rewrite_scope", &["prototype", "product_in_use", "large_system"]),
    ("client_interface", &["html_sessions", "token_api", "both"]),
    ("footprint_sensitivity", &["not_important", "important"]),
    ("api_complexity", &["no_api", "simple_crud", "complex_api"]),
    ("architecture_control", &["conventions_fit", "some_custom", "fully_custom"]),
    ("dependency_governance", &["prefer_integrated", "can_govern_extensions"]),
    ("security_capacity", &["limited", "general", "dedicated_security"]),
    ("framework_familiarity", &["django", "flask", "both", "neither"]),
    ("existing_codebase", &["greenfield", "existing_flask", "existing_django"]),
    ("heavy_processing", &["none", "queued_tasks", "separate_processing_services"]),
    ("multi_service_ops", &["no", "yes"]),
];

const CORE: &[&str] = &[
    "app_type",
    "scope_complexity",
    "project_stage",
    "existing_codebase",
    "rewrite_scope",
    "data_sensitivity",
    "team_seniority",
    "framework_familiarity",
    "team_size",
    "time_to_market",
    "budget_profile",
    "maintenance_horizon",
    "admin_backoffice",
    "auth_needs",
    "architecture_style",
    "api_complexity",
];

#[test]
fn every_inventory_question_and_option_exists_with_its_exact_id() {
    assert_eq!(QUESTIONS.len(), VOCABULARY.len());
    for (qid, options) in VOCABULARY {
        let q = QUESTIONS.iter().find(|q| q.id == *qid).unwrap_or_else(|| panic!("missing question {qid}"));
        let ids: Vec<_> = q.options.iter().map(|o| o.id).collect();
        assert_eq!(&ids, options, "options of {qid}");
        assert_eq!(q.tier == Tier::Core, CORE.contains(qid), "tier of {qid}");
    }
    // Core questions come first.
    let first_advanced = QUESTIONS.iter().position(|q| q.tier == Tier::Advanced).unwrap();
    assert!(QUESTIONS[first_advanced..].iter().all(|q| q.tier == Tier::Advanced));
}

#[test]
fn every_effect_explains_itself_and_cites_a_source() {
    for q in &QUESTIONS {
        assert!(!q.help.is_empty() && !q.prompt.is_empty(), "{}", q.id);
        for o in q.options {
            assert!(!o.effects.is_empty(), "{}={} has no effect", q.id, o.id);
            for e in o.effects {
                assert!(!e.sources.is_empty(), "{}={} cites nothing", q.id, o.id);
                assert!(e.sources.iter().all(|s| s.0 < 3));
                assert!(e.reason.len() > 20, "{}={} reason too short", q.id, o.id);
                for p in e.points.as_array() {
                    assert!((-3..=3).contains(&p), "{}={} points out of scale", q.id, o.id);
                }
            }
        }
    }
}

#[test]
fn contested_options_carry_both_sides_and_at_most_one_point() {
    for q in &QUESTIONS {
        for o in q.options {
            if o.strength == Strength::Contested {
                let c = o.contested.unwrap_or_else(|| panic!("{}={} contested without sides", q.id, o.id));
                assert!(!c.side_a.sources.is_empty() && !c.side_b.sources.is_empty());
                for e in o.effects {
                    assert!(e.points.as_array().iter().all(|p| p.abs() <= 1), "{}={}", q.id, o.id);
                }
            }
        }
    }
}

#[test]
fn no_answers_means_no_recommendation_and_low_confidence() {
    let a = assess(&Answers::new());
    assert_eq!(a.recommendation, None);
    assert_eq!(a.scores, [0, 0, 0]);
    assert!(a.contributions.is_empty());
    assert_eq!(a.confidence, Confidence::Low);
    assert!(!a.close_call);
}

#[test]
fn a_skipped_question_contributes_nothing() {
    let a = assess(&Answers::new().with("app_type", "full_stack_product"));
    assert!(a.contributions.iter().all(|c| c.question().id == "app_type"));
    // A full product implies a back office and accounts, 1 point each,
    // until those questions are answered.
    assert_eq!(a.scores, [2 * POINT, 0, 0]);
    assert_eq!(a.answered, 1);
}

#[test]
fn context_dependent_effects_follow_other_answers() {
    let tool = Answers::new().with("app_type", "internal_tool");
    assert_eq!(assess(&tool).scores, [0, POINT, 0]);
    // The tool's back office and the back-office answer are one need, counted once.
    assert_eq!(assess(&tool.clone().with("admin_backoffice", "business_backoffice")).scores, [3 * POINT, 0, 0]);
    let regulated = Answers::new().with("data_sensitivity", "regulated");
    assert_eq!(assess(&regulated).scores[0], 3 * POINT);
    assert_eq!(assess(&regulated.with("security_capacity", "dedicated_security")).scores[0], POINT);
}

#[test]
fn contested_effects_stay_capped_at_high_importance() {
    let mut a = Answers::new().with("budget_profile", "tight_lean_start");
    a.set_importance(QUESTIONS.iter().position(|q| q.id == "budget_profile").unwrap(), Importance::High);
    assert_eq!(assess(&a).scores, [0, POINT, 0]);
}

#[test]
fn prefill_reports_unknown_parameters_and_applies_the_rest() {
    let mut a = Answers::new();
    let skipped = prefill::apply(
        &mut a,
        [
            ("app_type", "api_backend"),
            ("colour", "blue"),
            ("team_seniority", "wizards"),
            ("importance.app_type", "high"),
            ("importance.app_type", "huge"),
        ],
    );
    assert!(a.is("app_type", "api_backend"));
    assert_eq!(a.importance(0), Importance::High);
    assert_eq!(skipped.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["colour", "team_seniority", "importance.app_type"]);
    assert!(skipped[1].reason.contains("mostly_senior"), "{}", skipped[1].reason);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn scores_are_the_sum_of_the_listed_contributions(a in arb_answers()) {
        let r = assess(&a);
        let mut sum = [0; 3];
        for c in &r.contributions {
            prop_assert!(!c.effect().sources.is_empty());
            for (t, p) in sum.iter_mut().zip(c.points) { *t += p; }
        }
        prop_assert_eq!(sum, r.scores);
        prop_assert_eq!(assess(&a), r, "deterministic");
    }

    #[test]
    fn contributions_are_ordered_by_impact(a in arb_answers()) {
        let r = assess(&a);
        prop_assert!(r.contributions.windows(2).all(|w| w[0].impact() >= w[1].impact()));
    }

    #[test]
    fn raising_importance_never_moves_a_score_against_the_answer(a in arb_answers(), q in 0..QUESTION_COUNT) {
        // The running system and what a rewrite throws away change how
        // other answers count (rules 2 and 4 of the engine); every other
        // question only scales its own points, and a need counts its largest.
        prop_assume!(!matches!(QUESTIONS[q].id, "existing_codebase" | "rewrite_scope"));
        let before = assess(&a);
        let raw = r_points(q, &a);
        for higher in Importance::ALL.into_iter().filter(|&i| i > a.importance(q)) {
            let mut b = a.clone();
            b.set_importance(q, higher);
            let after = assess(&b);
            for (f, &raw) in raw.iter().enumerate().take(2) {
                if raw > 0 {
                    prop_assert!(after.scores[f] >= before.scores[f], "framework {f}: {:?} -> {:?}", before.scores, after.scores);
                } else if raw == 0 {
                    prop_assert_eq!(after.scores[f], before.scores[f], "framework {}", f);
                }
            }
        }
    }

    #[test]
    fn each_need_counts_at_most_once_per_framework(a in arb_answers()) {
        let r = assess(&a);
        for need in Need::ALL {
            for f in 0..2 {
                let n = r.contributions.iter().filter(|c| c.need == Some(need) && c.points[f] != 0).count();
                prop_assert!(n <= 1, "{:?} counts {} times for framework {}", need, n, f);
            }
        }
        // What Django or Flask did not count is marked as set aside, and
        // only that (Hybrid's own points are also shared with its core).
        for c in &r.contributions {
            let dropped = (0..2).any(|f| c.points[f] != c.raw[f]);
            if dropped { prop_assert!(c.set_aside.is_some(), "{}={}", c.question().id, c.choice().id); }
            if c.set_aside.is_some() { prop_assert!(dropped || c.raw[2] > 0, "{}={}", c.question().id, c.choice().id); }
        }
    }

    #[test]
    fn a_running_flask_system_never_gains_django_points_from_a_capability(a in arb_answers(), pick in 0..64usize, o in 0..8usize) {
        let questions = capability_questions();
        let q = questions[pick % questions.len()];
        let o = o % QUESTIONS[q].options.len();
        // A running product (a prototype's needs count as a new build's).
        let mut a = a.with("existing_codebase", "existing_flask").with("rewrite_scope", "product_in_use");
        a.set_importance(QUESTIONS.iter().position(|x| x.id == "existing_codebase").unwrap(), Importance::Normal);
        prop_assume!(in_use(&a) == Some(Framework::Flask));
        let mut b = a.clone();
        b.set_choice(q, Some(o));
        let (x, y) = (assess(&a), assess(&b));
        prop_assert!(y.scores[0] - y.scores[1] <= x.scores[0] - x.scores[1], "{}={}: {:?} -> {:?}", QUESTIONS[q].id, QUESTIONS[q].options[o].id, x.scores, y.scores);
        prop_assert!(y.contributions.iter().filter(|c| c.question == q).all(|c| c.points[0] == 0));
        prop_assert!(y.contributions.iter().filter(|c| c.question == q && c.raw != [0, 0, 0]).all(|c| c.set_aside == Some(SetAside::RunningSystem)));
    }

    #[test]
    fn ignoring_a_question_removes_all_its_points(a in arb_answers(), q in 0..QUESTION_COUNT) {
        let mut b = a.clone();
        b.set_importance(q, Importance::Ignore);
        let r = assess(&b);
        prop_assert!(r.contributions.iter().filter(|c| c.question == q).all(|c| c.is_neutral()));
    }

    #[test]
    fn the_recommendation_follows_the_documented_rule(a in arb_answers()) {
        let r = assess(&a);
        let [d, f, h] = r.scores;
        match r.recommendation {
            None => prop_assert!(r.contributions.iter().all(|c| c.is_neutral())),
            Some(Framework::Hybrid) => {
                prop_assert!(r.hybrid.open());
                prop_assert!(a.is("multi_service_ops", "yes"));
                prop_assert!(h >= d.max(f));
                // Never a single service; a firm separable part; a counted
                // Django need of 2 points or more, or a running Django core.
                prop_assert!(!a.is("app_type", "focused_service"));
                let firm = QUESTIONS.iter().enumerate().any(|(qi, q)| {
                    a.choice(qi).is_some_and(|o| {
                        let c = &q.options[o];
                        a.importance(qi) != Importance::Ignore && c.part == Some(Part::FlaskSatellite) && !matches!(c.strength, Strength::Contested | Strength::Weak)
                    })
                });
                prop_assert!(firm);
                prop_assert!(r.contributions.iter().any(|c| c.points[0] >= 2 * POINT) || in_use(&a) == Some(Framework::Django));
            }
            Some(Framework::Django) => { prop_assert!(!r.hybrid.open()); prop_assert!(d >= f); }
            Some(Framework::Flask) => { prop_assert!(!r.hybrid.open()); prop_assert!(f >= d); }
        }
        prop_assert_eq!(r.close_call, r.recommendation.is_some() && r.margin <= CLOSE_CALL_MARGIN);
        prop_assert!(r.margin >= 0);
        if r.close_call { prop_assert_eq!(r.confidence, Confidence::Low); }
    }
}

/// The questions whose every scoring effect is a capability: what a running
/// system already has or adds as an extension of its own framework.
fn capability_questions() -> Vec<usize> {
    let list: Vec<usize> = (0..QUESTION_COUNT).filter(|&q| QUESTIONS[q].is_capability()).collect();
    assert!(list.len() >= 5, "{list:?}");
    list
}

/// Unweighted points the answer to `q` gives through its applied effects.
fn r_points(q: usize, a: &Answers) -> [i32; 3] {
    let mut b = a.clone();
    b.set_importance(q, Importance::Normal);
    let mut s = [0; 3];
    for c in assess(&b).contributions.iter().filter(|c| c.question == q) {
        for (t, p) in s.iter_mut().zip(c.raw) {
            *t += p;
        }
    }
    s
}

#[test]
fn importance_labels_show_the_multiplier_the_engine_applies() {
    let labels: Vec<String> = Importance::ALL.iter().map(|i| i.label()).collect();
    assert_eq!(labels, ["ignore (×0)", "low (×0.5)", "normal (×1)", "high (×2)"]);
}
