//! Notices about the link the page was opened with.

use leptos::prelude::*;

use crate::prefill::Skipped;

/// Lists the prefill parameters that were skipped. Dismissible; the rest of
/// the link has been applied.
#[component]
pub fn PrefillNotice(skipped: Vec<Skipped>) -> impl IntoView {
    let open = RwSignal::new(!skipped.is_empty());
    move || {
        open.get().then(|| {
            let count = skipped.len();
            let title = if count == 1 {
                "One part of the link was ignored. ".to_string()
            } else {
                format!("{count} parts of the link were ignored. ")
            };
            let items = skipped
                .iter()
                .map(|s| view! { <li><code>{format!("{}={}", s.name, s.value)}</code> ": " {s.reason.clone()}</li> })
                .collect_view();
            view! {
                <div class="notice warn prefill-notice" role="alert">
                    <p><strong>{title}</strong> "The rest of it has been applied."</p>
                    <ul>{items}</ul>
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>"Dismiss"</button>
                </div>
            }
        })
    }
}
