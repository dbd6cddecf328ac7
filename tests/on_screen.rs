//! The rough edges users found on screen (issue 28): one evidence label per
//! answer that agrees with its points, reasons for a withheld Hybrid that
//! follow the answers given, and citations always in ascending order, each
//! once.

mod common;

use django_flask_advisor::engine::{assess, hybrid_unmet_text, Answers, Contribution, Importance, OpsAnswer};
use django_flask_advisor::format::{cite, cite_order, evidence_label, points_list};
use django_flask_advisor::knowledge::beyond::ALL_BEYOND;
use django_flask_advisor::knowledge::bom::CAPABILITIES;
use django_flask_advisor::knowledge::flowchart::NODES;
use django_flask_advisor::knowledge::guidance::{FAQ, KPIS};
use django_flask_advisor::knowledge::method::{
    CONTESTED_CAP, EXISTING_PATHS, HYBRID_CAVEAT, HYBRID_UNMET, HYBRID_UNMET_CORE_RUNNING, HYBRID_UNMET_OPS, SCORING_SOURCES,
};
use django_flask_advisor::knowledge::rubric::grade_effect;
use django_flask_advisor::knowledge::tables::TABLES;
use django_flask_advisor::knowledge::{question_index, SourceId, Strength, ALL_CONTESTED, QUESTIONS};
use django_flask_advisor::result_html;
use proptest::prelude::*;

fn case(pairs: &[(&str, &str)]) -> Answers {
    pairs.iter().fold(Answers::new(), |a, (q, o)| a.with(q, o))
}

fn contribution(a: &[(&str, &str)], question: &str) -> Contribution {
    let q = question_index(question).unwrap();
    *assess(&case(a)).contributions.iter().find(|c| c.question == q).unwrap_or_else(|| panic!("no contribution for {question}"))
}

// ---------------------------------------------------------------------------
// One label per answer, agreeing with its points.

/// The label beside a contribution agrees with its points: none where the
/// answer moves nothing (the "no points" badge is the one label), the cap
/// where the points are capped (and no more than 1 point), otherwise the
/// grade of the effect that applied, never "no lean" beside points.
fn label_agrees(c: &Contribution) -> Result<(), String> {
    let label = evidence_label(c);
    let what = format!("{}={} ({:?}, raw {:?}): {label:?}", c.question().id, c.choice().id, c.importance, c.raw);
    let biggest = c.raw.iter().map(|p| p.abs()).max().unwrap_or(0);
    let shown = c.points.iter().map(|p| p.abs()).max().unwrap_or(0);
    match label {
        None if shown == 0 => Ok(()),
        None => Err(format!("points without a label: {what}")),
        Some(_) if shown == 0 => Err(format!("a label beside no points: {what}")),
        Some(CONTESTED_CAP) if biggest > 100 => Err(format!("capped at 1 point, but more: {what}")),
        Some(CONTESTED_CAP) => Ok(()),
        Some(l) => {
            let (_, strength) = grade_effect(c.choice(), c.effect());
            if l != strength.label() || strength == Strength::Neutral {
                return Err(format!("not the grade of the effect that applied ({strength:?}): {what}"));
            }
            Ok(())
        }
    }
}

#[test]
fn the_answers_users_reported_carry_one_label_that_agrees() {
    // Team size: no points, though its option is contested.
    let c = contribution(&[("team_size", "solo_or_pair")], "team_size");
    assert_eq!(c.raw, [0, 0, 0]);
    assert_eq!(evidence_label(&c), None);
    // Budget: a long-term investment adds nothing once the horizon counts it.
    let c = contribution(&[("budget_profile", "long_term_investment"), ("maintenance_horizon", "long_term")], "budget_profile");
    assert_eq!(c.raw, [0, 0, 0]);
    assert_eq!(evidence_label(&c), None);
    // Without the horizon, the budget scores 1 point on weak evidence.
    let c = contribution(&[("budget_profile", "long_term_investment")], "budget_profile");
    assert_eq!(evidence_label(&c), Some("weak evidence"));
    // A tight budget is capped.
    let c = contribution(&[("budget_profile", "tight_lean_start")], "budget_profile");
    assert_eq!(evidence_label(&c), Some(CONTESTED_CAP));
    // Several teams building microservices: 1 point on one article's word,
    // though the option's other effect is strong.
    let c = contribution(&[("team_size", "multiple_teams"), ("architecture_style", "microservices")], "team_size");
    assert_eq!(evidence_label(&c), Some("weak evidence"));
    // Ignored: no points, so no label.
    let mut a = case(&[("admin_backoffice", "business_backoffice")]);
    a.set_importance(question_index("admin_backoffice").unwrap(), Importance::Ignore);
    let c = *assess(&a).contributions.iter().find(|c| c.question().id == "admin_backoffice").unwrap();
    assert_eq!(evidence_label(&c), None);
    // Several teams, counted once under a larger answer of the same need:
    // "no points" and the reason, no evidence grade beside them.
    let q = question_index("team_size").unwrap();
    let mut seen = 0;
    for other in QUESTIONS.iter().filter(|o| o.id != "team_size") {
        for option in other.options {
            let a = case(&[("team_size", "multiple_teams"), (other.id, option.id)]);
            // Every set-aside contribution: a grade beside it exactly when
            // the points badge shows points.
            for c in assess(&a).contributions.iter().filter(|c| c.question == q && c.set_aside.is_some()) {
                let badge = points_list(c.points);
                assert_eq!(evidence_label(c).is_some(), badge.is_some(), "with {}={}: badge {badge:?}", other.id, option.id);
                seen += usize::from(badge.is_none());
            }
        }
    }
    assert!(seen > 0, "several teams is set aside under some other answer");
}

