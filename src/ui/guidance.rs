//! After the decision: the KPIs to track and common questions.

use leptos::prelude::*;

use super::sources::Cites;
use crate::knowledge::guidance::{KpiBasis, FAQ, KPIS};

/// The "After launch" tab: KPIs and frequently asked questions.
#[component]
pub fn GuidancePanel() -> impl IntoView {
    let kpis = |basis: KpiBasis| {
        KPIS.iter()
            .filter(move |k| k.basis == basis)
            .map(|k| view! { <li><strong>{k.name}</strong> ": " {k.why} " " <Cites sources=k.sources/></li> })
            .collect_view()
    };
    view! {
        <section class="guidance" aria-labelledby="kpi-title">
            <h2 id="kpi-title">"What to track after launch"</h2>
            <p class="hint">"Measures that show whether the choice is paying off. The first group is named by the articles; the second follows from their business framing."</p>
            <ul class="kpis">{kpis(KpiBasis::Named)}</ul>
            <h3>"Also worth watching"</h3>
            <ul class="kpis">{kpis(KpiBasis::Implied)}</ul>
            <h2 id="faq-title">"Common questions"</h2>
            {FAQ.iter().map(|f| view! {
                <details class="faq">
                    <summary>{f.question}</summary>
                    <p>{f.answer} " " <Cites sources=f.sources/></p>
                    {f.reconstructed.then(|| view! { <p class="muted">"The article's own heading for this question was lost; the question is inferred from its answer."</p> })}
                </details>
            }).collect_view()}
        </section>
    }
}
