//! The scoring engine: `answers (+ importance settings) -> Assessment`.
//!
//! Pure, deterministic Rust with no web dependencies.
//!
//! # Scoring rule
//! 1. Every answered question contributes the effects of its chosen option
//!    that apply (an effect may depend on other answers, see
//!    [`crate::knowledge::When`]). A skipped question contributes nothing:
//!    the engine never guesses an answer, it only lowers its confidence.
//! 2. Each effect's points are scaled by the question's [`Importance`]:
//!    ignore ×0, low ×0.5, normal ×1, high ×2. An effect of an option whose
//!    strength is [`Strength::Contested`] is then capped at 1 point per
//!    framework, whatever the importance, so a point the articles disagree on
//!    can never dominate.
//! 3. The score of each framework is the sum of its scaled points, held in
//!    hundredths of a point ([`POINT`] = 100).
//! 4. Hybrid means a Django core plus Flask parts ([001]'s coexistence
//!    pattern). When a hybrid is possible (the team can run several services
//!    and some answer names a separable Flask-suited part), Hybrid's score is
//!    the Django core (every Django point, except those that argue for a
//!    single codebase) plus the Flask parts (the Flask points of the answers
//!    that name the separable part) plus the pattern's own points. Otherwise
//!    Hybrid has only the pattern's own points. Hybrid is recommended only
//!    when the [`HybridGate`] is open: a hybrid is possible, some answer shows
//!    a strong (>= 2 point) Django need for the core, and Hybrid's score is at
//!    least the best of Django and Flask. [`HybridParts`] says what each part
//!    of the score rests on.
//! 5. Otherwise the higher of Django and Flask is recommended. An exact tie
//!    goes to the one with more strong (>= 2 point) contributions, then to
//!    Django, whose defaults the articles agree are the safer baseline
//!    ([000], [002]); a tie is always a close call.
//! 6. The margin is the winner's score minus the runner-up's. A margin of at
//!    most 2 points is a close call. See [`Confidence`] for the levels; a
//!    Hybrid recommendation is at most medium (one article discusses it), and
//!    a recommendation that implies rewriting an existing system is one level
//!    lower (see [`ExistingPath`]).

pub use crate::answers::{AnswerError, Answers, Importance, QUESTION_COUNT};
use crate::flowchart::FlowPath;
use crate::knowledge::{Choice, Effect, Framework, Part, Question, Strength, When, QUESTIONS};

/// One point, in the engine's score unit (hundredths of a point).
pub const POINT: i32 = 100;

/// A margin of at most this many hundredths of a point is a close call.
pub const CLOSE_CALL_MARGIN: i32 = 2 * POINT;

/// One applied effect: why some points moved, and by how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    /// Index of the question in [`QUESTIONS`].
    pub question: usize,
    /// Index of the chosen option.
    pub choice: usize,
    /// Index of the effect within the option.
    pub effect: usize,
    /// The question's importance setting.
    pub importance: Importance,
    /// Points after weighting and capping, in hundredths, `[django, flask, hybrid]`.
    pub points: [i32; 3],
}

impl Contribution {
    /// The question.
    pub fn question(&self) -> &'static Question {
        &QUESTIONS[self.question]
    }
    /// The chosen option.
    pub fn choice(&self) -> &'static Choice {
        &QUESTIONS[self.question].options[self.choice]
    }
    /// The applied effect (reasoning and sources).
    pub fn effect(&self) -> &'static Effect {
        &self.choice().effects[self.effect]
    }
    /// Largest absolute effect on any one score, in hundredths: the sort key.
    pub fn impact(&self) -> i32 {
        self.points.iter().map(|p| p.abs()).max().unwrap_or(0)
    }
    /// True when the scaled points are all zero (an informational item).
    pub fn is_neutral(&self) -> bool {
        self.points == [0, 0, 0]
    }
}

