//! The Team tab: colleagues' share links, saved profiles and the user's own
//! answers side by side, with the questions they disagree on and what each
//! person would get if a disagreement were settled each way
//! (see [`crate::team`]).

use leptos::prelude::*;

use super::copy_link::CopyLink;
use super::dom::focus_question;
use super::state::AppState;
use crate::codec::profile::Profile;
use crate::codec::share::encode_team;
use crate::knowledge::interface::TEAM_INTRO;
use crate::knowledge::sharing::TEAM_LINK_COPIED;
use crate::knowledge::{Framework, QUESTIONS};
use crate::session::Action;
use crate::team::{compare, group_summary, profile_key, recommendation_name, Disagreement, TeamView};
use crate::team_html::{
    positions_line, scores_cell, split_line, ADD_LINKS, ADD_YOU, CLEAR_TEAM, COPY_TEAM_LINK, DIFFER_TITLE, PASTE_LABEL, REMOVE,
    SAVED_PROFILES, SETTLE_HEAD, TABLE_CAPTION, TABLE_HEADS, TABLE_LABEL, TEAM_LINK_FIELD, TEAM_TITLE,
};

fn disagreement_view(d: Disagreement, labels: Vec<String>) -> impl IntoView {
    let q = &QUESTIONS[d.question];
    let qid = q.id;
    let n = labels.len();
    let impact = d.impact(n);
    let positions = positions_line(&d, &labels);
    let settlements = d
        .settlements
        .iter()
        .map(|s| {
            let split = s.consensus().is_none().then(|| split_line(&s.results, &labels));
            view! {
                <li data-consensus=s.consensus().map_or("none", Framework::id)>
                    <strong>{s.position.label(d.question)}</strong> " \u{2192} " {group_summary(&s.results)}
                    {split.map(|who| view! { <span class="muted">{who}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="disagreement" data-question=qid data-decisive=d.decisive>
            <h4>
                <button type="button" class="link-button" on:click=move |_| focus_question(qid)>{q.title}</button>
            </h4>
            <p class="muted">{impact}</p>
            <p>{positions}</p>
            <p class="settle-head">{SETTLE_HEAD}</p>
            <ul class="settlements">{settlements}</ul>
        </li>
    }
}

/// The tab panel.
#[component]
pub fn TeamPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    let team = s.team;
    let pasted = RwSignal::new(String::new());
    let view_data = Memo::new(move |_| team.with(|t| compare(&t.iter().map(|m| m.answers.clone()).collect::<Vec<_>>())));

    let add_you = move |_| {
        s.dispatch(Action::TeamAddYou);
    };
    // One checkbox per saved profile, keyed by id and revision.
    let profile_box = move |p: Profile| {
        let key = profile_key(&p.id);
        let member = StoredValue::new(key.clone());
        let shown = p.name.clone();
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || team.with(|t| t.iter().any(|m| m.key == key))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        s.dispatch(Action::TeamInclude { id: p.id.clone(), on });
                        // When nothing changed (the team view is full), the
                        // box shows what the team view holds, not the click.
                        let holds = team.with_untracked(|t| member.with_value(|k| t.iter().any(|m| &m.key == k)));
                        if holds != on {
                            event_target::<web_sys::HtmlInputElement>(&ev).set_checked(holds);
                        }
                    }/>
                " " {shown}
            </label>
        }
    };
    // One row per member, keyed by everything it shows.
    let rows = move || {
        let results = view_data.with(|v| v.results.clone());
        team.with(|t| t.iter().zip(results).map(|(m, r)| (m.key.clone(), m.label.clone(), r.recommendation, r.scores)).collect::<Vec<_>>())
    };
    let member_row = move |(key, label, rec, scores): (String, String, Option<Framework>, [i32; 3])| {
        view! {
            <tr data-member=label.clone() data-recommendation=rec.map_or("none", Framework::id)>
                <th scope="row">{label.clone()}</th>
                <td>{recommendation_name(rec)}</td>
                <td class="num">{scores_cell(scores)}</td>
                <td><button type="button" class="link-button" aria-label=format!("{REMOVE} {label}")
                    on:click=move |_| { s.dispatch(Action::TeamRemove(key.clone())); }>{REMOVE}</button></td>
            </tr>
        }
    };
    let summary = move || view_data.with(TeamView::summary);
    let disagreements = move || {
        let labels: Vec<String> = team.with(|t| t.iter().map(|m| m.label.clone()).collect());
        view_data.with(|v| v.disagreements.clone()).into_iter().map(|d| disagreement_view(d, labels.clone())).collect_view()
    };

    view! {
        <section aria-labelledby="team-title">
            <h2 id="team-title">{TEAM_TITLE}</h2>
            <p>{TEAM_INTRO}</p>
            <form class="team-add" on:submit=move |ev| {
                ev.prevent_default();
                s.dispatch(Action::AddTeamLinks { text: pasted.get_untracked(), from_address: false });
                pasted.set(String::new());
            }>
                <label for="team-links">{PASTE_LABEL}</label>
                <textarea id="team-links" rows="3" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <div class="save-row">
                    <button type="submit" class="button" id="team-add">{ADD_LINKS}</button>
                    <button type="button" class="button secondary" id="team-add-you" on:click=add_you>{ADD_YOU}</button>
                    <button type="button" class="button secondary" id="team-clear" on:click=move |_| { s.dispatch(Action::TeamClear); }
                        disabled=move || team.with(Vec::is_empty)>{CLEAR_TEAM}</button>
                </div>
            </form>
            <fieldset class="team-profiles" hidden=move || s.library.with(|l| l.profiles.is_empty())>
                <legend>{SAVED_PROFILES}</legend>
                <For each=move || s.library.with(|l| l.profiles.clone()) key=|p: &Profile| (p.id.clone(), p.rev) children=profile_box/>
            </fieldset>
            <p class="team-summary">{summary}</p>
            <div class="table-block scroller" role="region" tabindex="0" aria-label=TABLE_LABEL
                hidden=move || team.with(Vec::is_empty)>
                <table class="comparison team-table">
                    <caption class="sr-only">{TABLE_CAPTION}</caption>
                    <thead><tr><th scope="col">{TABLE_HEADS[0]}</th><th scope="col">{TABLE_HEADS[1]}</th>
                        <th scope="col">{TABLE_HEADS[2]}</th><th scope="col"><span class="sr-only">{TABLE_HEADS[3]}</span></th></tr></thead>
                    <tbody><For each=rows key=|row| row.clone() children=member_row/></tbody>
                </table>
            </div>
            <div hidden=move || team.with(|t| t.len() < 2)>
                <h3>{DIFFER_TITLE}</h3>
                <ol class="disagreements">{disagreements}</ol>
                <CopyLink id="copy-team-link" field_id="team-link" label=COPY_TEAM_LINK field_label=TEAM_LINK_FIELD
                    copied=TEAM_LINK_COPIED
                    make=move || {
                        let location = window().location();
                        let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
                        team.with_untracked(|t| format!("{base}#{}", encode_team(t.iter().map(|m| (&m.answers, m.label.as_str())))))
                    }/>
            </div>
        </section>
    }
}
