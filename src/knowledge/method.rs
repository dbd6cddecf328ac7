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
pub const HYBRID_CAVEAT: (&str, &[SourceId]) = (
    "Only one of the three articles discusses combining the frameworks; the other two neither support nor reject it.",
    &[A001],
);

/// Why a Hybrid recommendation was withheld, one sentence per unmet condition,
/// in the order: ops readiness, separable part, Django core, score lead.
pub const HYBRID_UNMET: [&str; 4] = [
    "your team has not confirmed it can run several services with their own pipelines, a gateway or a message bus (question: Running several services)",
    "no answer names a separable part that suits a Flask service, such as batch jobs, hot endpoints or a specialised subsystem",
    "no answer shows a strong need for Django in the core of the system",
    "its score does not reach the best of Django and Flask",
];

/// The scoring rule, paragraph by paragraph, for the "How the score works" section.
pub const SCORING_RULE: [&str; 6] = [
    "Each answer adds points to Django, Flask or Hybrid according to how firmly the articles back it: 3 points when two or more articles agree or one argues it with reasons, 2 when one article says it clearly, 1 when the claim is hedged.",
    "Some answers depend on others: an internal tool counts for Django only when it has a back office or a relational model, and a deadline of weeks favours whichever framework already contains what you must ship.",
    "The importance beside each question scales its points: ignore counts nothing, low halves them, high doubles them. Points the articles disagree on stay capped at 1 whatever the importance, and both sides are shown.",
    "A question you skip adds nothing; it is never filled in with a guess. Fewer answers mean lower confidence.",
    "Hybrid is recommended only when your team can run several services, some part of the system suits a separate Flask service, the core shows a strong Django need, and Hybrid's score is at least the best of the other two.",
    "A margin of 2 points or less is a close call. Confidence is high when the margin is at least 6 points and a quarter of the winning score, with 8 or more answers; low for a close call or fewer than 4 answers; medium otherwise.",
];

/// Articles the scoring rule draws on (the strength scale follows the
/// inventory's conventions; the hybrid conditions follow [001]).
pub const SCORING_SOURCES: &[SourceId] = &[A000, A001, A002];

/// Shown when the flowchart's leaf and the scored recommendation differ.
pub const FLOW_VS_SCORE: &str = "The chart is the quick view: it stops at the first decisive answer on each branch. The score weighs every answer you gave, so answers further down the list (team, horizon, dependencies and so on) can outweigh the chart's deciding question. The contributions on the Result tab show which ones.";

/// How the "What would change it" search works, for the user.
pub const WHATIF_METHOD: &str = "Every change of one question is tried (another option, skipping it, or another importance), then every pair of changes to two questions. A pair is listed only when neither of its changes is enough on its own. The figures come from the same scoring rule as the result, so they are exact.";

/// Shown when the recommendation is a close call (margin of at most 2 points).
pub const CLOSE_CALL: &str = "The top two scores are within 2 points. Both are defensible; read the contributions and raise the importance of what matters most to you.";
