//! What would change the recommendation: an exact search over every change
//! of one or two answers or importance settings.
//!
//! # What counts as a change
//! For each question, a [`Change`] is one of:
//! - answering it with another option (or answering it, when skipped);
//! - clearing its answer (skipping it), when it is answered;
//! - giving it another [`Importance`], when it is answered (the importance
//!   of a skipped question scores nothing, so changing it alone is no change).
//!
//! # What the search returns
//! A *flip* is a set of changes after which the engine recommends another
//! framework (a result with no recommendation at all is not a flip). The
//! search evaluates every single change, then every pair of changes to two
//! different questions, with [`crate::engine::outcome`], the same rule
//! [`crate::engine::assess`] uses, so the figures are exact. A pair is kept
//! only when neither of its changes flips on its own (it is minimal).
//! Both lists are ordered by how far the scores move in all (the sum of the
//! three absolute deltas, smallest first), then by question order.
//!
//! Cost: with the 28 questions this is about 200 single changes and 20,000
//! pairs, each scored without building an explanation (the benchmark
//! `cargo bench --bench engine` prints the time of a full search).

use crate::engine::{outcome, Answers, Importance};
use crate::knowledge::{Framework, QUESTIONS};

/// One change to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// Answer question `question` with option index `to`, or skip it (`None`).
    Answer {
        /// Index in [`QUESTIONS`].
        question: usize,
        /// Option index, or `None` to skip the question.
        to: Option<usize>,
    },
    /// Give question `question` the importance `to`.
    Importance {
        /// Index in [`QUESTIONS`].
        question: usize,
        /// The new setting.
        to: Importance,
    },
}

impl Change {
    /// The question this change touches.
    pub fn question(&self) -> usize {
        match *self {
            Change::Answer { question, .. } | Change::Importance { question, .. } => question,
        }
    }

    /// Applies the change to `answers`.
    pub fn apply(&self, answers: &mut Answers) {
        match *self {
            Change::Answer { question, to } => answers.set_choice(question, to),
            Change::Importance { question, to } => answers.set_importance(question, to),
        }
    }

    /// A sentence describing the change from `answers`, e.g.
    /// `Architecture: "Monolith" → "Microservices"`.
    pub fn describe(&self, answers: &Answers) -> String {
        let q = &QUESTIONS[self.question()];
        let label = |o: Option<usize>| o.map_or("skipped".to_string(), |o| format!("\u{201c}{}\u{201d}", q.options[o].label));
        match *self {
            Change::Answer { question, to } => format!("{}: {} \u{2192} {}", q.title, label(answers.choice(question)), label(to)),
            Change::Importance { question, to } => {
                format!("{} importance: {} \u{2192} {}", q.title, answers.importance(question).id(), to.id())
            }
        }
    }
}

/// Every single change that differs from `answers`, in question order.
pub fn candidate_changes(answers: &Answers) -> Vec<Change> {
    let mut out = Vec::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        let current = answers.choice(qi);
        for o in 0..q.options.len() {
            if current != Some(o) {
                out.push(Change::Answer { question: qi, to: Some(o) });
            }
        }
        if current.is_some() {
            out.push(Change::Answer { question: qi, to: None });
            for i in Importance::ALL {
                if i != answers.importance(qi) {
                    out.push(Change::Importance { question: qi, to: i });
                }
            }
        }
    }
    out
}

/// A set of one or two changes that changes the recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flip {
    /// The changes, to different questions, in question order.
    pub changes: Vec<Change>,
    /// The recommendation after the changes.
    pub recommendation: Framework,
    /// Scores after the changes, in hundredths of a point, `[django, flask, hybrid]`.
    pub scores: [i32; 3],
    /// Scores after minus scores before, in hundredths of a point.
    pub deltas: [i32; 3],
}

impl Flip {
    /// The answers with the changes applied to `answers`.
    pub fn applied(&self, answers: &Answers) -> Answers {
        let mut a = answers.clone();
        for c in &self.changes {
            c.apply(&mut a);
        }
        a
    }

    /// Total movement: the sum of the absolute deltas, in hundredths.
    pub fn movement(&self) -> i32 {
        self.deltas.iter().map(|d| d.abs()).sum()
    }
}

/// How stable the current recommendation is.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Stability {
    /// The current recommendation; `None` when nothing is scored yet (no search is made).
    pub current: Option<Framework>,
    /// Single changes that flip the recommendation.
    pub singles: Vec<Flip>,
    /// Minimal pairs: two changes that flip it when neither does alone.
    pub pairs: Vec<Flip>,
    /// How many answer variations were scored.
    pub evaluated: usize,
}

impl Stability {
    /// True when no change of one or two answers or settings flips the recommendation.
    pub fn is_robust(&self) -> bool {
        self.current.is_some() && self.singles.is_empty() && self.pairs.is_empty()
    }
}

fn sort(flips: &mut [Flip]) {
    flips.sort_by(|a, b| {
        a.movement().cmp(&b.movement()).then_with(|| {
            let key = |f: &Flip| f.changes.iter().map(Change::question).collect::<Vec<_>>();
            key(a).cmp(&key(b))
        })
    });
}

/// Searches every change of one or two questions of `answers` for those that
/// change the recommendation. Exact and deterministic; see the module docs.
pub fn stability(answers: &Answers) -> Stability {
    let (before, current) = outcome(answers);
    let Some(current) = current else { return Stability::default() };
    let changes = candidate_changes(answers);
    let mut evaluated = 0;
    let mut flip_of = |changes: Vec<Change>| -> Option<Flip> {
        let mut a = answers.clone();
        for c in &changes {
            c.apply(&mut a);
        }
        evaluated += 1;
        let (scores, rec) = outcome(&a);
        let rec = rec.filter(|r| *r != current)?;
        let deltas = [0, 1, 2].map(|i| scores[i] - before[i]);
        Some(Flip { changes, recommendation: rec, scores, deltas })
    };

    let mut flips_alone = vec![false; changes.len()];
    let mut singles = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        if let Some(f) = flip_of(vec![*c]) {
            flips_alone[i] = true;
            singles.push(f);
        }
    }
    let mut pairs = Vec::new();
    for i in 0..changes.len() {
        if flips_alone[i] {
            continue;
        }
        for j in i + 1..changes.len() {
            if flips_alone[j] || changes[i].question() == changes[j].question() {
                continue;
            }
            if let Some(f) = flip_of(vec![changes[i], changes[j]]) {
                pairs.push(f);
            }
        }
    }
    sort(&mut singles);
    sort(&mut pairs);
    Stability { current: Some(current), singles, pairs, evaluated }
}
