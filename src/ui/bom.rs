//! The bill of materials: what a Flask build of this profile must assemble
//! to match Django's built-ins, or, for an existing system, what may still
//! be missing (see [`crate::profile_view::build_list`]).

use leptos::prelude::*;

use super::cites::{BeyondNotes, Cites};
use super::state::AppState;
use crate::knowledge::bom::CAPABILITIES;
use crate::knowledge::bom::NOTE_EXISTING_FLASK_WITH_CODE;
use crate::knowledge::method::OUTSIDE_SOURCES;
use crate::profile_view::{build_list, with_code, Situation};

/// The "Build list" tab: the bill of materials for the current answers.
#[component]
pub fn BomPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let show_all = RwSignal::new(false);
    // What "Start from your code" found: capabilities already present and
    // the frameworks with their support windows.
    let code = state.session.code;
    let marked = Memo::new(move |_| code.with(|c| with_code(state.settled.with(build_list), &c.present)));
    let list = Memo::new(move |_| marked.with(|m| m.0.clone()));
    let count = move || list.with(|l| l.count);
    let text = move || list.with(|l| l.text);
    let rows = CAPABILITIES
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let status = move || list.with(|l| l.rows[i].1);
            let cover = c.cover;
            view! {
                <tr class:needed=move || status().shown() hidden=move || !show_all.get() && !status().shown()
                    data-capability=c.id data-status=move || status().id()>
                    <th scope="row">
                        {c.name}
                        <span class="because">{move || {
                            let s = status();
                            marked.with(|m| s.text_with(c, m.1.get(i).map_or(&[], Vec::as_slice)))
                        }}</span>
                    </th>
                    <td data-label="Django">{c.django}</td>
                    <td data-label="Flask">
                        <span class=format!("cover {}", cover.id())>{cover.label()}</span>
                        <br/> {c.flask}
                        {c.outside_sources.map(|o| view! { <span class="outside">{format!("{OUTSIDE_SOURCES} {o}")}</span> })}
                    </td>
                    <td data-label="Sources"><Cites sources=c.sources/></td>
                </tr>
                {(!c.beyond.is_empty()).then(|| view! {
                    <tr class="caveat-row" hidden=move || !show_all.get() && !status().shown() data-beyond-for=c.id>
                        <td colspan="4"><BeyondNotes items=c.beyond/></td>
                    </tr>
                })}
            }
        })
        .collect_view();
    view! {
        <section class="bom" aria-labelledby="bom-title">
            <h2 id="bom-title">"Build list: the bill of materials"</h2>
            <p class="bom-count" aria-live="polite" data-situation=move || list.with(|l| l.situation.id())>
                {move || text().before}
                <strong data-flask-components=move || count().to_string()>{move || crate::format::count(count(), text().noun.0, text().noun.1)}</strong>
                {move || text().after}
            </p>
            {move || {
                let with_code = list.with(|l| l.situation == Situation::ExistingFlask) && code.with(|c| !c.present.is_empty());
                let note = if with_code { NOTE_EXISTING_FLASK_WITH_CODE } else { text().note };
                (!note.is_empty()).then(|| view! { <p class="hint">{note}</p> })
            }}
            {move || {
                let ended: Vec<_> = code.with(|c| c.frameworks.iter().filter(|f| f.ended).cloned().collect());
                (!ended.is_empty()).then(|| view! {
                    <div class="bom-support" data-support="ended"><super::cites::FrameworkList frameworks=ended/></div>
                })
            }}
            <label class="check">
                <input type="checkbox" id="bom-show-all" prop:checked=move || show_all.get()
                    on:change=move |ev| show_all.set(event_target_checked(&ev))/>
                " Show capabilities your answers do not call for"
            </label>
            <div class="table-block">
            <table class="comparison bom-table stack-table">
                <thead>
                    <tr><th scope="col">"Capability"</th><th scope="col">"Django"</th><th scope="col">"Flask"</th><th scope="col">"Sources"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </section>
    }
}
