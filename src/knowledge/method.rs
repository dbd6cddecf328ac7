//! How the advisor turns answers into a recommendation, in words for the
//! user. The rule itself is implemented in [`crate::engine`]; these texts
//! describe it and must stay in step with it.

use super::sources::{SourceId, A000, A001, A002};

/// One short paragraph per framework, shown beside its score.
pub const FRAMEWORK_SUMMARY: [&str; 3] = [
    "A full-stack framework: ORM, migrations, admin, accounts and security defaults come with it.",
    "A microframework: routing and templates, with everything else chosen and added by your team.",
    "A Django core for users and business workflows, with separate Flask services for narrow or heavy workloads.",
];

/// Caveat shown whenever Hybrid is recommended: only one article discusses it.
pub const HYBRID_CAVEAT: (&str, &[SourceId]) =
    ("Only one of the three articles discusses combining the frameworks; the other two neither support nor reject it.", &[A001]);

/// Why a Hybrid recommendation was withheld, one phrase per unmet condition,
/// in the order: ops readiness (while the question on running several
/// services is unanswered; see [`HYBRID_UNMET_OPS`] for the answers that
/// close it), separable part, Django core (see [`HYBRID_UNMET_CORE_RUNNING`]),
/// several parts, score lead.
pub const HYBRID_UNMET: [&str; 5] = [
    "it needs a team that runs several services, each with its own pipeline, behind a gateway or a message bus, and the question on running several services is not answered yet",
    "no answer firmly names a separable part that suits a Flask service, such as batch or reporting services or a specialised subsystem (a few hot endpoints alone are a contested signal and do not count)",
    "no answer shows a strong need for Django in the core of the system",
    "a single focused service is built in one framework, never split across two",
    "its score does not reach the best of Django and Flask: the answers that argue against a Django core outweigh it",
];

/// [`HYBRID_UNMET`]'s first reason once the question on running several
/// services is answered: answered no, answered but set to ignore.
pub const HYBRID_UNMET_OPS: [&str; 2] = [
    "it needs a team that runs several services, each with its own pipeline, behind a gateway or a message bus, and you answered that your team cannot run several services",
    "it needs a team that runs several services, each with its own pipeline, behind a gateway or a message bus, and your answer on running several services is set to ignore",
];

/// [`HYBRID_UNMET`]'s Django-core reason when the answers that ask for
/// Django are not counted because a running system already covers them.
pub const HYBRID_UNMET_CORE_RUNNING: &str = "the answers that ask for Django in the core are not counted for your running system, which already has those capabilities or adds them in its own framework, and no other answer shows a strong need for a Django core";

/// Names of the three parts of Hybrid's score, in the order core, Flask
/// parts, pattern (see `crate::engine::HybridParts`).
pub const HYBRID_PARTS: [&str; 3] = ["Django core", "Flask parts", "coexistence pattern"];

/// Introduces the parts of Hybrid's score on the result panel.
pub const HYBRID_PARTS_INTRO: &str = "Hybrid's score adds up";

/// What the recommendation means for an existing system: a headline and a
/// sentence, by (framework in use, path), with the articles behind it.
/// Index: `[in use is Flask, in use is Django][extend, coexist, rewrite]`.
pub const EXISTING_PATHS: [[(&str, &str, &[SourceId]); 3]; 2] = [
    [
        ("Stay on Flask and extend it", "Your running Flask system stays; add the extensions your new needs call for (see the build list for what may still be missing).", &[A000, A001]),
        ("Build the new part in Django beside Flask", "Your running Flask system stays as it is; the new part is built as a Django service beside it, linked by an API or a message bus, with a pipeline of its own. If the two share data or users, decide which side owns the tables and the logins (single sign-on, for one). One article describes the two frameworks running together, though with Django at the centre. Nothing is rewritten.", &[A001]),
        ("Rewrite in Django, as a project of its own", "Moving a Flask system to Django means reshaping it into Django's layout and rebuilding its data models in Django's ORM; plan and budget it as a new project, not as a port.", &[A000]),
    ],
    [
        ("Stay on Django and extend it", "Your running Django system stays; the new needs fit inside it.", &[A000]),
        ("Add a Flask service beside Django", "Keep the Django system and build the new, narrow or heavy part as a separate Flask service behind an API gateway or a message bus, each with its own pipeline. Nothing is rewritten.", &[A001]),
        ("Rewrite in Flask, as a project of its own", "Leaving a running Django system means rebuilding it; plan it as a new project, and check first whether a Flask service beside Django would cover the need.", &[A000, A001]),
    ],
];

