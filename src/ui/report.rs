//! The Report tab: download the assessment as Markdown or as a decision
//! record in the MADR format, print it (the print
//! stylesheet lays out a clean report without the controls), and export or
//! re-import it as JSON in the profile export format.

use leptos::prelude::*;

use super::persist;
use super::session::{self, Tone};
use super::share;
use super::tabs::TabId;
use super::AppState;

/// The tab panel.
#[component]
pub fn ReportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let s = state.session;
    let preview = Memo::new(move |_| {
        state.settled.track();
        s.meta.track();
        s.mode.track();
        (state.tab.get() == TabId::Report).then(|| share::report_text(state))
    });
    let download_md = move |_| {
        share::download_report(state);
        s.say(Tone::Success, "Markdown report downloaded.");
    };
    let download_madr = move |_| {
        share::download_record(state);
        s.say(Tone::Success, "Decision record downloaded.");
    };
    let export_json = move |_| share::download_json(state);
    let import_json = move |ev: web_sys::Event| {
        persist::read_chosen_file(ev, move |text| match text {
            Some(text) => session::open_assessment_file(s, state.answers, &text),
            None => s.say(Tone::Error, "The file could not be read."),
        });
    };
    view! {
        <section aria-labelledby="report-title">
            <h2 id="report-title">"Report"</h2>
            <p>"Take the assessment with you: a Markdown report with the recommendation, scores, every contribution and its sources, the flowchart path, the build list, the KPIs to track and the share link; a decision record for your architecture decision log, in MADR (the Markdown Architectural Decision Records format); a PDF through your browser's print dialog; or a JSON file you can open here again or import into Profiles."</p>
            <div class="save-row">
                <button type="button" class="button" id="download-report" on:click=download_md>"Download Markdown report"</button>
                <button type="button" class="button" id="download-madr" on:click=download_madr>"Download decision record (MADR)"</button>
                <button type="button" class="button secondary" id="print-report" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
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
