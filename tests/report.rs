//! The Markdown report a consultant sends as it is: the title and date, the
//! recommendation with its confidence and path, the answers given (skipped
//! ones in one line), what decided it, the risks, the build list, the
//! disagreements and corrections that bear on these answers (each once),
//! the sources with their publishers; nothing said twice. The printout is
//! the same blocks as HTML.

mod common;

use django_flask_advisor::document::{self, Block, Span};
use django_flask_advisor::engine::{assess, Answers, Importance};
use django_flask_advisor::knowledge::documents::{H_CORRECTIONS, H_DISAGREE, NOT_ANSWERED, PUBLISHER_NOT_STATED};
use django_flask_advisor::knowledge::{question_index, Framework, QUESTIONS, SOURCES};
use django_flask_advisor::madr::record;
use django_flask_advisor::profile_view::build_list;
use django_flask_advisor::report::{blocks, corrections, disagreements, escape, markdown, report, report_html, Document};
use proptest::prelude::*;

const LINK: &str = "https://advisor.example/#s1.AbC-_9";

/// The consultant's profile of issue 28: a regulated health product, a mixed
/// team, long-lived, roles and 2FA, a back office.
fn health_product() -> Answers {
    let mut a = Answers::new()
        .with("existing_codebase", "greenfield")
        .with("app_type", "full_stack_product")
        .with("scope_complexity", "complex_platform")
        .with("data_sensitivity", "regulated")
        .with("team_seniority", "mixed")
        .with("team_size", "multiple_teams")
        .with("maintenance_horizon", "long_term")
        .with("budget_profile", "long_term_investment")
        .with("time_to_market", "few_months")
        .with("auth_needs", "roles_permissions_2fa")
        .with("admin_backoffice", "business_backoffice");
    a.set_importance(question_index("data_sensitivity").unwrap(), Importance::High);
    a
}

fn doc<'a>(answers: &'a Answers, name: &'a str) -> Document<'a> {
    Document { answers, name, share_link: LINK, date: "2026-12-07", found: &[] }
}

fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.find(&format!("\n## {heading}")).unwrap_or_else(|| panic!("no section {heading} in\n{md}"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

/// Lines of more than 60 characters that appear more than once (a table's
/// separator row excepted).
fn repeated_long_lines(md: &str) -> Vec<String> {
    let mut seen = std::collections::BTreeMap::<&str, usize>::new();
    for l in md.lines().map(str::trim).filter(|l| l.chars().count() > 60 && !l.starts_with("|---")) {
        *seen.entry(l).or_default() += 1;
    }
    seen.into_iter().filter(|(_, n)| *n > 1).map(|(l, n)| format!("{n}x {l}")).collect()
}

#[test]
fn the_report_of_the_health_product_says_everything_once() {
    let answers = health_product();
    let a = assess(&answers);
    let md = report(&doc(&answers, "Patient portal"));
    assert!(
        md.starts_with("# Patient portal: framework recommendation\n\nPrepared with the Django/Flask Advisor on 2026-12-07.\n"),
        "{md}"
    );
    assert_eq!(a.recommendation, Some(Framework::Django));
    let rec = section(&md, "Recommendation");
    assert!(rec.contains("**Django.**") && rec.contains("Confidence: **high**"));
    assert!(rec.contains("Scores: Django"), "the scores are with the recommendation");
    assert!(rec.contains("Decision chart: "), "the chart's path in one line");
    // Every answered question is listed with its answer; the skipped ones in one line.
    let given = section(&md, "Answers given");
    for (qi, q) in QUESTIONS.iter().enumerate() {
        match answers.choice(qi) {
            Some(o) => assert!(given.contains(&format!("| {} | {} |", q.title, q.options[o].label)), "{} missing", q.id),
            None => assert!(!given.contains(&format!("| {} |", q.title)), "{} is skipped, not a row", q.id),
        }
    }
    assert!(given.contains("| high |"), "importance settings are listed");
    assert_eq!(given.matches(&format!("{NOT_ANSWERED} (")).count(), 1);
    assert!(!md.contains("(skipped)"));
    // What decided it: every need once, with the answer that counts.
    let decided = section(&md, "What decided it");
    for row in a.needs() {
        assert_eq!(decided.matches(&format!("- **{}**", row.need.name())).count(), 1, "{:?}", row.need);
    }
    for c in a.contributions.iter().filter(|c| c.set_aside.is_none()) {
        assert!(decided.contains(c.effect().reason), "reason of {}", c.question().id);
    }
    // Risks: the hinges.
    assert!(section(&md, "Risks and what would change it").contains("instead would"));
    // Only the disagreements and corrections that bear on these answers, each once.
    let notes = disagreements(&answers);
    assert!(!notes.is_empty() && notes.len() < 16, "{} notes", notes.len());
    let dis = section(&md, H_DISAGREE);
    for k in &notes {
        assert_eq!(dis.matches(k.handling).count(), 1, "{}", k.id);
    }
    let list = build_list(&answers);
    let fixes = corrections(&answers, &list.counted_rows());
    let cor = section(&md, H_CORRECTIONS);
    for b in &fixes {
        assert_eq!(md.matches(b.truth).count(), 1, "correction {} said once", b.id);
        assert!(cor.contains(&format!("(<{}>)", b.url)));
    }
    // Sources: title, publisher, author, date, or that the article does not say.
    let sources = section(&md, "Sources");
    for s in &SOURCES {
        assert!(sources.contains(s.title));
        match s.publisher {
            Some(p) => assert!(sources.contains(&format!("Publisher: {p}"))),
            None => assert!(sources.to_lowercase().contains(PUBLISHER_NOT_STATED)),
        }
    }
    assert!(section(&md, "Open this assessment").contains(&format!("<{LINK}>")));
    assert_eq!(repeated_long_lines(&md), Vec::<String>::new());
}

#[test]
fn report_follows_the_answers() {
    let a = Answers::new().with("app_type", "focused_service").with("architecture_style", "microservices");
    let b = Answers::new().with("app_type", "content_platform").with("architecture_style", "monolith");
    let (ma, mb) = (markdown(&a, "", LINK), markdown(&b, "", LINK));
    assert!(ma.contains("**Flask.**"), "{ma}");
    assert!(mb.contains("**Django.**"));
    let empty = markdown(&Answers::new(), "", LINK);
    assert!(empty.starts_with("# Django or Flask: framework recommendation\n\nPrepared with the Django/Flask Advisor.\n"));
    assert!(empty.contains("No recommendation yet"));
    assert!(empty.contains("No question has been answered yet."));
}

#[test]
fn user_text_cannot_add_structure_or_html() {
    let name = "<img src=x onerror=alert(1)>\n## Injected | [link](javascript:alert(1))";
    let answers = health_product();
    let md = report(&doc(&answers, name));
    let first = md.lines().next().unwrap();
    assert!(!md.contains("<img"), "{first}");
    assert!(!md.contains("\n## Injected"));
    assert!(!md.contains("[link](javascript"));
    assert_eq!(first, format!("# {}: framework recommendation", escape(name.trim())));
    let html = report_html(&doc(&answers, name));
    assert!(!html.contains("<img") && !html.contains("<h2>Injected"), "{}", &html[..300]);
    assert!(html.starts_with("<h1>&lt;img src=x onerror=alert(1)&gt;"), "{}", &html[..120]);
}

#[test]
fn report_explains_exactly_when_the_chart_and_the_score_differ() {
    use django_flask_advisor::knowledge::method::FLOW_VS_SCORE;
    let differ = Answers::new()
        .with("app_type", "focused_service")
        .with("api_complexity", "simple_crud")
        .with("data_sensitivity", "none")
        .with("team_seniority", "mostly_junior")
        .with("maintenance_horizon", "long_term")
        .with("dependency_governance", "prefer_integrated");
    let agree = Answers::new().with("app_type", "full_stack_product").with("data_sensitivity", "regulated");
    for (answers, differs) in [(&differ, true), (&agree, false)] {
        let a = assess(answers);
        assert_eq!(a.flow.agrees_with(a.recommendation) == Some(false), differs);
        let md = markdown(answers, "", LINK);
        assert_eq!(md.matches(FLOW_VS_SCORE).count(), usize::from(differs), "the reason appears exactly when they differ");
        for step in a.flow.describe() {
            assert!(md.contains(step.trim_end_matches('.')), "path step {step} missing");
        }
    }
}

/// An existing Flask system: the report names the path the page shows and
/// why the running system's capabilities count nothing.
#[test]
fn report_of_an_existing_system_names_its_path_and_build_list() {
    use django_flask_advisor::knowledge::bom::COUNT_EXISTING_FLASK;
    use django_flask_advisor::knowledge::method::{EXISTING_PATHS, SCOPE, SET_ASIDE_RUNNING};
    let a = Answers::new()
        .with("existing_codebase", "existing_flask")
        .with("admin_backoffice", "business_backoffice")
        .with("auth_needs", "roles_permissions_2fa")
        .with("multi_service_ops", "yes");
    let md = markdown(&a, "Legacy", LINK);
    assert_eq!(assess(&a).recommendation, Some(Framework::Flask));
    assert!(md.contains(EXISTING_PATHS[0][0].0), "extend headline in the report");
    assert!(md.contains(SET_ASIDE_RUNNING), "set-aside reason in the report");
    assert!(md.contains(SCOPE));
    let list = build_list(&a);
    let noun = if list.count == 1 { COUNT_EXISTING_FLASK.noun.0 } else { COUNT_EXISTING_FLASK.noun.1 };
    assert!(md.contains(&format!("{}{} {noun}{}", COUNT_EXISTING_FLASK.before, list.count, COUNT_EXISTING_FLASK.after)));
    let beside = Answers::new()
        .with("existing_codebase", "existing_django")
        .with("app_type", "full_stack_product")
        .with("heavy_processing", "separate_processing_services")
        .with("multi_service_ops", "yes");
    assert_eq!(assess(&beside).recommendation, Some(Framework::Hybrid));
    let md2 = markdown(&beside, "Legacy", LINK);
    assert!(md2.contains(EXISTING_PATHS[1][1].0), "coexist headline in the report");
    assert!(md2.contains("Hybrid's score adds up"), "the parts of Hybrid's score");
}

/// The HTML of the printout is the same blocks as the Markdown: every
/// heading and every table row of the one is in the other.
#[test]
fn the_printout_is_the_report() {
    let answers = health_product();
    let d = doc(&answers, "Patient portal");
    let html = report_html(&d);
    for b in blocks(&d) {
        match b {
            Block::Heading(level, line) => {
                let text: String = line
                    .iter()
                    .map(|s| match s {
                        Span::Text(t) | Span::User(t) | Span::Strong(t) | Span::Em(t) => document::html_escape(t),
                        _ => String::new(),
                    })
                    .collect();
                assert!(html.contains(&format!("<h{level}>{text}</h{level}>")), "heading {text}");
            }
            Block::Table(_, rows) => assert!(html.matches("<tr>").count() > rows.len()),
            _ => {}
        }
    }
    assert!(!html.contains("\\["), "no Markdown escapes in the HTML");
    assert!(html.contains("<span class=\"cite\">[000]</span>"));
}

/// Every note and correction of an answered option is in the report once,
/// for every option of every question answered alone.
#[test]
fn every_disagreement_and_correction_on_an_answer_is_in_the_report_once() {
    let mut checked = 0;
    for q in QUESTIONS {
        for o in q.options {
            let answers = Answers::new().with(q.id, o.id);
            let md = markdown(&answers, "", LINK);
            for k in disagreements(&answers) {
                checked += 1;
                assert_eq!(md.matches(k.handling).count(), 1, "{}={}: note {}", q.id, o.id, k.id);
                assert!(md.contains(k.side_a.text) && md.contains(k.side_b.text));
            }
            let list = build_list(&answers);
            for b in corrections(&answers, &list.counted_rows()) {
                checked += 1;
                assert_eq!(md.matches(b.truth).count(), 1, "{}={}: correction {}", q.id, o.id, b.id);
            }
        }
    }
    assert!(checked > 50, "{checked}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    /// On any profile: no long line twice in the report or the decision
    /// record, at most two bullets of the record with the same wording,
    /// every answered question listed in the report.
    #[test]
    fn documents_say_each_thing_once(answers in common::arb_answers()) {
        let d = doc(&answers, "Any project");
        let md = report(&d);
        prop_assert_eq!(repeated_long_lines(&md), Vec::<String>::new());
        let given = md.find("\n## Answers given").map(|s| &md[s..]).unwrap_or("");
        for (qi, q) in QUESTIONS.iter().enumerate() {
            if let Some(o) = answers.choice(qi) {
                prop_assert!(given.contains(&format!("| {} | {} |", q.title, q.options[o].label)), "{} missing", q.id);
            }
        }
        let rec = record(&d);
        prop_assert_eq!(repeated_long_lines(&rec), Vec::<String>::new());
        let mut bullets = std::collections::BTreeMap::<&str, usize>::new();
        for l in rec.lines().filter(|l| l.starts_with("* ")) {
            *bullets.entry(l).or_default() += 1;
        }
        let over: Vec<_> = bullets.into_iter().filter(|(_, n)| *n > 2).collect();
        prop_assert!(over.is_empty(), "{:?}", over);
    }
}

/// The printout's running header: the title and the date, as a CSS string
/// that a name cannot break out of.
#[test]
fn the_running_header_is_the_title_and_date_in_a_safe_css_string() {
    use django_flask_advisor::report::{css_string, page_header};
    assert_eq!(page_header("Patient portal", "2026-12-07"), "Patient portal: framework recommendation \u{b7} 2026-12-07");
    assert_eq!(css_string("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\a d\"");
    let s = css_string("x\\\"; } body { display: none");
    // A quote ends the string when an even number of backslashes precede it.
    let bare = s.char_indices().filter(|&(i, c)| c == '"' && s[..i].chars().rev().take_while(|&b| b == '\\').count() % 2 == 0).count();
    assert_eq!(bare, 2, "a quote or backslash in the name cannot end the string: {s}");
}