/// The plain statement of scope shown with every result.
pub const SCOPE: &str = "This advisor compares Django and Flask only, as its three articles do; other Python frameworks are not assessed.";

/// A scope note for answers where another framework is a usual choice:
/// `(question id, option id, sentence)`.
pub const SCOPE_NOTES: [(&str, &str, &str); 4] = [
    (
        "app_type",
        "api_backend",
        "For an API-only backend FastAPI is a common third choice, not weighed here; Django Ninja, often named beside it, is a Django package and counts as Django.",
    ),
    (
        "architecture_style",
        "microservices",
        "For a fleet of microservices, lighter API-first frameworks such as FastAPI are also common; they are not weighed here.",
    ),
    (
        "async_io",
        "heavy_concurrency",
        "For heavy async I/O, async-first frameworks such as Starlette, FastAPI or Quart are common choices; they are not weighed here.",
    ),
    (
        "async_io",
        "long_lived_connections",
        "For many open connections, async-first frameworks such as Starlette, FastAPI or Quart are common choices too; they are not weighed here.",
    ),
];

/// The scoring rule, paragraph by paragraph, for the "How the score works"
/// section. Must say what `crate::engine` and [`super::rubric`] do.
pub const SCORING_RULE: [&str; 10] = [
    "Each answer adds points to Django, Flask or Hybrid by one published rubric, not by taste: a claim made by two or three articles, at least one giving reasons, gives 3 points (strong evidence); made by one article that gives reasons, or by several without reasons, 2 (moderate); made by one article without reasons, or hedged, 1 (weak); an answer the articles give no lean adds nothing. A fact from public documentation (the frameworks' or their libraries'), marked as beyond the articles, counts as one more source, and a claim it shows to be outdated scores nothing.",
    "Some answers depend on others: an internal tool counts for Django only when it has a back office or a relational model; a deadline of weeks favours whichever framework already contains what you must ship; Django's security defaults count for less when the system is an API reached with tokens; a senior team's fluency in a framework weighs more.",
    "Each need counts once. Several answers can ask for the same capability (accounts, an admin, a data layer, security defaults, API tooling, real-time connections) or argue the same factor (consistent code across many hands, upkeep over the years, a fast first setup, the coexistence pattern, a narrow service, one large codebase): for each framework only the largest of their points counts, and the others are listed under it as counted once.",
    "A running system is a decision of its own. It already has each capability or adds it as an extension of its own framework, so capabilities never argue for leaving it; what can is the project's context (team, horizon, scope, architecture), weighed against the cost of a rewrite, which is multiplied by what a rewrite would throw away (a prototype ×1, a product in use ×5, a large system ×8; nothing when the new work is a service of its own beside the system and the team can run several services, since nothing is rewritten). A prototype is the exception: it is cheap to replace, so its needs count as a new build's. A tie keeps the running system's framework.",
    "The importance beside each question scales its points: ignore counts nothing, low halves them, high doubles them. Points another article contradicts stay capped at 1 whatever the importance, and both sides are shown.",
    "A question you skip adds nothing; it is never filled in with a guess. Fewer answers mean lower confidence.",
    "Hybrid means a Django core with Flask parts beside it. When your team can run several services and some part of the system firmly suits a separate Flask service (a few hot endpoints alone do not), Hybrid's score is Django's core points plus the Flask points of that part plus the coexistence pattern's own points. It is recommended when the core also shows a Django need of 2 points or more (or is a running Django system), the project is more than a single service, and its score is at least the best of the other two.",
    "A margin of 2 points or less is a close call. Confidence is high when the margin is at least 6 points and a quarter of the winning score, with 8 or more answers; low for a close call or fewer than 4 answers; medium otherwise. A Hybrid recommendation is at most medium, since only one article discusses it, and a result that means rewriting a running system is one level lower.",
    "For an existing system the result names the path: extend what you have; build the new part in the other framework beside it when Hybrid wins or the new work is a service of its own that the team can run beside it; or rewrite.",
    "All three articles are published by firms that sell development services and each includes an offer of them; the advisor uses their arguments, never their sales advice, and shows where they disagree.",
];

