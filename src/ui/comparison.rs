//! Comparison tables with topic filter, relevance highlighting and caveats.

use leptos::prelude::*;

use super::cites::{BeyondNotes, Cites};
use super::state::AppState;
use crate::knowledge::interface::NO_RELEVANT_ROWS;
use crate::knowledge::tables::{Topic, TABLES};
use crate::profile_view::relevant_rows;

/// The "Compare" tab: the comparison tables, filtered by topic and by
/// relevance to the current answers.
#[component]
pub fn ComparisonPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let topic = RwSignal::new(None::<Topic>);
    let only_relevant = RwSignal::new(false);
    let relevant = Memo::new(move |_| state.settled.with(relevant_rows));
    let relevant_count = move || relevant.with(|r| r.len());

    let tables = TABLES
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let rows = t
                .rows
                .iter()
                .enumerate()
                .map(|(ri, r)| {
                    let reason = move || relevant.with(|v| v.iter().find(|x| x.0 == ti && x.1 == ri).map(|x| x.2));
                    let shown = move || topic.get().is_none_or(|tp| tp == r.topic) && (!only_relevant.get() || reason().is_some());
                    view! {
                        <tr class:relevant=move || reason().is_some() hidden=move || !shown() data-topic=r.topic.id()>
                            <th scope="row">
                                {r.aspect}
                                {move || reason().map(|why| view! { <span class="relevance">"Relevant: " {why}</span> })}
                            </th>
                            <td data-label="Django">{r.django}</td>
                            <td data-label="Flask">{r.flask}</td>
                        </tr>
                        {(r.caveat.is_some() || !r.beyond.is_empty()).then(|| view! {
                            <tr class="caveat-row" hidden=move || !shown()>
                                <td colspan="3">
                                    {r.caveat.map(|c| view! { <span class="caveat">"Caveat: " {c}</span> })}
                                    <BeyondNotes items=r.beyond/>
                                </td>
                            </tr>
                        })}
                    }
                })
                .collect_view();
            let any_shown = move || {
                t.rows.iter().enumerate().any(|(ri, r)| {
                    topic.get().is_none_or(|tp| tp == r.topic)
                        && (!only_relevant.get() || relevant.with(|v| v.iter().any(|x| x.0 == ti && x.1 == ri)))
                })
            };
            view! {
                <div class="table-block" hidden=move || !any_shown() data-table=t.id>
                    <table class="comparison stack-table">
                        <caption>
                            <strong>{t.title}</strong> " " <Cites sources=t.sources/>
                            <span class="provenance">{t.provenance.label()}</span>
                        </caption>
                        <thead>
                            <tr><th scope="col">"Aspect"</th><th scope="col">"Django"</th><th scope="col">"Flask"</th></tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
        .collect_view();

    view! {
        <section class="comparison-panel" aria-labelledby="comparison-title">
            <h2 id="comparison-title">"Comparison tables"</h2>
            <div class="filters">
                <label>
                    "Topic "
                    <select id="topic-filter" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        topic.set(Topic::ALL.into_iter().find(|t| t.id() == v));
                    }>
                        <option value="all">"All topics"</option>
                        {Topic::ALL.iter().map(|t| view! { <option value=t.id()>{t.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="check">
                    <input type="checkbox" id="only-relevant" prop:checked=move || only_relevant.get()
                        on:change=move |ev| only_relevant.set(event_target_checked(&ev))/>
                    " Only rows relevant to my answers (" {relevant_count} ")"
                </label>
            </div>
            {move || (only_relevant.get() && relevant_count() == 0).then(|| view! {
                <p class="muted">{NO_RELEVANT_ROWS}</p>
            })}
            {tables}
        </section>
    }
}
