//! The contributions that moved between two assessments (`compare`): only
//! questions whose points differ are listed, the largest move first, and
//! the moves add up to the difference of the scores (checked on examples
//! and as a property over random pairs of answers).

use django_flask_advisor::compare::{moved_contributions, total_difference, Moved};
use django_flask_advisor::engine::{assess, Answers, Importance};
use django_flask_advisor::knowledge::QUESTIONS;
use proptest::prelude::*;

mod common;
use common::arb_answers;

fn q(id: &str) -> usize {
    QUESTIONS.iter().position(|q| q.id == id).unwrap()
}

fn score_difference(left: &Answers, right: &Answers) -> [i32; 3] {
    let (l, r) = (assess(left).scores, assess(right).scores);
    [r[0] - l[0], r[1] - l[1], r[2] - l[2]]
}

#[test]
fn the_same_answers_move_nothing() {
    let a = Answers::new().with("app_type", "content_platform").with("team_seniority", "mixed");
    assert!(moved_contributions(&a, &a).is_empty());
    assert!(moved_contributions(&Answers::new(), &Answers::new()).is_empty());
}

#[test]
fn one_changed_answer_is_listed_with_both_sides_and_its_difference() {
    let left = Answers::new().with("app_type", "content_platform");
    let right = Answers::new().with("app_type", "focused_service");
    let moved = moved_contributions(&left, &right);
    assert!(!moved.is_empty());
    let m = moved.iter().find(|m| m.question == q("app_type")).expect("the changed question moved");
    assert_ne!(m.left, m.right);
    for i in 0..3 {
        assert_eq!(m.difference()[i], m.right[i] - m.left[i]);
    }
    assert_eq!(total_difference(&moved), score_difference(&left, &right));
}

#[test]
fn an_importance_change_moves_that_question_only_by_its_weight() {
    let left = Answers::new().with("app_type", "content_platform");
    let mut right = left.clone();
    right.set_importance(q("app_type"), Importance::High);
    let moved = moved_contributions(&left, &right);
    let m = moved.iter().find(|m| m.question == q("app_type")).expect("moved");
    // Doubled (the engine may cap a contribution, so at least not smaller).
    for i in 0..3 {
        assert!(m.right[i].abs() >= m.left[i].abs());
    }
    assert_eq!(total_difference(&moved), score_difference(&left, &right));
}

#[test]
fn the_largest_move_comes_first_and_unmoved_questions_are_left_out() {
    let left = Answers::new().with("app_type", "content_platform").with("team_seniority", "mixed");
    let right = Answers::new().with("app_type", "focused_service").with("team_seniority", "mixed");
    let moved = moved_contributions(&left, &right);
    for w in moved.windows(2) {
        assert!(w[0].impact() >= w[1].impact(), "{moved:?}");
    }
    assert!(moved.iter().all(|m: &Moved| m.left != m.right));
    assert!(moved.iter().all(|m| m.question != q("team_seniority") || m.impact() > 0));
    assert_eq!(total_difference(&moved), score_difference(&left, &right));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The moved contributions sum to the score difference, for any two sets of answers.
    #[test]
    fn moves_sum_to_the_score_difference(left in arb_answers(), right in arb_answers()) {
        let moved = moved_contributions(&left, &right);
        prop_assert_eq!(total_difference(&moved), score_difference(&left, &right));
        for w in moved.windows(2) {
            prop_assert!(w[0].impact() >= w[1].impact());
        }
        prop_assert!(moved.iter().all(|m| m.left != m.right));
    }
}
