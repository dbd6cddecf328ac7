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

/// What follows the banner's title (starts with a space): with `own` work
/// in this browser, that it is untouched; without, that nothing is replaced.
pub fn preview_body(own: bool) -> &'static str {
    if own {
        " Your own work and saved profiles are untouched until you choose below. You can change answers here to explore."
    } else {
        " You have no answers of your own in this browser yet, so nothing here replaces anything. Change answers to explore, then keep them as your work or save them as a profile."
    }
}

/// The name a preview is saved under when the user types none.
pub fn preview_default_name(name: &str) -> String {
    if name.is_empty() {
        "Shared assessment".to_string()
    } else {
        name.to_string()
    }
}

/// The save button (`#preview-save`).
pub const PREVIEW_SAVE: &str = "Save as new profile";
/// The adopt button (`#preview-adopt`) when there is own work to replace.
pub const PREVIEW_ADOPT: &str = "Replace my current work with these";
/// The adopt button once it asks for confirmation.
pub const PREVIEW_ADOPT_CONFIRM: &str = "Confirm: replace my current work (unsaved answers are kept as a profile)";
/// The way back to the own work (`#preview-leave`), shown only when there is some.
pub const PREVIEW_LEAVE: &str = "Back to my answers";
/// The adopt button when there is no own work: nothing is replaced.
pub const PREVIEW_KEEP: &str = "Keep as my work";

/// The banner's buttons after the name field, as (id, class, label): with
/// `own` work, replace it or go back to it; without, keep these answers.
pub fn preview_buttons(own: bool) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut out = vec![("preview-save", "button", PREVIEW_SAVE)];
    if own {
        out.push(("preview-adopt", "button secondary", PREVIEW_ADOPT));
        out.push(("preview-leave", "button secondary", PREVIEW_LEAVE));
    } else {
        out.push(("preview-adopt", "button secondary", PREVIEW_KEEP));
    }
    out
}

/// The preview banner as the live app first renders it, for a link named
/// `name` (empty for none); `shared` for a share link, else a prefill link;
/// `own` when the visitor has own work in this browser.
pub fn preview_banner(name: &str, shared: bool, own: bool) -> String {
    let kind = if shared { "share" } else { "prefill" };
    let buttons: String = preview_buttons(own)
        .iter()
        .map(|(id, class, label)| format!(r#"<button class="{class}" type="button" id="{id}">{}</button>"#, escape(label)))
        .collect();
    format!(
        concat!(
            r#"<div class="notice info preview-banner" role="region" aria-label="Preview of a link" data-preview="{kind}" data-own-work="{own}">"#,
            r#"<p><strong>{title}</strong>{body}</p><div class="preview-actions">"#,
            r#"<label>Name <input type="text" id="preview-name" maxlength="80" value="{value}"></label>{buttons}</div></div>"#
        ),
        kind = kind,
        own = if own { "yes" } else { "no" },
        title = escape(&preview_title(name, shared)),
        body = escape(preview_body(own)),
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
