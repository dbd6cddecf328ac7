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
//! Single flips are of two kinds ([`Change::is_realistic`]): *realistic*
//! ones answer a question with one of its options (another option, or any
//! option of a skipped question); *mechanical* ones skip a question or change
//! an importance ([`Stability::realistic`],
//! [`Stability::mechanical`]).
//!
//! # What the result hinges on
//! [`hinges`] names the answered questions that decide the result, for a
//! person to act on. Only realistic changes count: another option of the same
//! question (not a skip, not an importance). For each answered question, every
//! other option is scored with [`crate::engine::assess`]; its *best
//! alternative* is the option that flips the recommendation with the least
//! movement of the scores (sum of the three absolute deltas), or, when no
//! option flips it, the option that leaves the smallest lead (margin) for the
//! current recommendation (an option after which no answer moves any score
//! leaves no lead at all); ties go to the earlier option. The questions are
//! then ranked:
//! 1. those whose best alternative flips the recommendation, smallest movement first;
//! 2. then those whose best alternative cuts the lead, the largest cut first;
//! 3. ties by question order.
//!
//! A question whose every other option keeps or widens the lead is not a
//! hinge. Each hinge also says how much of the current lead its answer
//! supplies ([`Hinge::lead_share`]): the lead of the recommendation over the
//! runner-up with the answer, minus the same lead with the question skipped.
//!
//! Cost: with the 28 questions this is about 200 single changes and 20,000
//! pairs, each scored without building an explanation (the benchmark
//! `cargo bench --bench engine` prints the time of a full search).

