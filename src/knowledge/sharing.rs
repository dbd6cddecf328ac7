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
