//! The flip search: what would change the recommendation. Every reported flip
//! is checked against the full engine (`assess`), and the search is checked
//! for completeness against a brute force written independently here.

use std::collections::HashSet;

use django_flask_advisor::engine::{assess, Answers, Importance};
use django_flask_advisor::knowledge::{question_index, Framework, QUESTIONS};
use django_flask_advisor::whatif::{hinges, stability, Change, Hinge, Outcome};
use proptest::prelude::*;

fn q(id: &str) -> usize {
    question_index(id).unwrap()
}

fn o(qid: &str, oid: &str) -> usize {
    QUESTIONS[q(qid)].option_index(oid).unwrap()
}

/// Every change this test considers possible, enumerated independently of
/// the library's own candidate list.
fn all_changes(a: &Answers) -> Vec<Change> {
    let mut out = Vec::new();
    for (qi, question) in QUESTIONS.iter().enumerate() {
        let mut tos: Vec<Option<usize>> = (0..question.options.len()).map(Some).collect();
        tos.push(None);
        for to in tos {
            if to != a.choice(qi) {
                out.push(Change::Answer { question: qi, to });
            }
        }
        if a.choice(qi).is_some() {
            for i in Importance::ALL.into_iter().filter(|i| *i != a.importance(qi)) {
                out.push(Change::Importance { question: qi, to: i });
            }
        }
    }
    out
}

fn rec_after(a: &Answers, changes: &[Change]) -> Option<Framework> {
    let mut b = a.clone();
    for c in changes {
        c.apply(&mut b);
    }
    assess(&b).recommendation
}

fn flips(a: &Answers, changes: &[Change]) -> bool {
    let before = assess(a).recommendation;
    matches!(rec_after(a, changes), Some(r) if Some(r) != before)
}

#[test]
fn finds_a_known_single_flip_with_exact_deltas() {
    // A focused service (Flask) with a business back office (Django): the
    // back office decides it, so dropping it must flip the result to Flask.
    let a = Answers::new().with("app_type", "focused_service").with("admin_backoffice", "business_backoffice");
    let before = assess(&a);
    assert_eq!(before.recommendation, Some(Framework::Django));
    let s = stability(&a);
    assert_eq!(s.current, Some(Framework::Django));
    let drop = Change::Answer { question: q("admin_backoffice"), to: Some(o("admin_backoffice", "none")) };
    let flip = s.singles.iter().find(|f| f.changes == vec![drop]).expect("dropping the back office flips the result");
    let after = assess(&flip.applied(&a));
    assert_eq!(Some(flip.recommendation), after.recommendation);
    assert_eq!(flip.recommendation, Framework::Flask);
    assert_eq!(flip.scores, after.scores);
    for i in 0..3 {
        assert_eq!(flip.deltas[i], after.scores[i] - before.scores[i]);
    }
    assert!(flip.deltas[0] < 0 && flip.deltas[1] > 0, "Django loses points and Flask gains: {:?}", flip.deltas);
    // Said in framework order with signed points, each from the deltas.
    let phrase = flip.deltas_phrase();
    let parts: Vec<&str> = phrase.split(", ").collect();
    assert_eq!(parts.len(), 3, "{phrase}");
    for (part, f) in parts.iter().zip(Framework::ALL) {
        assert_eq!(*part, format!("{} {}", f.name(), django_flask_advisor::engine::format_points(flip.deltas[f.index()])));
    }
    assert!(parts[0].starts_with("Django -") && parts[1].starts_with("Flask +"), "{phrase}");
    // The summary counts the realistic single changes.
    let n = s.realistic().len();
    assert!(n > 0);
    let summary = s.summary().unwrap();
    assert!(summary.starts_with("Changing one answer would move the recommendation away from Django in "), "{summary}");
    assert!(summary.contains(&format!(" in {n} way")), "{summary}");
    assert!(s.more_summary().contains(&format!("{} single change", s.mechanical().len())), "{}", s.more_summary());
    // Lowering the back office's importance also flips it (a change of setting, not of answer).
    assert!(s.singles.iter().any(|f| f.changes == vec![Change::Importance { question: q("admin_backoffice"), to: Importance::Ignore }]));
}