use crate::engine::format_points;
use crate::engine::{assess, outcome, Answers, Importance};
use crate::format::{count, points_phrase};
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

    /// True for a realistic change: answering the question with one of its
    /// options. False for a mechanical one: skipping the question or changing
    /// its importance.
    pub fn is_realistic(&self) -> bool {
        matches!(self, Change::Answer { to: Some(_), .. })
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

    /// True when every change of the flip is realistic ([`Change::is_realistic`]).
    pub fn is_realistic(&self) -> bool {
        self.changes.iter().all(Change::is_realistic)
    }

    /// How each score moves, in framework order: "Django -2, Flask +3, Hybrid 0".
    pub fn deltas_phrase(&self) -> String {
        Framework::ALL.iter().map(|f| format!("{} {}", f.name(), format_points(self.deltas[f.index()]))).collect::<Vec<_>>().join(", ")
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

    /// The single flips that answer a question with another option, in the order of [`Stability::singles`].
    pub fn realistic(&self) -> Vec<Flip> {
        self.singles.iter().filter(|f| f.is_realistic()).cloned().collect()
    }

    /// The single flips that skip a question or change an importance, in the order of [`Stability::singles`].
    pub fn mechanical(&self) -> Vec<Flip> {
        self.singles.iter().filter(|f| !f.is_realistic()).cloned().collect()
    }

    /// The search's finding in one sentence: that nothing moves the
    /// recommendation, that no single answer does (but other variations
    /// do), or in how many ways a single answer does; each with how many
    /// variations were scored. `None` when there is no recommendation.
    pub fn summary(&self) -> Option<String> {
        let current = self.current?.name();
        let checked = count(self.evaluated, "variation", "variations");
        Some(if self.is_robust() {
            format!("No change of one or two answers or importance settings would move the recommendation away from {current}. ({checked} checked.)")
        } else {
            match self.singles.iter().filter(|f| f.is_realistic()).count() {
                0 => format!("No answer change on its own would move the recommendation away from {current}; the variations below would. ({checked} checked.)"),
                n => format!("Changing one answer would move the recommendation away from {current} in {}. ({checked} checked.)", count(n, "way", "ways")),
            }
        })
    }

    /// The label of the disclosure holding the other variations: how many
    /// single skips or importance changes and how many pairs flip the result.
    pub fn more_summary(&self) -> String {
        format!(
            "More variations: {} by skipping a question or changing an importance setting, and {}",
            count(self.singles.iter().filter(|f| !f.is_realistic()).count(), "single change", "single changes"),
            count(self.pairs.len(), "pair of changes", "pairs of changes")
        )
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

/// The scores, recommendation and lead of one set of answers, as
/// [`crate::engine::assess`] gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The recommendation; `None` when no answer moves a score.
    pub recommendation: Option<Framework>,
    /// The framework in second place ([`crate::engine::Assessment::runner_up`]).
    pub runner_up: Option<Framework>,
    /// The recommendation's score minus the runner-up's, in hundredths ([`crate::engine::Assessment::margin`]).
    pub margin: i32,
    /// Scores in hundredths, `[django, flask, hybrid]`.
    pub scores: [i32; 3],
}

impl Outcome {
    fn of(answers: &Answers) -> Outcome {
        let a = assess(answers);
        Outcome { recommendation: a.recommendation, runner_up: a.runner_up, margin: a.margin, scores: a.scores }
    }
}

/// One answered question the result hinges on (see the module docs for the rule).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hinge {
    /// Index in [`QUESTIONS`].
    pub question: usize,
    /// The option currently chosen (index into the question's options).
    pub current: usize,
    /// The recommendation now.
    pub recommendation: Framework,
    /// The framework in second place now (the runner-up of [`crate::engine::Assessment`]).
    pub runner_up: Framework,
    /// The current lead of the recommendation over the runner-up, in hundredths.
    pub lead: i32,
    /// How many hundredths of that lead this answer supplies: the lead with
    /// the answer minus the lead (of the same two frameworks) with the question
    /// skipped. Negative when the answer works against the recommendation.
    pub lead_share: i32,
    /// This answer's own points for the recommendation less its points for
    /// the runner-up, in hundredths ([`crate::engine::Contribution::points`]).
    /// More than [`Hinge::lead_share`] when, without it, other answers would
    /// count in its place (a need counted once, or a rule it switches off).
    pub own: i32,
    /// The option that changes the result most (index into the question's options).
    pub alternative: usize,
    /// The result with [`Hinge::alternative`] chosen instead.
    pub after: Outcome,
}

impl Hinge {
    /// True when choosing the alternative recommends another framework.
    pub fn flips(&self) -> bool {
        matches!(self.after.recommendation, Some(r) if r != self.recommendation)
    }

    /// The change that tries the alternative.
    pub fn change(&self) -> Change {
        Change::Answer { question: self.question, to: Some(self.alternative) }
    }

    /// Total movement of the scores, in hundredths: the sum of the three absolute deltas.
    pub fn movement(&self, before: [i32; 3]) -> i32 {
        (0..3).map(|i| (self.after.scores[i] - before[i]).abs()).sum()
    }

    /// The question's title and the current answer: `Admin: you answered “Needed”.`,
    /// as `(title, the rest)` so that the title can be set apart.
    pub fn answered(&self) -> (&'static str, String) {
        let q = &QUESTIONS[self.question];
        (q.title, format!(": you answered \u{201c}{}\u{201d}.", q.options[self.current].label))
    }

    /// The alternative and what it does, in a sentence:
    /// `Answering “None” instead would recommend Flask, 2 points ahead of Django.`
    pub fn instead(&self) -> String {
        format!("Answering \u{201c}{}\u{201d} instead {}.", QUESTIONS[self.question].options[self.alternative].label, self.effect())
    }

    /// What choosing the alternative does, as a phrase to follow "Answering X instead":
    /// `would recommend Flask, 2 points ahead of Django`,
    /// `would cut Django’s lead over Flask from 5 points to 1 point`.
    pub fn effect(&self) -> String {
        let after = &self.after;
        let (Some(r), Some(second)) = (after.recommendation, after.runner_up) else {
            return "would leave no answer that moves a score".to_string();
        };
        if r != self.recommendation {
            return if after.margin == 0 {
                format!("would recommend {} on a tie with {}", r.name(), second.name())
            } else {
                format!("would recommend {}, {} ahead of {}", r.name(), points_phrase(after.margin), second.name())
            };
        }
        let (from, to) = (points_phrase(self.lead), points_phrase(after.margin));
        if second == self.runner_up {
            format!("would cut {}\u{2019}s lead over {} from {from} to {to}", r.name(), second.name())
        } else {
            format!("would cut {}\u{2019}s lead from {from} over {} to {to} over {}", r.name(), self.runner_up.name(), second.name())
        }
    }

    /// How much of the lead the current answer supplies, as a sentence:
    /// `This answer supplies 3 points of the 8 points by which Django leads Flask.`
    /// When it supplies less than its own points (other answers would count
    /// in its place without it), both are said:
    /// `This answer supplies 2 points of the 8 points by which Django leads
    /// Flask: its own 3 points, though without it other answers would add
    /// 1 point in its place.`
    pub fn share_sentence(&self) -> String {
        let (w, r) = (self.recommendation.name(), self.runner_up.name());
        let (share, lead) = (points_phrase(self.lead_share.abs()), points_phrase(self.lead));
        let main = match self.lead_share {
            0 => format!("This answer adds nothing to {w}\u{2019}s lead over {r}"),
            s if s < 0 => format!("This answer narrows {w}\u{2019}s lead over {r} by {share}"),
            _ if self.lead == 0 => format!("{w} and {r} are level; this answer gives {w} {share} over {r}"),
            s if s < self.lead => format!("This answer supplies {share} of the {lead} by which {w} leads {r}"),
            s if s == self.lead => format!("This answer supplies all of the {lead} by which {w} leads {r}"),
            _ => format!("This answer supplies {share}, more than the {lead} by which {w} leads {r}"),
        };
        if (0..self.own).contains(&self.lead_share) {
            format!(
                "{main}: its own {}, though without it other answers would add {} in its place.",
                points_phrase(self.own),
                points_phrase(self.own - self.lead_share)
            )
        } else {
            format!("{main}.")
        }
    }
}

/// The runner-up as [`crate::engine::assess`] names it.
fn runner_up(answers: &Answers) -> Option<(Framework, Framework)> {
    let a = assess(answers);
    Some((a.recommendation?, a.runner_up?))
}

/// The (at most) `n` answered questions the result of `answers` hinges on,
/// ranked by the rule in the module docs. Empty when there is no
/// recommendation or no realistic change weakens it. Exact: every figure is
/// [`crate::engine::assess`] of the changed answers.
pub fn hinges(answers: &Answers, n: usize) -> Vec<Hinge> {
    let Some((current, second)) = runner_up(answers) else { return Vec::new() };
    let before = Outcome::of(answers);
    let lead_of = |s: [i32; 3]| s[current.index()] - s[second.index()];
    let contributions = assess(answers).contributions;
    let mut found: Vec<(bool, i32, Hinge)> = Vec::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        let Some(chosen) = answers.choice(qi) else { continue };
        // (flips, key, option, outcome): key is the movement for a flip, the lead left otherwise.
        let mut best: Option<(bool, i32, usize, Outcome)> = None;
        for o in (0..q.options.len()).filter(|&o| o != chosen) {
            let mut a = answers.clone();
            a.set_choice(qi, Some(o));
            let after = Outcome::of(&a);
            let flips = matches!(after.recommendation, Some(r) if r != current);
            let key = if flips {
                (0..3).map(|i| (after.scores[i] - before.scores[i]).abs()).sum()
            } else if after.recommendation.is_none() {
                0
            } else {
                after.margin
            };
            let better = match &best {
                None => true,
                Some((bf, bk, ..)) => (flips && !bf) || (flips == *bf && key < *bk),
            };
            if better {
                best = Some((flips, key, o, after));
            }
        }
        let Some((flips, key, alternative, after)) = best else { continue };
        if !flips && key >= before.margin {
            continue;
        }
        let mut skipped = answers.clone();
        skipped.set_choice(qi, None);
        let lead_share = before.margin - lead_of(outcome(&skipped).0);
        let own = contributions.iter().filter(|c| c.question == qi).map(|c| lead_of(c.points)).sum();
        let hinge = Hinge {
            question: qi,
            current: chosen,
            recommendation: current,
            runner_up: second,
            lead: before.margin,
            lead_share,
            own,
            alternative,
            after,
        };
        found.push((flips, key, hinge));
    }
    // Flips first (smallest movement), then the smallest lead left (largest cut); the sort is stable, so ties keep question order.
    found.sort_by_key(|(flips, key, _)| (!flips, *key));
    found.into_iter().take(n).map(|(_, _, h)| h).collect()
}
