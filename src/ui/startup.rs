//! The end of start-up.
//!
//! The first screen is rendered at build time (`src/bin/prerender.rs`) and
//! is on screen before the WebAssembly loads; the browser then mounts the
//! app in its place in one task (see [`super::mount`]), then the browser's
//! own state (saved work, the page's link, options chosen before the
//! WebAssembly loaded) is applied. In the task after that, `<html>` gets a
//! `data-ready` attribute (the end-to-end tests and `make bench` wait for
//! it) and work that can wait, such as registering the service worker,
//! starts.

use std::time::Duration;

use leptos::prelude::*;

/// Whether start-up has finished; false during the server render and
/// the mount.
#[derive(Clone, Copy)]
pub struct Startup {
    ready: RwSignal<bool>,
}

impl Startup {
    /// A start-up not yet finished.
    pub fn new() -> Self {
        Self { ready: RwSignal::new(false) }
    }

    /// Browser only, after the mount: in the next task, marks
    /// `<html data-ready>` and runs the work given to [`Self::when_ready`].
    pub fn finish(self) {
        set_timeout(
            move || {
                if let Some(root) = document().document_element() {
                    let _ = root.set_attribute("data-ready", "");
                }
                self.ready.set(true);
            },
            Duration::ZERO,
        );
    }

    /// Runs `work` once, when start-up has finished (never during the
    /// server render, where effects do not run).
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
