//! The Report tab: name the documents, download the assessment as Markdown
//! or as a decision record in the MADR format, print it, and export or
//! re-import it as JSON in the profile export format.
//!
//! The printout is the report itself ([`crate::report::report_html`], the
//! same blocks as the Markdown), written into [`PrintDocument`] when the
//! browser is about to print (its `beforeprint` event, so Ctrl+P prints it
//! too); the print stylesheet shows nothing else.

use leptos::portal::Portal;
use leptos::prelude::*;

use super::persist;
use super::session::{self, Tone};
use super::share::{self, DocumentName, Documents};
use super::tabs::TabId;
use super::AppState;
use crate::knowledge::documents::{REPORT_NAME_HINT, REPORT_NAME_LABEL, REPORT_NAME_PLACEHOLDER, REPORT_TAB_INTRO};

/// Writes the report as HTML into the print document.
fn fill_printout(docs: Documents) {
    if let Some(doc) = document().get_element_by_id(PRINT_ID) {
        doc.set_inner_html(&docs.print_html());
    }
}

/// Id of the element the printout is written into.
pub const PRINT_ID: &str = "print-document";

/// The printout: the report as HTML, written when the browser is about to
/// print (shown only by the print stylesheet), in a portal at the end of
/// the body so that it stands apart from the page.
#[component]
pub fn PrintDocument() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    {
        let docs = Documents::from_context();
        let handle = window_event_listener_untyped("beforeprint", move |_| fill_printout(docs));
        on_cleanup(move || handle.remove());
    }
    view! {
        <Portal>
            <article id=PRINT_ID class="print-document"></article>
        </Portal>
    }
}

/// The tab panel.
#[component]
pub fn ReportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    let docs = Documents::from_context();
    let preview = Memo::new(move |_| {
        state.settled.track();
        s.meta.track();
        s.mode.track();
        (state.tab.get() == TabId::Report).then(|| docs.report_text())
    });
    let download_md = move |_| {
        docs.download_report();
        s.say(Tone::Success, "Markdown report downloaded.");
    };
    let download_madr = move |_| {
        docs.download_record();
        s.say(Tone::Success, "Decision record downloaded.");
    };
    let export_json = move |_| share::download_json(state);
    let name = expect_context::<DocumentName>().0;
    let placeholder = move || {
        s.meta.track();
        s.mode.track();
        let own = share::shown_name(state);
        if own.trim().is_empty() {
            REPORT_NAME_PLACEHOLDER.to_string()
        } else {
            own
        }
    };
    let import_json = move |ev: web_sys::Event| {
        persist::read_chosen_file(ev, move |text| match text {
            Some(text) => session::open_assessment_file(s, state.answers, &text),
            None => s.say(Tone::Error, "The file could not be read."),
        });
    };
    view! {
        <section aria-labelledby="report-title">
            <h2 id="report-title">"Report"</h2>
            <p>{REPORT_TAB_INTRO}</p>
            <label class="report-name-label" for="report-name">{REPORT_NAME_LABEL}</label>
            <input type="text" id="report-name" class="report-name" maxlength="120" autocomplete="off"
                placeholder=placeholder prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))/>
            <p class="hint">{REPORT_NAME_HINT}</p>
            <div class="save-row">
                <button type="button" class="button" id="download-report" on:click=download_md>"Download Markdown report"</button>
                <button type="button" class="button" id="download-madr" on:click=download_madr>"Download decision record (MADR)"</button>
                <button type="button" class="button secondary" id="print-report" on:click=move |_| { fill_printout(docs); let _ = window().print(); }>"Print or save as PDF"</button>
            </div>
            <div class="save-row">
                <button type="button" class="button secondary" id="export-assessment" on:click=export_json>"Export as JSON"</button>
                <label class="button secondary file-button">"Open a JSON file…"
                    <input type="file" id="import-assessment" accept="application/json,.json" on:change=import_json/>
                </label>
            </div>
            <details class="report-preview">
                <summary>"Preview the Markdown"</summary>
                <pre>{move || preview.get().unwrap_or_default()}</pre>
            </details>
        </section>
    }
}
