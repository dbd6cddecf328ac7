//! The Team tab's panel and the messages above the questionnaire as static
//! HTML, for a visit opened by a team link: the first-answer module
//! (`src/bin/early_team.rs`) puts them into the page before the app has
//! loaded, so that a colleague's team link is on screen at once. The live
//! app's components (`ui::team`, `ui::notice`) bind the same wording (the
//! constants below, [`crate::knowledge::interface::TEAM_INTRO`], the
//! [`crate::team`] summaries), and the native test `tests/team_parity.rs`
//! renders them with Leptos and compares them with this markup, so that a
//! change to one side that the other does not follow fails `cargo test`.
//!
//! Every text from a link (a person's name) is escaped ([`escape`]).

use crate::codec::profile::Profile;
use crate::engine::format_score;
use crate::knowledge::interface::TEAM_INTRO;
use crate::knowledge::{Framework, QUESTIONS};
use crate::result_html::escape;
use crate::session::Message;
use crate::team::{compare, group_summary, profile_key, recommendation_name, Disagreement, TeamMember};

/// The panel's heading (`#team-title`).
pub const TEAM_TITLE: &str = "Team view";
/// The label of the field for pasted links (`#team-links`).
pub const PASTE_LABEL: &str = "Share links or a team link, one per line";
/// The button that adds the pasted links (`#team-add`).
pub const ADD_LINKS: &str = "Add to the team view";
/// The button that adds the user's own answers (`#team-add-you`).
pub const ADD_YOU: &str = "Add my current answers";
/// The button that empties the team view (`#team-clear`).
pub const CLEAR_TEAM: &str = "Clear the team view";
/// The heading of the saved profiles' checkboxes.
pub const SAVED_PROFILES: &str = "Saved profiles";
/// The heading of the disagreements.
pub const DIFFER_TITLE: &str = "Where the answers differ";
/// Before the list of ways to settle a disagreement.
pub const SETTLE_HEAD: &str = "If everyone answered:";
/// The copy button of the team link (`#copy-team-link`).
pub const COPY_TEAM_LINK: &str = "Copy team link";
/// The label of the team link's field once shown (`#team-link`).
pub const TEAM_LINK_FIELD: &str = "Team link";
/// The members table's accessible name.
pub const TABLE_LABEL: &str = "Team members, scrolls sideways";
/// The members table's caption (for screen readers).
pub const TABLE_CAPTION: &str = "Each person's recommendation and scores";
/// The members table's column heads: person, recommendation, scores, and
/// the actions' (for screen readers only).
pub const TABLE_HEADS: [&str; 4] = ["Person", "Recommendation", "Django · Flask · Hybrid", "Actions"];
/// A member's remove button; its accessible name adds the member's name.
pub const REMOVE: &str = "Remove";
/// The message's dismiss button, and its accessible name.
pub const DISMISS: (&str, &str) = ("Dismiss", "Dismiss message");

/// `" hidden"` when `hide`, for an element's attributes.
fn hidden(hide: bool) -> &'static str {
    if hide {
        " hidden"
    } else {
        ""
    }
}

/// A person's scores in the members table: "Django · Flask · Hybrid".
pub fn scores_cell(scores: [i32; 3]) -> String {
    format!("{} · {} · {}", format_score(scores[0]), format_score(scores[1]), format_score(scores[2]))
}

/// Each person's position on a disagreement, "Ann: Monolith · Bo: skipped".
pub fn positions_line(d: &Disagreement, labels: &[String]) -> String {
    labels.iter().zip(&d.positions).map(|(l, p)| format!("{l}: {}", p.label(d.question))).collect::<Vec<_>>().join(" · ")
}

/// Who would get what under a split settlement, in brackets:
/// " (Ann: Django · Bo: Flask)".
pub fn split_line(results: &[Option<Framework>], labels: &[String]) -> String {
    let who = labels.iter().zip(results).map(|(l, r)| format!("{l}: {}", recommendation_name(*r))).collect::<Vec<_>>().join(" · ");
    format!(" ({who})")
}

