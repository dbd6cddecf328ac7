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
//!    can never dominate. The cost of a rewrite (the `existing_codebase`
//!    effect) is also multiplied by what a rewrite would throw away
//!    ([`REWRITE_SCALE`]: ×1 a prototype, ×5 a product in use, ×8 a large
//!    system; ×1 when `rewrite_scope` is skipped or ignored) and counts
//!    nothing when the new work is a service of its own beside the system
//!    (rule 9): nothing is then rewritten.
//! 3. **Each need counts once.** Effects tagged with the same [`Need`] (a
//!    capability such as the admin or accounts, or a factor several
//!    questions argue, such as consistency or upkeep) count once per
//!    framework: the largest of their points for that framework counts, the
//!    others are set aside ([`SetAside::CountedOnce`]); on equal points the
//!    earlier question counts.
//! 4. **A running system** (`existing_codebase` answered `existing_flask` or
//!    `existing_django`, not ignored) already has each capability or gets it
//!    from an extension of its own framework, and its first setup is done:
//!    effects whose need counts only for a new build
//!    ([`Need::new_build_only`]) are set aside ([`SetAside::RunningSystem`]).
//!    A prototype (`rewrite_scope=prototype`) is the exception: it is cheap
//!    to replace, so its needs count as a new build's.
//!    What can still argue for the other framework is the project's context
//!    (team, horizon, scope, architecture), against the cost of a rewrite.
//! 5. The score of each framework is the sum of its points, held in
//!    hundredths of a point ([`POINT`] = 100).
//! 6. Hybrid means a Django core plus Flask parts ([001]'s coexistence
//!    pattern). A hybrid is possible when the team can run several services
//!    and some answer firmly names a separable Flask-suited part (an option
//!    tagged [`Part::FlaskSatellite`] that is neither contested nor weak);
//!    then Hybrid's score is the Django core (Django's counted points,
//!    except those that argue for a single codebase) plus the Flask parts
//!    (the Flask points of the answers that name a separable part) plus the
//!    pattern's own points; otherwise Hybrid has only the pattern's own
//!    points. Hybrid is recommended only when the [`HybridGate`] is open: a
//!    hybrid is possible, a counted answer gives Django at least 2 points or
//!    a running Django system is the core, the project is
//!    more than a single service (`app_type` is not `focused_service`), and
//!    Hybrid's score is at least the best of Django and Flask. [`HybridParts`]
//!    says what each part of the score rests on.
//! 7. Otherwise the higher of Django and Flask is recommended. An exact tie
//!    goes, in this order, to the framework of a running system
//!    ([`TieBreak::Incumbent`]), to the framework the team knows
//!    ([`TieBreak::TeamKnows`]), to the one with more strong (>= 2 point)
//!    contributions, then to Django, whose defaults the articles agree are
//!    the safer baseline ([000], [002]); a tie is always a close call.
//! 8. The margin is the winner's score minus the runner-up's. A margin of at
//!    most 2 points is a close call. See [`Confidence`] for the levels; a
//!    Hybrid recommendation is at most medium (one article discusses it), and
//!    a recommendation that means rewriting an existing system is one level
//!    lower (see [`ExistingPath`]).
//! 9. For a running system the path is: extend it when its framework is
//!    recommended; coexist when Hybrid is recommended or when the new work
//!    is a service of its own (a focused service, microservices, services
//!    beside a main application, separate processing services or separable
//!    specialised parts, unless the team said it cannot run several
//!    services), built in the other framework beside it; rewrite otherwise.
//!    Whether the new work is a service is a fact about the project: it
//!    holds whatever the importance of those answers.

pub use crate::answers::{AnswerError, Answers, Importance, QUESTION_COUNT};
use crate::flowchart::FlowPath;
use crate::knowledge::{Choice, Effect, Framework, Part, Question, Strength, When, QUESTIONS};
pub use crate::knowledge::{Need, REWRITE_SCALE};

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
    /// Points after weighting, capping and the once-per-need rule, in
    /// hundredths, `[django, flask, hybrid]`.
    pub points: [i32; 3],
    /// Points after weighting and capping, before a need's other answers or
    /// a running system set them aside (Hybrid's share not included), in
    /// hundredths, `[django, flask, hybrid]`.
    pub raw: [i32; 3],
    /// The need the effect speaks to, if any (rule 3 of the module docs).
    pub need: Option<Need>,
    /// Why some of `raw` does not count, if it does not.
    pub set_aside: Option<SetAside>,
}

