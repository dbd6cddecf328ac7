//! The views of the domain's knowledge that several panels show: citation
//! links to the articles, corrections from beyond the articles, both sides
//! of a disagreement, and the frameworks a project's dependency files show
//! with their support windows.

use leptos::prelude::*;

use super::state::AppState;
use super::tabs::open_source;
use crate::depfiles::FrameworkFound;
use crate::knowledge::beyond::Beyond;
use crate::knowledge::method::BEYOND_LABEL;
use crate::knowledge::{Contested, SourceId};

/// Inline citation links, e.g. `[000] [002]` (ascending, each once: see
/// [`crate::format::cite_order`]), each pointing to the article's entry in
/// the sources panel and naming it in its tooltip. A click opens the Sources
/// tab and moves focus to the entry.
#[component]
pub fn Cites(sources: &'static [SourceId]) -> impl IntoView {
    let tab = expect_context::<AppState>().tab;
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

/// Corrections from beyond the articles, one clearly labelled note each:
/// what the article claims (with its citation), what is true, and the public
/// reference (opens in a new tab). Renders nothing for an empty list. The
/// same view as the notes in the explanation and the overview.
#[component]
pub fn BeyondNotes(items: &'static [&'static Beyond]) -> impl IntoView {
    items.iter().map(|b| beyond_view(b)).collect_view()
}

/// Both sides of a note with their citations, its correction from beyond
/// the articles (unless `skip_beyond` names it, because it is already shown
/// beside), and how the advisor handles it.
pub fn note_body(c: &'static Contested, skip_beyond: Option<&'static str>) -> impl IntoView {
    let beyond = c.beyond.filter(|b| Some(b.id) != skip_beyond);
    view! {
        <ul class="sides">
            <li class="side" data-side="a">{c.side_a.text} " " <Cites sources=c.side_a.sources/></li>
            <li class="side" data-side="b">{c.side_b.text} " " <Cites sources=c.side_b.sources/></li>
        </ul>
        {beyond.map(beyond_view)}
        <p class="handling"><strong>"How the advisor handles it: "</strong>{c.handling}</p>
    }
}

/// The frameworks found, each with its version and support window (beyond
/// the articles, with the reference), flagged when support has ended.
#[component]
pub fn FrameworkList(frameworks: Vec<FrameworkFound>) -> impl IntoView {
    view! {
        <ul class="frameworks-found">
            {frameworks
                .into_iter()
                .map(|f| {
                    let ended = f.ended;
                    view! {
                        <li class:ended=ended data-framework=f.name.to_lowercase() data-ended=ended.to_string()>
                            <strong>{f.name.clone()} " " {f.version.clone()}</strong>
                            {f.support.clone().map(|s| view! { " " <span>{s}</span> })}
                            {f.reference.clone().map(|(name, url)| view! {
                                " " <span class="beyond-tag">{BEYOND_LABEL}</span> ": "
                                <a href=url rel="noopener noreferrer" target="_blank">{name}</a>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
