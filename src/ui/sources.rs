//! Source citations and the list of articles they point to.

use leptos::prelude::*;

use super::cites::beyond_view;
use crate::knowledge::beyond::ALL_BEYOND;
use crate::knowledge::{Source, SOURCES};

/// The "Sources" tab: the three articles every explanation cites, what
/// each one sells (all three are vendors' pages), and the corrections from
/// beyond the articles with their public references.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources"</h2>
            <p class="hint">{Source::INTRO}</p>
            <p class="notice info vendor-note">{Source::VENDORS}</p>
            <ol class="source-list">
                {SOURCES
                    .iter()
                    .map(|s| view! {
                        <li id=format!("source-{}", s.tag) tabindex="-1">
                            <p><strong>"[" {s.tag} "] " {s.title}</strong></p>
                            <p class="muted">{s.by}</p>
                            <p>{s.about}</p>
                            <p class="pitch"><span class="beyond-key">"Sales pitch: "</span>{s.pitch}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
            <h3 id="beyond-title">{Source::BEYOND_TITLE}</h3>
            <p class="hint">{Source::BEYOND_INTRO}</p>
            <ul class="beyond-list" aria-labelledby="beyond-title">
                {ALL_BEYOND.iter().map(|b| view! { <li id=format!("beyond-{}", b.id)>{beyond_view(b)}</li> }).collect_view()}
            </ul>
        </section>
    }
}
