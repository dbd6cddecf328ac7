//! The explanation: every contribution to the score, ordered by impact, with
//! its reasoning, its sources and, where the articles disagree, both sides.

use leptos::prelude::*;

use super::sources::Cites;
use super::AppState;
use crate::engine::{format_points, Contribution, Importance};
use crate::knowledge::method::{SCORING_RULE, SCORING_SOURCES};
use crate::knowledge::{Contested, Framework, Strength};

fn points_badges(c: &Contribution) -> impl IntoView {
    let badges: Vec<_> = Framework::ALL
        .iter()
        .zip(c.points)
        .filter(|(_, p)| *p != 0)
        .map(|(f, p)| {
            view! {
                <span class=format!("badge {}", f.id()) data-framework=f.id() data-points=p>
                    {format_points(p)} " " {f.name()}
                </span>
            }
        })
        .collect();
    if badges.is_empty() {
        view! { <span class="badge neutral">"no points"</span> }.into_any()
    } else {
        badges.into_any()
    }
}

fn contested_view(c: &'static Contested) -> impl IntoView {
    view! {
        <details class="contested">
            <summary>"The articles disagree: " {c.topic}</summary>
            <ul>
                <li>{c.side_a.text} " " <Cites sources=c.side_a.sources/></li>
                <li>{c.side_b.text} " " <Cites sources=c.side_b.sources/></li>
            </ul>
            <p><strong>"How the advisor handles it: "</strong>{c.handling}</p>
        </details>
    }
}

fn item(c: &Contribution) -> impl IntoView {
    let q = c.question();
    let choice = c.choice();
    let effect = c.effect();
    let contested = choice.strength == Strength::Contested;
    let weight = (c.importance != Importance::Normal).then(|| format!(" · importance {}", c.importance.id()));
    view! {
        <li class="contribution" class:is-contested=contested data-question=q.id data-option=choice.id>
            <div class="contribution-head">
                <a class="contribution-q" href=format!("#q-{}", q.id)>{q.title} ": " <span>{choice.label}</span></a>
                <span class="badges">{points_badges(c)}</span>
            </div>
            <p class="reason">{effect.reason} " " <Cites sources=effect.sources/></p>
            <p class="meta">
                {if contested { "contested — capped at 1 point" } else { choice.strength.label() }}
                {weight}
            </p>
            {choice.contested.map(contested_view)}
        </li>
    }
}

/// The "Why" tab: every contribution of the current assessment, and how
/// the score works.
#[component]
pub fn ExplanationPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let a = state.assessment;
    // Keyed lists: an answer change re-renders only the items it changes.
    let list = move |neutral: bool| {
        view! {
            <For
                each=move || a.with(|a| a.contributions.iter().filter(|c| c.is_neutral() == neutral).copied().collect::<Vec<_>>())
                key=|c| (c.question, c.choice, c.effect, c.importance, c.points)
                children=|c| item(&c)
            />
        }
    };
    let has_moving = move || a.with(|a| a.contributions.iter().any(|c| !c.is_neutral()));
    let has_neutral = move || a.with(|a| a.contributions.iter().any(|c| c.is_neutral()));
    view! {
        <section class="explanation" aria-labelledby="explanation-title">
            <h2 id="explanation-title">"Why: every point of the score"</h2>
            <Show when=has_moving fallback=|| view! { <p class="muted">"Nothing scores yet."</p> }>
                <ol class="contributions">{list(false)}</ol>
            </Show>
            <Show when=has_neutral>
                <h3>"Answers that move no points"</h3>
                <ol class="contributions neutral">{list(true)}</ol>
            </Show>
            <details class="method">
                <summary>"How the score works"</summary>
                {SCORING_RULE.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                <p class="muted">"Based on " <Cites sources=SCORING_SOURCES/> "; the weights are ours, set from how firmly the articles make each claim."</p>
            </details>
        </section>
    }
}
