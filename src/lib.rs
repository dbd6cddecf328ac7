//! Django/Flask Advisor: scores Django, Flask and a hybrid for a project and
//! explains every point with the article it rests on.
//!
//! - [`knowledge`]: questions, options, effects, sources (data, one place).
//! - [`answers`]: the answers and importance settings (the engine's input).
//! - [`engine`]: answers -> assessment, pure and deterministic.
//! - [`format`]: points and scores in words, shared by every view.
//! - [`first_screen`]: the first screen's form and result as the first-answer modules and the take-over read and change them, with the names the views render.
//! - [`flowchart`]: the lit path through the decision flowchart.
//! - [`profile_view`]: relevant table rows and the bill of materials.
//! - [`codec`]: share links and profile records, versioned.
//! - [`depfiles`]: dependency files read for "Start from your code".
//! - [`storage`]: saved profiles and autosave over any key-value store.
//! - [`prefill`]: readable `?question=option` links.
//! - [`report`]: the assessment as a Markdown report.
//! - [`result_html`]: the result's assessment-dependent parts as HTML, shared by the app, the build-time page and the first-answer module.
//! - [`notices_html`]: the preview banner and the prefill notice, their wording and static HTML.
//! - [`session`]: own work, previews and trials, saving and messages, as a plain state machine.
//! - [`visit`]: how a visit opens (the address and the saved work), shared by the app and the first-answer module.
//! - [`madr`]: the assessment as a decision record in the MADR format.
//! - [`team`]: several people's answers side by side, and their disagreements.
//! - [`team_html`]: the Team tab's panel and the messages as static HTML, for a team link opened before the app has loaded.
//! - [`whatif`]: the smallest changes that would flip the recommendation.
//! - [`compare`]: which questions' points moved between two assessments.
//! - `ui` (wasm32 only): Leptos components, one file per panel.

// The native render of the first screen (`--features prerender`) computes
// the layout of the app's nested view types, deeper than the default limit
// of 128 queries once panels are handed to the layout as `ViewFn`s.
#![recursion_limit = "256"]
#![warn(missing_docs)]

pub mod answers;
pub mod codec;
pub mod compare;
pub mod depfiles;
pub mod document;
pub mod engine;
pub mod first_screen;
pub mod flowchart;
pub mod format;
pub mod knowledge;
pub mod madr;
pub mod notices_html;
pub mod prefill;
pub mod profile_view;
pub mod report;
pub mod result_html;
pub mod session;
pub mod storage;
pub mod team;
pub mod team_html;
pub mod visit;
pub mod whatif;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
