//! What the page says when a link is copied for sharing, and when the
//! browser refuses the clipboard (the link is then shown, selected, beside
//! the message, to copy by hand).

/// Beside a share, team or profile link the browser did not let the page
/// copy: said visibly next to the link's box, which holds it selected.
pub const CLIPBOARD_REFUSED: &str =
    "The browser did not allow copying: the link is in the box here, selected, ready to copy by hand (Ctrl+C, or \u{2318}C on a Mac).";

/// The summary bar's share button, visibly, when the browser refused (kept
/// short, so the bar keeps its height on a phone): the page then moves to
/// the share block's box, where [`CLIPBOARD_REFUSED`] says why.
pub const CLIPBOARD_REFUSED_SHORT: &str = "Not copied";

/// The same for screen readers, from the summary bar's share button.
pub const CLIPBOARD_REFUSED_BAR: &str =
    "The browser did not allow copying: the link is shown under the recommendation, selected, ready to copy.";

/// The share block's status after the link was copied.
pub const LINK_COPIED: &str = "Link copied: anyone who opens it sees these answers and this result.";

/// The Profiles tab's status after its share link was copied.
pub const PROFILE_LINK_COPIED: &str = "Share link copied. It holds the whole assessment in the part after #, which never reaches a server.";

/// The team view's status after its team link was copied.
pub const TEAM_LINK_COPIED: &str = "Team link copied: it opens this team view with everyone's answers.";

/// Said once the Markdown report has been downloaded.
pub const REPORT_DOWNLOADED: &str = "Markdown report downloaded.";

/// Said once the decision record (MADR) has been downloaded.
pub const RECORD_DOWNLOADED: &str = "Decision record downloaded.";

/// The summary bar's status for screen readers once its Share button has
/// copied the link.
pub const BAR_LINK_COPIED: &str = "Link copied.";

/// The summary bar's visible mark once its Share button has copied the link.
pub const BAR_COPIED_SHORT: &str = "Copied";
