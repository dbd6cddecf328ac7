//! The first screen's form and result as code outside Leptos reads and
//! changes them: the first-answer modules (`src/bin/early_parts/`), which
//! score the page rendered at build time before the app has loaded, and the
//! app's take-over (`ui::takeover`), which reads what was answered there.
//!
//! The names below (classes and ids) are the ones the app's views render
//! (`ui::questionnaire`, `ui::result`): the views use these constants, so a
//! renamed class is renamed for every reader at once, and the native test
//! `tests/result_parity.rs` checks that the rendered page carries each of
//! them. In the browser (wasm32), [`dom`] holds the code: reading the form,
//! marking what is chosen, "Skip this question" and "Clear all answers",
//! putting the answers into the form, and writing the result's parts (the
//! markup of [`crate::result_html`]).

use crate::answers::{Answers, Importance};
use crate::knowledge::{question_index, QUESTIONS};

/// Id of the element the app is rendered into, in `index.html`; the first
/// screen rendered at build time is in it until the app takes over.
pub const ROOT_ID: &str = "app";

/// Class of a question's card (a `<fieldset>`, id [`card_id`]).
pub const QUESTION: &str = "question";
/// Class of an option's `<label>` in a card (its radio button inside,
/// `name` the question's id, `value` the option's).
pub const OPTION: &str = "option";
/// Class of an option's label while its option is chosen.
pub const SELECTED: &str = "selected";
/// Class of a card while its question is answered.
pub const ANSWERED: &str = "answered";
/// Class of the row under a card's options: the importance menu (id
/// [`importance_id`]) and "Skip this question", its only button.
pub const TOOLS: &str = "q-tools";
/// Id of "Clear all answers".
pub const CLEAR_ID: &str = "clear-answers";

/// The result's parts the first-answer modules write, by class: the
/// recommendation box ([`crate::result_html::recommendation`], with its
/// `data-recommendation`).
pub const RECOMMENDATION: &str = "recommendation";
/// Between the recommendation and the scores ([`crate::result_html::before_scores`]).
pub const RESULT_BEFORE: &str = "result-before";
/// The score rows' list ([`crate::result_html::scores`]).
pub const SCORES: &str = "scores";
/// After the scores ([`crate::result_html::after_scores`]).
pub const RESULT_AFTER: &str = "result-after";
/// The scope note under the result ([`crate::format::scope`]).
pub const SCOPE_NOTE: &str = "scope-note";
/// The questionnaire's count of answers ([`crate::result_html::progress`]).
pub const PROGRESS: &str = "progress";
/// The advanced group's count ([`crate::result_html::advanced_progress`]).
pub const ADVANCED_PROGRESS: &str = "advanced-progress";
/// The summary bar's headline ([`crate::result_html::sticky_head`]).
pub const STICKY_HEAD: &str = "sticky-head";
/// The summary bar's scores ([`crate::result_html::sticky_scores`]).
pub const STICKY_MORE: &str = "sticky-more";
/// A score bar's filled part, its width in percent in `data-width`.
pub const FILL: &str = "fill";

/// Class of the notices above the questionnaire (a link's preview banner,
/// a prefill link's skipped parameters, who a team link added).
pub const NOTICES: &str = "notices";
/// Class of the tab strip (`role="tablist"`) above the detail panels.
pub const TABLIST: &str = "tablist";
/// Class of a tab's panel (`role="tabpanel"`, id [`panel_id`]).
pub const TABPANEL: &str = "tabpanel";
/// Class of the open tab's button (id [`tab_id`]).
pub const ACTIVE: &str = "active";

/// Every class above, for the check that the rendered page carries each.
pub const CLASSES: [&str; 19] = [
    NOTICES,
    TABLIST,
    TABPANEL,
    ACTIVE,
    QUESTION,
    OPTION,
    SELECTED,
    ANSWERED,
    TOOLS,
    RECOMMENDATION,
    RESULT_BEFORE,
    SCORES,
    RESULT_AFTER,
    SCOPE_NOTE,
    PROGRESS,
    ADVANCED_PROGRESS,
    STICKY_HEAD,
    STICKY_MORE,
    FILL,
];

const CARD_PREFIX: &str = "q-";
const IMPORTANCE_SUFFIX: &str = "-importance";

