//! The bill of materials: what a Flask build of this profile must assemble
//! to match Django's built-ins.

use leptos::prelude::*;

use super::sources::Cites;
use super::AppState;
use crate::knowledge::bom::{FlaskCover, CAPABILITIES};
use crate::profile_view::{flask_components, needed_capabilities};

/// The "Build list" tab: the bill of materials for the current answers.
#[component]
pub fn BomPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let show_all = RwSignal::new(false);
    let count = move || state.answers.with(flask_components);
    let needed_ids = Memo::new(move |_| state.answers.with(|a| needed_capabilities(a).iter().map(|c| c.id).collect::<Vec<_>>()));
    let rows = CAPABILITIES
        .iter()
        .map(|c| {
            let needed = move || needed_ids.with(|v| v.contains(&c.id));
            let flask_cell = match c.cover {
                FlaskCover::Core => view! { <span class="cover core">"In Flask's core"</span> }.into_any(),
                FlaskCover::Named => view! { <span class="cover named">"Add and maintain"</span> }.into_any(),
                FlaskCover::NotNamed => view! { <span class="cover not-named">"Team's choice"</span> }.into_any(),
                FlaskCover::Both => view! { <span class="cover both">"Same for both"</span> }.into_any(),
            };
            view! {
                <tr class:needed=needed hidden=move || !show_all.get() && !needed() data-capability=c.id>
                    <th scope="row">
                        {c.name}
                        <span class="because">{move || if needed() { format!("Needed: {}", c.because) } else { "Not needed by your answers so far".to_string() }}</span>
                    </th>
                    <td>{c.django}</td>
                    <td>
                        {flask_cell} <br/> {c.flask}
                        {c.outside_sources.map(|o| view! { <span class="outside">"Common choice, outside the sources: " {o}</span> })}
                    </td>
                    <td><Cites sources=c.sources/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="bom" aria-labelledby="bom-title">
            <h2 id="bom-title">"Bill of materials"</h2>
            <p class="bom-count" aria-live="polite">
                "A Flask build of this profile assembles and keeps up to date "
                <strong data-flask-components=move || count().to_string()>{count} " components"</strong>
                " that Django ships with or standardises."
            </p>
            <label class="check">
                <input type="checkbox" id="bom-show-all" prop:checked=move || show_all.get()
                    on:change=move |ev| show_all.set(event_target_checked(&ev))/>
                " Show capabilities your answers do not call for"
            </label>
            <div class="table-block">
            <table class="comparison bom-table">
                <thead>
                    <tr><th scope="col">"Capability"</th><th scope="col">"Django"</th><th scope="col">"Flask"</th><th scope="col">"Sources"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </section>
    }
}