/// Why a contribution's points were set aside (rules 3 and 4 of the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SetAside {
    /// Another answer carries the same need for this framework with at
    /// least as many points: a need counts once.
    CountedOnce,
    /// The running system already has this capability, or adds it as an
    /// extension of its own framework; or the need only matters for a new
    /// build.
    RunningSystem,
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
    /// New parts in the other framework beside the running code, which
    /// stays: Hybrid, or a new service of its own (a Django service beside
    /// Flask, a Flask service beside Django) [001].
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

/// The conditions under which Hybrid may be recommended. The articles'
/// only hybrid discussion ([001]) pairs a Django core (users, interfaces,
/// critical workflows) with Flask services for batch, streaming or hot
/// endpoints, run behind a gateway or message bus with per-service CI/CD.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HybridGate {
    /// Some answer (not ignored) names a part that could be a Flask
    /// service, firmly or not: Hybrid was considered.
    pub considered: bool,
    /// `multi_service_ops` is answered `yes` (not ignored).
    pub ops_ready: bool,
    /// What `multi_service_ops`'s answer says, for the wording of why
    /// Hybrid was withheld.
    pub ops: OpsAnswer,
    /// Some answer (not ignored) firmly names a separable Flask-suited part:
    /// a [`Part::FlaskSatellite`] option that is neither contested nor weak.
    pub separable_part: bool,
    /// Some counted contribution gives Django at least 2 points, or the
    /// running system is a Django core.
    pub django_core: bool,
    /// Some answer would give Django at least 2 points but is not counted
    /// for a running system (it already has that capability or adds it in
    /// its own framework), for the wording of why Hybrid was withheld.
    pub core_set_aside: bool,
    /// The project is more than a single service (`app_type` is not
    /// `focused_service`).
    pub several_parts: bool,
    /// Hybrid's score is positive and at least the best of Django and Flask.
    pub leads: bool,
}

impl HybridGate {
    /// True when every condition holds.
    pub fn open(&self) -> bool {
        self.ops_ready && self.separable_part && self.django_core && self.several_parts && self.leads
    }

    /// Why Hybrid was withheld: one phrase per unmet condition, from
    /// [`crate::knowledge::method::HYBRID_UNMET`], in the order of the fields,
    /// worded after the answers given (see [`hybrid_unmet_text`]).
    /// The score lead is named only when a hybrid was possible: otherwise
    /// Hybrid has no core to add up, and the unmet preconditions say why.
    pub fn unmet(&self) -> Vec<&'static str> {
        let possible = self.ops_ready && self.separable_part;
        [self.ops_ready, self.separable_part, self.django_core, self.several_parts, self.leads || !possible]
            .iter()
            .enumerate()
            .filter(|(_, ok)| !**ok)
            .map(|(i, _)| hybrid_unmet_text(i, self.ops, self.core_set_aside))
            .collect()
    }
}

/// What the answer to `multi_service_ops` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum OpsAnswer {
    /// Not answered.
    #[default]
    Unanswered,
    /// Answered `no`: the team cannot run several services.
    No,
    /// Answered, with the importance set to ignore.
    Ignored,
    /// Answered `yes`: the team can.
    Yes,
}

impl OpsAnswer {
    /// What `answers` say about running several services.
    pub fn of(answers: &Answers) -> OpsAnswer {
        let Some(q) = crate::knowledge::question_index("multi_service_ops") else { return OpsAnswer::Unanswered };
        if answers.choice(q).is_none() {
            OpsAnswer::Unanswered
        } else if answers.importance(q) == Importance::Ignore {
            OpsAnswer::Ignored
        } else if answers.is("multi_service_ops", "yes") {
            OpsAnswer::Yes
        } else {
            OpsAnswer::No
        }
    }
}

