//! What moved the scores between two assessments: for every question whose
//! points differ, the points it gives each framework in the left and in the
//! right assessment, and the difference. Both sides are scored by
//! [`crate::engine::assess`], so the figures are exactly those of the
//! result; a question's points can move even when its answer is the same
//! (an effect that depends on another answer, or Hybrid's share when a
//! hybrid becomes possible).
//!
//! Since a score is the sum of its contributions, the differences of all
//! moved questions add up to the difference of the scores
//! (`right.scores - left.scores`).

use crate::engine::{assess, Answers, QUESTION_COUNT};

/// One question whose points differ between the two assessments. Points
/// are in hundredths of a point, `[django, flask, hybrid]`, summed over
/// the question's applied effects (after importance and capping).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    /// Index of the question in [`crate::knowledge::QUESTIONS`].
    pub question: usize,
    /// The points this question gives in the left assessment.
    pub left: [i32; 3],
    /// The points this question gives in the right assessment.
    pub right: [i32; 3],
}

impl Moved {
    /// Right minus left, per framework, in hundredths.
    pub fn difference(&self) -> [i32; 3] {
        [self.right[0] - self.left[0], self.right[1] - self.left[1], self.right[2] - self.left[2]]
    }

    /// The largest move of any one score, in hundredths: the sort key.
    pub fn impact(&self) -> i32 {
        self.difference().iter().map(|d| d.abs()).max().unwrap_or(0)
    }
}

/// Points per question of `answers`, summed over its applied effects.
fn per_question(answers: &Answers) -> Vec<[i32; 3]> {
    let mut points = vec![[0; 3]; QUESTION_COUNT];
    for c in assess(answers).contributions {
        for (sum, p) in points[c.question].iter_mut().zip(c.points) {
            *sum += p;
        }
    }
    points
}

/// The questions whose points differ between `left` and `right`, the
/// largest move first (then the larger total move, then questionnaire
/// order). Empty when both give the same points everywhere.
pub fn moved_contributions(left: &Answers, right: &Answers) -> Vec<Moved> {
    let (l, r) = (per_question(left), per_question(right));
    let mut moved: Vec<Moved> =
        (0..QUESTION_COUNT).filter(|&q| l[q] != r[q]).map(|q| Moved { question: q, left: l[q], right: r[q] }).collect();
    moved.sort_by(|a, b| {
        let total = |m: &Moved| m.difference().iter().map(|d| d.abs()).sum::<i32>();
        b.impact().cmp(&a.impact()).then_with(|| total(b).cmp(&total(a))).then(a.question.cmp(&b.question))
    });
    moved
}

/// The sum of every move, per framework, in hundredths: equals the right
/// scores minus the left scores.
pub fn total_difference(moved: &[Moved]) -> [i32; 3] {
    moved.iter().fold([0; 3], |acc, m| {
        let d = m.difference();
        [acc[0] + d[0], acc[1] + d[1], acc[2] + d[2]]
    })
}
