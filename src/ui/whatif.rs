//! "What would change it": the smallest changes of one or two answers or
//! importance settings that flip the recommendation, each one click away
//! from being tried (see [`crate::whatif`]).

use leptos::prelude::*;

use super::session;
use super::tabs::TabId;
use super::AppState;
use crate::engine::{format_points, Answers};
use crate::knowledge::method::WHATIF_METHOD;
use crate::knowledge::Framework;
use crate::whatif::{stability, Flip};

/// How many flips of each kind are listed before "Show all".
const SHOWN: usize = 8;

fn deltas(f: &Flip) -> String {
    Framework::ALL.iter().map(|fw| format!("{} {}", fw.name(), format_points(f.deltas[fw.index()]))).collect::<Vec<_>>().join(", ")
}

fn flip_item(f: Flip, base: &Answers) -> impl IntoView {
    let state = expect_context::<AppState>();
    let what = f.changes.iter().map(|c| c.describe(base)).collect::<Vec<_>>();
    let label = what.join("; ");
    let trial = f.applied(base);
    let rec = f.recommendation;
    view! {
        <li class="flip" data-to=rec.id()>
            <ul class="flip-changes">{what.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            <p class="flip-result">
                "\u{2192} " <strong>{rec.name()}</strong> <span class="flip-deltas">{format!(" (scores move: {})", deltas(&f))}</span>
            </p>
            <button type="button" class="button secondary try-flip" on:click=move |_| {
                session::try_answers(state.session, state.answers, label.clone(), trial.clone());
                super::tabs::focus_id("result-title", false);
            }>"See the result with this change"</button>
        </li>
    }
}

fn flip_list(title: &'static str, id: &'static str, flips: Vec<Flip>, base: Answers) -> impl IntoView {
    let all = RwSignal::new(false);
    let total = flips.len();
    view! {
        <section class="flip-group" id=id data-count=total>
            <h3>{title} {format!(" ({total})")}</h3>
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

/// The tab panel. The search runs only while this tab is open, and after
/// the frame that shows the new recommendation, so that it never delays it;
/// a search overtaken by a newer change is dropped.
#[component]
pub fn WhatIfPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let result = RwSignal::new(None::<(Answers, crate::whatif::Stability)>);
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        if state.tab.get() != TabId::WhatIf {
            return;
        }
        let answers = state.answers.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if generation.get_value() == mine {
                        let s = stability(&answers);
                        result.set(Some((answers, s)));
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    });
    view! {
        <section aria-labelledby="whatif-title">
            <h2 id="whatif-title">"What would change the recommendation"</h2>
            <p class="muted">{WHATIF_METHOD}</p>
            {move || result.get().map(|(base, s)| match s.current {
                None => view! { <p class="whatif-summary" data-robust="none">"Answer a few questions first: there is no recommendation to change yet."</p> }.into_any(),
                Some(current) if s.is_robust() => view! {
                    <p class="whatif-summary" data-robust="true">
                        {format!("No change of one or two answers or importance settings would move the recommendation away from {}. ({} variations checked.)", current.name(), s.evaluated)}
                    </p>
                }.into_any(),
                Some(current) => {
                    let plural = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
                    let summary = if s.singles.is_empty() {
                        format!(
                            "No single change would move the recommendation away from {}, but {} would. ({} variations checked.)",
                            current.name(), plural(s.pairs.len(), "pair of changes", "pairs of changes"), s.evaluated
                        )
                    } else {
                        let more = match s.pairs.len() {
                            0 => String::new(),
                            n => format!(", as would {} made together", plural(n, "pair of changes", "pairs of changes")),
                        };
                        format!(
                            "{} would move the recommendation away from {}{more}. ({} variations checked.)",
                            plural(s.singles.len(), "single change", "single changes"), current.name(), s.evaluated
                        )
                    };
                    view! {
                        <p class="whatif-summary" data-robust="false">{summary}</p>
                        {(!s.singles.is_empty()).then(|| flip_list("One change", "flips-single", s.singles, base.clone()))}
                        {(!s.pairs.is_empty()).then(|| flip_list("Two changes together", "flips-pair", s.pairs, base.clone()))}
                    }.into_any()
                }
            })}
        </section>
    }
}
