//! Source citations and the list of articles they point to.

use leptos::prelude::*;

use crate::knowledge::{SourceId, SOURCES};

/// Inline citation links, e.g. `[000] [002]`, each pointing to the article's
/// entry in the sources panel and naming it in its tooltip. A click opens the
/// Sources tab and moves focus to the entry.
#[component]
pub fn Cites(sources: &'static [SourceId]) -> impl IntoView {
    let tab = expect_context::<super::AppState>().tab;
    let open = move |ev: web_sys::MouseEvent, tag: &'static str| {
        ev.prevent_default();
        tab.set("sources");
        request_animation_frame(move || super::tabs::focus_id(&format!("source-{tag}"), true));
    };
    view! {
        <span class="cites">
            {sources
                .iter()
                .map(|s| {
                    let src = s.source();
                    view! {
                        <a class="cite" href=format!("#source-{}", src.tag) title=src.title on:click=move |ev| open(ev, src.tag)
                            aria-label=format!("Source {}: {}", src.tag, src.title)>
                            "[" {src.tag} "]"
                        </a>
                    }
                })
                .collect_view()}
        </span>
    }
}

/// The "Sources" tab: the three articles every explanation cites.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources"</h2>
            <p class="hint">"Every point above rests on one or more of these articles. The explanations paraphrase them; none is quoted."</p>
            <ol class="source-list">
                {SOURCES
                    .iter()
                    .map(|s| view! {
                        <li id=format!("source-{}", s.tag) tabindex="-1">
                            <p><strong>"[" {s.tag} "] " {s.title}</strong></p>
                            <p class="muted">{s.by}</p>
                            <p>{s.about}</p>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
