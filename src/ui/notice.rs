//! Notices: the link the page was opened with, the preview banner, and
//! messages about saving and loading, with their tones.

use leptos::prelude::*;

use super::state::AppState;
use crate::knowledge::interface::TRIAL_EXPLAINED;
use crate::notices_html;
use crate::session::{Action, Message, Mode};
use crate::team_html::DISMISS;

/// Lists the prefill parameters that were skipped. Dismissible; the rest of
/// the link has been applied.
#[component]
pub fn PrefillNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let skipped = state.session.skipped;
    move || {
        skipped.with(|skipped| {
            (!skipped.is_empty()).then(|| {
                let count = skipped.len();
                let title = notices_html::prefill_title(count);
                let items = skipped
                    .iter()
                    .map(|s| view! { <li><code>{notices_html::skipped_code(s)}</code> ": " {s.reason.clone()}</li> })
                    .collect_view();
                view! {
                    <div class="notice warn prefill-notice" role="alert">
                        <p><strong>{title}</strong> {notices_html::PREFILL_REST}</p>
                        <ul>{items}</ul>
                        <button type="button" class="button secondary" on:click=move |_| { state.session.dispatch(Action::DismissSkipped); }>"Dismiss"</button>
                    </div>
                }
            })
        })
    }
}

/// The banner shown while answers from a link are on screen. "Replace my
/// current work" and "Back to my answers" appear only when there is own
/// work to go back to ([`crate::session::Session::has_own_work`]); without
/// it, "Keep as my work" makes the preview the own work at once (nothing is
/// replaced, so nothing asks for confirmation). "Save as new profile" is
/// always there. `data-own-work` says which (`yes` or `no`).
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    // What the user typed as the name; `None` means the link's own name.
    let save_name = RwSignal::new(None::<String>);
    let confirm_replace = RwSignal::new(false);
    let has_own = Memo::new(move |_| s.state.with(|st| st.has_own_work()));
    let adopt = move |_| {
        if has_own.get_untracked() && !confirm_replace.get_untracked() {
            confirm_replace.set(true);
            return;
        }
        confirm_replace.set(false);
        if s.dispatch(Action::AdoptPreview) {
            save_name.set(None);
        }
    };
    move || {
        let Mode::Preview { name, shared, .. } = s.mode.get() else { return None };
        let own = has_own.get();
        let default_name = notices_html::preview_default_name(&name);
        let link_name = default_name.clone();
        let typed_or_default = move || save_name.get().unwrap_or_else(|| default_name.clone());
        let title = notices_html::preview_title(&name, shared);
        let body = notices_html::preview_body(own);
        let own_actions = own.then(|| {
            view! {
                <button type="button" class="button secondary" id="preview-adopt" on:click=adopt>
                    {move || if confirm_replace.get() { notices_html::PREVIEW_ADOPT_CONFIRM } else { notices_html::PREVIEW_ADOPT }}
                </button>
                <button type="button" class="button secondary" id="preview-leave" on:click=move |_| { save_name.set(None); s.dispatch(Action::BackToOwn); }>
                    {notices_html::PREVIEW_LEAVE}
                </button>
            }
        });
        let keep_action = (!own).then(|| {
            view! { <button type="button" class="button secondary" id="preview-adopt" on:click=adopt>{notices_html::PREVIEW_KEEP}</button> }
        });
        Some(view! {
            <div class="notice info preview-banner" role="region" aria-label="Preview of a link" data-preview=if shared { "share" } else { "prefill" }
                data-own-work=if own { "yes" } else { "no" }>
                <p><strong>{title}</strong> {body}</p>
                <div class="preview-actions">
                    <label>
                        "Name "
                        <input type="text" id="preview-name" maxlength="80" prop:value=typed_or_default
                            on:input=move |ev| save_name.set(Some(event_target_value(&ev)))/>
                    </label>
                    <button type="button" class="button" id="preview-save" on:click=move |_| {
                        if s.dispatch(Action::SavePreview(save_name.get_untracked().unwrap_or_else(|| link_name.clone()))) {
                            save_name.set(None);
                        }
                    }>{notices_html::PREVIEW_SAVE}</button>
                    {keep_action}
                    {own_actions}
                </div>
            </div>
        })
    }
}

/// The banner shown during a what-if trial, with the way back.
#[component]
pub fn TrialBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    move || {
        let Mode::Trying { what, back, .. } = s.mode.get() else { return None };
        let keep_label = match *back {
            Mode::Own => "Keep these answers",
            _ => "Keep these answers in the preview",
        };
        Some(view! {
            <div class="notice info trial-banner" role="region" aria-label="What-if trial">
                <p><strong>"You are trying a change: "</strong> {what} ". " {TRIAL_EXPLAINED}</p>
                <div class="preview-actions">
                    <button type="button" class="button" id="trial-back" on:click=move |_| { s.dispatch(Action::EndTrial { keep: false }); }>"Back to my answers"</button>
                    <button type="button" class="button secondary" id="trial-keep" on:click=move |_| { s.dispatch(Action::EndTrial { keep: true }); }>
                        {keep_label}
                    </button>
                </div>
            </div>
        })
    }
}

/// Messages about saving, loading and links; each can be dismissed. A
/// repeated condition is listed once (see [`crate::session`]).
#[component]
pub fn Messages() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    view! {
        <div class="messages" role="status" aria-live="polite">
            <For each=move || s.messages.get() key=|m: &Message| m.id children=move |m: Message| {
                let id = m.id;
                view! {
                    <div class=m.tone.class() data-tone=m.tone.id()>
                        <span>{m.text}</span>
                        <button type="button" class="link-button" aria-label=DISMISS.1
                            on:click=move |_| { s.dispatch(Action::Dismiss(id)); }>{DISMISS.0}</button>
                    </div>
                }
            }/>
        </div>
    }
}
