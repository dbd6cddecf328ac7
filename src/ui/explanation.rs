//! The explanation: every contribution to the score, ordered by impact, with
//! its reasoning, its sources, any correction from beyond the articles it
//! rests on and, for every disagreement between the articles that bears on
//! the answer, both sides.

use leptos::prelude::*;

use super::cites::{beyond_view, note_body, Cites};
use super::state::AppState;
use super::tabs::open_note;
use crate::engine::{Contribution, Importance, NeedRow, SetAside};
use crate::format::{evidence_label, framework_points};
use crate::knowledge::method::{
    ARTICLES_DISAGREE, FACTORS_TITLE, NEEDS_TITLE, NEED_KINDS, NOTHING_SCORES, NO_POINTS, SCORING_RULE, SCORING_SOURCES, SET_ASIDE_ONCE,
    SET_ASIDE_RUNNING, WEIGHTS_OURS, WHY_LOADING,
};
use crate::knowledge::{notes_for, Contested, Framework, NeedKind, Strength};

fn points_badges(c: &Contribution) -> impl IntoView {
    badges(c.points)
}

fn badges(points: [i32; 3]) -> impl IntoView {
    let badges: Vec<_> = Framework::ALL
        .iter()
        .zip(points)
        .filter(|(_, p)| *p != 0)
        .map(|(f, p)| {
            view! {
                <span class=format!("badge {}", f.id()) data-framework=f.id() data-points=p>
                    {framework_points(p, *f)}
                </span>
            }
        })
        .collect();
    if badges.is_empty() {
        view! { <span class="badge neutral">{NO_POINTS}</span> }.into_any()
    } else {
        badges.into_any()
    }
}

/// A note of disagreement, collapsed: its topic, then both sides, any
/// correction from beyond the articles not already shown beside it, and how
/// the advisor handles it, with a link to the overview.
fn contested_view(c: &'static Contested, shown_beyond: Option<&'static str>) -> impl IntoView {
    let tab = expect_context::<AppState>().tab;
    let open = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        open_note(tab, c.id);
    };
    view! {
        <details class="contested" data-contested=c.id>
            <summary>{format!("{ARTICLES_DISAGREE} {}", c.topic)}</summary>
            {note_body(c, shown_beyond)}
            <p class="see-all"><a href=format!("#note-{}", c.id) on:click=open>"See it among all the disagreements"</a></p>
        </details>
    }
}

fn item(c: &Contribution) -> impl IntoView {
    let q = c.question();
    let choice = c.choice();
    let effect = c.effect();
    let contested = choice.strength == Strength::Contested;
    let shown_beyond = choice.beyond.map(|b| b.id);
    // One evidence label, agreeing with the points (none when the answer
    // moves none), then the importance and why any points were set aside.
    let label = evidence_label(c);
    let weight = (c.importance != Importance::Normal).then(|| format!("importance {}", c.importance.id()));
    let set_aside = c.set_aside.map(|s| match s {
        SetAside::CountedOnce => SET_ASIDE_ONCE,
        SetAside::RunningSystem => SET_ASIDE_RUNNING,
    });
    let sep = |before: bool| before.then_some(" · ");
    let meta = (label.is_some() || weight.is_some() || set_aside.is_some()).then(|| {
        let weight_sep = sep(label.is_some());
        let set_aside_sep = sep(label.is_some() || weight.is_some());
        view! {
            <p class="meta">
                {label}
                {weight.map(|w| view! { {weight_sep} {w} })}
                {set_aside.map(|t| view! { {set_aside_sep} <span class="set-aside-why">{t}</span> })}
            </p>
        }
    });
    view! {
        <li class="contribution" class:is-contested=contested class:set-aside=set_aside.is_some() data-question=q.id data-option=choice.id>
            <div class="contribution-head">
                <a class="contribution-q" href=format!("#q-{}", q.id)>{q.title} ": " <span>{choice.label}</span></a>
                <span class="badges">{points_badges(c)}</span>
            </div>
            <p class="reason">{effect.reason} " " <Cites sources=effect.sources/></p>
            {meta}
            {choice.beyond.map(beyond_view)}
            {notes_for(q.id, choice.id).into_iter().map(|n| contested_view(n, shown_beyond)).collect_view()}
        </li>
    }
}

/// One need: its name, kind, how each framework covers it and the points it
/// counts, then every answer that spoke to it.
fn need_row(row: &NeedRow) -> impl IntoView {
    let need = row.need;
    let kind = NEED_KINDS[usize::from(need.kind() == NeedKind::Factor)];
    let covered = need.covered_by().map(|(django, flask)| view! { <p class="need-covered">"Django: " {django} " · Flask: " {flask}</p> });
    let items = row.contributions.iter().map(item).collect_view();
    view! {
        <li class="need" data-need=need.id()>
            <div class="contribution-head">
                <span class="need-name">{need.name()} <span class="need-kind">" (" {kind} ")"</span></span>
                <span class="badges">{badges(row.points)}</span>
            </div>
            {covered}
            <ol class="contributions need-answers">{items}</ol>
        </li>
    }
}

/// The "Why" tab: every contribution of the current assessment (the
/// settled one: it follows a change once the new result has been painted,
/// see [`super::defer`]), and how the score works.
#[component]
pub fn ExplanationPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.settled_assessment;
    // Keyed lists: an answer change re-renders only the items it changes.
    // Needs first (each counted once), then the context factors that move
    // points, then the answers that move none.
    let needs = move || {
        view! {
            <For
                each=move || a.with(|a| a.needs())
                key=|row| format!("{row:?}")
                children=|row| need_row(&row)
            />
        }
    };
    let list = move |neutral: bool| {
        view! {
            <For
                each=move || a.with(|a| a.factors().filter(|c| c.is_neutral() == neutral).copied().collect::<Vec<_>>())
                key=|c| (c.question, c.choice, c.effect, c.importance, c.points)
                children=|c| item(&c)
            />
        }
    };
    let has_moving = move || a.with(|a| a.contributions.iter().any(|c| !c.is_neutral()));
    let has_needs = move || a.with(|a| a.contributions.iter().any(|c| c.need.is_some()));
    let has_factors = move || a.with(|a| a.factors().any(|c| !c.is_neutral()));
    let has_neutral = move || a.with(|a| a.factors().any(|c| c.is_neutral()));
    view! {
        <section class="explanation" aria-labelledby="explanation-title">
            <h2 id="explanation-title">"Why: every point of the score"</h2>
            // The second text is shown instead of the first only while the
            // first answers are scored before the app has loaded, until the
            // app's tabs take the rendered ones' place (the first-answer module marks
            // `#app[data-early-result]`, src/first_screen/dom.rs, src/ui/takeover.rs removes it).
            <Show when=has_moving fallback=|| view! { <p class="muted why-empty">{NOTHING_SCORES}</p> <p class="muted why-loading">{WHY_LOADING}</p> }>
                <Show when=has_needs>
                    <h3>{NEEDS_TITLE}</h3>
                    <ol class="needs">{needs()}</ol>
                </Show>
                <Show when=has_factors>
                    <h3>{FACTORS_TITLE}</h3>
                    <ol class="contributions">{list(false)}</ol>
                </Show>
            </Show>
            <Show when=has_neutral>
                <h3>"Answers that move no points"</h3>
                <ol class="contributions neutral">{list(true)}</ol>
            </Show>
            <details class="method">
                <summary>"How the score works"</summary>
                {SCORING_RULE.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                <p class="muted">"Based on " <Cites sources=SCORING_SOURCES/> "; " {WEIGHTS_OURS}</p>
            </details>
        </section>
    }
}
