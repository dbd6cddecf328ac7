//! The address bar is the state on screen. While a shared, previewed or
//! trial assessment is shown, every change of the answers rewrites the
//! fragment in place (`history.replaceState`, never a new history entry),
//! so a reload, a discarded tab or the browser's own Share menu gives what
//! the visitor sees, edits included; the version the preview was opened
//! with is kept beside it in the tab's sessionStorage, so a reload still
//! lists the changes ([`crate::session::LinkOrigin`]). In-page links (`#…`)
//! scroll and move the focus without touching the address. What the
//! address should hold is decided by the plain session
//! ([`crate::session::Session::address`]); this only writes it.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::codec::share;
use crate::engine::Answers;
use crate::session::Address;

/// Puts `fragment` (a share fragment, without the `#`) in the address in
/// place of the current one, keeping the path and dropping any query (a
/// prefill link's parameters, which the fragment now supersedes). No
/// history entry is added and no `hashchange` fires.
fn replace_fragment(fragment: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    if let Ok(history) = window().history() {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&format!("{path}#{fragment}")));
    }
}

/// Writes what the address should hold (see [`Effect::Address`]): the
/// share fragment of a preview or trial, when it differs from the address;
/// on the own work, a stale share link is taken out. A prefill link's
/// readable query stays until what is on screen changes.
///
/// [`Effect::Address`]: crate::session::Effect::Address
pub fn show(address: &Address) {
    match address {
        Address::Own => {
            if share::is_share_fragment(&fragment()) {
                clear_link();
            }
        }
        Address::Shown(f) => {
            if fragment() != *f {
                replace_fragment(f);
            }
        }
    }
}

/// The page's fragment, without the `#`.
pub fn fragment() -> String {
    window().location().hash().unwrap_or_default().trim_start_matches('#').to_string()
}

/// Removes the link (query and fragment) from the address bar.
pub fn clear_link() {
    let location = window().location();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// The share link of `answers` with `name`, as a full URL.
pub fn share_url(answers: &Answers, name: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}#{}", share::encode(answers, name))
}

/// Scrolls `target` into view and gives it the focus, without touching the
/// address. A question goes to its chosen option (opening the advanced
/// group when it sits there); anything else that cannot take the focus is
/// made focusable by script only (`tabindex="-1"`). Scrolling follows the
/// page's `scroll-behavior` (smooth, instant under
/// `prefers-reduced-motion`), and the focus moves without a second jump.
fn go_to(target: web_sys::Element) {
    let id = target.id();
    if let Some(question) = id.strip_prefix("q-").filter(|_| target.matches("fieldset.question").unwrap_or(false)) {
        super::dom::focus_question(question);
        return;
    }
    if let Ok(Some(details)) = target.closest("details:not([open])") {
        let _ = details.set_attribute("open", "");
    }
    target.scroll_into_view();
    let Ok(el) = target.dyn_into::<web_sys::HtmlElement>() else { return };
    if el.tab_index() < 0 && !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// One delegated listener for the in-page links inside the app
/// (`a[href^="#"]` that are neither share nor team links): a plain left
/// click (or Enter, which the browser turns into one) scrolls to the target
/// and moves the focus there instead of replacing the fragment, which holds
/// the shown state. Clicks with a modifier key, other buttons, links whose
/// own handler already took the click (`preventDefault`) and links to
/// nothing on the page are left to the browser. The listener lives as long
/// as the calling component.
pub fn follow_in_page_links() {
    let handle = window_event_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let Some(link) =
            ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a[href^=\"#\"]").ok().flatten())
        else {
            return;
        };
        if !link.closest(&format!("#{}", super::ROOT_ID)).is_ok_and(|app| app.is_some()) {
            return;
        }
        let href = link.get_attribute("href").unwrap_or_default();
        let id = href.trim_start_matches('#');
        if id.is_empty() || share::is_share_fragment(id) || id.starts_with(share::TEAM_PREFIX) {
            return;
        }
        let Some(target) = document().get_element_by_id(id) else { return };
        ev.prevent_default();
        go_to(target);
    });
    on_cleanup(move || handle.remove());
}
