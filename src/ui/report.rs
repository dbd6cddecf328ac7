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

use super::dom;
use super::state::AppState;
use super::state::{download_json, shown_name, today, DocumentName, Documents};
use super::tabs::TabId;
use crate::knowledge::documents::{REPORT_NAME_HINT, REPORT_NAME_LABEL, REPORT_NAME_PLACEHOLDER, REPORT_TAB_INTRO};
use crate::report::{css_string, page_header};
use crate::session::{Action, Note};

/// Writes the report as HTML into the print document, and its title and
/// date into the page's title (the browser's own print header and a saved
/// PDF's name) and into the running header of every printed page.
fn fill_printout(docs: Documents) {
    if let Some(doc) = document().get_element_by_id(PRINT_ID) {
        doc.set_inner_html(&docs.print_html());
    }
    let header = page_header(&docs.name(), &today());
    PAGE_TITLE.with_borrow_mut(|t| {
        if t.is_none() {
            *t = Some(document().title());
        }
    });
    document().set_title(&header);
    set_running_header(&header);
}

thread_local! {
    /// The page's own title, put back once printing is over.
    static PAGE_TITLE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Where [`set_running_header`] put its rule in the stylesheet.
    static HEADER_RULE: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

/// Sets the printed pages' running header (the `@top-left` box of
/// `style/main.css`'s `@page`) to `header`, with a rule added after the
/// stylesheet's own (the CSS object model, which the page's
/// Content-Security-Policy allows, unlike an inline style).
fn set_running_header(header: &str) {
    use wasm_bindgen::JsCast;
    let sheets = document().style_sheets();
    let Some(sheet) = (0..sheets.length())
        .filter_map(|i| sheets.item(i))
        .filter_map(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
        .find(|s| s.href().ok().flatten().is_some())
    else {
        return;
    };
    if let Some(at) = HEADER_RULE.take() {
        let _ = sheet.delete_rule(at);
    }
    let rule = format!("@page {{ @top-left {{ content: {}; }} }}", css_string(header));
    let end = sheet.css_rules().map(|l| l.length()).unwrap_or(0);
    if let Ok(at) = sheet.insert_rule_with_index(&rule, end) {
        HEADER_RULE.set(Some(at));
    }
}

/// Puts the page's own title back after printing.
fn restore_title() {
    if let Some(title) = PAGE_TITLE.with_borrow_mut(Option::take) {
        document().set_title(&title);
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
        let after = window_event_listener_untyped("afterprint", move |_| restore_title());
        on_cleanup(move || {
            handle.remove();
            after.remove();
        });
    }
    view! {
        <Portal>
            <article id=PRINT_ID class="print-document" role="main"></article>
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
        s.dispatch(Action::Note(Note::ReportDownloaded));
    };
    let download_madr = move |_| {
        docs.download_record();
        s.dispatch(Action::Note(Note::RecordDownloaded));
    };
    let export_json = move |_| download_json(state);
    let name = expect_context::<DocumentName>().0;
    let placeholder = move || {
        s.meta.track();
        s.mode.track();
        let own = shown_name(state);
        if own.trim().is_empty() {
            REPORT_NAME_PLACEHOLDER.to_string()
        } else {
            own
        }
    };
    let import_json = move |ev: web_sys::Event| {
        dom::read_chosen_file(ev, move |text| match text {
            Some(text) => {
                s.dispatch(Action::OpenFile(text));
            }
            None => {
                s.dispatch(Action::Note(Note::FileNotRead));
            }
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
