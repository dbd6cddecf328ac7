//! The domain knowledge: every question, option, effect, source and contested
//! point the advisor knows, as plain static data.
//!
//! This is the one place where domain text lives. The engine reads it to score
//! an assessment and the UI renders it; no component repeats any of it.
//!
//! Points are whole numbers per framework, and they are not chosen by taste:
//! every effect records how the articles back it ([`Support`] and its cited
//! sources) and [`rubric`] turns that into its points and evidence label.
//! `tests/rubric.rs` fails when any option disagrees with the rubric, and the
//! README's "How the score works" describes the same rule.

pub mod beyond;
pub mod bom;
mod contested;
pub mod documents;
pub mod flowchart;
pub mod guidance;
pub mod interface;
pub mod method;
pub mod needs;
pub mod packages;
mod questions;
pub mod rubric;
pub mod sharing;
mod sources;
pub mod table;
pub mod tables;

pub use contested::*;
pub use needs::{Need, NeedKind, REWRITE_SCALE};
pub use questions::QUESTIONS;
pub use rubric::Support;
pub use sources::{Source, SourceId, SOURCES};

/// One of the three candidate architectures the advisor scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Framework {
    /// Django: the full-stack, "batteries-included" framework.
    Django,
    /// Flask: the microframework with a minimal core.
    Flask,
    /// A Django core plus separate Flask services, as described by [001].
    Hybrid,
}

impl Framework {
    /// All three, in the fixed order used for score arrays (`[django, flask, hybrid]`).
    pub const ALL: [Framework; 3] = [Framework::Django, Framework::Flask, Framework::Hybrid];

    /// Stable machine-readable id: `"django"`, `"flask"` or `"hybrid"`.
    pub const fn id(self) -> &'static str {
        match self {
            Framework::Django => "django",
            Framework::Flask => "flask",
            Framework::Hybrid => "hybrid",
        }
    }

    /// Display name.
    pub const fn name(self) -> &'static str {
        match self {
            Framework::Django => "Django",
            Framework::Flask => "Flask",
            Framework::Hybrid => "Hybrid",
        }
    }

    /// Index into `[django, flask, hybrid]` arrays.
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// How well the articles support an effect (inventory conventions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// Two or more articles agree, or one argues it firmly with reasons.
    Strong,
    /// One article says it clearly.
    Moderate,
    /// Hedged or only implied.
    Weak,
    /// The articles disagree; the effect is capped at 1 point.
    Contested,
    /// The answer tips nothing: the articles give it no lean either way.
    Neutral,
}

impl Strength {
    /// Lower-case label shown in the explanation.
    pub const fn label(self) -> &'static str {
        match self {
            Strength::Strong => "strong evidence",
            Strength::Moderate => "moderate evidence",
            Strength::Weak => "weak evidence",
            Strength::Contested => "contested",
            Strength::Neutral => "no lean",
        }
    }
}

/// Whether a question is asked of everyone or sits in the advanced group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Shown first, to everyone.
    Core,
    /// Shown when the user opens the advanced group.
    Advanced,
}

/// Points one effect gives to each framework, in whole points before the
/// importance setting scales them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Points {
    /// Points for Django.
    pub django: i8,
    /// Points for Flask.
    pub flask: i8,
    /// Points for Hybrid.
    pub hybrid: i8,
}

impl Points {
    /// The points as an array in [`Framework::ALL`] order.
    pub const fn as_array(self) -> [i8; 3] {
        [self.django, self.flask, self.hybrid]
    }

    /// True when the effect gives no points to anyone (an informational note).
    pub const fn is_zero(self) -> bool {
        self.django == 0 && self.flask == 0 && self.hybrid == 0
    }
}

