//! The Markdown report holds everything the issue lists, taken from the
//! engine and the knowledge base for the given answers.

use django_flask_advisor::engine::{assess, format_score, Answers, Importance};
use django_flask_advisor::knowledge::guidance::KPIS;
use django_flask_advisor::knowledge::{question_index, Framework, QUESTIONS};
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
        assert!(scores.contains(&format!("| {}", f.name())) && scores.contains(&format!("| {} |", format_score(a.score(f)))), "{f:?} in {scores}");
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
