//! Invariants of the knowledge base and properties of the scoring engine.

use django_flask_advisor::engine::{assess, Answers, Confidence, Importance, CLOSE_CALL_MARGIN, POINT, QUESTION_COUNT};
use django_flask_advisor::knowledge::{Framework, Strength, Tier, QUESTIONS};
use django_flask_advisor::prefill;
use proptest::prelude::*;

mod common;
use common::arb_answers;

/// The public vocabulary from the domain inventory (section 1). Question and
/// option ids are used in links and files: they must never change.
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
    ("async_io", &["minimal", "moderate", "heavy_concurrency"]),
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
    assert_eq!(a.scores, [3 * POINT, 0, 0]);
    assert_eq!(a.answered, 1);
}

#[test]
fn context_dependent_effects_follow_other_answers() {
    let tool = Answers::new().with("app_type", "internal_tool");
    assert_eq!(assess(&tool).scores, [0, POINT, 0]);
    assert_eq!(assess(&tool.clone().with("admin_backoffice", "business_backoffice")).scores, [4 * POINT, 0, 0]);
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
    fn raising_importance_moves_each_score_in_the_direction_of_the_answer(a in arb_answers(), q in 0..QUESTION_COUNT) {
        let before = assess(&a);
        let own = |r: &django_flask_advisor::engine::Assessment| {
            let mut s = [0; 3];
            for c in r.contributions.iter().filter(|c| c.question == q) { for (t, p) in s.iter_mut().zip(c.points) { *t += p; } }
            s
        };
        for higher in Importance::ALL.into_iter().filter(|&i| i > a.importance(q)) {
            let mut b = a.clone();
            b.set_importance(q, higher);
            let after = assess(&b);
            // Hybrid's share of other answers changes only when the question
            // opens or closes the hybrid option (from ignored to counted).
            let frameworks = if after.hybrid_parts.possible == before.hybrid_parts.possible { 3 } else { 2 };
            for f in 0..frameworks {
                // Other questions are untouched by importance.
                prop_assert_eq!(after.scores[f] - own(&after)[f], before.scores[f] - own(&before)[f]);
                // The question's own points grow in magnitude, never change sign.
                prop_assert!(own(&after)[f].abs() >= own(&before)[f].abs());
                prop_assert!(own(&after)[f].signum() * own(&before)[f].signum() >= 0);
                // So a Django-favouring answer never lowers Django's score.
                if f == 0 && own(&before)[0] >= 0 && a.choice(q).is_some() {
                    let raw_django: i32 = r_points(q, &a)[0];
                    if raw_django >= 0 { prop_assert!(after.scores[0] >= before.scores[0]); }
                }
            }
        }
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
            }
            Some(Framework::Django) => { prop_assert!(!r.hybrid.open()); prop_assert!(d >= f); }
            Some(Framework::Flask) => { prop_assert!(!r.hybrid.open()); prop_assert!(f >= d); }
        }
        prop_assert_eq!(r.close_call, r.recommendation.is_some() && r.margin <= CLOSE_CALL_MARGIN);
        prop_assert!(r.margin >= 0);
        if r.close_call { prop_assert_eq!(r.confidence, Confidence::Low); }
    }
}

/// Unweighted points the answer to `q` gives through its applied effects.
fn r_points(q: usize, a: &Answers) -> [i32; 3] {
    let mut b = a.clone();
    b.set_importance(q, Importance::Normal);
    let mut s = [0; 3];
    for c in assess(&b).contributions.iter().filter(|c| c.question == q) {
        for (t, p) in s.iter_mut().zip(c.points) {
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
