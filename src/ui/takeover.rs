//! The take-over: the live app replaces the first screen rendered at build
//! time, a few parts per animation frame.
//!
//! The app is built off the page ([`super::startup`]). Putting all of it
//! into the page in one move made the browser style and lay out the whole
//! new page in one frame: one long task (about 55 ms unthrottled on the
//! bench machine, over 200 ms with the CPU slowed 4x), which Lighthouse
//! counts as blocking time. Instead, the rendered page's containers that
//! carry nothing reactive in the app's view (the [`SHELLS`]) are kept, and
//! their children are replaced by the app's, about [`FRAME_BUDGET`]
//! elements per frame: first the parts that show the result, then the
//! others in document order. Both are the same markup, so nothing
//! on screen changes; the take-over e2e test (`tests/e2e/prerender.test.mjs`)
//! compares the two.
//!
//! From the first step the app owns the page (`<html data-live>`), so
//! the first-answer module (`public/early.js`) stands aside. Until a question card has been replaced,
//! an answer given in the rendered one (an option, an importance, "Skip
//! this question"), or "Clear all answers", is applied to the app's answers
//! at once, and the parts it changes (with the result, the summary bar and
//! the counts of answers) are replaced out of turn, so that the page shows
//! the app's own; so is a tab chosen in a rendered part, and a
//! tab chosen before the app had loaded (`<html data-early-tab>`, set by
//! the first-answer module) is opened as the take-over starts. The element with the focus keeps it in the
//! app's part. The advanced group is one of the kept containers, so whether it is
//! open carries over by itself. A visit that restores work keeps `#app`
//! hidden until the page is ready, and a hidden tab paints no frames: both
//! take over in one move, and a tab hidden during the take-over gets the
//! rest at once.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

use super::state::AppState;
use super::tabs::TabId;
use crate::engine::{Answers, Importance};
use crate::first_screen::dom as first_screen;
use crate::first_screen::{Control, Input};
use crate::knowledge::QUESTIONS;
use crate::session::Action;

/// Containers kept from the rendered page, as `tag.class` (or just the tag):
/// their children are replaced one by one, and they are never replaced
/// themselves. So none may have a reactive attribute or an event listener
/// in the app's view (the advanced group's toggles are heard on the
/// document in `super::questionnaire`), and no view that contains one may
/// ever be rebuilt or unmounted: the start-up guards above them only ever
/// go from hidden to shown.
pub const SHELLS: &[&str] = &["main", "section.questionnaire", "div.core-questions", "details.advanced", "div.results-column"];

/// Elements put into the page per frame, at most, counted as the new parts'
/// descendants; a part larger than this gets a frame of its own, and a
/// part without a box (such as a question in the closed advanced group)
/// counts as one. About four question cards per frame. Much of a frame's
/// cost (style, layout, paint of the page) does not grow with the parts it
/// puts in: in a trace of a throttled first visit (CPU slowed 4x) on the
/// bench machine, 40 elements took 11 ms a frame over 19 frames, 160 take
/// 15 to 33 ms a frame over 5, and the whole app was live about 190 ms
/// sooner; 400 made one task of 57 ms, a long task.
const FRAME_BUDGET: u32 = 160;

/// One part of the page: the rendered element and the app's that replaces
/// it, and how many elements that puts into the page.
struct Swap {
    old: Element,
    new: Element,
    weight: u32,
}

/// A pair of kept containers: the rendered one and the app's.
struct Shell {
    old: Element,
    new: Element,
}

fn element_children(parent: &Element) -> Vec<Element> {
    let mut out = Vec::new();
    let mut next = parent.first_element_child();
    while let Some(el) = next {
        next = el.next_element_sibling();
        out.push(el);
    }
    out
}

fn is_shell(el: &Element) -> bool {
    let tag = el.tag_name().to_ascii_lowercase();
    SHELLS.iter().any(|s| match s.split_once('.') {
        Some((t, class)) => *t == tag && el.class_list().contains(class),
        None => *s == tag,
    })
}