/// How sure the recommendation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// A close call (margin of at most 2 points) or fewer than 4 answers.
    Low,
    /// Anything between.
    Medium,
    /// A margin of at least 6 points that is also at least a quarter of the
    /// winner's score, with at least 8 questions answered; never for Hybrid
    /// or for a rewrite of an existing system.
    High,
}

impl Confidence {
    const fn lower(self) -> Confidence {
        match self {
            Confidence::High => Confidence::Medium,
            _ => Confidence::Low,
        }
    }
}

/// What the recommendation means for a system that already exists
/// (`existing_codebase` answered `existing_flask` or `existing_django`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExistingPath {
    /// The recommendation is the framework already in use: stay and extend it.
    Extend,
    /// Hybrid: new parts in the other framework beside the running code
    /// (Django areas beside Flask, or a Flask service beside Django) [001].
    Coexist,
    /// The other framework: moving means a rewrite, planned as a new project
    /// [000]. Confidence is one level lower.
    Rewrite,
}

impl ExistingPath {
    /// Headline, sentence and sources of this path for a system built with
    /// `in_use`, from [`crate::knowledge::method::EXISTING_PATHS`].
    pub fn text(self, in_use: Framework) -> (&'static str, &'static str, &'static [crate::knowledge::SourceId]) {
        crate::knowledge::method::EXISTING_PATHS[usize::from(in_use == Framework::Django)][self as usize]
    }

    /// Stable id: `extend`, `coexist` or `rewrite`.
    pub const fn id(self) -> &'static str {
        match self {
            ExistingPath::Extend => "extend",
            ExistingPath::Coexist => "coexist",
            ExistingPath::Rewrite => "rewrite",
        }
    }
}

/// The three parts of Hybrid's score, in hundredths of a point: what a
/// hybrid recommendation rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct HybridParts {
    /// True when a hybrid is possible (several services can be run and a
    /// separable Flask-suited part exists); otherwise only `pattern` counts.
    pub possible: bool,
    /// Django's points carried over as the core.
    pub core: i32,
    /// Flask's points of the answers that name the separable part.
    pub flask_parts: i32,
    /// The coexistence pattern's own points ([001]).
    pub pattern: i32,
}

impl Confidence {
    /// Lower-case label.
    pub const fn label(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// The four conditions under which Hybrid may be recommended. The articles'
/// only hybrid discussion ([001]) pairs a Django core (users, interfaces,
/// critical workflows) with Flask services for batch, streaming or hot
/// endpoints, run behind a gateway or message bus with per-service CI/CD.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HybridGate {
    /// `multi_service_ops` is answered `yes` (not ignored).
    pub ops_ready: bool,
    /// Some answer (not ignored) names a separable Flask-suited part.
    pub separable_part: bool,
    /// Some contribution gives Django at least 2 points: a core that needs Django.
    pub django_core: bool,
    /// Hybrid's score is positive and at least the best of Django and Flask.
    pub leads: bool,
}

impl HybridGate {
    /// True when every condition holds.
    pub fn open(&self) -> bool {
        self.ops_ready && self.separable_part && self.django_core && self.leads
    }

    /// Why Hybrid was withheld: one phrase per unmet condition, from
    /// [`crate::knowledge::method::HYBRID_UNMET`], in the order of the fields.
    /// The score lead is named only when a hybrid was possible: otherwise
    /// Hybrid has no core to add up, and the unmet preconditions say why.
    pub fn unmet(&self) -> Vec<&'static str> {
        let possible = self.ops_ready && self.separable_part;
        [self.ops_ready, self.separable_part, self.django_core, self.leads || !possible]
            .iter()
            .zip(crate::knowledge::method::HYBRID_UNMET)
            .filter(|(ok, _)| !**ok)
            .map(|(_, t)| t)
            .collect()
    }
}