#[test]
fn a_pair_is_reported_only_when_no_single_change_of_it_flips() {
    let a = Answers::new()
        .with("app_type", "full_stack_product")
        .with("admin_backoffice", "business_backoffice")
        .with("auth_needs", "roles_permissions_2fa")
        .with("architecture_control", "fully_custom")
        .with("database_type", "unconventional");
    let s = stability(&a);
    assert!(!s.pairs.is_empty(), "some pair flips this profile");
    for f in &s.pairs {
        assert_eq!(f.changes.len(), 2);
        assert_ne!(f.changes[0].question(), f.changes[1].question());
        assert!(flips(&a, &f.changes), "{f:?} is a real flip");
        assert!(!flips(&a, &f.changes[..1]) && !flips(&a, &f.changes[1..]), "{f:?} is minimal");
    }
}

/// Every question answered with its most Flask-leaning option, at high
/// importance: no one or two changes can overturn that. (A Django profile is
/// not the robust case: any Django core is two answers away from Hybrid, a
/// separable part plus a team that runs several services, as [001] describes.)
#[test]
fn reports_none_when_no_one_or_two_changes_flip_it() {
    let mut a = Answers::new();
    for (qi, question) in QUESTIONS.iter().enumerate() {
        let best = (0..question.options.len())
            .max_by_key(|&oi| {
                let mut b = Answers::new();
                b.set_choice(qi, Some(oi));
                let s = assess(&b).scores;
                s[1] - s[0].max(s[2])
            })
            .unwrap();
        a.set_choice(qi, Some(best));
        a.set_importance(qi, Importance::High);
    }
    // A new build: an existing system is a decision of its own (a large
    // running Django system would rightly be extended), so the questions on
    // existing code are left open.
    for id in ["existing_codebase", "rewrite_scope"] {
        a.set_choice(django_flask_advisor::knowledge::question_index(id).unwrap(), None);
    }
    assert_eq!(assess(&a).recommendation, Some(Framework::Flask));
    let s = stability(&a);
    assert!(s.is_robust(), "unexpected flips: {:?} {:?}", s.singles.first(), s.pairs.first());
    // The claim is checked, not assumed: no single change flips it.
    assert!(all_changes(&a).iter().all(|c| !flips(&a, &[*c])));
    assert!(s.evaluated > 1000, "pairs were searched ({} variations)", s.evaluated);
    let summary = s.summary().unwrap();
    assert!(
        summary.starts_with("No change of one or two answers or importance settings would move the recommendation away from Flask."),
        "{summary}"
    );
    assert!(summary.contains(" variations checked.)"), "{summary}");
}

#[test]
fn nothing_is_searched_before_any_answer_scores() {
    let s = stability(&Answers::new());
    assert_eq!(s.current, None);
    assert!(s.singles.is_empty() && s.pairs.is_empty() && !s.is_robust());
    assert_eq!(s.summary(), None);
}