/// The phrase for unmet hybrid condition `index` (the order of
/// [`crate::knowledge::method::HYBRID_UNMET`]), worded after the answers: the
/// team's ability to run several services as the user answered it (not
/// answered, answered no, or set to ignore), and a Django core that answers
/// asked for but a running system does not count.
pub fn hybrid_unmet_text(index: usize, ops: OpsAnswer, core_set_aside: bool) -> &'static str {
    use crate::knowledge::method::{HYBRID_UNMET, HYBRID_UNMET_CORE_RUNNING, HYBRID_UNMET_OPS};
    match (index, ops) {
        (0, OpsAnswer::No) => HYBRID_UNMET_OPS[0],
        (0, OpsAnswer::Ignored) => HYBRID_UNMET_OPS[1],
        (2, _) if core_set_aside => HYBRID_UNMET_CORE_RUNNING,
        _ => HYBRID_UNMET[index],
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
    /// runner-up's (see rules 6 and 7 of the module docs); `None` otherwise.
    pub tie_break: Option<TieBreak>,
}

/// One need and the answers that speak to it (see [`Assessment::needs`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedRow {
    /// The need.
    pub need: Need,
    /// The points it counts, in hundredths, `[django, flask, hybrid]`: at
    /// most one answer's for Django and one for Flask.
    pub points: [i32; 3],
    /// Every contribution tagged with the need, counted or set aside.
    pub contributions: Vec<Contribution>,
}

/// The rule that settled an exact tie between the recommendation and the
/// runner-up (rules 6 and 7 of the module docs).
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
    /// Django and Flask tie on a running system: its framework stays.
    Incumbent,
    /// Django and Flask tie on a new build: the framework the team knows
    /// (`framework_familiarity`) goes first.
    TeamKnows,
}

impl Assessment {
    /// The score of one framework, in hundredths of a point.
    pub fn score(&self, f: Framework) -> i32 {
        self.scores[f.index()]
    }

    /// The contributions grouped by the need they speak to (rule 3 of the
    /// module docs), in [`Need::ALL`] order, each group with the points it
    /// counts; needs no answer speaks to are left out. The contributions
    /// keep the assessment's order (most impact first).
    pub fn needs(&self) -> Vec<NeedRow> {
        Need::ALL
            .iter()
            .filter_map(|&need| {
                let contributions: Vec<Contribution> = self.contributions.iter().filter(|c| c.need == Some(need)).copied().collect();
                if contributions.is_empty() {
                    return None;
                }
                let mut points = [0; 3];
                for c in &contributions {
                    for (t, p) in points.iter_mut().zip(c.points) {
                        *t += p;
                    }
                }
                Some(NeedRow { need, points, contributions })
            })
            .collect()
    }

    /// The contributions that speak to no need: the project-context factors
    /// of their own, in the assessment's order.
    pub fn factors(&self) -> impl Iterator<Item = &Contribution> {
        self.contributions.iter().filter(|c| c.need.is_none())
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

/// True when question `id` is answered with `option` and not ignored.
fn counts(answers: &Answers, id: &str, option: &str) -> bool {
    crate::knowledge::question_index(id).is_some_and(|q| answers.importance(q) != Importance::Ignore) && answers.is(id, option)
}

/// The framework of the running system the project builds on, when
/// `existing_codebase` says there is one (and is not ignored).
pub fn in_use(answers: &Answers) -> Option<Framework> {
    if counts(answers, "existing_codebase", "existing_flask") {
        Some(Framework::Flask)
    } else if counts(answers, "existing_codebase", "existing_django") {
        Some(Framework::Django)
    } else {
        None
    }
}

/// The factor of [`REWRITE_SCALE`] for the `rewrite_scope` answer (1 when
/// skipped or ignored).
fn rewrite_factor(answers: &Answers) -> i32 {
    REWRITE_SCALE.iter().find(|(id, _)| counts(answers, "rewrite_scope", id)).map_or(1, |(_, f)| *f)
}

/// Every effect that applies to `answers`, in question order, weighted and
/// capped (rules 1 and 2 of the module docs); `points` equal `raw`.
fn raw_contributions(answers: &Answers) -> Vec<Contribution> {
    // Nothing is rewritten when the new work is a service of its own.
    let rewrite = if new_work_is_a_service(answers) { 0 } else { rewrite_factor(answers) };
    let mut out = Vec::with_capacity(32);
    for (qi, question) in QUESTIONS.iter().enumerate() {
        let Some(ci) = answers.choice(qi) else { continue };
        let choice = &question.options[ci];
        let importance = answers.importance(qi);
        let contested = choice.strength == Strength::Contested;
        let factor = if question.id == "existing_codebase" { rewrite } else { 1 };
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
                let points = effect.points.as_array().map(|p| scaled(p, importance, contested) * factor);
                out.push(Contribution {
                    question: qi,
                    choice: ci,
                    effect: ei,
                    importance,
                    points,
                    raw: points,
                    need: effect.need,
                    set_aside: None,
                });
            }
        }
    }
    out
}

