//! The team view: several people's answers side by side, the questions they
//! answer differently (those that drive different results first), and what
//! each person would get if a disagreement were settled each way.
//!
//! # Positions and disagreements
//! A person's *position* on a question is their option (or "skipped") and,
//! when they answered, its importance. A question is a disagreement when two
//! people hold different positions on it.
//!
//! # Settling a disagreement
//! For each position someone holds, everyone's answers are given that
//! position on the question (nothing else changes) and scored with
//! [`crate::engine::outcome`]. A disagreement is *decisive* for a person when
//! their recommendation differs between two of these settlements.
//!
//! # Order
//! Disagreements are ordered by how many people they are decisive for, then
//! by the largest score movement any settlement causes for anyone (the sum of
//! the three absolute deltas, in hundredths of a point), then by question order.
//!
//! # Membership
//! [`TeamMember`], [`add_links`], [`set_you`], [`include_profile`] and
//! [`remove`] keep the list of people: pasted share or team links (at most
//! [`MAX_TEAM`]), the user's own answers once, each saved profile once.

use crate::codec::share::{links_in, ShareError, MAX_TEAM};
use crate::engine::{outcome, Answers, Importance};
use crate::format::count;
use crate::knowledge::{Framework, QUESTIONS};

/// A person's position on one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Position {
    /// Option index, or `None` when skipped.
    pub choice: Option<usize>,
    /// The importance; always [`Importance::Normal`] when skipped (it scores nothing then).
    pub importance: Importance,
}

impl Position {
    /// The position of `answers` on question `q`.
    pub fn of(answers: &Answers, q: usize) -> Position {
        let choice = answers.choice(q);
        let importance = if choice.is_some() { answers.importance(q) } else { Importance::Normal };
        Position { choice, importance }
    }

    /// Gives `answers` this position on question `q`.
    pub fn apply(&self, answers: &mut Answers, q: usize) {
        answers.set_choice(q, self.choice);
        answers.set_importance(q, self.importance);
    }

    /// The option's label, "skipped", and the importance when not normal,
    /// e.g. `Monolith (high)`.
    pub fn label(&self, q: usize) -> String {
        match self.choice {
            None => "skipped".to_string(),
            Some(o) if self.importance == Importance::Normal => QUESTIONS[q].options[o].label.to_string(),
            Some(o) => format!("{} ({})", QUESTIONS[q].options[o].label, self.importance.id()),
        }
    }
}

/// One way of settling a disagreement, and what everyone would get.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settlement {
    /// The position everyone would take.
    pub position: Position,
    /// Each person's recommendation then, in member order.
    pub results: Vec<Option<Framework>>,
}

/// How many of `results` are each framework, `[django, flask, hybrid]`.
pub fn tally(results: &[Option<Framework>]) -> [usize; 3] {
    let mut t = [0; 3];
    for f in results.iter().flatten() {
        t[f.index()] += 1;
    }
    t
}

/// The framework all of `results` are, if they are all the same one.
pub fn consensus(results: &[Option<Framework>]) -> Option<Framework> {
    let first = (*results.first()?)?;
    results.iter().all(|r| *r == Some(first)).then_some(first)
}

impl Settlement {
    /// How many people would get each framework, `[django, flask, hybrid]`.
    pub fn tally(&self) -> [usize; 3] {
        tally(&self.results)
    }

    /// The framework everyone would get, if they would all get the same one.
    pub fn consensus(&self) -> Option<Framework> {
        consensus(&self.results)
    }
}

/// A question the people answer differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    /// Index in [`QUESTIONS`].
    pub question: usize,
    /// Each person's position, in member order.
    pub positions: Vec<Position>,
    /// One settlement per distinct position, options in question order, skipped last.
    pub settlements: Vec<Settlement>,
    /// How many people's recommendation depends on how it is settled.
    pub decisive: usize,
    /// The largest score movement any settlement causes for anyone, in hundredths.
    pub movement: i32,
}

