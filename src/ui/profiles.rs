//! The Profiles tab: save, share, open, rename, duplicate, delete, compare,
//! export and import; unreadable records are listed for export, never lost.

use leptos::prelude::*;

use super::copy_link::CopyLink;
use super::dom;
use super::state::{link, AppState};
use crate::codec::profile::Profile;
use crate::compare::{moved_contributions, total_difference};
use crate::engine::{assess, format_score, Assessment};
use crate::format::{points_cell, result_summary};
use crate::knowledge::interface::{NO_CONTRIBUTION_MOVES, NO_PROFILES_YET, PROFILES_IN_MEMORY, UNREADABLE_KEPT};
use crate::knowledge::sharing::PROFILE_LINK_COPIED;
use crate::knowledge::{Framework, QUESTIONS};
use crate::session::messages::{answers_differ, moved_hint, saved_detail, working_on};
use crate::session::{unreadable_message, Action, Mode, Note, SavedState};
use crate::storage::differences;

fn saved_when(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    String::from(d.to_locale_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED))
}

/// The contributions that moved the scores between two profiles (see
/// [`crate::compare`]), largest move first, with their total, which equals
/// the difference of the two results' scores.
fn moved_view(
    left: &str,
    right: &str,
    a: &crate::engine::Answers,
    b: &crate::engine::Answers,
    ra: &Assessment,
    rb: &Assessment,
) -> impl IntoView {
    let moved = moved_contributions(a, b);
    if moved.is_empty() {
        return view! { <p class="muted moved-none">{NO_CONTRIBUTION_MOVES}</p> }.into_any();
    }
    let total = total_difference(&moved);
    let scores_moved = [rb.scores[0] - ra.scores[0], rb.scores[1] - ra.scores[1], rb.scores[2] - ra.scores[2]];
    let rows = moved
        .iter()
        .map(|m| {
            view! {
                <tr data-question=QUESTIONS[m.question].id data-change={
                    let d = m.difference();
                    format!("{},{},{}", d[0], d[1], d[2])
                }>
                    <th scope="row">{QUESTIONS[m.question].title}</th>
                    <td><span class="moved-left">{points_cell(m.left)}</span> " \u{2192} " <span class="moved-right">{points_cell(m.right)}</span></td>
                    <td class="num moved-change">{points_cell(m.difference())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h4 id="moved-title">"What moved the scores"</h4>
        <p class="hint">{moved_hint(left, right)}</p>
        <div class="table-block">
            <table class="comparison moved-contributions" aria-labelledby="moved-title">
                <thead><tr><th scope="col">"Question"</th><th scope="col">{format!("{left} \u{2192} {right}")}</th><th scope="col">"Change"</th></tr></thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr class="moved-total" data-total=format!("{},{},{}", total[0], total[1], total[2])
                        data-scores=format!("{},{},{}", scores_moved[0], scores_moved[1], scores_moved[2])>
                        <th scope="row" colspan="2">"All changes together: the difference between the two results"</th>
                        <td class="num">{points_cell(total)}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
    .into_any()
}

/// The "Profiles" tab: the saved profiles in localStorage and what can be
/// done with them.
#[component]
pub fn ProfilesPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    let new_name = RwSignal::new(String::new());
    let renaming = RwSignal::new(None::<String>);
    let rename_text = RwSignal::new(String::new());
    let confirm_delete = RwSignal::new(None::<String>);
    let left = RwSignal::new(String::new());
    let right = RwSignal::new(String::new());

    let working_on = move || s.state.with(|st| working_on(st.mode(), st.own_meta()));
    let can_save_existing = move || s.mode.get() == Mode::Own && s.state.with(|st| st.own_meta().profile_id.is_some());
    // Derived from the stored profile's answers on every change (see
    // `crate::session::Session::saved_state`), so a reload keeps it right.
    let saved_state = Memo::new(move |_| {
        let shown = state.answers.get();
        s.state.with(|st| st.saved_state(&shown))
    });
    let unsaved = move || saved_state.with(SavedState::unsaved);
    let unsaved_detail = move || saved_state.with(saved_detail);
    let on_import = move |ev: web_sys::Event| {
        dom::read_chosen_file(ev, move |text| match text {
            Some(text) => {
                s.dispatch(Action::Import(text));
            }
            None => {
                s.dispatch(Action::Note(Note::FileNotRead));
            }
        });
    };

    // One row per saved profile, keyed by id and revision (a rename or a
    // save makes a new revision, so the row is rebuilt).
    let row = move |p: Profile| {
        let id = p.id.clone();
        let is_renaming = {
            let id = id.clone();
            move || renaming.get().as_deref() == Some(id.as_str())
        };
        let is_confirming = {
            let id = id.clone();
            move || confirm_delete.get().as_deref() == Some(id.as_str())
        };
        let is_confirming2 = is_confirming.clone();
        let (p1, p2, p3, p4, p5) = (p.clone(), p.clone(), p.clone(), p.clone(), p.clone());
        let start_rename = {
            let id = id.clone();
            let name = p.name.clone();
            move |_| {
                rename_text.set(name.clone());
                renaming.set(Some(id.clone()));
            }
        };
        view! {
            <li class="profile" data-profile=p.name.clone()>
                <div class="profile-main">
                    {move || if is_renaming() {
                        let p = p1.clone();
                        view! {
                            <form class="rename" on:submit=move |ev| { ev.prevent_default(); s.dispatch(Action::Rename { id: p.id.clone(), name: rename_text.get_untracked() }); renaming.set(None); }>
                                <label>"New name " <input type="text" class="rename-input" maxlength="80" prop:value=move || rename_text.get()
                                    on:input=move |ev| rename_text.set(event_target_value(&ev))/></label>
                                <button type="submit" class="button">"Rename"</button>
                                <button type="button" class="button secondary" on:click=move |_| renaming.set(None)>"Cancel"</button>
                            </form>
                        }.into_any()
                    } else {
                        view! { <strong class="profile-name">{p1.name.clone()}</strong> }.into_any()
                    }}
                    <span class="muted">{format!("Saved {} · {}", saved_when(p.saved_at), result_summary(&assess(&p.answers)))}</span>
                </div>
                <div class="profile-actions">
                    <button type="button" class="link-button" on:click=move |_| { s.dispatch(Action::OpenProfile(p2.id.clone())); }>"Open"</button>
                    <button type="button" class="link-button" on:click=start_rename>"Rename"</button>
                    <button type="button" class="link-button" on:click=move |_| { s.dispatch(Action::SaveNew { answers: p3.answers.clone(), name: format!("{} (copy)", p3.name) }); }>"Duplicate"</button>
                    <button type="button" class="link-button danger" on:click=move |_| {
                        if is_confirming2() { s.dispatch(Action::Delete(p4.id.clone())); confirm_delete.set(None); } else { confirm_delete.set(Some(p4.id.clone())); }
                    }>{move || if is_confirming() { format!("Confirm deleting \u{201c}{}\u{201d}", p5.name) } else { "Delete".to_string() }}</button>
                </div>
            </li>
        }
    };
    let list = view! {
        <p class="muted" hidden=move || s.library.with(|l| !l.profiles.is_empty())>{NO_PROFILES_YET}</p>
        <ul class="profile-list">
            <For each=move || s.library.with(|l| l.profiles.clone()) key=|p: &Profile| (p.id.clone(), p.rev) children=row/>
        </ul>
    };

    let options = move || {
        s.library.with(|l| l.profiles.iter().map(|p| view! { <option value=p.id.clone()>{p.name.clone()}</option> }).collect_view())
    };
    let comparison = move || {
        let (l, r) = (left.get(), right.get());
        let lib = s.library.get();
        let a = lib.profiles.iter().find(|p| p.id == l)?;
        let b = lib.profiles.iter().find(|p| p.id == r)?;
        let (ra, rb) = (assess(&a.answers), assess(&b.answers));
        let answer = |p: &Profile, q: usize| {
            let text = p.answers.choice(q).map(|o| QUESTIONS[q].options[o].label).unwrap_or("(skipped)");
            let imp = p.answers.importance(q);
            if imp == crate::engine::Importance::Normal {
                text.to_string()
            } else {
                format!("{text} · importance {}", imp.id())
            }
        };
        let diff = differences(&a.answers, &b.answers);
        let rows = diff
            .iter()
            .map(|&q| view! { <tr><th scope="row">{QUESTIONS[q].title}</th><td>{answer(a, q)}</td><td>{answer(b, q)}</td></tr> })
            .collect_view();
        let result = |r: &crate::engine::Assessment| {
            format!(
                "{} · Django {} · Flask {} · Hybrid {}",
                r.recommendation.map(Framework::name).unwrap_or("none"),
                format_score(r.scores[0]),
                format_score(r.scores[1]),
                format_score(r.scores[2])
            )
        };
        Some(view! {
            <div class="table-block scroller" role="region" tabindex="0" aria-label="Profile comparison, scrolls sideways">
                <table class="comparison profile-compare">
                    <thead><tr><th scope="col">"Question"</th><th scope="col">{a.name.clone()}</th><th scope="col">{b.name.clone()}</th></tr></thead>
                    <tbody>
                        <tr class="relevant"><th scope="row">"Result"</th><td>{result(&ra)}</td><td>{result(&rb)}</td></tr>
                        {rows}
                    </tbody>
                </table>
                <p class="muted">{answers_differ(diff.len(), QUESTIONS.len())}</p>
                {moved_view(&a.name, &b.name, &a.answers, &b.answers, &ra, &rb)}
            </div>
        })
    };
    let unreadable = move || {
        let items = s.library.with(|l| l.unreadable.clone());
        (!items.is_empty()).then(|| view! {
            <h3>"Records that could not be read"</h3>
            <p class="hint">{UNREADABLE_KEPT}</p>
            <ul class="unreadable">
                {items.into_iter().map(|u| {
                    let (key, raw) = (u.key.clone(), u.raw.clone());
                    view! {
                        <li data-key=u.key.clone()>
                            <code>{u.key.clone()}</code> ": " {unreadable_message(&u.error)} " "
                            <button type="button" class="link-button" on:click=move |_| dom::download(&format!("{key}.txt"), "text/plain", &raw)>"Export as file"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    };

    view! {
        <section class="profiles" aria-labelledby="profiles-title">
            <h2 id="profiles-title">"Profiles and sharing"</h2>
            {move || s.memory_only.get().map(|_| view! {
                <p class="notice warn" data-storage="memory">{PROFILES_IN_MEMORY}</p>
            })}
            <p class="working" data-unsaved=move || if unsaved() { "true" } else { "false" }>
                "Working on: " <strong class="working-on">{working_on}</strong>
                {move || unsaved().then(|| view! { " " <span class="badge unsaved-mark">"Unsaved changes"</span> })}
            </p>
            {move || unsaved_detail().map(|d| view! { <p class="notice warn unsaved-detail">{d}</p> })}
            <div class="save-row">
                <button type="button" class="button" id="save-existing" hidden=move || !can_save_existing()
                    on:click=move |_| { s.dispatch(Action::SaveExisting); }>
                    {move || if unsaved() { "Save changes" } else { "Save" }}
                </button>
                <form class="save-new" on:submit=move |ev| {
                    ev.prevent_default();
                    if s.dispatch(Action::SaveAs(new_name.get_untracked())) {
                        new_name.set(String::new());
                    }
                }>
                    <label>"Name " <input type="text" id="new-profile-name" maxlength="80" placeholder="e.g. Billing platform"
                        prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/></label>
                    <button type="submit" class="button" id="save-as-new">"Save as new profile"</button>
                </form>
            </div>
            <CopyLink id="copy-link" field_id="share-link" label="Copy share link" field_label="Share link"
                copied=PROFILE_LINK_COPIED
                make=move || link(state)/>
            <h3>"Saved profiles"</h3>
            {list}
            <h3>"Compare two profiles"</h3>
            <div class="filters">
                <label>"Left " <select id="compare-left" on:change=move |ev| left.set(event_target_value(&ev))>
                    <option value="">"Choose…"</option>{options}</select></label>
                <label>"Right " <select id="compare-right" on:change=move |ev| right.set(event_target_value(&ev))>
                    <option value="">"Choose…"</option>{options}</select></label>
            </div>
            {comparison}
            <h3>"Export and import"</h3>
            <div class="save-row">
                <button type="button" class="button secondary" id="export-all" on:click=move |_| { s.dispatch(Action::ExportAll); }>"Export all profiles"</button>
                <label class="button secondary file-button">"Import profiles…"
                    <input type="file" id="import-file" accept="application/json,.json" on:change=on_import/>
                </label>
            </div>
            {unreadable}
        </section>
    }
}
