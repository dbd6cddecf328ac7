//! The first screen's form and result in the page (wasm32): see
//! [`super`]. Every function works on the elements under `scope` (the app's
//! root `#app`, a card, or the whole document); a part that is missing is
//! left alone.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::{
    card_id, panel_id, question_of_card, question_of_menu, tab_id, tab_shift, Control, Input, ACTIVE, ANSWERED, CLEAR_ID, OPTION, QUESTION,
    SELECTED, TABLIST, TABPANEL, TOOLS,
};
use crate::answers::{Answers, Importance};
use crate::engine::assess;
use crate::knowledge::{question_index, QUESTIONS};
use crate::result_html;

/// The elements under `scope` that match `selector`, in document order.
fn all(scope: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = scope.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn one(scope: &Element, selector: &str) -> Option<Element> {
    scope.query_selector(selector).ok().flatten()
}

/// A form control's `value` (a radio button's, or a `<select>`'s).
fn value(el: &Element) -> Option<String> {
    js_sys::Reflect::get(el, &"value".into()).ok().and_then(|v| v.as_string())
}

fn set_value(el: &Element, value: &str) {
    let _ = js_sys::Reflect::set(el, &"value".into(), &value.into());
}

/// The radio buttons of the cards under `scope` (`:checked` ones only with
/// `checked`).
fn radios(scope: &Element, checked: bool) -> Vec<HtmlInputElement> {
    let selector = format!("fieldset.{QUESTION} input[type=radio]{}", if checked { ":checked" } else { "" });
    all(scope, &selector).into_iter().filter_map(|el| el.dyn_into().ok()).collect()
}

/// The importance menus of the cards under `scope`.
fn menus(scope: &Element) -> Vec<Element> {
    all(scope, &format!("fieldset.{QUESTION} select"))
}

/// The answers and importance settings the form under `scope` holds: each
/// checked option and each menu, read as the change it would make
/// ([`input`]).
pub fn read(scope: &Element) -> Answers {
    let mut answers = Answers::new();
    let controls = radios(scope, true).into_iter().map(Element::from).chain(menus(scope));
    for change in controls.filter_map(|el| input(&el)) {
        change.apply(&mut answers);
    }
    answers
}

/// Puts `answers` into the form under `scope`: every option and every
/// importance menu is set, so that the form holds these answers and
/// nothing the browser restored.
pub fn fill(scope: &Element, answers: &Answers) {
    for radio in radios(scope, false) {
        let chosen = question_index(&radio.name()).and_then(|qi| answers.choice(qi).map(|oi| QUESTIONS[qi].options[oi].id));
        radio.set_checked(chosen == Some(radio.value().as_str()));
    }
    for menu in menus(scope) {
        let level = question_of_menu(&menu.id()).map_or(Importance::default(), |qi| answers.importance(qi));
        set_value(&menu, level.id());
    }
}

/// Marks the chosen options and the answered questions under `scope` as the
/// app's cards do: an option's label [`SELECTED`], a card [`ANSWERED`], and
/// a card's "Skip this question" enabled only once it is answered.
pub fn mark(scope: &Element) {
    for card in all(scope, &format!("fieldset.{QUESTION}")) {
        let mut any = false;
        for label in all(&card, &format!("label.{OPTION}")) {
            let on = one(&label, "input").and_then(|i| i.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            let _ = label.class_list().toggle_with_force(SELECTED, on);
            any |= on;
        }
        let _ = card.class_list().toggle_with_force(ANSWERED, any);
        if let Some(skip) = one(&card, &format!(".{TOOLS} button")) {
            let _ = skip.toggle_attribute_with_force("disabled", !any);
        }
    }
}

/// Unanswers the questions under `scope` and, with `menus`, puts their
/// importance back to normal: what "Skip this question" (a card) and
/// "Clear all answers" (the whole form) do.
pub fn unanswer(scope: &Element, with_menus: bool) {
    for radio in radios(scope, true) {
        radio.set_checked(false);
    }
    if with_menus {
        for menu in menus(scope) {
            set_value(&menu, Importance::default().id());
        }
    }
}

/// The change an event on `target` (a radio button or an importance menu
/// in a card) makes to the answers; `None` for anything else, and for a
/// radio button that is not checked.
pub fn input(target: &Element) -> Option<Input> {
    target.closest(&format!("fieldset.{QUESTION}")).ok().flatten()?;
    if let Some(radio) = target.dyn_ref::<HtmlInputElement>() {
        if radio.type_() != "radio" || !radio.checked() {
            return None;
        }
        return Input::from_control(Some(&radio.name()), None, &radio.value());
    }
    Input::from_control(None, Some(&target.id()), &value(target)?)
}

/// The button a click on `target` pressed, if it is one the form's code
/// answers ([`Control`]), with the button; disabled buttons press nothing.
pub fn control(target: &Element) -> Option<(Element, Control)> {
    let button = target.closest("button").ok().flatten()?;
    if button.has_attribute("disabled") {
        return None;
    }
    let tab = if button.get_attribute("role").as_deref() == Some("tab") {
        super::tab_of_button(&button.id()).map(str::to_string)
    } else {
        button.get_attribute("data-tab").filter(|t| !t.is_empty())
    };
    if let Some(tab) = tab {
        return Some((button, Control::Tab(tab)));
    }
    if button.id() == CLEAR_ID {
        return Some((button, Control::Clear));
    }
    if !button.parent_element().is_some_and(|p| p.class_list().contains(TOOLS)) {
        return None;
    }
    let qi = button.closest(&format!("fieldset.{QUESTION}")).ok().flatten().and_then(|c| question_of_card(&c.id()))?;
    Some((button, Control::Skip(qi)))
}

/// Does to the form under `app` what `control` does there: unanswers the
/// form or a card (see [`unanswer`]); a tab needs the app.
pub fn press(app: &Element, control: &Control) {
    match control {
        Control::Tab(_) => {}
        Control::Clear => unanswer(app, true),
        Control::Skip(qi) => {
            if let Some(card) = one(app, &format!("fieldset#{}", card_id(QUESTIONS[*qi].id))) {
                unanswer(&card, false);
            }
        }
    }
}

fn set_html(app: &Element, class: &str, html: &str) {
    if let Some(el) = one(app, &format!(".{class}")) {
        if el.inner_html() != html {
            el.set_inner_html(html);
        }
    }
}

fn set_text(app: &Element, class: &str, text: &str) {
    if let Some(el) = one(app, &format!(".{class}")) {
        if el.text_content().as_deref() != Some(text) {
            el.set_text_content(Some(text));
        }
    }
}

/// Writes the result of `answers` into the page under `app` (the app's
/// root): the recommendation, the parts before and after the scores, the
/// score rows (each bar's width through the CSS object model, as the app
/// sets it), the scope note, the counts of answers and the summary bar,
/// with the markup the app renders ([`crate::result_html`]). While a
/// recommendation is shown, `app` has `data-early-result` (the "Why" tab
/// then says its list of points is coming, `style/main.css`).
pub fn show(app: &Element, answers: &Answers) {
    use super::*;
    let a = assess(answers);
    let id = result_html::recommendation_id(&a);
    if let Some(box_) = one(app, &format!(".{RECOMMENDATION}")) {
        let _ = box_.set_attribute("data-recommendation", id);
    }
    let _ = app.toggle_attribute_with_force("data-early-result", id != "none");
    set_html(app, RECOMMENDATION, &result_html::recommendation(&a));
    set_html(app, RESULT_BEFORE, &result_html::before_scores(&a));
    set_html(app, SCORES, &result_html::scores(&a));
    set_html(app, RESULT_AFTER, &result_html::after_scores(&a));
    set_text(app, SCOPE_NOTE, &crate::format::scope(answers));
    set_text(app, PROGRESS, &result_html::progress(answers));
    set_text(app, ADVANCED_PROGRESS, &result_html::advanced_progress(answers));
    set_text(app, STICKY_HEAD, &result_html::sticky_head(&a, false));
    set_html(app, STICKY_MORE, &result_html::sticky_scores(&a));
    for fill in all(app, &format!(".{FILL}[data-width]")) {
        if let (Some(width), Some(fill)) = (fill.get_attribute("data-width"), fill.dyn_ref::<HtmlElement>()) {
            let _ = fill.style().set_property("width", &format!("{width}%"));
        }
    }
}

/// `el`'s box in the viewport, as (left, top, right, bottom) in CSS
/// pixels (`getBoundingClientRect`); `None` if the browser gave none.
pub fn client_rect(el: &Element) -> Option<(f64, f64, f64, f64)> {
    let get = js_sys::Reflect::get(el, &JsValue::from_str("getBoundingClientRect")).ok()?;
    let rect = get.dyn_into::<js_sys::Function>().ok()?.call0(el).ok()?;
    let side = |name: &str| js_sys::Reflect::get(&rect, &JsValue::from_str(name)).ok()?.as_f64();
    Some((side("left")?, side("top")?, side("right")?, side("bottom")?))
}

/// How far the tab strip holding `tab` scrolls to show it whole
/// ([`tab_shift`]), with the strip; `None` when it is whole in view or not
/// laid out.
pub fn tab_reveal(tab: &Element) -> Option<(Element, f64)> {
    let strip = tab.parent_element()?;
    let ((left, _, right, _), (strip_left, _, strip_right, _)) = (client_rect(tab)?, client_rect(&strip)?);
    let shift = tab_shift((left, right), (strip_left, strip_right));
    (shift != 0.0).then_some((strip, shift))
}

/// Opens the tab with id `tab` on the first screen under `app`, as the app
/// first shows it (`ui::tabs`): its button selected in the strip (and only
/// it reachable with Tab), every other panel hidden, its panel holding
/// `panel_html` with its controls inert (they need the app, which replaces
/// them; nothing typed or ticked there is lost); in the next frame, once
/// the page is laid out, the tab is scrolled into the strip at once. False,
/// with nothing changed, when the page has no such tab button, strip or
/// panel.
pub fn open_tab(app: &Element, tab: &str, panel_html: &str) -> bool {
    let wanted = tab_id(tab);
    let (Some(panel), Some(strip)) = (one(app, &format!("#{}", panel_id(tab))), one(app, &format!(".{TABLIST}"))) else {
        return false;
    };
    if one(&strip, &format!("#{wanted}")).is_none() {
        return false;
    }
    for button in all(&strip, "[role=tab]") {
        let on = button.id() == wanted;
        let _ = button.set_attribute("aria-selected", if on { "true" } else { "false" });
        let _ = button.set_attribute("tabindex", if on { "0" } else { "-1" });
        let _ = button.class_list().toggle_with_force(ACTIVE, on);
    }
    for other in all(app, &format!(".{TABPANEL}")) {
        let _ = other.toggle_attribute_with_force("hidden", other != panel);
    }
    panel.set_inner_html(panel_html);
    for control in all(&panel, "button, textarea, input") {
        let _ = js_sys::Reflect::set(&control, &"inert".into(), &true.into());
    }
    let Some(window) = web_sys::window() else { return true };
    let reveal = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(button) = one(&strip, &format!("#{wanted}")) else { return };
        if let Some((strip, shift)) = tab_reveal(&button) {
            scroll_strip_to(&strip, strip.scroll_left() + shift.round() as i32);
        }
    });
    let _ = window.request_animation_frame(reveal.unchecked_ref());
    true
}

/// Scrolls a tab strip sideways to `left` (CSS pixels) at once: the strip's
/// own scroll behaviour is smooth, which would move it over several frames
/// (as the page appears, or as the app takes it over, it must not move).
pub fn scroll_strip_to(strip: &Element, left: i32) {
    let to = web_sys::ScrollToOptions::new();
    to.set_left(f64::from(left));
    to.set_behavior(web_sys::ScrollBehavior::Instant);
    strip.scroll_to_with_scroll_to_options(&to);
}