/// One person's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberResult {
    /// Scores in hundredths of a point, `[django, flask, hybrid]`.
    pub scores: [i32; 3],
    /// The recommendation, if any answer moved a score.
    pub recommendation: Option<Framework>,
}

/// The whole comparison.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TeamView {
    /// Each person's result, in member order.
    pub results: Vec<MemberResult>,
    /// The questions answered differently, most decisive first.
    pub disagreements: Vec<Disagreement>,
}

impl TeamView {
    /// True when everyone has the same recommendation.
    pub fn agree(&self) -> bool {
        self.results.windows(2).all(|w| w[0].recommendation == w[1].recommendation)
    }

    /// The team view's one-line summary: how many people, what they get
    /// (see [`group_summary`]), how many questions they answer differently
    /// and how many of those decide someone's recommendation; with fewer
    /// than two people, what to do first.
    pub fn summary(&self) -> String {
        let n = self.results.len();
        if n < 2 {
            return "Add at least two people to see where you disagree.".to_string();
        }
        let recs: Vec<Option<Framework>> = self.results.iter().map(|r| r.recommendation).collect();
        let people = count(n, "person", "people");
        let decisive = self.disagreements.iter().filter(|d| d.decisive > 0).count();
        let deciding = match (self.disagreements.len(), decisive) {
            (0, _) => String::new(),
            (_, 0) => "; none of them changes anyone's recommendation".to_string(),
            (1, 1) => "; it decides someone's recommendation".to_string(),
            (_, k) => format!("; {} someone's recommendation", count(k, "of them decides", "of them decide")),
        };
        match self.disagreements.len() {
            0 => format!("{people}, {}. They answer every question the same way.", group_summary(&recs)),
            d => format!("{people}, {}. They answer {} differently{deciding}.", group_summary(&recs), count(d, "question", "questions")),
        }
    }
}

/// A person's recommendation by name, or "none yet" before any answer
/// moves a score.
pub fn recommendation_name(r: Option<Framework>) -> &'static str {
    r.map_or("none yet", Framework::name)
}

/// What a group gets, in words: "everyone: Django" when they agree,
/// otherwise the count per framework ("split: Django 2, Flask 1"), or
/// "no recommendation" when nobody has one.
pub fn group_summary(results: &[Option<Framework>]) -> String {
    if let Some(f) = consensus(results) {
        return format!("everyone: {}", f.name());
    }
    let counts: Vec<String> =
        Framework::ALL.iter().zip(tally(results)).filter(|(_, n)| *n > 0).map(|(f, n)| format!("{} {n}", f.name())).collect();
    if counts.is_empty() {
        "no recommendation".to_string()
    } else {
        format!("split: {}", counts.join(", "))
    }
}

impl Disagreement {
    /// Whether settling this question changes anyone's recommendation, out
    /// of `people` (the team's size), in a sentence.
    pub fn impact(&self, people: usize) -> String {
        match self.decisive {
            0 => "Settling it changes no one's recommendation.".to_string(),
            k => format!("How it is settled decides the recommendation of {k} of the {people} people."),
        }
    }
}

/// Compares several people's answers. Deterministic; see the module docs.
pub fn compare(members: &[Answers]) -> TeamView {
    let outcomes: Vec<([i32; 3], Option<Framework>)> = members.iter().map(outcome).collect();
    let results = outcomes.iter().map(|&(scores, recommendation)| MemberResult { scores, recommendation }).collect();
    let mut disagreements = Vec::new();
    for q in 0..QUESTIONS.len() {
        let positions: Vec<Position> = members.iter().map(|a| Position::of(a, q)).collect();
        if positions.windows(2).all(|w| w[0] == w[1]) {
            continue;
        }
        let mut distinct = positions.clone();
        distinct.sort_by_key(|p| (p.choice.is_none(), p.choice, p.importance));
        distinct.dedup();
        let mut movement = 0;
        let settlements: Vec<Settlement> = distinct
            .into_iter()
            .map(|position| {
                let results = members
                    .iter()
                    .zip(&outcomes)
                    .map(|(a, (before, _))| {
                        let mut b = a.clone();
                        position.apply(&mut b, q);
                        let (scores, rec) = outcome(&b);
                        movement = movement.max((0..3).map(|i| (scores[i] - before[i]).abs()).sum());
                        rec
                    })
                    .collect();
                Settlement { position, results }
            })
            .collect();
        let decisive = (0..members.len()).filter(|&m| settlements.windows(2).any(|w| w[0].results[m] != w[1].results[m])).count();
        disagreements.push(Disagreement { question: q, positions, settlements, decisive, movement });
    }
    disagreements.sort_by(|a, b| b.decisive.cmp(&a.decisive).then(b.movement.cmp(&a.movement)).then(a.question.cmp(&b.question)));
    TeamView { results, disagreements }
}