/// The messages' container (`div.messages`) with `messages` in it, as the
/// live app first renders them (`ui::notice::Messages`).
pub fn messages(messages: &[Message]) -> String {
    let items: String = messages
        .iter()
        .map(|m| {
            format!(
                r#"<div class="{}" data-tone="{}"><span>{}</span><button type="button" class="link-button" aria-label="{}">{}</button></div>"#,
                m.tone.class(),
                m.tone.id(),
                escape(&m.text),
                DISMISS.1,
                DISMISS.0
            )
        })
        .collect();
    format!(r#"<div class="messages" role="status" aria-live="polite">{items}</div>"#)
}

/// The Team tab's panel content for `team`, with a checkbox for each of
/// `profiles` (ticked when the profile is in the team), as the live app
/// first renders it (`ui::team::TeamPanel`); the team link's field is not
/// shown yet.
pub fn panel(team: &[TeamMember], profiles: &[Profile]) -> String {
    let view = compare(&team.iter().map(|m| m.answers.clone()).collect::<Vec<_>>());
    let labels: Vec<String> = team.iter().map(|m| m.label.clone()).collect();
    let boxes: String = profiles
        .iter()
        .map(|p| {
            let on = team.iter().any(|m| m.key == profile_key(&p.id));
            format!(r#"<label class="check"><input type="checkbox"{}> {}</label>"#, if on { " checked" } else { "" }, escape(&p.name))
        })
        .collect();
    let rows: String = team
        .iter()
        .zip(&view.results)
        .map(|(m, r)| {
            let label = escape(&m.label);
            format!(
                concat!(
                    r#"<tr data-member="{label}" data-recommendation="{rec}"><th scope="row">{label}</th><td>{name}</td>"#,
                    r#"<td class="num">{scores}</td><td><button type="button" class="link-button" aria-label="{remove} {label}">{remove}</button></td></tr>"#
                ),
                label = label,
                rec = r.recommendation.map_or("none", Framework::id),
                name = recommendation_name(r.recommendation),
                scores = scores_cell(r.scores),
                remove = REMOVE,
            )
        })
        .collect();
    let disagreements: String = view.disagreements.iter().map(|d| disagreement(d, &labels)).collect();
    format!(
        concat!(
            r#"<section aria-labelledby="team-title"><h2 id="team-title">{title}</h2><p>{intro}</p>"#,
            r#"<form class="team-add"><label for="team-links">{paste}</label><textarea id="team-links" rows="3"></textarea>"#,
            r#"<div class="save-row"><button type="submit" class="button" id="team-add">{add}</button>"#,
            r#"<button type="button" class="button secondary" id="team-add-you">{you}</button>"#,
            r#"<button type="button" class="button secondary" id="team-clear"{clear_off}>{clear}</button></div></form>"#,
            r#"<fieldset class="team-profiles"{no_profiles}><legend>{saved}</legend>{boxes}</fieldset>"#,
            r#"<p class="team-summary">{summary}</p>"#,
            r#"<div class="table-block scroller" role="region" tabindex="0" aria-label="{table_label}"{no_team}>"#,
            r#"<table class="comparison team-table"><caption class="sr-only">{caption}</caption>"#,
            r#"<thead><tr><th scope="col">{h0}</th><th scope="col">{h1}</th><th scope="col">{h2}</th>"#,
            r#"<th scope="col"><span class="sr-only">{h3}</span></th></tr></thead><tbody>{rows}</tbody></table></div>"#,
            r#"<div{one}><h3>{differ}</h3><ol class="disagreements">{disagreements}</ol>"#,
            r#"<div class="share-row"><button type="button" class="button secondary" id="copy-team-link">{copy}</button>"#,
            r#"<p class="copy-status" role="status"></p></div></div></section>"#
        ),
        title = TEAM_TITLE,
        intro = escape(TEAM_INTRO),
        paste = PASTE_LABEL,
        add = ADD_LINKS,
        you = ADD_YOU,
        clear_off = if team.is_empty() { " disabled" } else { "" },
        clear = CLEAR_TEAM,
        no_profiles = hidden(profiles.is_empty()),
        saved = SAVED_PROFILES,
        boxes = boxes,
        summary = escape(&view.summary()),
        table_label = TABLE_LABEL,
        no_team = hidden(team.is_empty()),
        caption = escape(TABLE_CAPTION),
        h0 = TABLE_HEADS[0],
        h1 = TABLE_HEADS[1],
        h2 = TABLE_HEADS[2],
        h3 = TABLE_HEADS[3],
        rows = rows,
        one = hidden(team.len() < 2),
        differ = DIFFER_TITLE,
        disagreements = disagreements,
        copy = COPY_TEAM_LINK,
    )
}

/// One disagreement's list item.
fn disagreement(d: &Disagreement, labels: &[String]) -> String {
    let q = &QUESTIONS[d.question];
    let settlements: String = d
        .settlements
        .iter()
        .map(|s| {
            let split = if s.consensus().is_none() {
                format!(r#"<span class="muted">{}</span>"#, escape(&split_line(&s.results, labels)))
            } else {
                String::new()
            };
            format!(
                r#"<li data-consensus="{}"><strong>{}</strong> → {}{split}</li>"#,
                s.consensus().map_or("none", Framework::id),
                escape(&s.position.label(d.question)),
                escape(&group_summary(&s.results)),
            )
        })
        .collect();
    format!(
        concat!(
            r#"<li class="disagreement" data-question="{qid}" data-decisive="{decisive}">"#,
            r#"<h4><button type="button" class="link-button">{title}</button></h4>"#,
            r#"<p class="muted">{impact}</p><p>{positions}</p><p class="settle-head">{settle}</p>"#,
            r#"<ul class="settlements">{settlements}</ul></li>"#
        ),
        qid = q.id,
        decisive = d.decisive,
        title = escape(q.title),
        impact = escape(&d.impact(labels.len())),
        positions = escape(&positions_line(d, labels)),
        settle = SETTLE_HEAD,
        settlements = settlements,
    )
}