#[test]
fn every_option_alone_carries_a_label_that_agrees() {
    for q in QUESTIONS.iter() {
        for o in q.options {
            for importance in Importance::ALL {
                let mut a = case(&[(q.id, o.id)]);
                a.set_importance(question_index(q.id).unwrap(), importance);
                for c in assess(&a).contributions.iter() {
                    label_agrees(c).unwrap();
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn every_label_agrees_with_its_points(answers in common::arb_answers()) {
        for c in assess(&answers).contributions.iter() {
            if let Err(e) = label_agrees(c) {
                prop_assert!(false, "{}", e);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The reasons Hybrid was withheld follow the answers.

/// A project where Hybrid is considered but the team's ability to run
/// several services decides it.
const SPLIT: [(&str, &str); 4] = [
    ("app_type", "full_stack_product"),
    ("admin_backoffice", "business_backoffice"),
    ("heavy_processing", "separate_processing_services"),
    ("architecture_style", "core_plus_services"),
];

#[test]
fn the_ops_reason_says_what_the_user_answered() {
    let unmet = |extra: &[(&str, &str)], ignore: bool| {
        let mut a = case(&SPLIT);
        for (q, o) in extra {
            a = a.with(q, o);
        }
        if ignore {
            a.set_importance(question_index("multi_service_ops").unwrap(), Importance::Ignore);
        }
        let r = assess(&a);
        assert!(r.hybrid.considered);
        r.hybrid.unmet()
    };
    let unanswered = unmet(&[], false);
    assert_eq!(unanswered.first(), Some(&HYBRID_UNMET[0]), "{unanswered:?}");
    assert!(unanswered[0].contains("not answered"));

    let no = unmet(&[("multi_service_ops", "no")], false);
    assert_eq!(no.first(), Some(&HYBRID_UNMET_OPS[0]), "{no:?}");
    assert!(no[0].contains("you answered that your team cannot run several services"));
    assert!(no.iter().all(|t| !t.contains("not answered") && !t.contains("does not say")), "{no:?}");

    let ignored = unmet(&[("multi_service_ops", "yes")], true);
    assert_eq!(ignored.first(), Some(&HYBRID_UNMET_OPS[1]), "{ignored:?}");

    let yes = unmet(&[("multi_service_ops", "yes")], false);
    assert!(yes.iter().all(|t| !t.contains("run several services")), "{yes:?}");
}

#[test]
fn a_django_core_a_running_flask_system_sets_aside_is_named_as_such() {
    let a = assess(&case(&[
        ("existing_codebase", "existing_flask"),
        ("admin_backoffice", "business_backoffice"),
        ("heavy_processing", "separate_processing_services"),
        ("multi_service_ops", "yes"),
    ]));
    assert!(a.hybrid.considered && !a.hybrid.django_core && a.hybrid.core_set_aside, "{:?}", a.hybrid);
    assert!(a.hybrid.unmet().contains(&HYBRID_UNMET_CORE_RUNNING), "{:?}", a.hybrid.unmet());
    assert!(!a.hybrid.unmet().contains(&HYBRID_UNMET[2]));
    assert_eq!(hybrid_unmet_text(2, OpsAnswer::Yes, true), HYBRID_UNMET_CORE_RUNNING);
    assert_eq!(hybrid_unmet_text(2, OpsAnswer::Yes, false), HYBRID_UNMET[2]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    /// Whatever else is answered, the ops reason matches the ops answer.
    #[test]
    fn the_ops_reason_never_contradicts_the_answer(answers in common::arb_answers()) {
        let a = assess(&answers);
        let unmet = a.hybrid.unmet();
        let ops = OpsAnswer::of(&answers);
        prop_assert_eq!(a.hybrid.ops, ops);
        let said = |t: &str| unmet.contains(&t);
        match ops {
            OpsAnswer::Yes => prop_assert!(!said(HYBRID_UNMET[0]) && !HYBRID_UNMET_OPS.iter().any(|t| said(t))),
            OpsAnswer::Unanswered => prop_assert!(said(HYBRID_UNMET[0]) && !HYBRID_UNMET_OPS.iter().any(|t| said(t))),
            OpsAnswer::No => prop_assert!(said(HYBRID_UNMET_OPS[0]) && !said(HYBRID_UNMET[0]) && !said(HYBRID_UNMET_OPS[1])),
            OpsAnswer::Ignored => prop_assert!(said(HYBRID_UNMET_OPS[1]) && !said(HYBRID_UNMET[0]) && !said(HYBRID_UNMET_OPS[0])),
        }
    }
}

// ---------------------------------------------------------------------------
// Citations in ascending order, each once, in every renderer.

/// Every list of sources the knowledge base cites, named.
fn every_citation_list() -> Vec<(String, &'static [SourceId])> {
    let mut out: Vec<(String, &'static [SourceId])> = Vec::new();
    for q in QUESTIONS.iter() {
        for o in q.options {
            for (i, e) in o.effects.iter().enumerate() {
                out.push((format!("effect {}={} #{i}", q.id, o.id), e.sources));
            }
        }
    }
    for c in ALL_CONTESTED {
        out.push((format!("note {} side a", c.id), c.side_a.sources));
        out.push((format!("note {} side b", c.id), c.side_b.sources));
    }
    for b in ALL_BEYOND {
        out.push((format!("correction {}", b.id), b.claimed_by));
    }
    out.extend(NODES.iter().map(|n| (format!("flowchart node {}", n.id), n.sources)));
    out.extend(CAPABILITIES.iter().map(|c| (format!("build list {}", c.name), c.sources)));
    out.extend(KPIS.iter().map(|k| (format!("KPI {}", k.id), k.sources)));
    out.extend(FAQ.iter().map(|f| (format!("FAQ {}", f.id), f.sources)));
    out.extend(TABLES.iter().map(|t| (format!("table {}", t.id), t.sources)));
    for (i, row) in EXISTING_PATHS.iter().enumerate() {
        for (j, p) in row.iter().enumerate() {
            out.push((format!("existing path {i}.{j}"), p.2));
        }
    }
    out.push(("hybrid caveat".into(), HYBRID_CAVEAT.1));
    out.push(("scoring rule".into(), SCORING_SOURCES));
    out
}

/// The `[NNN]` tags in a rendered text, in order.
fn tags(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('[') {
        rest = &rest[i + 1..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() == 3 && rest[3..].starts_with([']', '\\']) {
            out.push(digits.parse().unwrap());
        }
    }
    out
}

#[test]
fn every_citation_is_shown_ascending_and_once() {
    let lists = every_citation_list();
    assert!(lists.len() > 150, "{} lists", lists.len());
    // The knowledge base writes each list in order, so that every text that
    // reads the data directly (the report) shows it so too.
    for (name, sources) in &lists {
        assert!(sources.windows(2).all(|w| w[0] < w[1]), "{name}: {sources:?} is not ascending");
    }
    // The renderers put a list in order whatever order it is written in.
    let (a000, a002) = (SourceId(0), SourceId(2));
    let unordered: [(String, &'static [SourceId]); 2] = [
        ("written [002] [001]".into(), &[SourceId(2), SourceId(1)]),
        ("written [002] [000] [002]".into(), &[SourceId(2), SourceId(0), SourceId(2)]),
    ];
    assert_eq!(cite_order(unordered[1].1), [a000, a002]);
    let lists = lists.into_iter().chain(unordered);
    for (name, sources) in lists {
        let mut want: Vec<u32> = sources.iter().map(|s| u32::from(s.0)).collect();
        want.sort_unstable();
        want.dedup();
        let ordered: Vec<u32> = cite_order(sources).iter().map(|s| u32::from(s.0)).collect();
        assert_eq!(ordered, want, "{name}: cite_order");
        assert_eq!(tags(&cite(sources)), want, "{name}: Markdown {}", cite(sources));
        assert_eq!(tags(&result_html::cites(sources)), want, "{name}: HTML {}", result_html::cites(sources));
    }
}

/// The points beside each option (`format::option_points`, moved out of the
/// questionnaire's component so that it is tested here): every framework an
/// effect moves is named with its points, "0" only when nothing moves, and
/// a note says so exactly when some points depend on other answers.
#[test]
fn every_option_shows_the_points_it_gives() {
    use django_flask_advisor::engine::POINT;
    use django_flask_advisor::format::{framework_points, option_points};
    use django_flask_advisor::knowledge::method::{DEPENDS_ON_OTHERS, MORE_WITH_OTHERS};
    use django_flask_advisor::knowledge::{Framework, When, QUESTIONS};
    for q in QUESTIONS {
        for c in q.options {
            let text = option_points(c);
            let mut moves = false;
            for e in c.effects {
                for (f, p) in Framework::ALL.iter().zip(e.points.as_array()) {
                    if p != 0 {
                        moves = true;
                        assert!(text.contains(&framework_points(i32::from(p) * POINT, *f)), "{}={}: {text}", q.id, c.id);
                    }
                }
            }
            let conditional = c.effects.iter().any(|e| !matches!(e.when, When::Always));
            if !conditional {
                assert_eq!(text == "0", !moves, "{}={}: {text}", q.id, c.id);
            }
            assert_eq!(conditional, text.contains(DEPENDS_ON_OTHERS) || text.contains(MORE_WITH_OTHERS), "{}={}: {text}", q.id, c.id);
        }
    }
}