fn answers_strategy() -> impl Strategy<Value = Answers> {
    let per_q: Vec<_> = QUESTIONS.iter().map(|question| (prop::option::weighted(0.5, 0..question.options.len()), 0..4usize)).collect();
    per_q.prop_map(|v| {
        let mut a = Answers::new();
        for (qi, (c, i)) in v.into_iter().enumerate() {
            a.set_choice(qi, c);
            a.set_importance(qi, Importance::ALL[i]);
        }
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// The search finds exactly the single flips and the minimal pairs a
    /// brute force over `assess` finds, ordered by movement.
    #[test]
    fn search_matches_brute_force(a in answers_strategy()) {
        let s = stability(&a);
        let before = assess(&a).recommendation;
        prop_assert_eq!(s.current, before);
        if before.is_none() {
            return Ok(());
        }
        let changes = all_changes(&a);
        let single: Vec<Change> = changes.iter().copied().filter(|c| flips(&a, &[*c])).collect();
        let got: HashSet<Vec<Change>> = s.singles.iter().map(|f| f.changes.clone()).collect();
        let want: HashSet<Vec<Change>> = single.iter().map(|c| vec![*c]).collect();
        prop_assert_eq!(got, want);
        let mut want_pairs = HashSet::new();
        for (i, x) in changes.iter().enumerate() {
            for y in &changes[i + 1..] {
                if x.question() != y.question() && !single.contains(x) && !single.contains(y) && flips(&a, &[*x, *y]) {
                    want_pairs.insert(vec![*x, *y]);
                }
            }
        }
        let got_pairs: HashSet<Vec<Change>> = s.pairs.iter().map(|f| f.changes.clone()).collect();
        prop_assert_eq!(got_pairs, want_pairs);
        for list in [&s.singles, &s.pairs] {
            prop_assert!(list.windows(2).all(|w| w[0].movement() <= w[1].movement()));
        }
    }
}

/// Scores `a` with question `qi` answered `to` instead (independently of the library's `Change`).
fn with_choice(a: &Answers, qi: usize, to: Option<usize>) -> Answers {
    let mut b = a.clone();
    b.set_choice(qi, to);
    b
}

/// The ranking key of one answered question, computed here from `assess`:
/// `(flips, movement or lead left, best option)`, or `None` when no other
/// option flips the result or cuts its lead.
fn reference_key(a: &Answers, qi: usize) -> Option<(bool, i32, usize)> {
    let before = assess(a);
    let cur = before.recommendation?;
    let chosen = a.choice(qi)?;
    let mut cands: Vec<(bool, i32, usize)> = Vec::new();
    for o in 0..QUESTIONS[qi].options.len() {
        if o == chosen {
            continue;
        }
        let after = assess(&with_choice(a, qi, Some(o)));
        let flips = matches!(after.recommendation, Some(r) if r != cur);
        let key = if flips {
            (0..3).map(|i| (after.scores[i] - before.scores[i]).abs()).sum()
        } else if after.recommendation.is_none() {
            0
        } else {
            after.margin
        };
        cands.push((flips, key, o));
    }
    // Flips first, then the smallest key, then the earliest option.
    let best = cands.into_iter().min_by_key(|(f, k, o)| (!f, *k, *o))?;
    (best.0 || best.1 < before.margin).then_some(best)
}

/// Checks one hinge against `assess`, figure by figure.
fn check_hinge(a: &Answers, h: &Hinge) {
    let before = assess(a);
    assert_eq!(Some(h.recommendation), before.recommendation);
    assert_eq!(Some(h.runner_up), before.runner_up);
    assert_eq!(h.lead, before.margin);
    assert_eq!(Some(h.current), a.choice(h.question), "a hinge is an answered question");
    assert_ne!(h.alternative, h.current);
    let changed = with_choice(a, h.question, Some(h.alternative));
    let after = assess(&changed);
    assert_eq!(h.after.recommendation, after.recommendation, "{h:?}");
    assert_eq!(h.after.margin, after.margin, "{h:?}");
    assert_eq!(h.after.runner_up, after.runner_up, "{h:?}");
    assert_eq!(h.after.scores, after.scores, "{h:?}");
    let really_flips = matches!(after.recommendation, Some(r) if Some(r) != before.recommendation);
    assert_eq!(h.flips(), really_flips, "{h:?}");
    if !h.flips() {
        assert!(after.margin < before.margin, "a hinge that does not flip cuts the lead: {h:?}");
    }
    // Trying the hinge's change gives exactly what it says.
    let mut tried = a.clone();
    h.change().apply(&mut tried);
    assert_eq!(tried, changed);
    let skipped = assess(&with_choice(a, h.question, None));
    let (w, r) = (h.recommendation.index(), h.runner_up.index());
    assert_eq!(h.lead_share, before.margin - (skipped.scores[w] - skipped.scores[r]));
    // Its own points, and what the others would add without it, said when they differ.
    let own: i32 = before.contributions.iter().filter(|c| c.question == h.question).map(|c| c.points[w] - c.points[r]).sum();
    assert_eq!(h.own, own);
    let said = h.share_sentence();
    if (0..own).contains(&h.lead_share) {
        assert!(said.contains("other answers would add"), "{said} ({h:?})");
    } else {
        assert!(!said.contains("other answers would add"), "{said} ({h:?})");
    }
}

#[test]
fn hinges_of_a_hand_checked_profile() {
    // Django 6 (content platform: the admin +3; many years: upkeep +3)
    // against Flask 4 (fully custom architecture +3, senior team +1): a lead
    // of 2 points.
    let a = Answers::new()
        .with("app_type", "content_platform")
        .with("maintenance_horizon", "long_term")
        .with("team_seniority", "mostly_senior")
        .with("architecture_control", "fully_custom");
    let r = assess(&a);
    assert_eq!((r.recommendation, r.runner_up, r.margin, r.scores), (Some(Framework::Django), Some(Framework::Flask), 200, [600, 400, 0]));
    let hs = hinges(&a, 3);
    // Only the two Django answers can weaken the lead: the Flask answers'
    // alternatives give Flask less. A horizon of a few years takes the 3
    // upkeep points (Flask 1 point ahead, a movement of 3); an API backend
    // takes the admin's 3 and gives Flask 1 (2 points ahead, a movement of
    // 4): the smaller movement that flips comes first.
    let got: Vec<(&str, &str, &str, i32)> = hs
        .iter()
        .map(|h| {
            let q = &QUESTIONS[h.question];
            (q.id, q.options[h.current].id, q.options[h.alternative].id, h.lead_share)
        })
        .collect();
    assert_eq!(got, vec![("maintenance_horizon", "long_term", "few_years", 300), ("app_type", "content_platform", "api_backend", 300)]);
    for h in &hs {
        check_hinge(&a, h);
        assert!(h.flips());
        assert_eq!(h.after.recommendation, Some(Framework::Flask));
    }
    assert_eq!(hs[0].after.scores, [300, 400, 0]);
    assert_eq!(hs[0].effect(), "would recommend Flask, 1 point ahead of Django");
    assert_eq!(hs[1].after.scores, [300, 500, 0]);
    assert_eq!(hs[1].effect(), "would recommend Flask, 2 points ahead of Django");
    assert_eq!(hs[0].share_sentence(), "This answer supplies 3 points, more than the 2 points by which Django leads Flask.");
    let (title, answered) = hs[0].answered();
    assert_eq!(title, QUESTIONS[q("maintenance_horizon")].title);
    let o = &QUESTIONS[q("maintenance_horizon")].options;
    assert_eq!(answered, format!(": you answered \u{201c}{}\u{201d}.", o[hs[0].current].label));
    assert_eq!(
        hs[0].instead(),
        format!("Answering \u{201c}{}\u{201d} instead would recommend Flask, 1 point ahead of Django.", o[hs[0].alternative].label)
    );
    assert_eq!(hinges(&a, 1).len(), 1);
}

#[test]
fn a_hinge_that_does_not_flip_says_how_far_it_cuts_the_lead() {
    // A wide Django lead: no single answer overturns it, but some cut it.
    let a = Answers::new()
        .with("app_type", "content_platform")
        .with("auth_needs", "roles_permissions_2fa")
        .with("maintenance_horizon", "long_term")
        .with("team_seniority", "mostly_senior");
    // Django 9 (content platform: the admin +3; roles and 2FA +3; many
    // years: upkeep +3) against Flask 1 (senior team): a lead of 8 points.
    let r = assess(&a);
    assert_eq!((r.recommendation, r.margin, r.scores), (Some(Framework::Django), 800, [900, 100, 0]));
    let hs = hinges(&a, 3);
    // A focused service takes the admin's 3 from Django and gives Flask 3:
    // 6 to 4, the largest cut; no accounts takes 3 and gives Flask 1, as
    // does a short-lived system (6 to 2), tied, so question order decides.
    let got: Vec<(&str, &str, i32)> =
        hs.iter().map(|h| (QUESTIONS[h.question].id, QUESTIONS[h.question].options[h.alternative].id, h.after.margin)).collect();
    assert_eq!(
        got,
        vec![("app_type", "focused_service", 200), ("maintenance_horizon", "short_lived", 400), ("auth_needs", "none_or_upstream", 400)]
    );
    for h in &hs {
        check_hinge(&a, h);
        assert!(!h.flips());
        assert_eq!(h.share_sentence(), "This answer supplies 3 points of the 8 points by which Django leads Flask.");
    }
    assert_eq!(hs[0].effect(), "would cut Django\u{2019}s lead over Flask from 8 points to 2 points");
}

#[test]
fn no_hinges_without_a_recommendation() {
    assert!(hinges(&Answers::new(), 3).is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Every hinge is exact, and the ranking is the documented one: no answered
    /// question left out would sort before the last hinge.
    #[test]
    fn hinges_match_the_engine(a in answers_strategy(), n in 1..5usize) {
        let hs = hinges(&a, n);
        prop_assert!(hs.len() <= n);
        for h in &hs {
            check_hinge(&a, h);
            let want = reference_key(&a, h.question).expect("a hinge flips or cuts the lead");
            prop_assert_eq!((h.flips(), h.alternative), (want.0, want.2), "the best alternative of {}", QUESTIONS[h.question].id);
        }
        let mut all: Vec<(bool, i32, usize)> =
            (0..QUESTIONS.len()).filter_map(|qi| reference_key(&a, qi).map(|(f, k, _)| (f, k, qi))).collect();
        all.sort_by_key(|(f, k, qi)| (!f, *k, *qi));
        let want: Vec<usize> = all.iter().take(n).map(|x| x.2).collect();
        let got: Vec<usize> = hs.iter().map(|h| h.question).collect();
        prop_assert_eq!(&got, &want);
        // A question with a realistic single flip (from the full search) is never
        // left out while a hinge that does not flip is listed.
        let s = stability(&a);
        let flip_questions: HashSet<usize> =
            s.realistic().iter().map(|f| f.changes[0].question()).filter(|&qi| a.choice(qi).is_some()).collect();
        if hs.iter().any(|h| !h.flips()) {
            prop_assert!(flip_questions.iter().all(|qi| got.contains(qi)), "{:?} vs {:?}", flip_questions, got);
        }
        for h in hs.iter().filter(|h| h.flips()) {
            prop_assert!(flip_questions.contains(&h.question));
        }
        // The split of the single flips: realistic ones answer with another option, the rest skip or reweigh.
        prop_assert_eq!(s.realistic().len() + s.mechanical().len(), s.singles.len());
        prop_assert!(s.realistic().iter().all(|f| matches!(f.changes[..], [Change::Answer { to: Some(_), .. }])), "realistic");
        prop_assert!(s.mechanical().iter().all(|f| matches!(f.changes[..], [Change::Answer { to: None, .. }] | [Change::Importance { .. }])), "mechanical");
    }
}

#[test]
fn a_share_below_its_own_points_says_both() {
    // Hand-built: an answer worth 3 points to Django over Flask, of which 2
    // reach the lead of 8 (without it, others would add 1 in its place).
    let after = Outcome { recommendation: Some(Framework::Flask), runner_up: Some(Framework::Django), margin: 100, scores: [500, 600, 0] };
    let mut h = Hinge {
        question: q("admin_backoffice"),
        current: 0,
        recommendation: Framework::Django,
        runner_up: Framework::Flask,
        lead: 800,
        lead_share: 200,
        own: 300,
        alternative: 1,
        after,
    };
    assert_eq!(
        h.share_sentence(),
        "This answer supplies 2 points of the 8 points by which Django leads Flask: its own 3 points, though without it other answers would add 1 point in its place."
    );
    // Nothing of its own reaches the lead: both are still said.
    h.lead_share = 0;
    assert_eq!(
        h.share_sentence(),
        "This answer adds nothing to Django\u{2019}s lead over Flask: its own 3 points, though without it other answers would add 3 points in its place."
    );
    // All of its own points reach the lead: one figure.
    h.lead_share = 300;
    assert_eq!(h.share_sentence(), "This answer supplies 3 points of the 8 points by which Django leads Flask.");
}
