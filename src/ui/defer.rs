//! Work that can wait until the new recommendation is on screen.
//!
//! An answer change updates the result at once; the detail tabs (the list
//! of contributions, the flowchart, the tables, the report preview) follow
//! after the browser has painted that frame, so that they never delay it.

use leptos::prelude::*;

use super::dom::after_paint;

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