/// After "Based on" and the articles the scoring rule draws on: where the
/// weights come from.
pub const WEIGHTS_OURS: &str = "the weights are ours, set from how firmly the articles make each claim.";

/// Articles the scoring rule draws on (the strength scale follows the
/// inventory's conventions; the hybrid conditions follow [001]).
pub const SCORING_SOURCES: &[SourceId] = &[A000, A001, A002];

/// Shown when the flowchart's leaf and the scored recommendation differ.
pub const FLOW_VS_SCORE: &str = "The chart is the quick view: it stops at the first decisive answer on each branch. The score weighs every answer you gave, so answers further down the list (team, horizon, dependencies and so on) can outweigh the chart's deciding question. The contributions under Why show which ones.";

/// How the "What would change it" search works, for the user.
pub const WHATIF_METHOD: &str = "The search tries every change of one question (another option, skipping it, or another importance), then every pair of changes to two questions; a pair is listed only when neither of its changes is enough on its own. The answers your result hinges on are the answered questions where another option overturns the result or narrows the lead the most. Every figure comes from the same scoring rule as the result, so it is exact.";

/// Shown in the What-if tab before any answer moves a score.
pub const WHATIF_NOTHING_YET: &str = "Answer a few questions first: there is no recommendation to change yet.";

/// Shown when no other option of any answered question weakens the lead.
pub const WHATIF_NO_HINGES: &str = "No other option of the questions you answered would narrow the lead.";

/// Shown when the recommendation is a close call (margin of at most 2 points).
pub const CLOSE_CALL: &str = "The top two scores are within 2 points. Both are defensible; read the contributions and raise the importance of what matters most to you.";

/// Beside an answer whose points another answer to the same need carries.
pub const SET_ASIDE_ONCE: &str = "counted once: another answer gives this need as many points or more";

/// Beside an answer about a capability (or a first setup) of a running
/// system; followed by how the framework in use covers it, when known.
pub const SET_ASIDE_RUNNING: &str = "not counted for a running system: it already has this or adds it in its own framework";

/// Heading of the needs in the "Why" tab.
pub const NEEDS_TITLE: &str = "What the project needs, each counted once";

/// Heading of the context factors in the "Why" tab.
pub const FACTORS_TITLE: &str = "Project context";

/// Labels of a need's kind in the "Why" tab: capability, factor.
pub const NEED_KINDS: [&str; 2] = ["capability", "factor argued by several answers"];

/// Shown where an answer moves no score.
pub const NO_POINTS: &str = "no points";

/// The "Why" tab before any answer moves a score.
pub const NOTHING_SCORES: &str = "Nothing scores yet.";

/// The "Why" tab while the first answers are scored by the small module
/// and the app, which lists every point, is still loading.
pub const WHY_LOADING: &str = "Every point of this score is listed here as soon as the page has finished loading.";

/// The evidence label of a contested contribution, with the cap it carries.
pub const CONTESTED_CAP: &str = "contested — capped at 1 point";

