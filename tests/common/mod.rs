//! Shared by the property tests: a strategy for any set of answers.

// Each test crate uses only some of these helpers.
#![allow(dead_code)]

pub mod markup;

use django_flask_advisor::engine::{Answers, Importance};
use django_flask_advisor::knowledge::QUESTIONS;
use proptest::prelude::*;

/// Any set of answers: each question answered (with probability `answered`)
/// with any of its options, and given any importance setting.
pub fn arb_answers_with(answered: f64) -> impl Strategy<Value = Answers> {
    let per_question: Vec<_> = QUESTIONS.iter().map(|q| (proptest::option::weighted(answered, 0..q.options.len()), 0..4usize)).collect();
    per_question.prop_map(|v| {
        let mut a = Answers::new();
        for (qi, (choice, imp)) in v.into_iter().enumerate() {
            a.set_choice(qi, choice);
            a.set_importance(qi, Importance::ALL[imp]);
        }
        a
    })
}

/// [`arb_answers_with`] with 60% of the questions answered.
pub fn arb_answers() -> impl Strategy<Value = Answers> {
    arb_answers_with(0.6)
}