/// The result of an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Scores in hundredths of a point, `[django, flask, hybrid]`.
    pub scores: [i32; 3],
    /// The recommendation; `None` until some answer moves a score.
    pub recommendation: Option<Framework>,
    /// The strongest alternative, when there is a recommendation.
    pub runner_up: Option<Framework>,
    /// Winner's score minus runner-up's, in hundredths (0 without a recommendation).
    pub margin: i32,
    /// True when the margin is at most [`CLOSE_CALL_MARGIN`].
    pub close_call: bool,
    /// How sure the recommendation is.
    pub confidence: Confidence,
    /// The hybrid conditions.
    pub hybrid: HybridGate,
    /// What Hybrid's score rests on.
    pub hybrid_parts: HybridParts,
    /// For an existing system, what the recommendation means for it.
    pub existing: Option<(Framework, ExistingPath)>,
    /// Every applied effect, most impact first; neutral ones last.
    pub contributions: Vec<Contribution>,
    /// How many questions are answered.
    pub answered: usize,
    /// The path the answers light through the decision flowchart.
    pub flow: FlowPath,
    /// Which tie-break decided, when the recommendation's score equals the
    /// runner-up's (see rules 4 and 5 of the module docs); `None` otherwise.
    pub tie_break: Option<TieBreak>,
}

/// The rule that settled an exact tie between the recommendation and the
/// runner-up (rules 4 and 5 of the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TieBreak {
    /// Hybrid's gate is open and Hybrid's score equals the best of Django
    /// and Flask: Hybrid is recommended when it is at least the best.
    HybridAtLeastBest,
    /// Django and Flask tie and the winner has more strong (>= 2 point)
    /// contributions: `(winner's count, runner-up's count)`.
    MoreStrong(usize, usize),
    /// Django and Flask tie with as many strong contributions each
    /// (the count): Django goes first, as the safer baseline ([000], [002]).
    DjangoBaseline(usize),
}

impl Assessment {
    /// The score of one framework, in hundredths of a point.
    pub fn score(&self, f: Framework) -> i32 {
        self.scores[f.index()]
    }

    /// Why the confidence is what it is, as a short phrase (see [`Confidence`]).
    pub fn confidence_reason(&self) -> &'static str {
        use crate::knowledge::method::ConfidenceWhy as Why;
        let why = match self.confidence {
            Confidence::High => Why::ClearLead,
            Confidence::Medium if self.recommendation == Some(Framework::Hybrid) => Why::OneArticleHybrid,
            Confidence::Medium if matches!(self.existing, Some((_, ExistingPath::Rewrite))) => Why::Rewrite,
            Confidence::Medium => Why::LeadCouldChange,
            Confidence::Low if self.close_call => Why::CloseScores,
            Confidence::Low if self.answered < 4 => Why::FewAnswers,
            Confidence::Low => Why::Rewrite,
        };
        why.text()
    }
}

fn scaled(points: i8, importance: Importance, contested: bool) -> i32 {
    let v = i32::from(points) * importance.percent();
    if contested {
        v.clamp(-POINT, POINT)
    } else {
        v
    }
}

/// True when a hybrid is possible for `answers`: the team can run several
/// services and some answer names a separable Flask-suited part (neither
/// ignored). Returns `(ops_ready, separable_part)`.
fn hybrid_preconditions(answers: &Answers) -> (bool, bool) {
    let mut ops_ready = false;
    let mut separable_part = false;
    for (qi, question) in QUESTIONS.iter().enumerate() {
        let Some(ci) = answers.choice(qi) else { continue };
        if answers.importance(qi) == Importance::Ignore {
            continue;
        }
        let choice = &question.options[ci];
        separable_part |= choice.part == Some(Part::FlaskSatellite);
        ops_ready |= question.id == "multi_service_ops" && choice.id == "yes";
    }
    (ops_ready, separable_part)
}

