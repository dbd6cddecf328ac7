//! The "Disagreements" tab: the sixteen disagreements between the articles
//! ([`GROUPS`]), each both ways with its sources, any correction from beyond
//! the articles, how the advisor handles it, and the questions it bears on,
//! with the user's answers that touch it marked. Also the pieces the
//! explanation reuses to show a note where it bears.

use leptos::prelude::*;

use super::cites::note_body;
use super::state::AppState;
use crate::knowledge::{question_index, Contested, BEARS_ON_NOTHING, GROUPS, OVERVIEW_INTRO, QUESTIONS};
use crate::session::messages::answers_touching_disagreements;

/// The questions a note bears on, each a link to its question, with the
/// options it touches; the user's answer among them is marked.
fn bears_on(c: &'static Contested) -> impl IntoView {
    let state = expect_context::<AppState>();
    if c.bears_on.is_empty() {
        return view! { <p class="bears-on muted">{BEARS_ON_NOTHING}</p> }.into_any();
    }
    let items = QUESTIONS
        .iter()
        .filter(|q| c.bears_on_question(q.id))
        .map(|q| {
            let qi = question_index(q.id).unwrap_or_default();
            let chosen = Memo::new(move |_| state.settled.with(|a| a.choice(qi)));
            let options = q
                .options
                .iter()
                .enumerate()
                .filter(|(_, o)| c.bears_on(q.id, o.id))
                .map(|(oi, o)| {
                    let mine = move || chosen.get() == Some(oi);
                    view! {
                        <span class="bears-option" class:touched=mine data-option=o.id>
                            {o.label}
                            {move || mine().then(|| view! { <strong class="your-answer">" (your answer)"</strong> })}
                        </span>
                    }
                })
                .collect_view();
            let touched = move || chosen.get().is_some_and(|oi| c.bears_on(q.id, q.options[oi].id));
            let go = move |ev: web_sys::MouseEvent| {
                ev.prevent_default();
                super::dom::focus_question(q.id);
            };
            view! {
                <li class:touched=touched data-question=q.id>
                    <a href=format!("#q-{}", q.id) on:click=go>{q.title}</a>
                    ": " {options}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="bears-on">
            <p class="bears-on-label">"Bears on:"</p>
            <ul>{items}</ul>
        </div>
    }
    .into_any()
}

/// One note in the overview: its topic when it shares its group with
/// another note, both sides, the handling and what it bears on.
fn note(c: &'static Contested, titled: bool) -> impl IntoView {
    view! {
        <div class="dispute-note" id=format!("note-{}", c.id) data-note=c.id tabindex="-1">
            {titled.then(|| view! { <h4>{c.topic}</h4> })}
            {note_body(c, None)}
            {bears_on(c)}
        </div>
    }
}

/// The "Disagreements" tab: all sixteen disagreements between the articles.
#[component]
pub fn DisagreementsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    // How many of the user's answers touch some disagreement.
    let touched = move || {
        state.settled.with(|a| {
            QUESTIONS
                .iter()
                .enumerate()
                .filter(|(qi, q)| a.choice(*qi).is_some_and(|oi| !crate::knowledge::notes_for(q.id, q.options[oi].id).is_empty()))
                .count()
        })
    };
    view! {
        <section class="disagreements" aria-labelledby="disagreements-title">
            <h2 id="disagreements-title">"Where the articles disagree"</h2>
            <p class="hint">{OVERVIEW_INTRO}</p>
            <p class="muted" aria-live="polite">
                {move || answers_touching_disagreements(touched())}
            </p>
            <ol class="dispute-list">
                {GROUPS
                    .iter()
                    .map(|&(n, title, notes)| {
                        let titled = notes.len() > 1;
                        view! {
                            <li class="dispute" id=format!("dispute-{n}") data-group=n.to_string()>
                                <h3>{title}</h3>
                                {notes.iter().map(|c| note(c, titled)).collect_view()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