/// Pairs the rendered tree under `old` with the app's under `new`: the
/// shells to keep and the parts to replace, in document order. `None` when
/// the two differ in shape (element count, tags or ids), in which case the
/// caller replaces everything in one move.
fn plan(old: &Element, new: &Element, shells: &mut Vec<Shell>, swaps: &mut Vec<Swap>) -> Option<()> {
    let olds = element_children(old);
    let news = element_children(new);
    if olds.len() != news.len() {
        return None;
    }
    shells.push(Shell { old: old.clone(), new: new.clone() });
    for (o, n) in olds.into_iter().zip(news) {
        if o.tag_name() != n.tag_name() || o.id() != n.id() {
            return None;
        }
        if is_shell(&n) && is_shell(&o) {
            plan(&o, &n, shells, swaps)?;
        } else {
            swaps.push(Swap { weight: weight(&o, &n), old: o, new: n });
        }
    }
    Some(())
}

/// The elements a part puts into the page: one if the rendered part has no
/// box (a question in the closed advanced group, the summary bar on a wide
/// screen), else its descendants.
fn weight(old: &Element, new: &Element) -> u32 {
    let shown = old.dyn_ref::<HtmlElement>().is_none_or(|el| el.offset_width() > 0 || el.offset_height() > 0);
    let descendants = new.query_selector_all("*").map(|list| list.length()).unwrap_or(0);
    if shown {
        1 + descendants
    } else {
        1
    }
}

/// Gives a kept container the app's non-element children (the markers the
/// app inserts its dynamic parts before) in their places among the element
/// children, and drops the rendered page's.
fn adopt_markers(shell: &Shell) {
    let olds = element_children(&shell.old);
    let mut node = shell.old.first_child();
    while let Some(n) = node {
        node = n.next_sibling();
        if n.node_type() != Node::ELEMENT_NODE {
            let _ = shell.old.remove_child(&n);
        }
    }
    let mut index = 0;
    let mut node = shell.new.first_child();
    while let Some(n) = node {
        node = n.next_sibling();
        if n.node_type() == Node::ELEMENT_NODE {
            index += 1;
        } else {
            let _ = shell.old.insert_before(&n, olds.get(index).map(|e| e.as_ref()));
        }
    }
}

/// Gives `el` the focus; it is where the element that had it was, so
/// nothing scrolls.
fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Where the element with the focus is under `old`, if it is there: its id,
/// or else its place (the index among its element siblings at each level
/// down from `old`) and what it is ([`signature`]), for [`refocus`] once
/// `old` is replaced.
struct FocusPlace {
    id: String,
    path: Vec<u32>,
    signature: String,
}

/// What an element without an id is, to tell whether the element in its
/// place in the app's part is the same one: its tag with its link target,
/// its input's name and value, or its text.
fn signature(el: &Element) -> String {
    let what = el
        .get_attribute("href")
        .or_else(|| el.get_attribute("name").map(|n| format!("{n}={}", el.get_attribute("value").unwrap_or_default())))
        .or_else(|| el.text_content())
        .unwrap_or_default();
    format!("{} {what}", el.tag_name())
}

fn focus_place(old: &Element) -> Option<FocusPlace> {
    let focused = document().active_element().filter(|el| old.contains(Some(el)))?;
    let mut path = Vec::new();
    let mut el = focused.clone();
    while el != *old {
        let mut index = 0;
        let mut sibling = el.previous_element_sibling();
        while let Some(s) = sibling {
            index += 1;
            sibling = s.previous_element_sibling();
        }
        path.push(index);
        el = el.parent_element()?;
    }
    path.reverse();
    Some(FocusPlace { id: focused.id(), path, signature: signature(&focused) })
}

/// Gives the focus back, in `new` (which replaced the `old` of
/// [`focus_place`]): to the element with the same id, or else to the one
/// in the same place if it is the same ([`signature`]); else nowhere.
fn refocus(place: Option<FocusPlace>, new: &Element) {
    let Some(place) = place else { return };
    let target = if place.id.is_empty() {
        place.path.iter().try_fold(new.clone(), |el, &i| el.children().item(i)).filter(|el| signature(el) == place.signature)
    } else {
        document().get_element_by_id(&place.id)
    };
    if let Some(el) = target {
        focus(&el);
    }
}