/// Calls `sink` with every effect that applies to `answers`, in question
/// order, with Hybrid's share added when a hybrid is possible (rule 4 of the
/// module docs). The single place where answers turn into points.
fn each_contribution(answers: &Answers, possible: bool, mut sink: impl FnMut(Contribution, HybridParts)) {
    for (qi, question) in QUESTIONS.iter().enumerate() {
        let Some(ci) = answers.choice(qi) else { continue };
        let choice = &question.options[ci];
        let importance = answers.importance(qi);
        let contested = choice.strength == Strength::Contested;
        let mut any_if_applied = false;
        for (ei, effect) in choice.effects.iter().enumerate() {
            let applies = match effect.when {
                When::Always => true,
                When::If(cond) => {
                    let h = answers.holds(&cond);
                    any_if_applied |= h;
                    h
                }
                When::Otherwise => !any_if_applied,
            };
            if applies {
                let mut points = effect.points.as_array().map(|p| scaled(p, importance, contested));
                let mut parts = HybridParts { possible, pattern: points[2], ..HybridParts::default() };
                if possible {
                    if choice.part != Some(Part::SingleCodebase) {
                        parts.core = points[0].max(0);
                    }
                    if choice.part == Some(Part::FlaskSatellite) {
                        parts.flask_parts = points[1].max(0);
                    }
                    points[2] += parts.core + parts.flask_parts;
                }
                sink(Contribution { question: qi, choice: ci, effect: ei, importance, points }, parts);
            }
        }
    }
}

/// What the score rule needs besides the contributions themselves.
#[derive(Default)]
struct Tally {
    scores: [i32; 3],
    parts: HybridParts,
    /// Contributions giving Django, Flask, Hybrid at least 2 points.
    strong: [usize; 3],
    /// Some contribution is not neutral.
    moved: bool,
}

impl Tally {
    fn add(&mut self, c: &Contribution, parts: HybridParts) {
        self.parts.possible = parts.possible;
        self.parts.core += parts.core;
        self.parts.flask_parts += parts.flask_parts;
        self.parts.pattern += parts.pattern;
        for i in 0..3 {
            self.scores[i] += c.points[i];
            if c.points[i] >= 2 * POINT {
                self.strong[i] += 1;
            }
        }
        self.moved |= !c.is_neutral();
    }

    /// Rules 4 and 5 of the module docs: the gate, the recommendation and the runner-up.
    /// Also returns the tie-break that settled an exact tie.
    fn decide(&self, (ops_ready, separable_part): (bool, bool)) -> (HybridGate, Option<Framework>, Option<Framework>, Option<TieBreak>) {
        let [d, f, h] = self.scores;
        let hybrid = HybridGate { ops_ready, separable_part, django_core: self.strong[0] > 0, leads: h > 0 && h >= d.max(f) };
        let [sd, sf, _] = self.strong;
        let (recommendation, runner_up, tie_break) = if !self.moved {
            (None, None, None)
        } else if hybrid.open() {
            let alt = if d >= f { Framework::Django } else { Framework::Flask };
            (Some(Framework::Hybrid), Some(alt), (h == d.max(f)).then_some(TieBreak::HybridAtLeastBest))
        } else if d > f {
            (Some(Framework::Django), Some(Framework::Flask), None)
        } else if d == f && sd > sf {
            (Some(Framework::Django), Some(Framework::Flask), Some(TieBreak::MoreStrong(sd, sf)))
        } else if d == f && sd == sf {
            (Some(Framework::Django), Some(Framework::Flask), Some(TieBreak::DjangoBaseline(sd)))
        } else if d == f {
            (Some(Framework::Flask), Some(Framework::Django), Some(TieBreak::MoreStrong(sf, sd)))
        } else {
            (Some(Framework::Flask), Some(Framework::Django), None)
        };
        (hybrid, recommendation, runner_up, tie_break)
    }
}

