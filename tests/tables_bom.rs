//! Comparison tables, relevance highlighting and the bill of materials.

use django_flask_advisor::engine::Answers;
use django_flask_advisor::knowledge::bom::{FlaskCover, CAPABILITIES};
use django_flask_advisor::knowledge::guidance::{KpiBasis, FAQ, KPIS};
use django_flask_advisor::knowledge::tables::{Provenance, Topic, TABLES};
use django_flask_advisor::profile_view::{build_list, flask_components, needed_capabilities, relevant_rows, Situation, Status};

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
    for id in ["orm", "migrations", "admin", "auth", "permissions", "two_factor", "password_hashing", "forms", "csrf", "rest_api", "email"]
    {
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

fn ids(list: &django_flask_advisor::profile_view::BuildList, status: Status) -> Vec<&'static str> {
    list.rows.iter().filter(|(_, s)| *s == status).map(|(c, _)| c.id).collect()
}

#[test]
fn a_new_build_counts_what_flask_adds_as_before() {
    let a = Answers::new().with("auth_needs", "roles_permissions_2fa").with("admin_backoffice", "business_backoffice");
    let list = build_list(&a);
    assert_eq!(list.situation, Situation::NewBuild);
    assert_eq!(list.count, flask_components(&a));
    assert!(list.text.before.contains("Flask build"));
    let greenfield = build_list(&a.clone().with("existing_codebase", "greenfield"));
    assert_eq!(greenfield.count, list.count, "a greenfield answer is a new build");
}

#[test]
fn an_existing_flask_system_counts_only_what_the_answers_call_for() {
    let base = Answers::new().with("existing_codebase", "existing_flask");
    let empty = build_list(&base);
    assert_eq!(empty.situation, Situation::ExistingFlask);
    // What every running Flask system has is shown as already running, never counted.
    let running = ids(&empty, Status::Running);
    for id in ["routing", "templating", "http", "structure", "debugging", "deployment"] {
        assert!(running.contains(&id), "{id} should be already running");
    }
    assert_eq!(empty.count, 0, "no answer calls for anything yet: {:?}", ids(&empty, Status::Check));
    assert!(empty.text.note.contains("Check which"), "the list says the app cannot see the code");
    // Baseline needs (headers, tests, upkeep) are shown to check but not counted as missing.
    assert!(ids(&empty, Status::Baseline).contains(&"testing"));

    let a = base.clone().with("auth_needs", "roles_permissions_2fa").with("admin_backoffice", "business_backoffice");
    let list = build_list(&a);
    let check = ids(&list, Status::Check);
    for id in ["admin", "auth", "permissions", "forms", "csrf", "email"] {
        assert!(check.contains(&id), "{id} may still be missing");
    }
    // Werkzeug ships password hashing with Flask (beyond the articles).
    assert!(!check.contains(&"password_hashing"), "password hashing is in Flask's core");
    // A second factor is a package on either side: listed, not counted as a Flask extra.
    assert!(list.rows.iter().any(|(c, _)| c.id == "two_factor" && !c.cover.is_flask_extra()));
    assert_eq!(list.count, 6);
    let new_build =
        flask_components(&Answers::new().with("auth_needs", "roles_permissions_2fa").with("admin_backoffice", "business_backoffice"));
    assert!(list.count < new_build, "{} vs a new build's {new_build}", list.count);
    assert!(list.rows.iter().filter(|(_, s)| *s == Status::Check).all(|(c, _)| !c.running));

    // The count follows the answers.
    let more = build_list(&a.clone().with("api_complexity", "complex_api"));
    assert_eq!(more.count, list.count + 1);
    assert!(ids(&more, Status::Check).contains(&"rest_api"));
}

#[test]
fn an_existing_django_system_lists_a_flask_service_only_when_the_answers_name_one() {
    let base = Answers::new().with("existing_codebase", "existing_django").with("auth_needs", "basic_accounts");
    let list = build_list(&base);
    assert_eq!(list.situation, Situation::ExistingDjango);
    assert!(!list.flask_service);
    assert_eq!(list.count, 0);
    assert!(list.text.before.contains("already provides what Django ships"));
    assert!(ids(&list, Status::DjangoHas).contains(&"auth"));
    assert!(ids(&list, Status::Service).is_empty());

    let with_part = build_list(&base.clone().with("heavy_processing", "separate_processing_services"));
    assert!(with_part.flask_service);
    let service = ids(&with_part, Status::Service);
    for id in ["routing", "http", "testing", "security_upkeep", "deployment", "hybrid_glue"] {
        assert!(service.contains(&id), "a Flask service beside Django needs {id}");
    }
    assert_eq!(with_part.count, with_part.rows.iter().filter(|(c, s)| *s == Status::Service && c.cover.is_flask_extra()).count());
    assert!(with_part.count > 0);
    assert!(with_part.text.before.contains("Flask service"));

    // An ignored answer does not name a part.
    let mut ignored = base.clone().with("heavy_processing", "separate_processing_services");
    let q = django_flask_advisor::knowledge::question_index("heavy_processing").unwrap();
    ignored.set_importance(q, django_flask_advisor::engine::Importance::Ignore);
    assert!(!build_list(&ignored).flask_service);
}
