//! The interface's fixed sentences: the panels' hints, empty states and
//! notices that do not depend on the answers. The panels bind them; none is
//! written in a component. (Sentences built from the session's facts are in
//! [`crate::session::messages`]; the method's own texts in [`super::method`].)

/// Under the flowchart's heading: how to read and use the chart.
pub const FLOWCHART_HINT: &str =
    "Your answers light a path from the top. A dashed box is a decision still waiting for an answer. Select a box to go to its question.";

/// The comparison tables when "only what bears on my answers" leaves no row.
pub const NO_RELEVANT_ROWS: &str = "No row matches your answers yet. Answer more questions, or show all rows.";

/// "Start from your code" when no package read bears on any question.
pub const NOTHING_SUGGESTED: &str = "No package here says anything this advisor asks about.";

/// "Start from your code": before the files that the files read include
/// (`-r other.txt`) but that were not given.
pub const INCLUDES_NOT_READ: &str = "Also included by your files, not read yet: ";

/// The page's footer: where the data stays.
pub const STAYS_IN_BROWSER: &str = "Runs entirely in your browser; nothing you enter leaves this page.";

/// When a new version of the app has been installed in the background.
pub const NEW_VERSION: &str = "A new version of the advisor is available. Your work is saved; reload when it suits you.";

/// Two compared profiles whose answers give the same points.
pub const NO_CONTRIBUTION_MOVES: &str = "No contribution moves: both give the same points.";

/// Under the list of saved records that could not be read.
pub const UNREADABLE_KEPT: &str = "They are kept exactly as found and never written over. Export them to inspect or repair them.";

/// When localStorage cannot be used: profiles last only as long as the page.
pub const PROFILES_IN_MEMORY: &str = "Profiles will not persist in this browser. Use Export to keep them.";

/// The team view's introduction.
pub const TEAM_INTRO: &str = "Compare how colleagues answered: paste their share links, tick saved profiles, or add your own answers. Disagreements that change someone's result come first, with what each person would get if the group settled the question each way.";

/// The What-if trial's banner, after "You are trying a change: " and the
/// change tried: what the result shows, and that nothing is saved yet.
pub const TRIAL_EXPLAINED: &str = "The result shows what it would give; nothing is saved until you keep it.";

/// The Profiles tab's list when nothing is saved.
pub const NO_PROFILES_YET: &str = "No saved profiles yet.";

/// After the files a dependency file includes and that were not read
/// ([`INCLUDES_NOT_READ`] and their names): how to read them too.
pub const INCLUDES_ADD_FILES: &str = "Use \u{201c}Add files\u{201d} to read what they list too.";

/// The end of the summary bar's link for screen readers: where it leads.
pub const STICKY_GO_TO_RESULT: &str = "Go to the result.";

/// A detail tab whose part of the app is still being fetched.
pub const PANEL_LOADING: &str = "Loading this tab\u{2026}";

/// A detail tab whose part of the app could not be fetched while offline.
pub const PANEL_OFFLINE: &str = "You are offline, and this tab has not been downloaded to this browser yet. \
    Your answers are safe: once you are back online it will load, and from then on it works offline too.";

/// A detail tab whose part of the app could not be fetched while online
/// (a network error, or a newer version of the app published since the
/// page was opened, which a reload picks up).
pub const PANEL_UNAVAILABLE: &str =
    "This tab could not be downloaded. Your answers are not affected: try again in a moment, or reload the page if it keeps failing.";

/// The button that fetches a detail tab's part of the app again.
pub const PANEL_RETRY: &str = "Try again";