/// The scores and recommendation of `answers`, exactly as [`assess`] gives
/// them, without building the explanation: for searches that try many
/// variations of the answers (see [`crate::whatif`]).
///
/// Returns `(scores in hundredths [django, flask, hybrid], recommendation)`.
pub fn outcome(answers: &Answers) -> ([i32; 3], Option<Framework>) {
    let mut tally = Tally::default();
    let pre = hybrid_preconditions(answers);
    each_contribution(answers, pre.0 && pre.1, |c, p| tally.add(&c, p));
    let (_, recommendation, _, _) = tally.decide(pre);
    (tally.scores, recommendation)
}

/// Scores `answers`. Deterministic: the same answers always give the same
/// assessment, contributions in the same order.
pub fn assess(answers: &Answers) -> Assessment {
    let mut contributions = Vec::new();
    let mut tally = Tally::default();
    let pre = hybrid_preconditions(answers);
    each_contribution(answers, pre.0 && pre.1, |c, p| {
        tally.add(&c, p);
        contributions.push(c);
    });
    contributions.sort_by(|a, b| {
        b.impact()
            .cmp(&a.impact())
            .then_with(|| {
                let sa: i32 = a.points.iter().map(|p| p.abs()).sum();
                let sb: i32 = b.points.iter().map(|p| p.abs()).sum();
                sb.cmp(&sa)
            })
            .then(a.question.cmp(&b.question))
            .then(a.effect.cmp(&b.effect))
    });
    let (hybrid, recommendation, runner_up, tie_break) = tally.decide(pre);
    let scores = tally.scores;
    let answered = answers.answered();
    let margin = match (recommendation, runner_up) {
        (Some(w), Some(r)) => scores[w.index()] - scores[r.index()],
        _ => 0,
    };
    let close_call = recommendation.is_some() && margin <= CLOSE_CALL_MARGIN;
    let winner = recommendation.map(|w| scores[w.index()]).unwrap_or(0);
    let mut confidence = if recommendation.is_none() || close_call || answered < 4 {
        Confidence::Low
    } else if margin >= 6 * POINT && margin * 4 >= winner && answered >= 8 {
        Confidence::High
    } else {
        Confidence::Medium
    };
    if recommendation == Some(Framework::Hybrid) {
        confidence = confidence.min(Confidence::Medium);
    }
    let existing = existing_path(answers, recommendation);
    if matches!(existing, Some((_, ExistingPath::Rewrite))) {
        confidence = confidence.lower();
    }

    let flow = crate::flowchart::path(answers);
    let hybrid_parts = tally.parts;
    Assessment {
        scores,
        recommendation,
        runner_up,
        margin,
        close_call,
        confidence,
        hybrid,
        hybrid_parts,
        existing,
        contributions,
        answered,
        flow,
        tie_break,
    }
}

/// The framework already in use (from `existing_codebase`) and what the
/// recommendation means for it; `None` for a new project, an unanswered
/// question or no recommendation.
pub fn existing_path(answers: &Answers, recommendation: Option<Framework>) -> Option<(Framework, ExistingPath)> {
    let existing = if answers.is("existing_codebase", "existing_flask") {
        Framework::Flask
    } else if answers.is("existing_codebase", "existing_django") {
        Framework::Django
    } else {
        return None;
    };
    let path = match recommendation? {
        Framework::Hybrid => ExistingPath::Coexist,
        r if r == existing => ExistingPath::Extend,
        _ => ExistingPath::Rewrite,
    };
    Some((existing, path))
}

/// Formats hundredths of a point for display: `+3`, `-1.5`, `0`, `+0.25`.
pub fn format_points(hundredths: i32) -> String {
    let sign = if hundredths > 0 {
        "+"
    } else if hundredths < 0 {
        "-"
    } else {
        ""
    };
    let a = hundredths.unsigned_abs();
    let (whole, frac) = (a / 100, a % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// Formats a score (no `+` sign): `12`, `7.5`.
pub fn format_score(hundredths: i32) -> String {
    format_points(hundredths).trim_start_matches('+').to_string()
}
