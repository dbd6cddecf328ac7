//! Coverage against the domain inventory (../shared/domain/inventory.md,
//! copied here because CI does not have that file): every bill-of-materials
//! capability (section 9, 28 rows), every KPI (section 7, 18) and every
//! article FAQ question (section 6, 22) maps to an entry of the knowledge
//! base. Also: every correction from beyond the articles links an https
//! reference, and every FAQ, KPI and row has at least one source.

use django_flask_advisor::knowledge::beyond::{Beyond, ALL_BEYOND};
use django_flask_advisor::knowledge::bom::CAPABILITIES;
use django_flask_advisor::knowledge::guidance::{FAQ, KPIS};
use django_flask_advisor::knowledge::tables::TABLES;

/// Inventory section 9: capability (as the inventory names it) -> capability id.
const BOM: [(&str, &str); 28] = [
    ("Routing", "routing"),
    ("Templating", "templating"),
    ("WSGI / HTTP layer", "http"),
    ("ORM / data access", "orm"),
    ("Schema migrations", "migrations"),
    ("Admin / back office", "admin"),
    ("Authentication / sessions", "auth"),
    ("Permissions / groups", "permissions"),
    ("Two-factor auth", "two_factor"),
    ("Password hashing", "password_hashing"),
    ("Forms and validation", "forms"),
    ("CSRF protection", "csrf"),
    ("SQL injection protection", "sql_injection"),
    ("XSS protection", "xss"),
    ("Clickjacking / security headers", "headers"),
    ("Security maintenance", "security_upkeep"),
    ("REST APIs", "rest_api"),
    ("Caching", "caching"),
    ("DB connection pooling", "pooling"),
    ("Background / heavy tasks", "background_tasks"),
    ("Async", "async"),
    ("Project structure / modularity", "structure"),
    ("Testing", "testing"),
    ("Debugging / dev server", "debugging"),
    ("Email", "email"),
    ("Domain packages", "domain_packages"),
    ("Deployment", "deployment"),
    ("Hybrid glue", "hybrid_glue"),
];

/// Inventory section 7: KPI -> KPI id.
const KPI_MAP: [(&str, &str); 18] = [
    ("Average response time", "response_time"),
    ("Requests per second (throughput)", "throughput"),
    ("95th-percentile latency", "p95_latency"),
    ("Memory usage per instance", "memory"),
    ("Deployment time", "deployment_time"),
    ("Frequency of dependency updates", "dependency_updates"),
    ("Test coverage percentage", "test_coverage"),
    ("Mean time to resolve incidents", "mttr"),
    ("Latency and memory footprint under load", "load_tests"),
    ("Bottleneck analysis of SQL query time and CPU time", "sql_cpu_time"),
    ("Time-to-market or time to first release", "time_to_release"),
    ("Initial development cost and TCO", "cost_tco"),
    ("Long-term maintenance overhead", "maintenance_overhead"),
    ("Downtime and its revenue impact", "downtime"),
    ("Security audit findings and compliance effort", "security_findings"),
    ("Time to hire or onboard developers", "hiring"),
    ("Number of third-party dependencies to monitor", "dependency_count"),
    ("Response time broken down into database, serialisation and network", "response_breakdown"),
];

/// Inventory section 6: article question (numbered as there) -> FAQ id.
/// Questions two articles both ask share one answer citing both.
const FAQ_MAP: [(&str, &str); 22] = [
    ("1 [000] DRF or Flask for building an API?", "api"),
    ("2 [000] How hard is it to migrate between Flask and Django?", "migration"),
    ("3 [000] Is Flask faster than Django?", "faster"),
    ("4 [000] Do they support async?", "async"),
    ("5 [001] How do I know if Flask suits an MVP?", "mvp"),
    ("6 [001] Key criteria for choosing Django for a large-scale platform?", "large_platform"),
    ("7 [001] How do I evaluate scalability?", "scalability"),
    ("8 [001] What are the risks of customising Flask?", "customising_risks"),
    ("9 [001] How is security handled in Flask compared with Django?", "security"),
    ("10 [001] What skills does a team need to get up to speed on Django?", "django_skills"),
    ("11 [001] How can Flask and Django be combined?", "combine"),
    ("12 [001] Which KPIs measure a framework's effectiveness?", "kpis"),
    ("13 [002] Is Django better than Flask?", "better"),
    ("14 [002] Is Flask faster?", "faster"),
    ("15 [002] Should I learn Django or Flask first?", "learn_first"),
    ("16 [002] Is Django good for APIs?", "api"),
    ("17 [002] Is Flask good for large applications?", "flask_large"),
    ("18 [002] Which is more secure?", "security"),
    ("19 [002] Can both be used for microservices?", "microservices"),
    ("20 [002] Does Django use SQLAlchemy?", "sqlalchemy"),
    ("21 [002] Is Django harder to learn?", "learning_curve"),
    ("22 [002] Which do startups prefer?", "startups"),
];

