//! The reference cases: worked examples drawn from the articles, each with the
//! recommendation the articles clearly imply. Questions not listed are left
//! unanswered. The engine must reproduce every one.

use django_flask_advisor::engine::{assess, Answers};
use django_flask_advisor::knowledge::Framework::{self, Django, Flask, Hybrid};

fn case(pairs: &[(&str, &str)]) -> Answers {
    pairs.iter().fold(Answers::new(), |a, (q, o)| a.with(q, o))
}

fn expect(name: &str, pairs: &[(&str, &str)], want: Framework) {
    let a = assess(&case(pairs));
    assert_eq!(a.recommendation, Some(want), "{name}: scores {:?}, hybrid gate {:?}", a.scores, a.hybrid);
}

#[test]
fn s1_fintech_compliance_platform_is_django() {
    expect("S1", &[("app_type", "full_stack_product"), ("scope_complexity", "complex_platform"), ("project_stage", "production_build"), ("data_sensitivity", "regulated"), ("team_size", "multiple_teams"), ("maintenance_horizon", "long_term"), ("auth_needs", "roles_permissions_2fa"), ("architecture_style", "monolith")], Django);
}

#[test]
fn s2_calculation_engine_prototype_is_flask() {
    expect("S2", &[("app_type", "focused_service"), ("scope_complexity", "single_purpose"), ("project_stage", "concept_test"), ("time_to_market", "weeks"), ("budget_profile", "tight_lean_start"), ("maintenance_horizon", "short_lived"), ("api_complexity", "simple_crud"), ("auth_needs", "none_or_upstream"), ("admin_backoffice", "none")], Flask);
}

#[test]
fn s4_public_institution_is_hybrid() {
    expect("S4", &[("scope_complexity", "core_plus_specialized"), ("app_type", "full_stack_product"), ("auth_needs", "basic_accounts"), ("architecture_style", "core_plus_services"), ("heavy_processing", "separate_processing_services"), ("multi_service_ops", "yes")], Hybrid);
}

#[test]
fn s8_news_platform_is_django() {
    expect("S8", &[("app_type", "content_platform"), ("admin_backoffice", "business_backoffice"), ("data_model", "standard_relational"), ("maintenance_horizon", "long_term")], Django);
}

#[test]
fn s12_custom_data_pipeline_is_flask() {
    expect("S12", &[("app_type", "focused_service"), ("architecture_control", "fully_custom"), ("database_type", "unconventional"), ("admin_backoffice", "none")], Flask);
}

#[test]
fn s16_complex_api_with_strict_permissions_is_django() {
    expect("S16", &[("app_type", "api_backend"), ("api_complexity", "complex_api"), ("auth_needs", "roles_permissions_2fa")], Django);
}

#[test]
fn s18_high_throughput_microservice_is_flask() {
    expect("S18", &[("app_type", "focused_service"), ("architecture_style", "microservices"), ("traffic_profile", "hot_endpoints"), ("footprint_sensitivity", "important"), ("team_seniority", "mostly_senior")], Flask);
}

#[test]
fn s19_large_app_with_rotating_mixed_team_is_django() {
    expect("S19", &[("scope_complexity", "complex_platform"), ("team_seniority", "mixed"), ("team_stability", "rotating_or_fast_growth"), ("maintenance_horizon", "long_term")], Django);
}

#[test]
fn x4_stateless_webhook_relay_is_flask() {
    expect("X4", &[("app_type", "focused_service"), ("scope_complexity", "single_purpose"), ("database_type", "none"), ("footprint_sensitivity", "important"), ("auth_needs", "none_or_upstream"), ("team_seniority", "mostly_senior"), ("architecture_style", "microservices")], Flask);
}

/// S4 without the ability to run several services must not be Hybrid: the
/// gate is what makes Hybrid a recommendation, not its score alone.
#[test]
fn s4_without_multi_service_ops_falls_back_to_django() {
    let pairs = [("scope_complexity", "core_plus_specialized"), ("app_type", "full_stack_product"), ("auth_needs", "basic_accounts"), ("architecture_style", "core_plus_services"), ("heavy_processing", "separate_processing_services")];
    let a = assess(&case(&pairs));
    assert_eq!(a.recommendation, Some(Django));
    assert!(!a.hybrid.ops_ready && a.hybrid.separable_part && a.hybrid.django_core);
    let a = assess(&case(&pairs).with("multi_service_ops", "no"));
    assert_eq!(a.recommendation, Some(Django));
}
