//! Share and take away, beside the result: copy the share link in one
//! click, download the Markdown report, download the decision record. The
//! Report tab and the phone summary bar use the same actions, so a file is
//! named and a link made the same way wherever the user asks for it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{changes_memo, link, AppState, Documents, Done, ShareField};
use crate::knowledge::sharing::{BAR_COPIED_SHORT, BAR_LINK_COPIED, CLIPBOARD_REFUSED_BAR, CLIPBOARD_REFUSED_SHORT};
use crate::session::{CHANGED_LINK_COPIED, SHARES_CHANGED_VERSION};

/// Copies the share link of the answers on screen. The link is also put in
/// the [`ShareField`], so it stays visible for copying by hand. `done`
/// receives `true` when the clipboard took it, `false` when the browser
/// refused (the field then gets the focus, its text selected).
pub fn copy_link(state: AppState, done: impl FnOnce(bool) + 'static) {
    let url = link(state);
    let field = use_context::<ShareField>();
    if let Some(f) = field {
        f.link.set(Some(url.clone()));
    }
    let promise = window().navigator().clipboard().write_text(&url);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if let Some(f) = field {
            f.done.set(if ok { Done::Copied } else { Done::Refused });
        }
        if !ok {
            request_animation_frame(|| {
                if let Some(input) =
                    document().get_element_by_id("share-link-field").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.scroll_into_view_with_bool(false);
                    let _ = input.focus();
                    input.select();
                }
            });
        }
        done(ok);
    });
}

/// The compact Share / Download block shown beside the recommendation.
#[component]
pub fn ShareBlock() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ShareField { link: field, done } = expect_context::<ShareField>();
    let docs = Documents::from_context();
    // `copy_link` says in `done` whether the clipboard took the link.
    let copy = move |_| copy_link(state, |_| ());
    let report = move |_| {
        docs.download_report();
        done.set(Done::Report);
    };
    let record = move |_| {
        docs.download_record();
        done.set(Done::Record);
    };
    // While a preview differs from the version it was opened with, the
    // link carries the changed version, and the block says so.
    let list = changes_memo(state);
    let changed = Memo::new(move |_| list.with(|c| !c.is_empty()));
    let status = move || match done.get() {
        Done::Copied if changed.get() => CHANGED_LINK_COPIED,
        d => d.text(),
    };
    // A link made for other answers, or for the same answers under another
    // name (back from a preview to equal own work), is no longer this
    // result's link.
    Effect::new(move |first: Option<()>| {
        state.answers.track();
        // Read, not only tracked, so that each memo is brought up to date
        // here and a later read elsewhere does not count as a change.
        state.session.mode.with(|_| ());
        state.session.meta.with(|_| ());
        // Only what changes is set, so that an answer change notifies no one here.
        if first.is_some() {
            if field.with_untracked(Option::is_some) {
                field.set(None);
            }
            if done.get_untracked() != Done::Nothing {
                done.set(Done::Nothing);
            }
        }
    });
    view! {
        <div class="share-block" role="group" aria-labelledby="share-title">
            <h3 id="share-title" class="share-title">"Share or keep this result"</h3>
            {move || changed.get().then(|| view! { <p class="share-changed" id="share-changed">{SHARES_CHANGED_VERSION}</p> })}
            <div class="share-actions">
                <button type="button" class="button small" id="share-copy" on:click=copy
                    aria-describedby=move || changed.get().then_some("share-changed")>"Copy share link"</button>
                <button type="button" class="button small secondary" id="share-report" on:click=report>"Download report"</button>
                <button type="button" class="button small secondary" id="share-record" on:click=record>"Download decision record"</button>
            </div>
            // Just above the link's field: a refused copy is said here, visibly.
            <p class="share-status" role="status" data-done=move || done.get().id()>{status}</p>
            {move || field.get().map(|url| view! {
                <label class="share-link">"Share link"
                    <input type="text" id="share-link-field" readonly prop:value=url
                        on:focus=move |ev| { if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); } }/>
                </label>
            })}
        </div>
    }
}

/// The summary bar's share button: one click copies the link; when the
/// browser refuses, the share block's field shows it, selected.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    let copied = RwSignal::new(None::<bool>);
    let click = move |_| {
        copy_link(state, move |ok| {
            copied.set(Some(ok));
            set_timeout(move || copied.set(None), std::time::Duration::from_secs(3));
        })
    };
    view! {
        <button type="button" class="sticky-share" id="sticky-share" on:click=click aria-describedby="sticky-share-status">
            "Share"
        </button>
        <span class="sr-only" id="sticky-share-status" role="status">
            {move || match copied.get() {
                Some(true) => BAR_LINK_COPIED,
                Some(false) => CLIPBOARD_REFUSED_BAR,
                None => "",
            }}
        </span>
        <span class="sticky-copied" class:refused=move || copied.get() == Some(false) aria-hidden="true">
            {move || copied.get().map(|ok| if ok { BAR_COPIED_SHORT } else { CLIPBOARD_REFUSED_SHORT })}
        </span>
    }
}
