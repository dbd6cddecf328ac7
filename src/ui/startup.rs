//! Start-up in small steps, one browser task each, off the page.
//!
//! The first screen is rendered at build time (`src/bin/prerender.rs`) and is
//! on screen, answerable and scored (`public/early.js`), before the app's
//! WebAssembly has arrived. The app is then built in a detached element, a
//! part per task, so that no task is long (the browser stays responsive, and
//! Lighthouse's total blocking time stays near zero): the state (step 0, in
//! the mounting task), the shell, the summary bar, the notices, the
//! questionnaire's panel, "Start from your code", the first question card,
//! the result panel, the tabs with the open panel, then the other cards a few
//! per task; the theme switch in the page's header is mounted in a task of
//! its own. In the task after the last step, the built app starts to take
//! the place of the rendered one, a few parts per frame (see
//! [`super::takeover`]); in the task after it has finished, `<html>` gets a
//! `data-ready` attribute (the end-to-end tests and `make bench` wait for
//! it) and work that can wait, such as registering the service worker,
//! starts.
//!
//! At build time the clock starts at [`LAST`], so the whole first screen is
//! rendered.

use std::time::Duration;

use leptos::prelude::*;

/// The step that builds the page's shell: the main area, the results
/// column and the footer.
pub const SHELL: usize = 1;
/// The step that builds the summary bar at the top of the page.
pub const SUMMARY: usize = 2;
/// The step that builds the notices above the questionnaire.
pub const NOTICES: usize = 3;
/// The step that builds the questionnaire's panel: its heading, the count
/// of answers, the empty groups and the button that clears them.
pub const QUESTIONNAIRE: usize = 4;
/// The step that builds "Start from your code".
pub const FROM_CODE: usize = 5;
/// The step that builds the first question card.
pub const FIRST_CARD: usize = 6;
/// The step that builds the result panel.
pub const RESULT: usize = 7;
/// The step that builds the tab list and the open tab's panel.
pub const TABS: usize = 8;
/// The last step: the last question cards.
pub const LAST: usize = card_step(crate::knowledge::QUESTIONS.len() - 1);

/// Question cards built per step after the results: a card takes about 1 ms
/// to build unthrottled (3 to 4 ms with the CPU slowed 4x), so a step of
/// three stays far from a long task, and the cards are in a third of the
/// tasks (each task costs the browser's own turn as well).
const CARDS_PER_STEP: usize = 3;

/// The step that builds question card `qi` (an index into
/// [`QUESTIONS`](crate::knowledge::QUESTIONS)): the first card early, the
/// others after the results, [`CARDS_PER_STEP`] per step.
pub const fn card_step(qi: usize) -> usize {
    if qi == 0 {
        FIRST_CARD
    } else {
        TABS + (qi - 1) / CARDS_PER_STEP + 1
    }
}

/// What the last step is given to call once it has finished: marks the
/// page ready in the next task.
pub type Done = Box<dyn FnOnce()>;

/// The start-up clock: the number of steps run so far, advanced by one per
/// task (a zero-delay timeout) up to [`LAST`], and whether the page is ready.
#[derive(Clone, Copy)]
pub struct Startup {
    step: RwSignal<usize>,
    ready: RwSignal<bool>,
}

impl Startup {
    /// In the browser a clock at step 0, not yet started (see
    /// [`Self::start`]); at build time a clock at [`LAST`].
    pub fn new() -> Self {
        let first = if cfg!(target_arch = "wasm32") { 0 } else { LAST };
        Self { step: RwSignal::new(first), ready: RwSignal::new(false) }
    }

    /// Schedules one task per step up to [`LAST`], then `built` in a task of
    /// its own. `built` is given a callback to call when it has finished
    /// (it may take several frames): in the task after that call,
    /// `<html data-ready>` is set and the work given to [`Self::when_ready`]
    /// runs.
    pub fn start(self, built: impl FnOnce(Done) + 'static) {
        self.advance(Box::new(built));
    }

    fn advance(self, built: Box<dyn FnOnce(Done)>) {
        set_timeout(
            move || {
                if self.step.get_untracked() >= LAST {
                    built(Box::new(move || {
                        set_timeout(
                            move || {
                                if let Some(root) = document().document_element() {
                                    let _ = root.set_attribute("data-ready", "");
                                }
                                self.ready.set(true);
                            },
                            Duration::ZERO,
                        );
                    }));
                    return;
                }
                self.step.update(|n| *n += 1);
                self.advance(built);
            },
            Duration::ZERO,
        );
    }

    /// Whether `step` has run; reactive, so a view guarded by it is built in
    /// that step's task. Memoised, so later steps do not re-run the guard.
    pub fn reached(self, step: usize) -> Memo<bool> {
        let clock = self.step;
        Memo::new(move |_| clock.get() >= step)
    }

    /// Whether the card of question `qi` has been built ([`card_step`]).
    pub fn card(self, qi: usize) -> Memo<bool> {
        self.reached(card_step(qi))
    }

    /// Whether the "Start from your code" section has been built ([`FROM_CODE`]).
    pub fn reached_from_code(self) -> Memo<bool> {
        self.reached(FROM_CODE)
    }

    /// Runs `work` once, when start-up has finished (never at build time,
    /// where effects do not run).
    pub fn when_ready(self, work: impl FnOnce() + 'static) {
        let ready = self.ready;
        let mut work = Some(work);
        Effect::new(move |_| {
            if ready.get() {
                if let Some(work) = work.take() {
                    work();
                }
            }
        });
    }
}