/// The questionnaire's opening hint.
pub const QUESTIONNAIRE_HINT: &str =
    "Skip anything you are unsure of: a skipped question adds no points. The importance menu beside each question scales its points.";

/// Beside an option whose points all depend on other answers.
pub const DEPENDS_ON_OTHERS: &str = "(depends on other answers)";

/// Beside an option that scores and may score more with other answers.
pub const MORE_WITH_OTHERS: &str = "with other answers";

/// Why the confidence is what it is (see `crate::engine::Confidence`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfidenceWhy {
    /// A clear lead backed by many answers (high).
    ClearLead,
    /// A lead that more answers could change (medium).
    LeadCouldChange,
    /// Hybrid rests on one article (at most medium).
    OneArticleHybrid,
    /// The result means rewriting a running system (one level lower).
    Rewrite,
    /// The top two are within the close-call margin (low).
    CloseScores,
    /// Fewer than four answers (low).
    FewAnswers,
}

impl ConfidenceWhy {
    /// The reason as a short phrase that follows "Confidence: high — ".
    pub const fn text(self) -> &'static str {
        match self {
            ConfidenceWhy::ClearLead => "a clear lead backed by many answers",
            ConfidenceWhy::LeadCouldChange => "a lead that more answers could still change",
            ConfidenceWhy::OneArticleHybrid => "only one article discusses a hybrid",
            ConfidenceWhy::Rewrite => "it means rewriting a system that runs today",
            ConfidenceWhy::CloseScores => "the scores are close",
            ConfidenceWhy::FewAnswers => "only a few questions are answered",
        }
    }
}

/// The result panel's headline before any answer moves a score.
pub const NO_RECOMMENDATION: &str = "No recommendation yet";

/// Under that headline.
pub const NO_RECOMMENDATION_HINT: &str = "Answer a few questions and the recommendation appears here.";

/// Introduces the unmet hybrid conditions ([`HYBRID_UNMET`]).
pub const HYBRID_WITHHELD: &str = "Hybrid was considered but not recommended:";

/// Introduces a common choice the articles do not name.
pub const OUTSIDE_SOURCES: &str = "Common choice, outside the sources:";

/// Labels a correction from beyond the articles.
pub const BEYOND_LABEL: &str = "Beyond the articles";

/// Introduces a disagreement between the articles in the explanation.
pub const ARTICLES_DISAGREE: &str = "The articles disagree:";

/// How an exact tie between the recommendation and the runner-up was settled
/// (see [`crate::engine::TieBreak`]): Hybrid at least equal to the best of
/// the other two. Completes "Hybrid ties with Django at 5 points and goes first: ...".
pub const TIE_HYBRID: &str =
    "it is recommended whenever its conditions are met and it scores at least as much as the better of the other two";

/// Tie settled by the answers worth 2 points or more; completes "Flask ties
/// with Django at 5 points and goes first: ...".
pub const TIE_MORE_STRONG: &str = "more of its points come from answers worth 2 points or more";

/// Tie settled by the baseline rule (Django and Flask tie with as many answers
/// worth 2 points or more each); ends the sentence. [000] and [002] call
/// Django safer out of the box.
pub const TIE_BASELINE: &str = "two of the articles treat Django's built-in defaults as the safer starting point";

/// Tie settled by the running system: completes "Flask ties with Django at
/// 5 points and goes first: ...".
pub const TIE_INCUMBENT: &str = "it is the framework of your running system, and a tie never justifies a rewrite";

/// Tie settled by what the team knows; completes the same sentence.
pub const TIE_TEAM_KNOWS: &str = "it is the framework your team already knows, which decides when the evidence is even";

/// Under the scores when some score is below zero, followed by the names of
/// the options concerned: what a negative score means.
pub const BELOW_ZERO: &str = "A score below zero means that more of your answers count against that option than for it";

/// The same, in the phone summary bar, after the score: `"Hybrid −2 (against)"`.
pub const BELOW_ZERO_SHORT: &str = "(against)";