/// Id of the card of the question with id `question` (`q-app_type`).
pub fn card_id(question: &str) -> String {
    format!("{CARD_PREFIX}{question}")
}

/// Id of the importance menu of the question with id `question`
/// (`app_type-importance`).
pub fn importance_id(question: &str) -> String {
    format!("{question}{IMPORTANCE_SUFFIX}")
}

const TAB_PREFIX: &str = "tab-";

/// Id of the button of the tab with id `tab` (`tab-whatif`).
pub fn tab_id(tab: &str) -> String {
    format!("{TAB_PREFIX}{tab}")
}

/// Id of the panel of the tab with id `tab` (`panel-whatif`).
pub fn panel_id(tab: &str) -> String {
    format!("panel-{tab}")
}

/// How far, in CSS pixels, a tab strip whose box spans `strip` (left and
/// right edges, in the viewport) scrolls sideways to show a tab spanning
/// `tab` whole, with 24 px of its neighbour showing: negative to the
/// left, 0 when it is whole in view already.
pub fn tab_shift(tab: (f64, f64), strip: (f64, f64)) -> f64 {
    const NEIGHBOUR: f64 = 24.0;
    if tab.0 < strip.0 {
        tab.0 - strip.0 - NEIGHBOUR
    } else if tab.1 > strip.1 {
        tab.1 - strip.1 + NEIGHBOUR
    } else {
        0.0
    }
}

/// The tab whose button has id `id` ([`tab_id`]).
pub fn tab_of_button(id: &str) -> Option<&str> {
    id.strip_prefix(TAB_PREFIX).filter(|t| !t.is_empty())
}

/// The question (an index into [`QUESTIONS`]) whose card has id `id`.
pub fn question_of_card(id: &str) -> Option<usize> {
    id.strip_prefix(CARD_PREFIX).and_then(question_index)
}

/// The question (an index into [`QUESTIONS`]) whose importance menu has
/// id `id`.
pub fn question_of_menu(id: &str) -> Option<usize> {
    id.strip_suffix(IMPORTANCE_SUFFIX).and_then(question_index)
}

/// A change in the form: an option chosen or an importance set, by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Question `.0`'s option `.1` was chosen.
    Choose(usize, usize),
    /// Question `.0`'s importance was set to `.1`.
    Weigh(usize, Importance),
}

impl Input {
    /// The change that a radio button named `name` with value `value`
    /// (checked), or the menu with id `menu` set to `value`, makes; `None`
    /// for anything else.
    pub fn from_control(name: Option<&str>, menu: Option<&str>, value: &str) -> Option<Input> {
        if let Some(qi) = name.and_then(question_index) {
            return QUESTIONS[qi].option_index(value).map(|oi| Input::Choose(qi, oi));
        }
        let qi = menu.and_then(question_of_menu)?;
        Importance::from_id(value).map(|i| Input::Weigh(qi, i))
    }

    /// Applies the change to `answers`.
    pub fn apply(self, answers: &mut Answers) {
        match self {
            Input::Choose(qi, oi) => answers.set_choice(qi, Some(oi)),
            Input::Weigh(qi, i) => answers.set_importance(qi, i),
        }
    }
}

/// A button of the first screen the form's code answers (found by
/// [`dom::control`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Control {
    /// A tab chosen, by id (`"whatif"`): in the tab list, or among the
    /// result's links (`data-tab`).
    Tab(String),
    /// "Clear all answers".
    Clear,
    /// "Skip this question" of question `.0` (an index into [`QUESTIONS`]).
    Skip(usize),
}

#[cfg(target_arch = "wasm32")]
pub mod dom;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_is_scrolled_whole_into_view_with_its_neighbour() {
        assert_eq!(tab_shift((10.0, 60.0), (0.0, 300.0)), 0.0);
        assert_eq!(tab_shift((280.0, 340.0), (0.0, 300.0)), 64.0);
        assert_eq!(tab_shift((-30.0, 20.0), (0.0, 300.0)), -54.0);
    }

    #[test]
    fn ids_name_their_question() {
        let q = QUESTIONS[0].id;
        assert_eq!(question_of_card(&card_id(q)), Some(0));
        assert_eq!(question_of_menu(&importance_id(q)), Some(0));
        assert_eq!(question_of_card("q-nope"), None);
    }
}
