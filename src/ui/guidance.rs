//! After the decision: the KPIs to track and common questions.

use leptos::prelude::*;

use super::cites::{BeyondNotes, Cites};
use crate::knowledge::guidance::{KpiBasis, FAQ, KPIS, KPI_HINT, RECONSTRUCTED_NOTE};

/// The "After launch" tab: KPIs and frequently asked questions.
#[component]
pub fn GuidancePanel() -> impl IntoView {
    let kpis = |basis: KpiBasis| {
        KPIS.iter()
            .filter(move |k| k.basis == basis)
            .map(|k| {
                view! {
                    <li data-kpi=k.id>
                        <strong>{k.name}</strong> ": " {k.why} " " <Cites sources=k.sources/>
                        <BeyondNotes items=k.beyond/>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="guidance" aria-labelledby="kpi-title">
            <h2 id="kpi-title">"What to track after launch"</h2>
            <p class="hint">{KPI_HINT}</p>
            <ul class="kpis">{kpis(KpiBasis::Named)}</ul>
            <h3>"Also worth watching"</h3>
            <ul class="kpis">{kpis(KpiBasis::Implied)}</ul>
            <h2 id="faq-title">"Common questions"</h2>
            {FAQ.iter().map(|f| view! {
                <details class="faq" data-faq=f.id>
                    <summary>{f.question}</summary>
                    <p>{f.answer} " " <Cites sources=f.sources/></p>
                    <BeyondNotes items=f.beyond/>
                    {f.reconstructed.then(|| view! { <p class="muted">{RECONSTRUCTED_NOTE}</p> })}
                </details>
            }).collect_view()}
        </section>
    }
}