/// A condition on other answers, used by context-dependent effects.
///
/// An unanswered question satisfies no `Is` condition.
#[derive(Clone, Copy, Debug)]
pub enum Cond {
    /// The question (by id) is answered with the option (by id).
    Is(&'static str, &'static str),
    /// Any of the listed conditions holds.
    Any(&'static [Cond]),
    /// None of the listed conditions holds.
    None(&'static [Cond]),
    /// All of the listed conditions hold.
    All(&'static [Cond]),
    /// The question (by id) is answered, with any option.
    Answered(&'static str),
}

/// When an effect applies.
#[derive(Clone, Copy, Debug)]
pub enum When {
    /// Whenever the option is chosen.
    Always,
    /// Only when the condition on other answers holds.
    If(Cond),
    /// Only when no earlier `If` effect of the same option applied.
    Otherwise,
}

/// One scoring effect of an option: points, the reasoning behind them, and the
/// articles that back the reasoning.
#[derive(Clone, Copy, Debug)]
pub struct Effect {
    /// When the effect applies.
    pub when: When,
    /// Points before weighting.
    pub points: Points,
    /// One or two sentences of reasoning, in our own words.
    pub reason: &'static str,
    /// The articles the reasoning rests on (at least one); each must make
    /// the claim, since the rubric counts them.
    pub sources: &'static [SourceId],
    /// How the cited articles back the claim (see [`rubric`]).
    pub support: Support,
    /// True when the effect states the truth of the option's correction from
    /// beyond the articles ([`Choice::beyond`]): its public reference then
    /// counts as one more source.
    pub beyond: bool,
    /// The need this effect speaks to, if any: the engine counts each need
    /// once per framework (see [`Need`] and `crate::engine`). `None` for an
    /// effect that is a project-context factor of its own.
    pub need: Option<Need>,
}

/// What role an answer plays in the hybrid rule (see `engine::HybridGate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The answer names a separable workload that suits a Flask service
    /// (batch or streaming jobs, hot endpoints, a specialised subsystem, or
    /// Flask code that already runs).
    FlaskSatellite,
    /// The answer argues for one codebase: its Django points argue against a
    /// split, so they are not carried into Hybrid's core.
    SingleCodebase,
}

/// One answer option of a question.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    /// Stable id (URL parameter value, exported files). Never rename.
    pub id: &'static str,
    /// Short label shown on the radio button.
    pub label: &'static str,
    /// How well the articles support the option's effects.
    pub strength: Strength,
    /// The scoring effects; at least one (zero-point effects explain neutrality).
    pub effects: &'static [Effect],
    /// The disagreement between articles this option touches, if any.
    pub contested: Option<&'static Contested>,
    /// Role in the hybrid rule, if any.
    pub part: Option<Part>,
    /// A correction from beyond the articles that this option's effects rest
    /// on (shown with its reference wherever the option is explained).
    pub beyond: Option<&'static beyond::Beyond>,
}

impl Choice {
    const fn new(id: &'static str, label: &'static str, strength: Strength, effects: &'static [Effect]) -> Self {
        Choice { id, label, strength, effects, contested: None, part: None, beyond: None }
    }
    const fn contested(mut self, c: &'static Contested) -> Self {
        self.contested = Some(c);
        self
    }
    const fn part(mut self, p: Part) -> Self {
        self.part = Some(p);
        self
    }
    const fn beyond(mut self, b: &'static beyond::Beyond) -> Self {
        self.beyond = Some(b);
        self
    }
}

/// One question of the questionnaire.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Stable id (URL parameter name, exported files). Never rename.
    pub id: &'static str,
    /// Short name, e.g. "Team experience".
    pub title: &'static str,
    /// The question as asked.
    pub prompt: &'static str,
    /// One or two sentences of help, in our own words.
    pub help: &'static str,
    /// Core or advanced.
    pub tier: Tier,
    /// The options, in a fixed order; none is preselected.
    pub options: &'static [Choice],
}

impl Question {
    /// The option with this id, if any.
    pub fn option(&self, id: &str) -> Option<&'static Choice> {
        self.options.iter().find(|c| c.id == id)
    }

    /// Position of the option with this id, if any.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|c| c.id == id)
    }

    /// True when every effect of the question that gives points speaks to
    /// a capability ([`NeedKind::Capability`]): what a running system
    /// already has or adds in its own framework (accounts, an admin, a data
    /// layer, API tooling, security defaults).
    pub fn is_capability(&self) -> bool {
        let mut effects = self.options.iter().flat_map(|c| c.effects.iter());
        let scoring = || self.options.iter().flat_map(|c| c.effects.iter()).filter(|e| !e.points.is_zero());
        scoring().next().is_some() && effects.all(|e| e.points.is_zero() || e.need.is_some_and(|n| n.kind() == NeedKind::Capability))
    }
}

/// Position of the question with this id in [`QUESTIONS`], if any.
pub fn question_index(id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id == id)
}

/// The question with this id, if any.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

const fn pts(django: i8, flask: i8, hybrid: i8) -> Points {
    Points { django, flask, hybrid }
}

const fn always(support: Support, points: Points, reason: &'static str, sources: &'static [SourceId]) -> Effect {
    Effect { when: When::Always, points, reason, sources, support, beyond: false, need: None }
}

const fn when(cond: Cond, support: Support, points: Points, reason: &'static str, sources: &'static [SourceId]) -> Effect {
    Effect { when: When::If(cond), points, reason, sources, support, beyond: false, need: None }
}

const fn otherwise(support: Support, points: Points, reason: &'static str, sources: &'static [SourceId]) -> Effect {
    Effect { when: When::Otherwise, points, reason, sources, support, beyond: false, need: None }
}

impl Effect {
    /// Marks the effect as stating the truth of its option's correction from
    /// beyond the articles (the reference counts as one more source).
    const fn with_beyond(mut self) -> Self {
        self.beyond = true;
        self
    }

    /// Tags the effect with the need it speaks to (counted once per framework).
    const fn need(mut self, need: Need) -> Self {
        self.need = Some(need);
        self
    }
}
