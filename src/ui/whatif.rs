//! "What would change it": what the result hinges on first (the answered
//! questions where another option overturns the result or narrows the lead
//! most), then the other answer changes that overturn it, and behind a
//! disclosure the skip and importance variations and the pairs of changes
//! (see [`crate::whatif`]). Every entry is one click away from being tried.

use leptos::prelude::*;

use super::dom::after_paint;
use super::state::AppState;
use super::tabs::TabId;
use crate::engine::{format_points, Answers};
use crate::knowledge::method::{WHATIF_METHOD, WHATIF_NOTHING_YET, WHATIF_NO_HINGES};
use crate::knowledge::{Framework, QUESTIONS};
use crate::session::Action;
use crate::whatif::{hinges, stability, Flip, Hinge, Stability};

/// How many flips of each kind are listed before "Show all".
const SHOWN: usize = 8;

/// How many hinges lead the tab.
const HINGES: usize = 3;

/// Tries `trial` in place of the answers and moves focus to the result.
fn try_it(label: String, trial: Answers) {
    let state = expect_context::<AppState>();
    state.session.dispatch(Action::Try { what: label, trial });
    super::dom::focus_id("result-title", false);
}

fn flip_item(f: Flip, base: &Answers) -> impl IntoView {
    let what = f.changes.iter().map(|c| c.describe(base)).collect::<Vec<_>>();
    let label = what.join("; ");
    let trial = f.applied(base);
    let rec = f.recommendation;
    view! {
        <li class="flip" data-to=rec.id()>
            <ul class="flip-changes">{what.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            <p class="flip-result">
                "\u{2192} " <strong>{rec.name()}</strong> <span class="flip-deltas">{format!(" (scores move: {})", f.deltas_phrase())}</span>
            </p>
            <button type="button" class="button secondary try-flip" on:click=move |_| try_it(label.clone(), trial.clone())>
                "See the result with this change"
            </button>
        </li>
    }
}

fn flip_list(title: &'static str, id: &'static str, flips: Vec<Flip>, base: Answers) -> impl IntoView {
    let all = RwSignal::new(false);
    let total = flips.len();
    view! {
        <section class="flip-group" id=id data-count=total aria-labelledby=format!("{id}-title")>
            <h3 id=format!("{id}-title")>{title} {format!(" ({total})")}</h3>
            <ol class="flips">
                {move || flips.iter().take(if all.get() { usize::MAX } else { SHOWN }).cloned().map(|f| flip_item(f, &base)).collect_view()}
            </ol>
            {(total > SHOWN).then(|| view! {
                <button type="button" class="link-button" on:click=move |_| all.update(|a| *a = !*a)>
                    {move || if all.get() { "Show fewer".to_string() } else { format!("Show all {total}") }}
                </button>
            })}
        </section>
    }
}

/// One hinge in plain words, with the button that tries its alternative.
fn hinge_item(i: usize, h: Hinge, base: &Answers) -> impl IntoView {
    let q = &QUESTIONS[h.question];
    let change = h.change();
    let label = change.describe(base);
    let mut trial = base.clone();
    change.apply(&mut trial);
    let to = h.after.recommendation.map_or("none", Framework::id);
    let effect_id = format!("hinge-{i}-effect");
    let (title, answered) = h.answered();
    view! {
        <li class="hinge" data-question=q.id data-option=q.options[h.alternative].id data-to=to data-flips=h.flips().to_string()
            data-margin=format_points(h.after.margin)>
            <p class="hinge-what"><strong>{title}</strong>{answered}</p>
            <p class="hinge-effect" id=effect_id.clone()>{h.instead()}</p>
            <p class="hinge-share muted">{h.share_sentence()}</p>
            <button type="button" class="button secondary try-flip try-hinge" aria-describedby=effect_id
                on:click=move |_| try_it(label.clone(), trial.clone())>
                "See the result with this change"
            </button>
        </li>
    }
}

/// The hinges first, then the realistic single flips, then a disclosure with the rest.
fn findings(base: Answers, s: Stability, hs: Vec<Hinge>) -> AnyView {
    let Some(summary) = s.summary() else {
        return view! { <p class="whatif-summary" data-robust="none">{WHATIF_NOTHING_YET}</p> }.into_any();
    };
    let n_hinges = hs.len();
    let hinge_block = view! {
        <section class="hinges" id="hinges" aria-labelledby="hinges-title" data-count=n_hinges>
            <h3 id="hinges-title">"What your result hinges on"</h3>
            {if hs.is_empty() {
                view! { <p>{WHATIF_NO_HINGES}</p> }.into_any()
            } else {
                let b = base.clone();
                view! { <ol class="flips hinge-list">{hs.into_iter().enumerate().map(|(i, h)| hinge_item(i, h, &b)).collect_view()}</ol> }.into_any()
            }}
        </section>
    };
    if s.is_robust() {
        return view! {
            {hinge_block}
            <p class="whatif-summary" data-robust="true">{summary}</p>
            <p class="muted">{WHATIF_METHOD}</p>
        }
        .into_any();
    }
    let more = s.more_summary();
    let (realistic, mechanical, pairs) = (s.realistic(), s.mechanical(), s.pairs);
    let (n_mechanical, n_pairs) = (mechanical.len(), pairs.len());
    view! {
        {hinge_block}
        <p class="whatif-summary" data-robust="false">{summary}</p>
        {(!realistic.is_empty()).then(|| flip_list("Other answers that would change it", "flips-single", realistic, base.clone()))}
        {if n_mechanical + n_pairs == 0 {
            view! { <p class="muted">{WHATIF_METHOD}</p> }.into_any()
        } else {
            view! {
                <details class="method whatif-more" id="whatif-more" data-mechanical=n_mechanical data-pairs=n_pairs>
                    <summary>{more}</summary>
                    {(!mechanical.is_empty()).then(|| flip_list("Skipping a question or changing an importance setting", "flips-mechanical", mechanical, base.clone()))}
                    {(!pairs.is_empty()).then(|| flip_list("Two changes together", "flips-pair", pairs, base.clone()))}
                    <p class="muted">{WHATIF_METHOD}</p>
                </details>
            }.into_any()
        }}
    }
    .into_any()
}

/// The tab panel. The search runs only while this tab is open, and after
/// the frame that shows the new recommendation, so that it never delays it;
/// a search overtaken by a newer change is dropped.
#[component]
pub fn WhatIfPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let result = RwSignal::new(None::<(Answers, Stability, Vec<Hinge>)>);
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        if state.tab.get() != TabId::WhatIf {
            return;
        }
        let answers = state.answers.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        after_paint(move || {
            if generation.get_value() == mine {
                let s = stability(&answers);
                let hs = hinges(&answers, HINGES);
                result.set(Some((answers, s, hs)));
            }
        });
    });
    view! {
        <section aria-labelledby="whatif-title">
            <h2 id="whatif-title">"What would change the recommendation"</h2>
            {move || result.get().map(|(base, s, hs)| findings(base, s, hs))}
        </section>
    }
}
