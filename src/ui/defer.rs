//! Work that can wait until the new recommendation is on screen.
//!
//! An answer change updates the result at once; the detail tabs (the list
//! of contributions, the flowchart, the tables, the report preview) follow
//! after the browser has painted that frame, so that they never delay it.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

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

/// A signal that follows `source`: its first value at once, every later
/// one after the next paint ([`after_paint`]). A value overtaken by a newer
/// one before that paint is skipped, and an equal value notifies no one.
pub fn settled<T>(source: Memo<T>) -> RwSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let settled = RwSignal::new(source.get_untracked());
    let generation = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        let value = source.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        let apply = move |value: T| {
            if generation.get_value() == mine && settled.with_untracked(|s| *s != value) {
                settled.set(value);
            }
        };
        if first.is_none() {
            apply(value);
        } else {
            after_paint(move || apply(value));
        }
    });
    settled
}
