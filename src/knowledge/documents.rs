//! The wording of the documents a user sends: the Markdown report
//! ([`crate::report`]), the decision record ([`crate::madr`]) and the
//! printout. Headings and the fixed sentences around the engine's figures
//! and the knowledge base's reasons; the renderers only lay them out.

/// The report's title when the assessment has no name.
pub const REPORT_TITLE_UNNAMED: &str = "Django or Flask: framework recommendation";
/// After the assessment's name in the report's title.
pub const REPORT_TITLE_AFTER_NAME: &str = ": framework recommendation";
/// The line under the title, before the date: "Prepared with the Django/Flask Advisor on 2026-12-07."
pub const PREPARED_ON: &str = "Prepared with the Django/Flask Advisor on";
/// The same line without a date.
pub const PREPARED: &str = "Prepared with the Django/Flask Advisor.";

/// The close-call note in a document (the app's says where to look on screen).
pub const CLOSE_CALL_DOCUMENT: &str =
    "The top two scores are within 2 points. Both are defensible; the answers that matter most to the team should decide between them.";

/// Report section headings, in order.
pub const H_RECOMMENDATION: &str = "Recommendation";
/// The answers the team gave.
pub const H_ANSWERS: &str = "Answers given";
/// The needs and context factors behind the score.
pub const H_DECIDED: &str = "What decided it";
/// The hinges and risks.
pub const H_RISKS: &str = "Risks and what would change it";
/// The build list.
pub const H_BUILD: &str = "What a Flask build assembles";
/// The disagreements that bear on the answers.
pub const H_DISAGREE: &str = "Where the articles disagree on these answers";
/// The corrections from beyond the articles that bear on the answers.
pub const H_CORRECTIONS: &str = "Corrections from beyond the articles";
/// The sources.
pub const H_SOURCES: &str = "Sources";
/// The share link.
pub const H_LINK: &str = "Open this assessment";

/// Before the list of skipped questions: "Not answered (19): …".
pub const NOT_ANSWERED: &str = "Not answered";
/// When no question is answered.
pub const NOTHING_ANSWERED: &str = "No question has been answered yet.";
/// Before the flowchart's path, on one line.
pub const CHART_PATH: &str = "Decision chart:";
/// Before the needs a set-aside answer spoke to.
pub const FOR_NEEDS: &str = "for";
/// Questions that state facts of the project rather than choices: the
/// report's risks never offer another option of them.
pub const FACT_QUESTIONS: [&str; 2] = ["existing_codebase", "rewrite_scope"];
/// Heading of the answers that move no points.
pub const NEUTRAL_TITLE: &str = "Answers that move no points";
/// Before the answers that asked for a need but count nothing for it.
pub const ALSO_ASKED: &str = "Answers that asked for these needs but count nothing for them";
/// Before the hinges when there are some.
pub const HINGES_INTRO: &str = "The answers this result depends on most, and what another answer would do:";
/// Before a hinge's alternative, after the question: "answering “X” instead …".
pub const ANSWERING: &str = "answering";
/// Below the disagreements: what each note is.
pub const DISAGREE_INTRO: &str =
    "Only the disagreements that bear on the answers given are listed; the advisor's handling is said with each.";
/// The advisor's handling of a disagreement, before it.
pub const HANDLING: &str = "How the advisor handles it:";
/// Below the corrections: what they are.
pub const CORRECTIONS_INTRO: &str =
    "Where an article is wrong or out of date about today's Django or Flask, the score rests on the current facts below.";
/// Parts of a correction: what was claimed, what holds, the reference.
pub const CLAIMED: &str = "Claimed:";
/// What holds today.
pub const TODAY: &str = "Today:";
/// The reference.
pub const REFERENCE: &str = "Reference:";
/// Source fields that an article does not give.
pub const PUBLISHER_NOT_STATED: &str = "publisher not stated";
/// The author is not given.
pub const AUTHOR_NOT_STATED: &str = "author not stated";
/// The date is not given.
pub const DATE_NOT_STATED: &str = "date not stated";
/// The labels of a source's fields.
pub const SOURCE_FIELDS: [&str; 3] = ["Publisher", "author", "date"];
/// After the share link.
pub const LINK_NOTE: &str =
    "The link holds the answers themselves, so it opens this assessment in the advisor without any account or server.";

/// The Report tab's introduction.
pub const REPORT_TAB_INTRO: &str = "Take the assessment with you: a Markdown report a client can read as it is (the recommendation, the answers, what decided it, the risks, the disagreements and corrections that bear on these answers, and the sources); a decision record for your architecture decision log, in MADR (the Markdown Architectural Decision Records format); the same report printed or saved as PDF from your browser's print dialog; or a JSON file you can open here again or import into Profiles.";
/// Label of the documents' name field.
pub const REPORT_NAME_LABEL: &str = "Title of the report and the decision record";
/// Shown in the empty name field when the assessment has no name.
pub const REPORT_NAME_PLACEHOLDER: &str = "e.g. Patient portal";
/// Under the name field.
pub const REPORT_NAME_HINT: &str = "Left empty, the documents take the name of the saved profile or of the shared assessment on screen. The name is used for these documents only.";
