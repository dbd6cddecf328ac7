//! The browser's own facilities the panels use, typed (web-sys): focus and
//! element boxes, the next painted frame, files the user downloads or
//! chooses, and the two small preferences kept in localStorage (the
//! advanced group left open, the colour theme). Nothing here knows the
//! domain; the panels import it instead of the UI's wiring (storage,
//! address, start-up).

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::persist::with_store;
use crate::storage::{KeyValue, StoreError, ADVANCED_KEY, THEME_KEY};

/// An element's box in the viewport, in CSS pixels: (left, top, right,
/// bottom). `None` when the browser gives no box (and at build time, where
/// nothing is laid out).
#[cfg(target_arch = "wasm32")]
pub use crate::first_screen::dom::client_rect;

/// At build time nothing is laid out: no box.
#[cfg(not(target_arch = "wasm32"))]
pub fn client_rect(_el: &web_sys::Element) -> Option<(f64, f64, f64, f64)> {
    None
}

/// Moves keyboard focus to the element with this id, scrolling it into view
/// first when `scroll` is set. Does nothing when there is no such element.
pub fn focus_id(id: &str, scroll: bool) {
    let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    if scroll {
        el.scroll_into_view();
    }
    let _ = el.focus();
}

/// Brings the question with this id into view and focuses its chosen option
/// (or its first one), opening the advanced group when it sits there.
pub fn focus_question(question_id: &str) {
    let doc = document();
    let Some(fieldset) = doc.get_element_by_id(&format!("q-{question_id}")) else { return };
    if let Ok(Some(details)) = fieldset.closest("details") {
        let _ = details.set_attribute("open", "");
    }
    let target = fieldset.query_selector("input:checked").ok().flatten().or_else(|| fieldset.query_selector("input").ok().flatten());
    fieldset.scroll_into_view();
    if let Some(input) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = input.focus();
    }
}

thread_local! {
    /// The work waiting for the next frame, in the order it was asked for.
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` in a task queued from the next animation frame, that is, once
/// the browser has painted the next frame. In a hidden page (no animation
/// frames), once it is shown again. Each `f` runs in its own task; the
/// frame is asked for once however many are waiting (an answer change
/// defers up to three: the detail tabs, the autosave, the What-if search).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let first = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        w.push(Box::new(f));
        w.len() == 1
    });
    if first {
        request_animation_frame(|| {
            for f in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                set_timeout(f, Duration::ZERO);
            }
        });
    }
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let doc = leptos::prelude::document();
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads the file chosen in the `<input type="file">` that fired `ev` as
/// text, then calls `done` with it (`None` when it could not be read). The
/// input is reset so that choosing the same file again fires anew.
pub fn read_chosen_file(ev: web_sys::Event, done: impl FnOnce(Option<String>) + 'static) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    input.set_value("");
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()));
    });
}

/// Whether the questionnaire's advanced group was left open
/// ([`ADVANCED_KEY`]: `open` or `closed`). Anything else, a missing value or
/// unreachable storage reads as closed; nothing is written here.
pub fn advanced_open() -> bool {
    with_store(|st| st.get(ADVANCED_KEY)).ok().flatten().as_deref() == Some("open")
}

/// Remembers that the user opened or closed the advanced group. Only called
/// on the user's own toggle, so an unreadable value is kept until then; a
/// failed write is ignored (the group simply starts closed next time).
pub fn remember_advanced(open: bool) {
    let value = if open { "open" } else { "closed" };
    with_store(|st| {
        if st.get(ADVANCED_KEY).ok().flatten().as_deref() != Some(value) {
            let _ = st.set(ADVANCED_KEY, value);
        }
    });
}

/// The colour theme the user chose (`light`, `dark`), if any and readable.
pub fn theme_choice() -> Option<String> {
    with_store(|s| s.get(THEME_KEY)).ok().flatten()
}

/// Remembers the colour theme (`system` removes the choice).
///
/// # Errors
/// [`StoreError`] when the browser refused the write.
pub fn remember_theme(theme: &str) -> Result<(), StoreError> {
    with_store(|s| if theme == "system" { s.remove(THEME_KEY) } else { s.set(THEME_KEY, theme) })
}
