//! A button that copies a link to the clipboard and shows it in a
//! read-only field, in case the browser refuses the clipboard; a refusal is
//! then said beside the field, visibly.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::AppState;
use crate::knowledge::sharing::CLIPBOARD_REFUSED;
use crate::session::{Action, Tone};

/// `make` builds the link when the button is pressed; `copied` is said when
/// the clipboard took it. `id` and `field_id` are the button's and the field's ids.
#[component]
pub fn CopyLink(
    id: &'static str,
    field_id: &'static str,
    label: &'static str,
    field_label: &'static str,
    copied: &'static str,
    make: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let s = expect_context::<AppState>().session;
    let link = RwSignal::new(None::<String>);
    // The browser refused the last copy: said under the field.
    let refused = RwSignal::new(false);
    let copy = move |_| {
        let url = make();
        link.set(Some(url.clone()));
        let promise = window().navigator().clipboard().write_text(&url);
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => {
                    refused.set(false);
                    s.dispatch(Action::Say(Tone::Success, copied.into()));
                }
                Err(_) => {
                    refused.set(true);
                    request_animation_frame(move || {
                        if let Some(i) = document().get_element_by_id(field_id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                        {
                            let _ = i.focus();
                            i.select();
                        }
                    });
                }
            }
        });
    };
    view! {
        <div class="share-row">
            <button type="button" class="button secondary" id=id on:click=copy>{label}</button>
            {move || link.get().map(|url| view! {
                <label class="share-link">{field_label} " " <input type="text" id=field_id readonly prop:value=url
                    on:focus=move |ev| { if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select(); } }/></label>
            })}
            <p class="copy-status" role="status" data-refused=move || refused.get().then_some("true")>
                {move || refused.get().then_some(CLIPBOARD_REFUSED)}
            </p>
        </div>
    }
}