/// Whether a rendered part shows anything the user gave: a checked option
/// or an importance other than normal.
fn shows_input(el: &Element) -> bool {
    first_screen::read(el) != Answers::new()
}

/// What the user did in a rendered part not yet replaced, and which parts
/// the app then puts in at once, so that what they show is the app's.
enum Reaction {
    /// Nothing for the take-over.
    None,
    /// The part that contains this element (an answered card, a tab).
    Part(Element),
    /// The card whose "Skip this question" is this button, and whether the
    /// button had the focus: it then goes where the app's button sends it
    /// (the app's button is disabled already).
    Skipped(Element, &'static str, bool),
    /// Every part that shows an answer or an importance, and the one that
    /// contains this element (the "Clear all answers" button).
    Cleared(Element),
}

/// Whether a part shows the result: the summary bar or a part of the
/// results column. These go in first.
fn shows_result(swap: &Swap) -> bool {
    swap.new.class_list().contains("sticky-summary") || swap.old.closest(".results-column").ok().flatten().is_some()
}

/// Whether a rendered part shows the answers' state: the result
/// ([`shows_result`]) or the counts of answers.
fn shows_state(swap: &Swap) -> bool {
    shows_result(swap) || swap.old.query_selector(".progress, .advanced-progress").ok().flatten().is_some()
}

/// The state of a take-over in progress.
struct TakeOver {
    /// Parts not yet replaced: the result's first, then the others in
    /// document order.
    pending: Vec<Swap>,
    state: AppState,
    /// Called once every part is in, with the listeners to remove first.
    done: Option<Box<dyn FnOnce()>>,
}

impl TakeOver {
    /// Replaces the next parts, up to [`FRAME_BUDGET`] elements (at least
    /// one part), or all of them. Returns whether any are left.
    fn step(&mut self, all: bool) -> bool {
        let mut spent = 0;
        while !self.pending.is_empty() {
            if !all && spent > 0 && spent + self.pending[0].weight > FRAME_BUDGET {
                break;
            }
            let swap = self.pending.remove(0);
            spent += swap.weight;
            self.replace(swap);
        }
        !self.pending.is_empty()
    }

    fn replace(&self, swap: Swap) {
        let Swap { old, new, .. } = swap;
        // The element with the focus gets it back in the app's part.
        let focused = focus_place(&old);
        let strip = |part: &Element| part.query_selector(&format!(".{}", crate::first_screen::TABLIST)).ok().flatten();
        let strip_left = strip(&old).map(|s| s.scroll_left());
        let _ = old.replace_with_with_node_1(&new);
        if new.class_list().contains("tabs-panel") {
            // From now on the "Why" tab is the app's (style/main.css).
            if let Some(root) = document().get_element_by_id(super::ROOT_ID) {
                let _ = root.remove_attribute("data-early-result");
            }
            // The tab strip stays where it was scrolled (on a phone it
            // scrolls sideways; the first-answer module scrolls a team link's tab
            // into it, and the user may have scrolled it).
            if let (Some(left), Some(s)) = (strip_left, strip(&new)) {
                first_screen::scroll_strip_to(&s, left);
            }
        }
        refocus(focused, &new);
    }

    /// Puts in at once, out of turn, the parts `reaction` names and those
    /// that show the answers' state ([`shows_state`]).
    fn take_now(&mut self, reaction: Reaction) {
        let (el, cleared, skipped) = match reaction {
            Reaction::None => return,
            Reaction::Part(el) => (el, false, None),
            Reaction::Skipped(el, question, had_focus) => (el, false, Some(question).filter(|_| had_focus)),
            Reaction::Cleared(el) => (el, true, None),
        };
        let now = |s: &Swap| s.old.contains(Some(&el)) || shows_state(s) || (cleared && shows_input(&s.old));
        let (taken, kept): (Vec<Swap>, Vec<Swap>) = std::mem::take(&mut self.pending).into_iter().partition(now);
        self.pending = kept;
        for swap in taken {
            self.replace(swap);
        }
        if let Some(question) = skipped {
            super::questionnaire::focus_importance(question);
        }
    }

