//! Start-up in small steps, one browser task each.
//!
//! Building the whole first screen at once is one long task: the browser
//! cannot answer input meanwhile, and Lighthouse counts every millisecond of
//! a task beyond 50 ms (at its 4× mobile CPU slowdown) as total blocking
//! time. Most of a first build is the WebAssembly engine compiling each
//! function the first time it runs, so the cost falls on whichever task
//! first builds a kind of view. The steps therefore follow the page's
//! parts: the state (step 0, in the mounting task), the shell, the first
//! question card (all card code), the result panel, the tabs with the open
//! panel, then the other cards one per task. When the last step has run,
//! `<html>` gets a `data-ready` attribute (the end-to-end tests and
//! `make bench` wait for it) and work that can wait, such as registering
//! the service worker, starts.

use std::time::Duration;

use leptos::prelude::*;

/// The step that builds the page's shell: the questionnaire's heading,
/// notices, the summary bar and the footer.
pub const SHELL: usize = 1;
/// The step that builds the first question card.
pub const FIRST_CARD: usize = 2;
/// The step that builds the result panel.
pub const RESULT: usize = 3;
/// The step that builds the tab list and the open tab's panel.
pub const TABS: usize = 4;
/// The last step: the last question card.
pub const LAST: usize = card_step(crate::knowledge::QUESTIONS.len() - 1);

/// The step that builds question card `qi` (an index into
/// [`QUESTIONS`](crate::knowledge::QUESTIONS)): the first card early, so
/// that a phone shows a question at once, the others after the results.
pub const fn card_step(qi: usize) -> usize {
    if qi == 0 {
        FIRST_CARD
    } else {
        TABS + qi
    }
}

/// The start-up clock: the number of steps run so far, advanced by one per
/// task (a zero-delay timeout) up to [`LAST`].
#[derive(Clone, Copy)]
pub struct Startup {
    step: RwSignal<usize>,
}

impl Startup {
    /// Starts the clock at step 0 (the current task) and schedules one task
    /// per step up to [`LAST`], then marks `<html data-ready>`.
    pub fn start() -> Self {
        let startup = Self { step: RwSignal::new(0) };
        startup.advance();
        startup
    }

    fn advance(self) {
        set_timeout(
            move || {
                if self.step.get_untracked() >= LAST {
                    if let Some(root) = document().document_element() {
                        let _ = root.set_attribute("data-ready", "");
                    }
                    return;
                }
                self.step.update(|n| *n += 1);
                self.advance();
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

    /// Runs `work` once, in the task after the last step (when the page is
    /// complete).
    pub fn when_ready(self, work: impl FnOnce() + 'static) {
        let ready = self.reached(LAST);
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