/// One person in the team view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamMember {
    /// Shown name (from the link or the profile).
    pub label: String,
    /// Their answers.
    pub answers: Answers,
    /// Where they came from, unique within a team: `link:<n>`, `profile:<id>`
    /// or `you`; profiles and `you` appear at most once.
    pub key: String,
}

/// The key of the user's own answers in the team view.
pub const YOU: &str = "you";

/// The team-view key of a saved profile.
pub fn profile_key(id: &str) -> String {
    format!("profile:{id}")
}

/// Why a pasted link was not added to the team view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAdded {
    /// The team view already holds [`MAX_TEAM`] people.
    Full,
    /// The link could not be read.
    Link(ShareError),
}

impl std::fmt::Display for NotAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotAdded::Full => write!(f, "team view full ({MAX_TEAM} people)"),
            NotAdded::Link(e) => e.fmt(f),
        }
    }
}

/// What [`add_links`] did.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Added {
    /// How many people were added.
    pub added: usize,
    /// (the link as pasted, why) for each link that was not added.
    pub not_added: Vec<(String, NotAdded)>,
}

/// Adds the share links found in `text` (full URLs, fragments, team links)
/// to `team`, up to [`MAX_TEAM`] people. A link without a name is labelled
/// `Colleague <n>`. Returns `None` when `text` holds no link at all.
pub fn add_links(team: &mut Vec<TeamMember>, text: &str) -> Option<Added> {
    let found = links_in(text);
    if found.is_empty() {
        return None;
    }
    let mut report = Added::default();
    for (shown, r) in found {
        match r {
            Ok(shared) if team.len() < MAX_TEAM => {
                let label = if shared.name.trim().is_empty() { format!("Colleague {}", team.len() + 1) } else { shared.name };
                let n = (1..).find(|n| !team.iter().any(|m| m.key == format!("link:{n}"))).expect("some number is free");
                team.push(TeamMember { label, answers: shared.answers, key: format!("link:{n}") });
                report.added += 1;
            }
            Ok(_) => report.not_added.push((shown, NotAdded::Full)),
            Err(e) => report.not_added.push((shown, NotAdded::Link(e))),
        }
    }
    Some(report)
}

/// Puts `answers` in the team view as the user's own ("You"), replacing the
/// earlier copy; does nothing when the team is full and "You" is not in it.
pub fn set_you(team: &mut Vec<TeamMember>, answers: Answers) {
    match team.iter().position(|m| m.key == YOU) {
        Some(i) => team[i].answers = answers,
        None if team.len() < MAX_TEAM => team.push(TeamMember { label: "You".into(), answers, key: YOU.into() }),
        None => {}
    }
}

/// Adds (`on`) or removes a saved profile from the team view; adding
/// does nothing when the team is full.
pub fn include_profile(team: &mut Vec<TeamMember>, id: &str, name: &str, answers: &Answers, on: bool) {
    let key = profile_key(id);
    team.retain(|m| m.key != key);
    if on && team.len() < MAX_TEAM {
        team.push(TeamMember { label: name.to_string(), answers: answers.clone(), key });
    }
}

/// Removes the member with `key`.
pub fn remove(team: &mut Vec<TeamMember>, key: &str) {
    team.retain(|m| m.key != key);
}
