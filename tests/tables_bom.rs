//! Comparison tables, relevance highlighting and the bill of materials.

use django_flask_advisor::engine::Answers;
use django_flask_advisor::knowledge::bom::{FlaskCover, CAPABILITIES};
use django_flask_advisor::knowledge::guidance::{KpiBasis, FAQ, KPIS};
use django_flask_advisor::knowledge::tables::{Provenance, Topic, TABLES};
use django_flask_advisor::profile_view::{flask_components, needed_capabilities, relevant_rows};

#[test]
fn every_table_row_is_complete_and_filterable() {
    assert_eq!(TABLES.len(), 5);
    for t in TABLES {
        assert!(!t.sources.is_empty());
        for r in t.rows {
            assert!(!r.aspect.is_empty() && !r.django.is_empty() && !r.flask.is_empty(), "{}: {}", t.id, r.aspect);
            assert!(Topic::ALL.contains(&r.topic));
        }
    }
    assert!(TABLES.iter().any(|t| t.provenance == Provenance::Reconstructed));
    assert!(TABLES.iter().any(|t| t.provenance == Provenance::Derived));
    // The flagged claims carry caveats.
    let caveated: Vec<_> = TABLES.iter().flat_map(|t| t.rows).filter(|r| r.caveat.is_some()).map(|r| r.aspect).collect();
    for aspect in ["Packages", "Security and compliance", "Scaling", "Startup and memory"] {
        assert!(caveated.contains(&aspect), "{aspect} lacks its caveat");
    }
}

#[test]
fn relevance_follows_the_profile_and_gives_a_reason() {
    assert!(relevant_rows(&Answers::new()).is_empty(), "nothing is relevant to an empty profile");
    let a = Answers::new().with("admin_backoffice", "business_backoffice");
    let rows = relevant_rows(&a);
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|(_, _, reason)| *reason == "you need a business back office"));
    let back_office = rows.iter().find(|(t, r, _)| TABLES[*t].id == "prose_comparison" && TABLES[*t].rows[*r].aspect == "Back office");
    assert!(back_office.is_some());
    // Changing the answer changes the highlighted rows.
    let b = Answers::new().with("admin_backoffice", "none").with("team_seniority", "mostly_senior");
    let rows_b = relevant_rows(&b);
    assert!(rows_b.iter().all(|(_, _, reason)| *reason == "your team is mostly senior"));
    assert!(rows_b.iter().all(|x| !rows.contains(x)));
}

#[test]
fn the_bill_of_materials_grows_with_the_profile() {
    let base = needed_capabilities(&Answers::new());
    assert!(base.iter().all(|c| c.needed_when.is_none()), "an empty profile needs only the basics");
    let base_count = flask_components(&Answers::new());
    let full = Answers::new()
        .with("app_type", "full_stack_product")
        .with("auth_needs", "roles_permissions_2fa")
        .with("admin_backoffice", "business_backoffice")
        .with("api_complexity", "complex_api");
    let needed: Vec<_> = needed_capabilities(&full).iter().map(|c| c.id).collect();
    for id in ["orm", "migrations", "admin", "auth", "permissions", "two_factor", "password_hashing", "forms", "csrf", "rest_api", "email"] {
        assert!(needed.contains(&id), "{id} should be needed");
    }
    assert!(!needed.contains(&"caching"));
    let count = flask_components(&full);
    assert_eq!(count, needed_capabilities(&full).iter().filter(|c| c.cover.is_flask_extra()).count());
    assert!(count > base_count + 8, "{count} vs {base_count}");
    // Rows where the sources name nothing say so, and any common choice is marked outside the sources.
    for c in CAPABILITIES {
        if c.cover == FlaskCover::NotNamed {
            assert!(c.flask.contains("Not named") || c.flask.contains("by hand") || c.flask.contains("picks"), "{}", c.id);
        }
        assert!(!c.sources.is_empty());
    }
}

#[test]
fn kpis_and_faq_are_sourced() {
    assert!(KPIS.iter().filter(|k| k.basis == KpiBasis::Named).count() >= 8);
    assert!(KPIS.iter().all(|k| !k.sources.is_empty()));
    assert!(FAQ.len() >= 10 && FAQ.iter().all(|f| !f.sources.is_empty()));
}
