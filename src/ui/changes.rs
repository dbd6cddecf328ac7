//! Under the result, while a preview differs from the version it was opened
//! with: "Changed from the shared version: 2 answers" (or "from the link"),
//! the changes one per line with an undo each, and "Undo all". The list and
//! its wording come from the plain session ([`crate::session::changes`],
//! [`crate::session::changes_heading`], [`crate::session::describe_change`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{changes_memo, AppState};
use crate::session::{changes_heading, describe_change, undo_change_label, Action, Mode};

/// After an undo removed the line at `index`, the focus goes to the undo
/// that took its place (or the one before it), else to the result's title,
/// so that it is never left on a removed button.
fn refocus(index: usize) {
    request_animation_frame(move || {
        let doc = document();
        let undos = doc.query_selector_all(".changed-from .changed-undo").ok();
        let count = undos.as_ref().map_or(0, |l| l.length());
        let next = undos
            .filter(|_| count > 0)
            .and_then(|l| l.item((index as u32).min(count - 1)))
            .or_else(|| doc.get_element_by_id("result-title").map(Into::into));
        if let Some(el) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    });
}

/// The line of changes under the result, with its undos. Renders nothing
/// while the answers on screen are those the preview was opened with.
#[component]
pub fn ChangedFromLink() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    let list = changes_memo(state);
    let shared = Memo::new(move |_| matches!(s.mode.get(), Mode::Preview { shared: true, .. }));
    // `question`: undo that one change (at `index` in the list); `None`: all.
    let undo = move |question: Option<(usize, usize)>| {
        s.dispatch(Action::Undo(question.map(|(q, _)| q)));
        refocus(question.map_or(0, |(_, i)| i));
    };
    move || {
        list.with(|changes| {
            (!changes.is_empty()).then(|| {
                let items = changes
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let q = c.question;
                        view! {
                            <li data-question=c.question_id()>
                                <span class="changed-what">{describe_change(c)}</span> " "
                                <button type="button" class="link-button changed-undo" aria-label=undo_change_label(c)
                                    on:click=move |_| undo(Some((q, i)))>"Undo"</button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="changed-from" role="group" aria-labelledby="changed-from-title" data-changes=changes.len()>
                        <p class="changed-title" id="changed-from-title"><strong>{changes_heading(shared.get(), changes)}</strong></p>
                        <ul class="changed-list">{items}</ul>
                        <button type="button" class="button small secondary" id="changes-undo-all" on:click=move |_| undo(None)>"Undo all"</button>
                    </div>
                }
            })
        })
    }
}