    /// Takes the callback to run once every part is in, the first time only.
    fn finish(&mut self) -> Option<Box<dyn FnOnce()>> {
        if self.pending.is_empty() {
            self.done.take()
        } else {
            None
        }
    }

    /// An answer or importance changed in a rendered card not yet replaced:
    /// applied to the app's answers, and the app's card put in its place at
    /// once.
    fn input(&self, target: &Element) -> Reaction {
        if !self.pending.iter().any(|s| s.old.contains(Some(target))) {
            return Reaction::None;
        }
        match first_screen::input(target) {
            Some(Input::Choose(qi, oi)) => {
                self.state.session.dispatch(Action::Choose { question: qi, option: Some(oi) });
            }
            Some(Input::Weigh(qi, i)) => {
                self.state.session.dispatch(Action::Weigh { question: qi, importance: i });
            }
            None => return Reaction::None,
        }
        Reaction::Part(target.clone())
    }

    /// "Skip this question", "Clear all answers" or a tab (in the tab list
    /// or among the result's links) clicked in a rendered part not yet
    /// replaced: done to the app's state, as the app's own buttons do
    /// (`super::questionnaire`, `super::tabs`, `super::result`), and the
    /// parts that showed what is now gone put in at once.
    fn click(&self, target: &Element) -> Reaction {
        let Some((button, control)) = first_screen::control(target) else { return Reaction::None };
        if !self.pending.iter().any(|s| s.old.contains(Some(&button))) {
            return Reaction::None;
        }
        match control {
            Control::Tab(id) => {
                let Some(tab) = TabId::from_id(&id) else { return Reaction::None };
                self.state.tab.set(tab);
                Reaction::Part(button)
            }
            Control::Clear => {
                self.state.session.dispatch(Action::ClearAll);
                Reaction::Cleared(button)
            }
            Control::Skip(qi) => {
                let had_focus = document().active_element().as_ref() == Some(&button);
                self.state.session.dispatch(Action::Choose { question: qi, option: None });
                Reaction::Skipped(button, QUESTIONS[qi].id, had_focus)
            }
        }
    }
}

/// Puts the built app (`built`'s children) into `root` in place of the
/// first screen rendered at build time, with anything the user chose in
/// that form meanwhile (on a first visit), which wins; then calls `done`.
pub fn take_over(root: Element, built: Element, state: AppState, done: impl FnOnce() + 'static) {
    let html = document().document_element();
    // A visit that restores work kept the rendered form hidden
    // (public/theme.js): what it holds is the browser's form restoration,
    // not the user's input, and must not win over the restored work.
    // Unless the first-answer module has shown the visit (<html data-early-visit>,
    // src/bin/early_parts/visit.rs):
    // it has then set every option and menu of the form to the visit's
    // answers, so the form holds them, with any change the user made since.
    let early_visit = html.as_ref().is_some_and(|h| h.has_attribute("data-early-visit"));
    let restoring = html.as_ref().is_some_and(|h| h.has_attribute("data-restoring")) && !early_visit;
    let early = if restoring { Answers::new() } else { html.as_ref().map(first_screen::read).unwrap_or_default() };
    if early_visit {
        if state.answers.with_untracked(|a| *a != early) {
            state.session.dispatch(Action::Show(early.clone()));
        }
        state.settled.set(early.clone());
    }
    // From here the app owns the page: the first-answer module stands aside, and
    // the tab the user chose meanwhile, if any, is opened.
    if let Some(html) = &html {
        let _ = html.set_attribute("data-live", "");
        if let Some(tab) = html.get_attribute("data-early-tab").and_then(|id| TabId::from_id(&id)) {
            state.tab.set(tab);
        }
        let _ = html.remove_attribute("data-early-tab");
    }
    if !early_visit && early != Answers::new() {
        // What the user gave in the rendered form wins.
        let mut a = state.answers.get_untracked();
        for qi in 0..QUESTIONS.len() {
            if let Some(oi) = early.choice(qi) {
                a.set_choice(qi, Some(oi));
            }
            if early.importance(qi) != Importance::default() {
                a.set_importance(qi, early.importance(qi));
            }
        }
        state.session.dispatch(Action::Show(a));
        // The detail tabs too, in this same move: the list of points
        // replaces the early module's "coming" sentence as the app appears,
        // rather than a frame later, moving what is below it.
        state.settled.set(state.answers.get_untracked());
    }
    let mut shells = Vec::new();
    let mut swaps = Vec::new();
    let paired = plan(&root, &built, &mut shells, &mut swaps).is_some();
    if !paired {
        // Not the same shape: everything in one move.
        let advanced_open = if restoring {
            super::dom::advanced_open()
        } else {
            root.query_selector("#advanced").ok().flatten().is_some_and(|g| g.has_attribute("open"))
        };
        // By id only: the two differ in shape, so a place may be another
        // element's.
        let focused = document().active_element().filter(|el| root.contains(Some(el))).map(|el| el.id()).filter(|id| !id.is_empty());
        let _ = root.remove_attribute("data-early-result");
        root.set_inner_html("");
        while let Some(child) = built.first_child() {
            let _ = root.append_child(&child);
        }
        if let Some(group) = document().get_element_by_id("advanced").filter(|_| advanced_open) {
            let _ = group.set_attribute("open", "");
        }
        if let Some(el) = focused.and_then(|id| document().get_element_by_id(&id)) {
            focus(&el);
        }
        done();
        return;
    }
    for shell in &shells {
        adopt_markers(shell);
    }
    if restoring && super::dom::advanced_open() {
        // The group is kept from the rendered page: open, as the user left
        // it (on a first visit public/early.js has already done this).
        if let Some(group) = root.query_selector("#advanced").ok().flatten() {
            let _ = group.set_attribute("open", "");
        }
    }
    // The parts that show the result first (the summary bar, the results
    // column), so that an answer given in a rendered card meanwhile shows
    // its result at once; then the rest in document order.
    swaps.sort_by_key(|s| !shows_result(s));
    let run = Rc::new(RefCell::new(TakeOver { pending: swaps, state, done: None }));
    // Answers given, and questions skipped or cleared, in the rendered
    // cards while they are still on screen.
    let on_change = {
        let run = Rc::clone(&run);
        window_event_listener_untyped("change", move |event| react(&run, &event, TakeOver::input))
    };
    let on_click = {
        let run = Rc::clone(&run);
        window_event_listener_untyped("click", move |event| react(&run, &event, TakeOver::click))
    };
    // A tab hidden meanwhile paints no frames (and runs no animation-frame
    // callbacks): the rest goes in at once.
    let on_hidden = {
        let run = Rc::clone(&run);
        window_event_listener_untyped("visibilitychange", move |_| {
            if document().hidden() {
                advance(&run, true);
            }
        })
    };
    run.borrow_mut().done = Some(Box::new(move || {
        on_change.remove();
        on_click.remove();
        on_hidden.remove();
        done();
    }));
    if restoring || document().hidden() {
        advance(&run, true);
    } else {
        next_frame(run);
    }
}

/// Hands `event` on a rendered part to `handle` (unless the take-over is
/// busy), puts in the parts it names, and, if none is left, runs the
/// take-over's `done` (once).
fn react(run: &Rc<RefCell<TakeOver>>, event: &web_sys::Event, handle: fn(&TakeOver, &Element) -> Reaction) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let done = {
        let Ok(mut run) = run.try_borrow_mut() else { return };
        let reaction = handle(&run, &target);
        run.take_now(reaction);
        run.finish()
    };
    if let Some(done) = done {
        done();
    }
}

/// Replaces one frame's worth of parts (or all that are left), and, once
/// none is left, runs the take-over's `done` (once). Returns whether any
/// are left.
fn advance(run: &Rc<RefCell<TakeOver>>, all: bool) -> bool {
    let (left, done) = {
        let mut run = run.borrow_mut();
        let left = run.step(all);
        (left, run.finish())
    };
    if let Some(done) = done {
        done();
    }
    left
}

/// Runs [`advance`] in each animation frame until no part is left.
fn next_frame(run: Rc<RefCell<TakeOver>>) {
    request_animation_frame(move || {
        if advance(&run, false) {
            next_frame(run);
        }
    });
}
