//! The notices above the questionnaire when a visit opens a link: the
//! preview banner of a share or prefill link, and the list of a prefill
//! link's skipped parameters. Their wording is here, once: the live app's
//! components (`ui::notice`) bind it, and the first-answer module
//! (`src/bin/early_scoring.rs`) puts the same markup ([`preview_banner`],
//! [`prefill_notice`]) into the page before the app has loaded, so that
//! nothing moves when the app takes over (checked by
//! `tests/e2e/early_entries.test.mjs`).
//!
//! Every text is escaped ([`escape`]): a link's name and its parameters
//! are the sender's text.

use crate::prefill::Skipped;
use crate::result_html::escape;

/// The preview banner's bold first sentence: a share link (`shared`) with
/// its `name` (empty for none), or a readable prefill link.
pub fn preview_title(name: &str, shared: bool) -> String {
    match (shared, name.is_empty()) {
        (true, false) => format!("You are viewing a shared assessment: \u{201c}{name}\u{201d}."),
        (true, true) => "You are viewing a shared assessment.".to_string(),
        (false, _) => "You are viewing answers from a link.".to_string(),
    }
}

/// What follows the banner's title (starts with a space).
pub const PREVIEW_BODY: &str =
    " Your own work and saved profiles are untouched until you choose below. You can change answers here to explore.";

/// The name a preview is saved under when the user types none.
pub fn preview_default_name(name: &str) -> String {
    if name.is_empty() {
        "Shared assessment".to_string()
    } else {
        name.to_string()
    }
}

/// The banner's buttons: (id, class, label).
pub const PREVIEW_BUTTONS: [(&str, &str, &str); 3] = [
    ("preview-save", "button", "Save as new profile"),
    ("preview-adopt", "button secondary", "Replace my current work with these"),
    ("preview-leave", "button secondary", "Back to my answers"),
];

/// The label of the adopt button once it asks for confirmation.
pub const PREVIEW_ADOPT_CONFIRM: &str = "Confirm: replace my current work (unsaved answers are kept as a profile)";

/// The preview banner as the live app first renders it, for a link named
/// `name` (empty for none); `shared` for a share link, else a prefill link.
pub fn preview_banner(name: &str, shared: bool) -> String {
    let kind = if shared { "share" } else { "prefill" };
    let buttons: String = PREVIEW_BUTTONS
        .iter()
        .map(|(id, class, label)| format!(r#"<button class="{class}" type="button" id="{id}">{}</button>"#, escape(label)))
        .collect();
    format!(
        concat!(
            r#"<div class="notice info preview-banner" role="region" aria-label="Preview of a link" data-preview="{kind}">"#,
            r#"<p><strong>{title}</strong>{body}</p><div class="preview-actions">"#,
            r#"<label>Name <input type="text" id="preview-name" maxlength="80" value="{value}"></label>{buttons}</div></div>"#
        ),
        kind = kind,
        title = escape(&preview_title(name, shared)),
        body = escape(PREVIEW_BODY),
        value = escape(&preview_default_name(name)),
        buttons = buttons,
    )
}

/// The skipped-parameters notice's bold first sentence, for `count` of them.
pub fn prefill_title(count: usize) -> String {
    if count == 1 {
        "One part of the link was ignored. ".to_string()
    } else {
        format!("{count} parts of the link were ignored. ")
    }
}

/// What follows that sentence.
pub const PREFILL_REST: &str = "The rest of it has been applied.";

/// A skipped parameter as shown: `name=value`.
pub fn skipped_code(s: &Skipped) -> String {
    format!("{}={}", s.name, s.value)
}

/// The skipped-parameters notice as the live app renders it; empty when
/// nothing was skipped.
pub fn prefill_notice(skipped: &[Skipped]) -> String {
    if skipped.is_empty() {
        return String::new();
    }
    let items: String =
        skipped.iter().map(|s| format!("<li><code>{}</code>: {}</li>", escape(&skipped_code(s)), escape(&s.reason))).collect();
    format!(
        r#"<div class="notice warn prefill-notice" role="alert"><p><strong>{}</strong>{}</p><ul>{items}</ul><button class="button secondary" type="button">Dismiss</button></div>"#,
        escape(&prefill_title(skipped.len())),
        escape(PREFILL_REST),
    )
}
