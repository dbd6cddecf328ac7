//! The first screen's form and result before the app has loaded (shared by
//! both first-answer modules: `src/bin/early_scoring.rs` and
//! `src/bin/early_visit.rs`): `public/early.js` hands each change and click
//! on the page to these functions, which read and mark the form, skip and
//! clear as the app does, and write the scored result with the app's markup,
//! all with the library's code for the first screen
//! ([`django_flask_advisor::first_screen`]). They do nothing once the app
//! has mounted (`<html data-live>`).

use django_flask_advisor::answers::Answers;
use django_flask_advisor::first_screen::{dom, Control, ROOT_ID};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The page's root element and the app's (`#app`), while the first screen
/// is the page's: `None` once the app has mounted (`<html data-live>`).
pub fn page() -> Option<(Element, Element)> {
    let doc = web_sys::window()?.document()?;
    let root = doc.document_element()?;
    if root.has_attribute("data-live") {
        return None;
    }
    let app = doc.get_element_by_id(ROOT_ID)?;
    Some((root, app))
}

/// Marks the form and writes its result (see [`dom::mark`] and
/// [`dom::show`]).
fn refresh(app: &Element, answers: &Answers) {
    dom::mark(app);
    dom::show(app, answers);
}

/// Scores the form as it is, if it holds any answer or importance (the
/// answers given before this module was ready): marks it and writes the
/// result. Returns whether it did.
#[wasm_bindgen]
pub fn score() -> bool {
    let Some((_, app)) = page() else { return false };
    let answers = dom::read(&app);
    if answers == Answers::new() {
        return false;
    }
    refresh(&app, &answers);
    true
}

/// A `change` event on `target`: if it is in the app's part of the page,
/// the form is marked and its result written. `value` replays
/// an event that came before this module was ready: the control's value
/// then (a radio button's own, to check it again; a menu's choice; for
/// any other control nothing is put back), put back first, so that the events replayed in order leave the form as the
/// user left it.
#[wasm_bindgen]
pub fn changed(target: Element, value: Option<String>) {
    let Some((_, app)) = page() else { return };
    if !app.contains(Some(&target)) {
        return;
    }
    if let Some(value) = value {
        match target.dyn_ref::<HtmlInputElement>() {
            Some(radio) if radio.type_() == "radio" => radio.set_checked(true),
            Some(_) => {}
            None if target.tag_name() == "SELECT" => {
                let _ = js_sys::Reflect::set(&target, &"value".into(), &value.into());
            }
            None => {}
        }
    }
    refresh(&app, &dom::read(&app));
}

/// A `click` on `target`: "Skip this question" and "Clear all answers" do
/// what they do in the app (the focus, if the skip button had it, goes to
/// the importance menu beside it, as in the app), and the result is written
/// again; a tab chosen (in the tab list or among the result's links) is
/// kept in `<html data-early-tab>` for the app to open when it takes over
/// (its panel needs the app). With `replayed` (a click that came before
/// this module was ready), only a tab is kept: a Skip or a Clear that
/// showed no effect when it was pressed is not done later, behind the
/// user's back (the user, seeing nothing happen, may have chosen the same
/// answers again, which the browser does not report as a change).
#[wasm_bindgen]
pub fn clicked(target: Element, replayed: bool) {
    let Some((root, app)) = page() else { return };
    let Some((button, control)) = dom::control(&target) else { return };
    if !app.contains(Some(&button)) {
        return;
    }
    if let Control::Tab(tab) = &control {
        let _ = root.set_attribute("data-early-tab", tab);
        return;
    }
    if replayed {
        return;
    }
    let had_focus = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).as_ref() == Some(&button);
    dom::press(&app, &control);
    if let (Control::Skip(_), true) = (&control, had_focus) {
        let menu = button.parent_element().and_then(|tools| tools.query_selector("select").ok().flatten());
        if let Some(menu) = menu.and_then(|m| m.dyn_into::<HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = menu.focus_with_options(&options);
        }
    }
    refresh(&app, &dom::read(&app));
}