/// Rules 3 and 4 of the module docs: a running system's capabilities, then
/// each need once per framework.
fn count_needs_once(contributions: &mut [Contribution], running: bool) {
    if running {
        for c in contributions.iter_mut().filter(|c| c.need.is_some_and(Need::new_build_only) && c.points != [0, 0, 0]) {
            c.points = [0, 0, 0];
            c.set_aside = Some(SetAside::RunningSystem);
        }
    }
    for need in Need::ALL {
        for f in 0..3 {
            let mut best: Option<usize> = None;
            for (i, c) in contributions.iter().enumerate() {
                if c.need == Some(need) && c.points[f] > 0 && best.is_none_or(|b| c.points[f] > contributions[b].points[f]) {
                    best = Some(i);
                }
            }
            for (i, c) in contributions.iter_mut().enumerate() {
                if c.need == Some(need) && c.points[f] > 0 && Some(i) != best {
                    c.points[f] = 0;
                    c.set_aside = Some(SetAside::CountedOnce);
                }
            }
        }
    }
}

/// Hybrid's preconditions for `answers`: `(considered, ops_ready, separable_part)`.
fn hybrid_preconditions(answers: &Answers) -> (bool, bool, bool) {
    let mut considered = false;
    let mut ops_ready = false;
    let mut separable_part = false;
    for (qi, question) in QUESTIONS.iter().enumerate() {
        let Some(ci) = answers.choice(qi) else { continue };
        if answers.importance(qi) == Importance::Ignore {
            continue;
        }
        let choice = &question.options[ci];
        if choice.part == Some(Part::FlaskSatellite) {
            considered = true;
            separable_part |= !matches!(choice.strength, Strength::Contested | Strength::Weak);
        }
        ops_ready |= question.id == "multi_service_ops" && choice.id == "yes";
    }
    (considered, ops_ready, separable_part)
}

/// Every contribution of `answers` under the whole rule (rules 1 to 4 and
/// Hybrid's share of rule 6), in question order, with the score tally.
fn scored(answers: &Answers) -> (Vec<Contribution>, Tally) {
    let mut contributions = raw_contributions(answers);
    let running = in_use(answers);
    // A prototype is cheap to replace, so its needs count as a new build's.
    count_needs_once(&mut contributions, running.is_some() && !counts(answers, "rewrite_scope", "prototype"));
    let (considered, ops_ready, separable_part) = hybrid_preconditions(answers);
    let possible = ops_ready && separable_part;
    let mut tally = Tally { pre: (considered, ops_ready, separable_part), running, ..Tally::default() };
    tally.parts.possible = possible;
    tally.ops = OpsAnswer::of(answers);
    tally.several_parts = !answers.is("app_type", "focused_service");
    tally.team_knows = if counts(answers, "framework_familiarity", "django") {
        Some(Framework::Django)
    } else if counts(answers, "framework_familiarity", "flask") {
        Some(Framework::Flask)
    } else {
        None
    };
    for c in contributions.iter_mut() {
        let choice = c.choice();
        let satellite = choice.part == Some(Part::FlaskSatellite);
        let mut parts = HybridParts { possible, pattern: c.points[2], ..HybridParts::default() };
        if possible {
            if choice.part != Some(Part::SingleCodebase) {
                parts.core = c.points[0].max(0);
            }
            if satellite {
                parts.flask_parts = c.points[1].max(0);
            }
            c.points[2] += parts.core + parts.flask_parts;
        }
        tally.django_core |= c.points[0] >= 2 * POINT || running == Some(Framework::Django);
        tally.core_set_aside |= c.set_aside == Some(SetAside::RunningSystem) && c.raw[0] >= 2 * POINT;
        tally.add(c, parts);
    }
    (contributions, tally)
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
    /// `(considered, ops_ready, separable_part)`, see [`hybrid_preconditions`].
    pre: (bool, bool, bool),
    /// A counted contribution gives Django at least 2 points, or the running
    /// system is a Django core.
    django_core: bool,
    /// What the answer on running several services says.
    ops: OpsAnswer,
    /// Some answer's 2 Django points or more are set aside for a running system.
    core_set_aside: bool,
    /// The project is more than a single service.
    several_parts: bool,
    /// The framework of a running system.
    running: Option<Framework>,
    /// The framework the team knows, when one.
    team_knows: Option<Framework>,
}

