//! The Markdown report holds everything the issue lists, taken from the
//! engine and the knowledge base for the given answers.

use django_flask_advisor::engine::{assess, format_score, Answers, Importance};
use django_flask_advisor::knowledge::beyond::Beyond;
use django_flask_advisor::knowledge::guidance::KPIS;
use django_flask_advisor::knowledge::{notes_for, question_index, Framework, QUESTIONS};
use django_flask_advisor::profile_view::needed_capabilities;
use django_flask_advisor::report::{escape, markdown};

const LINK: &str = "https://advisor.example/#s1.AbC-_9";

fn sample() -> Answers {
    let mut a = Answers::new()
        .with("app_type", "full_stack_product")
        .with("admin_backoffice", "business_backoffice")
        .with("project_stage", "product_mvp")
        .with("team_seniority", "mostly_senior")
        .with("data_model", "standard_relational")
        .with("heavy_processing", "separate_processing_services");
    a.set_importance(question_index("team_seniority").unwrap(), Importance::High);
    a
}

fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.find(&format!("\n## {heading}")).unwrap_or_else(|| panic!("no section {heading}"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

#[test]
fn report_holds_the_whole_assessment() {
    let answers = sample();
    let a = assess(&answers);
    let md = markdown(&answers, "Billing platform", LINK);
    let rec = a.recommendation.unwrap();
    assert!(md.starts_with("# Django/Flask Advisor report: Billing platform\n"));
    assert!(md.contains(&format!("**Recommendation: {}.**", rec.name())));
    assert!(md.contains(&format!("Confidence: **{}**", a.confidence.label())));

    let scores = section(&md, "Scores");
    for f in Framework::ALL {
        assert!(
            scores.contains(&format!("| {}", f.name())) && scores.contains(&format!("| {} |", format_score(a.score(f)))),
            "{f:?} in {scores}"
        );
    }

    let answers_table = section(&md, "Answers");
    assert_eq!(answers_table.matches("(skipped)").count(), QUESTIONS.len() - answers.answered());
    assert!(answers_table.contains("| high |"), "importance settings are listed");

    let why = section(&md, "Why");
    let numbered = why.lines().filter(|l| l.split_once(". **").is_some_and(|(n, _)| n.parse::<usize>().is_ok())).count();
    assert_eq!(numbered, a.contributions.len(), "one numbered item per contribution");
    for c in &a.contributions {
        let e = c.effect();
        assert!(why.contains(e.reason), "reason of {} missing", c.question().id);
        for s in e.sources {
            assert!(why.contains(&format!("\\[{}\\]", s.source().tag)));
        }
    }
    assert!(why.contains("The articles disagree"), "the contested MVP answer shows both sides");
    assert!(!why.contains("evidence evidence"), "the strength label is not doubled");
    for c in &a.contributions {
        assert!(why.contains(&format!("; {})", c.choice().strength.label())), "strength of {}", c.question().id);
    }

    let flow = section(&md, "Decision flowchart path");
    for step in a.flow.describe() {
        assert!(flow.contains(&step), "path step {step} missing");
    }

    let bom = section(&md, "Bill of materials");
    let caps = needed_capabilities(&answers);
    assert!(!caps.is_empty());
    for c in caps {
        assert!(bom.contains(c.name), "capability {} missing", c.name);
    }

    let kpis = section(&md, "KPIs to track after launch");
    for k in KPIS {
        assert!(kpis.contains(k.name));
    }
    assert!(section(&md, "Share link").contains(&format!("<{LINK}>")));
}

#[test]
fn report_follows_the_answers() {
    let a = Answers::new().with("app_type", "focused_service").with("architecture_style", "microservices");
    let b = Answers::new().with("app_type", "content_platform").with("architecture_style", "monolith");
    let (ma, mb) = (markdown(&a, "", LINK), markdown(&b, "", LINK));
    assert!(ma.contains("**Recommendation: Flask.**"));
    assert!(mb.contains("**Recommendation: Django.**"));
    assert!(section(&mb, "Bill of materials").lines().count() > section(&ma, "Bill of materials").lines().count());
    let empty = markdown(&Answers::new(), "", LINK);
    assert!(empty.starts_with("# Django/Flask Advisor report: Assessment\n"));
    assert!(empty.contains("No recommendation yet"));
}

#[test]
fn user_text_cannot_add_structure_or_html() {
    let name = "<img src=x onerror=alert(1)>\n## Injected | [link](javascript:alert(1))";
    let md = markdown(&sample(), name, LINK);
    let first = md.lines().next().unwrap();
    assert!(!md.contains("<img"), "{first}");
    assert!(!md.contains("\n## Injected"));
    assert!(!md.contains("[link](javascript"));
    assert_eq!(first, format!("# Django/Flask Advisor report: {}", escape(name.trim())));
}

#[test]
fn report_explains_exactly_when_the_chart_and_the_score_differ() {
    use django_flask_advisor::knowledge::method::FLOW_VS_SCORE;
    // The chart stops at the first decisive answer (a simple focused service
    // goes to Flask); the score also weighs a junior team, a long horizon and
    // an integrated-stack preference, and recommends Django.
    let differ = Answers::new()
        .with("app_type", "focused_service")
        .with("api_complexity", "simple_crud")
        .with("data_sensitivity", "none")
        .with("team_seniority", "mostly_junior")
        .with("maintenance_horizon", "long_term")
        .with("dependency_governance", "prefer_integrated");
    let agree = Answers::new().with("app_type", "full_stack_product").with("data_sensitivity", "regulated");
    let open = Answers::new().with("app_type", "full_stack_product");
    // `Some(expected)` where the case is built to differ or agree; the sample
    // is checked either way.
    for (answers, expected) in [(&differ, Some(true)), (&agree, Some(false)), (&open, Some(false)), (&sample(), None)] {
        let a = assess(answers);
        let differs = a.flow.agrees_with(a.recommendation) == Some(false);
        if let Some(e) = expected {
            assert_eq!(differs, e);
        }
        let md = markdown(answers, "", LINK);
        let flow = section(&md, "Decision flowchart path");
        assert_eq!(md.matches(FLOW_VS_SCORE).count(), usize::from(differs), "the reason appears exactly when they differ");
        assert_eq!(flow.contains("The chart and the score differ."), differs);
        if differs {
            let (leaf, rec) = (a.flow.leaf().unwrap(), a.recommendation.unwrap());
            assert!(flow.contains(&format!("The chart ends on {} but the score recommends {}.", leaf.name(), rec.name())));
            assert!(flow.contains(&a.flow.disagreement(a.recommendation).unwrap()));
        }
    }
}

#[test]
fn every_disagreement_and_correction_on_a_contribution_is_in_the_report() {
    // Every option of every question, answered alone: each disagreement note
    // that bears on it shows both sides with citations, and a correction
    // from beyond the articles shows its claim, the truth and its reference.
    let mut notes = 0;
    for q in QUESTIONS {
        for o in q.options {
            let answers = Answers::new().with(q.id, o.id);
            let a = assess(&answers);
            let md = markdown(&answers, "", LINK);
            let why = section(&md, "Why");
            if !a.contributions.iter().any(|c| c.question().id == q.id) {
                continue;
            }
            let mut expected = notes_for(q.id, o.id);
            expected.extend(o.contested.filter(|k| !expected.iter().any(|n| n.id == k.id)));
            assert_eq!(why.matches("The articles disagree:").count(), expected.len(), "{}={}", q.id, o.id);
            let mut corrections: Vec<&Beyond> = o.beyond.into_iter().collect();
            for k in expected {
                notes += 1;
                assert!(why.contains(&format!("The articles disagree: {}.", k.topic)), "{}={}: note {}", q.id, o.id, k.id);
                for side in [k.side_a, k.side_b] {
                    let cites: Vec<String> = side.sources.iter().map(|s| format!("\\[{}\\]", s.source().tag)).collect();
                    assert!(why.contains(&format!("{} {}", side.text, cites.join(" "))), "{}={}: side missing", q.id, o.id);
                }
                assert!(why.contains(k.handling));
                corrections.extend(k.beyond);
            }
            for b in &corrections {
                notes += 1;
                assert!(why.contains(b.claim) && why.contains(b.truth), "{}={}: correction {}", q.id, o.id, b.id);
                assert!(why.contains(&format!("(<{}>)", b.url)), "{}={}: reference link", q.id, o.id);
            }
            corrections.sort_by_key(|b| b.id);
            corrections.dedup_by_key(|b| b.id);
            assert_eq!(why.matches("Beyond the articles. Claimed: ").count(), corrections.len(), "{}={}: each correction once", q.id, o.id);
        }
    }
    assert!(notes > 0);
}

/// An existing Flask system: the report names the path the page shows, counts
/// only what may still be missing in the build list, and states its scope.
#[test]
fn report_of_an_existing_system_names_its_path_and_build_list() {
    use django_flask_advisor::knowledge::bom::COUNT_EXISTING_FLASK;
    use django_flask_advisor::knowledge::method::{EXISTING_PATHS, SCOPE};
    use django_flask_advisor::profile_view::build_list;
    let a = Answers::new()
        .with("existing_codebase", "existing_flask")
        .with("admin_backoffice", "business_backoffice")
        .with("auth_needs", "roles_permissions_2fa")
        .with("multi_service_ops", "yes");
    let md = markdown(&a, "Legacy", "https://example.test/#s1.x");
    let r = assess(&a);
    assert_eq!(r.recommendation, Some(Framework::Flask));
    assert!(md.contains(EXISTING_PATHS[0][0].0), "extend headline in the report");
    // The back office and the roles are listed, with why they count nothing here.
    assert!(md.contains(django_flask_advisor::knowledge::method::SET_ASIDE_RUNNING), "set-aside reason in the report");
    assert!(md.contains(SCOPE));
    let list = build_list(&a);
    let (n, noun) = (list.count, if list.count == 1 { COUNT_EXISTING_FLASK.noun.0 } else { COUNT_EXISTING_FLASK.noun.1 });
    assert!(md.contains(&format!("{}{n} {noun}{}", COUNT_EXISTING_FLASK.before, COUNT_EXISTING_FLASK.after)));
    // A new project with the same needs is counted as a new build instead.
    let fresh = markdown(&a.clone().with("existing_codebase", "greenfield"), "New", "https://example.test/#s1.x");
    assert!(!fresh.contains(COUNT_EXISTING_FLASK.before));
    assert!(!fresh.contains(EXISTING_PATHS[0][0].0));
    // A Django system with a Flask service beside it: the coexist path and
    // the parts of Hybrid's score.
    let beside = Answers::new()
        .with("existing_codebase", "existing_django")
        .with("app_type", "full_stack_product")
        .with("heavy_processing", "separate_processing_services")
        .with("multi_service_ops", "yes");
    assert_eq!(assess(&beside).recommendation, Some(Framework::Hybrid));
    let md2 = markdown(&beside, "Legacy", "https://example.test/#s1.x");
    assert!(md2.contains(EXISTING_PATHS[1][1].0), "coexist headline in the report");
    assert!(md2.contains("Hybrid's score adds up"), "the parts of Hybrid's score");
    // Plurals: a lead of exactly 1 point is not "1 points".
    assert!(!md.contains(" 1 points"));
}
