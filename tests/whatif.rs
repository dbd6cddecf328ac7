//! The flip search: what would change the recommendation. Every reported flip
//! is checked against the full engine (`assess`), and the search is checked
//! for completeness against a brute force written independently here.

use std::collections::HashSet;

use django_flask_advisor::engine::{assess, Answers, Importance};
use django_flask_advisor::knowledge::{question_index, Framework, QUESTIONS};
use django_flask_advisor::whatif::{stability, Change};
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
    assert_eq!(assess(&a).recommendation, Some(Framework::Flask));
    let s = stability(&a);
    assert!(s.is_robust(), "unexpected flips: {:?} {:?}", s.singles.first(), s.pairs.first());
    // The claim is checked, not assumed: no single change flips it.
    assert!(all_changes(&a).iter().all(|c| !flips(&a, &[*c])));
    assert!(s.evaluated > 1000, "pairs were searched ({} variations)", s.evaluated);
}

#[test]
fn nothing_is_searched_before_any_answer_scores() {
    let s = stability(&Answers::new());
    assert_eq!(s.current, None);
    assert!(s.singles.is_empty() && s.pairs.is_empty() && !s.is_robust());
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