impl Tally {
    fn add(&mut self, c: &Contribution, parts: HybridParts) {
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

    /// Rules 6 and 7 of the module docs: the gate, the recommendation and the runner-up.
    /// Also returns the tie-break that settled an exact tie.
    fn decide(&self) -> (HybridGate, Option<Framework>, Option<Framework>, Option<TieBreak>) {
        use Framework::{Django, Flask};
        let [d, f, h] = self.scores;
        let (considered, ops_ready, separable_part) = self.pre;
        let hybrid = HybridGate {
            considered,
            ops_ready,
            ops: self.ops,
            separable_part,
            django_core: self.django_core,
            core_set_aside: self.core_set_aside,
            several_parts: self.several_parts,
            leads: h > 0 && h >= d.max(f),
        };
        let [sd, sf, _] = self.strong;
        let tied = |w: Framework, why: TieBreak| (Some(w), Some(if w == Django { Flask } else { Django }), Some(why));
        let (recommendation, runner_up, tie_break) = if !self.moved {
            (None, None, None)
        } else if hybrid.open() {
            let alt = if d >= f { Django } else { Flask };
            (Some(Framework::Hybrid), Some(alt), (h == d.max(f)).then_some(TieBreak::HybridAtLeastBest))
        } else if d > f {
            (Some(Django), Some(Flask), None)
        } else if d < f {
            (Some(Flask), Some(Django), None)
        } else if let Some(w) = self.running {
            tied(w, TieBreak::Incumbent)
        } else if let Some(w) = self.team_knows {
            tied(w, TieBreak::TeamKnows)
        } else if sd > sf {
            tied(Django, TieBreak::MoreStrong(sd, sf))
        } else if sf > sd {
            tied(Flask, TieBreak::MoreStrong(sf, sd))
        } else {
            tied(Django, TieBreak::DjangoBaseline(sd))
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
    let (_, tally) = scored(answers);
    let (_, recommendation, _, _) = tally.decide();
    (tally.scores, recommendation)
}

/// Scores `answers`. Deterministic: the same answers always give the same
/// assessment, contributions in the same order.
pub fn assess(answers: &Answers) -> Assessment {
    let (mut contributions, tally) = scored(answers);
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
    let (hybrid, recommendation, runner_up, tie_break) = tally.decide();
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

/// The framework already in use (from `existing_codebase`, see [`in_use`])
/// and what the recommendation means for it (rule 9 of the module docs);
/// `None` for a new project, an unanswered or ignored question, or no
/// recommendation.
pub fn existing_path(answers: &Answers, recommendation: Option<Framework>) -> Option<(Framework, ExistingPath)> {
    let existing = in_use(answers)?;
    let path = match recommendation? {
        Framework::Hybrid => ExistingPath::Coexist,
        r if r == existing => ExistingPath::Extend,
        _ if new_work_is_a_service(answers) => ExistingPath::Coexist,
        _ => ExistingPath::Rewrite,
    };
    Some((existing, path))
}

/// True when the answers describe the new work as a service of its own
/// beside the main system (rule 9 of the module docs).
/// A fact about the project, so importance does not change it. A team that
/// says it cannot run several services builds the new work inside the
/// running system instead.
fn new_work_is_a_service(answers: &Answers) -> bool {
    let service = answers.is("app_type", "focused_service")
        || answers.is("architecture_style", "microservices")
        || answers.is("architecture_style", "core_plus_services")
        || answers.is("heavy_processing", "separate_processing_services")
        || answers.is("scope_complexity", "core_plus_specialized");
    service && !answers.is("multi_service_ops", "no")
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