fn tag(question: &str) -> &str {
    &question[question.find('[').unwrap() + 1..question.find(']').unwrap()]
}

#[test]
fn every_inventory_capability_is_in_the_bill_of_materials() {
    for (name, id) in BOM {
        assert!(CAPABILITIES.iter().any(|c| c.id == id), "BOM capability {name} ({id}) is missing");
    }
    assert_eq!(CAPABILITIES.len(), BOM.len(), "a capability outside the inventory, or a duplicate");
}

#[test]
fn every_inventory_kpi_is_listed() {
    for (name, id) in KPI_MAP {
        assert!(KPIS.iter().any(|k| k.id == id), "KPI {name} ({id}) is missing");
    }
    assert_eq!(KPIS.len(), KPI_MAP.len());
}

#[test]
fn every_article_question_is_answered_and_cites_its_article() {
    for (question, id) in FAQ_MAP {
        let faq = FAQ.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("FAQ {question} ({id}) is missing"));
        assert!(
            faq.sources.iter().any(|s| s.source().tag == tag(question)),
            "{question}: the answer {id} does not cite the article that asks it"
        );
    }
    for f in FAQ {
        assert!(FAQ_MAP.iter().any(|(_, id)| *id == f.id), "FAQ {} answers no inventory question", f.id);
    }
    let ids: std::collections::HashSet<_> = FAQ.iter().map(|f| f.id).collect();
    assert_eq!(ids.len(), FAQ.len(), "duplicate FAQ id");
}

fn all_beyond() -> Vec<&'static Beyond> {
    let mut v: Vec<&'static Beyond> = Vec::new();
    v.extend(CAPABILITIES.iter().flat_map(|c| c.beyond.iter().copied()));
    v.extend(KPIS.iter().flat_map(|k| k.beyond.iter().copied()));
    v.extend(FAQ.iter().flat_map(|f| f.beyond.iter().copied()));
    v.extend(TABLES.iter().flat_map(|t| t.rows).flat_map(|r| r.beyond.iter().copied()));
    v
}

#[test]
fn every_correction_links_a_public_https_reference() {
    let used = all_beyond();
    assert!(!used.is_empty());
    for b in used.iter().copied().chain(ALL_BEYOND) {
        assert!(b.url.starts_with("https://"), "{}: {}", b.id, b.url);
        assert!(!b.claim.is_empty() && !b.truth.is_empty() && !b.reference.is_empty() && !b.claimed_by.is_empty(), "{}", b.id);
        assert!(ALL_BEYOND.iter().any(|a| a.id == b.id), "{} is not a shared correction", b.id);
    }
    // The corrections the brief names are used where they apply.
    for id in ["flask_async", "django_async", "pooling", "django_databases", "lts", "flask_security_basics", "pip_updates"] {
        assert!(used.iter().any(|b| b.id == id), "{id} is never shown");
    }
}

#[test]
fn every_faq_kpi_and_row_has_a_source() {
    assert!(FAQ.iter().all(|f| !f.sources.is_empty()));
    assert!(KPIS.iter().all(|k| !k.sources.is_empty()));
    assert!(CAPABILITIES.iter().all(|c| !c.sources.is_empty()));
    for t in TABLES {
        assert!(!t.sources.is_empty(), "table {} has no source, so its rows have none", t.id);
        assert!(!t.rows.is_empty());
    }
}

#[test]
fn the_async_row_says_what_flask_async_does_not_do() {
    let row = CAPABILITIES.iter().find(|c| c.id == "async").unwrap();
    assert!(
        row.flask.contains("WSGI") && row.flask.contains("worker") && row.flask.contains("Quart") && row.flask.contains("not assessed")
    );
    assert!(row.beyond.iter().any(|b| b.id == "flask_async"));
    let faq = FAQ.iter().find(|f| f.id == "async").unwrap();
    assert!(faq.answer.contains("Quart") && faq.answer.contains("worker"));
    // No Flask cell leaves pooling to the team without the correction.
    for t in TABLES {
        for r in t.rows {
            if r.flask.contains("pooling") {
                assert!(r.beyond.iter().any(|b| b.id == "pooling"), "{}: {}", t.id, r.aspect);
            }
        }
    }
    assert!(CAPABILITIES.iter().find(|c| c.id == "orm").unwrap().django.contains("MariaDB"));
}
