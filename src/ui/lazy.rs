//! The detail tabs that the first screen never shows, split off into
//! WebAssembly modules of their own (`wasm_split_helpers`, the split points
//! Leptos's `#[lazy]` is built on): the read-only tabs in one (`details`),
//! the Report tab's documents and the Profiles tab in one each (the code
//! two of them share is in small chunks of its own). A module is fetched
//! the first time one of its tabs opens, or before, once the service worker
//! controls the page ([`preload_all`]); the service worker keeps them for
//! offline use with the rest of the build.
//!
//! The split points themselves are in the app's binary (`src/main.rs`),
//! which hands them to [`super::mount`] as [`SplitPanels`]: a split point
//! is an exported function, and in the library every other binary linking
//! it (the first-answer modules, the reader) would keep the panels.
//! The build splits them off the app's binary after cargo and before
//! wasm-bindgen (`scripts/split-wasm.mjs`, with the `wasm-split-cli` of the
//! crates.io crate `wasm_split_cli_support`; the app's binary keeps its
//! relocations for it, see `build.rs`). The build-time render (native)
//! renders none of these parts: the first screen has none of them open.
//!
//! A module that cannot be fetched (offline before the service worker has
//! kept it, or a network error) is a message in its tab with a retry, never
//! a panic: the split points are `fallible`.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
pub use wasm_split_helpers::SplitLoaderError;

use super::tabs::TabId;
use crate::knowledge::interface::{PANEL_LOADING, PANEL_OFFLINE, PANEL_RETRY, PANEL_UNAVAILABLE};

/// A split tab's panel once its module has been fetched, or why it could
/// not be.
pub type Loading = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// A split module fetched, or why it could not be.
pub type Preloading = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// What the head of "Start from your code" shares with its body.
pub use super::from_code::Shared as FromCodeShared;

/// The split points, from the app's binary (`src/main.rs`).
#[derive(Clone, Copy)]
pub struct SplitPanels {
    /// Fetches the module of `tab` (at once when it is loaded) and builds
    /// its panel; `None` for a tab in the app's own module (Why, Team).
    pub load: fn(TabId) -> Option<Loading>,
    /// Fetches the module of "Start from your code"'s body and builds it.
    pub from_code: fn(FromCodeShared) -> Loading,
    /// Fetches every split module without building anything.
    pub preload: fn() -> Vec<Preloading>,
}

thread_local! {
    static SPLIT: std::cell::Cell<Option<SplitPanels>> = const { std::cell::Cell::new(None) };
}

/// Keeps the split points for [`SplitPanel`] and [`preload_all`].
pub(super) fn set(split: SplitPanels) {
    SPLIT.set(Some(split));
}

/// The What-if tab's panel (for its split point).
pub fn what_if() -> AnyView {
    view! { <super::whatif::WhatIfPanel/> }.into_any()
}

/// The Flowchart tab's panel (for its split point).
pub fn flowchart() -> AnyView {
    view! { <super::flowchart::FlowchartPanel/> }.into_any()
}

/// The Compare tab's panel (for its split point).
pub fn comparison() -> AnyView {
    view! { <super::comparison::ComparisonPanel/> }.into_any()
}

/// The Disagreements tab's panel (for its split point).
pub fn disagreements() -> AnyView {
    view! { <super::disagreements::DisagreementsPanel/> }.into_any()
}

/// The bill of materials tab's panel (for its split point).
pub fn bom() -> AnyView {
    view! { <super::bom::BomPanel/> }.into_any()
}

/// The After tab's panel, KPIs and common questions (for its split point).
pub fn guidance() -> AnyView {
    view! { <super::guidance::GuidancePanel/> }.into_any()
}

/// The Report tab's panel (for its split point).
pub fn report() -> AnyView {
    view! { <super::report::ReportPanel/> }.into_any()
}

/// The Profiles tab's panel (for its split point).
pub fn profiles() -> AnyView {
    view! { <super::profiles::ProfilesPanel/> }.into_any()
}

/// The body of "Start from your code" (for its split point).
pub fn from_code(shared: FromCodeShared) -> AnyView {
    super::from_code::body(shared)
}

/// The Sources tab's panel (for its split point).
pub fn sources() -> AnyView {
    view! { <super::sources::SourcesPanel/> }.into_any()
}

/// Fetches every split module, one after the other, without building any
/// panel: called once the app is idle, so that a tab opens at once. It
/// waits until the service worker controls the page
/// ([`super::offline::controlled`]), so that the modules come from the
/// copies it has cached with the rest of the build rather than from the
/// network a second time; without a service worker, each module is fetched
/// when one of its tabs opens. A failure is left for the tab to report.
/// Once every module has been asked for (fetched or failed), `<html>` gets a
/// `data-preloaded` attribute: the end-to-end tests wait for it before they
/// leave a page, so that no fetch is cut short by their navigation.
pub fn preload_all() {
    let Some(split) = SPLIT.get() else { return };
    leptos::task::spawn_local(async move {
        #[cfg(target_arch = "wasm32")]
        super::offline::controlled().await;
        for module in (split.preload)() {
            let _ = module.await;
        }
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-preloaded", "");
        }
    });
}

/// `tab`'s panel, in a module of its own (see [`split_view`]).
#[component]
pub fn SplitPanel(
    /// The split tab whose panel this is.
    tab: TabId,
) -> impl IntoView {
    split_view(move || SPLIT.get().and_then(|split| (split.load)(tab)))
}

/// The body of "Start from your code", in a module of its own (see
/// [`split_view`]): its section's head builds it when first opened.
pub fn from_code_body(shared: FromCodeShared) -> AnyView {
    split_view(move || SPLIT.get().map(|split| (split.from_code)(shared))).into_any()
}

/// What `load` builds once its module is in: "Loading…" until it has
/// arrived (at once when it is loaded), then the view; if the module
/// cannot be fetched, why (offline or not) and a button that tries again.
/// Nothing when `load` has no module to fetch (no split points were
/// given: the build-time render).
fn split_view(load: impl Fn() -> Option<Loading> + Copy + Send + Sync + 'static) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let fallback = || view! { <p class="hint panel-loading" role="status">{PANEL_LOADING}</p> };
    view! {
        <Suspense fallback=fallback>
            {move || {
                attempt.track();
                // The load is a browser task (not `Send`); the view is
                // built on this thread only.
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    let Some(loading) = load() else { return ().into_any() };
                    match loading.await {
                        Ok(view) => view,
                        Err(_) => failed(attempt),
                    }
                }))
            }}
        </Suspense>
    }
}

/// What a tab whose module could not be fetched shows.
fn failed(attempt: RwSignal<u32>) -> AnyView {
    #[cfg(target_arch = "wasm32")]
    let offline = !window().navigator().on_line();
    #[cfg(not(target_arch = "wasm32"))]
    let offline = false;
    let why = if offline { PANEL_OFFLINE } else { PANEL_UNAVAILABLE };
    view! {
        <div class="notice warn panel-failed" role="alert">
            <p>{why}</p>
            <button type="button" class="button secondary" on:click=move |_| attempt.update(|n| *n += 1)>{PANEL_RETRY}</button>
        </div>
    }
    .into_any()
}
