//! Source citations and the list of articles they point to.

use leptos::prelude::*;

use crate::knowledge::beyond::{Beyond, ALL_BEYOND};
use crate::knowledge::method::BEYOND_LABEL;
use crate::knowledge::{Source, SourceId, SOURCES};

/// Inline citation links, e.g. `[000] [002]` (ascending, each once: see
/// [`crate::format::cite_order`]), each pointing to the article's entry in
/// the sources panel and naming it in its tooltip. A click opens the Sources
/// tab and moves focus to the entry.
#[component]
pub fn Cites(sources: &'static [SourceId]) -> impl IntoView {
    let tab = expect_context::<super::AppState>().tab;
    let open = move |ev: web_sys::MouseEvent, tag: &'static str| {
        ev.prevent_default();
        open_source(tab, tag);
    };
    view! {
        <span class="cites">
            {crate::format::cite_order(sources)
                .into_iter()
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

/// Opens the Sources tab and moves the focus to the article tagged `tag`
/// (`"000"`), as a citation link does.
pub fn open_source(tab: RwSignal<super::tabs::TabId>, tag: &str) {
    tab.set(super::tabs::TabId::Sources);
    let id = format!("source-{tag}");
    request_animation_frame(move || super::tabs::focus_id(&id, true));
}

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

/// A correction from beyond the articles, labelled as such: what an article
/// claims (cited), what holds today, and a link to the public reference.
pub fn beyond_view(b: &'static Beyond) -> impl IntoView {
    view! {
        <div class="beyond" data-beyond=b.id>
            <p class="beyond-label">{BEYOND_LABEL}</p>
            <p><span class="beyond-key">"Claimed: "</span>{b.claim} " " <Cites sources=b.claimed_by/></p>
            <p><span class="beyond-key">"Today: "</span>{b.truth}</p>
            <p class="beyond-ref">
                <span class="beyond-key">"Reference: "</span>
                <a href=b.url rel="noopener noreferrer" target="_blank">{b.reference}</a>
                {b.also.iter().map(|(name, url)| view! { "; " <a href=*url rel="noopener noreferrer" target="_blank">{*name}</a> }).collect_view()}
            </p>
        </div>
    }
}
