//! Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move
//! between tabs and activate them; only the active tab is in the tab order.
//! On a phone the strip is one row that scrolls sideways, and the active tab
//! is scrolled into it whenever it changes.

use leptos::prelude::*;

use super::dom::{client_rect, focus_id};
use crate::first_screen;

/// The tabs of the results column, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TabId {
    /// Every contribution to the score.
    Why,
    /// What would change the recommendation.
    WhatIf,
    /// The decision flowchart.
    Flow,
    /// The comparison tables.
    Compare,
    /// Where the articles disagree.
    Disagreements,
    /// The bill of materials.
    Bom,
    /// KPIs and common questions.
    After,
    /// The team view.
    Team,
    /// Reports and exports.
    Report,
    /// Saved profiles.
    Profiles,
    /// The three articles and the corrections from beyond them.
    Sources,
}

impl TabId {
    /// Every tab, in display order.
    pub const ALL: [TabId; 11] = [
        TabId::Why,
        TabId::WhatIf,
        TabId::Flow,
        TabId::Compare,
        TabId::Disagreements,
        TabId::Bom,
        TabId::After,
        TabId::Team,
        TabId::Report,
        TabId::Profiles,
        TabId::Sources,
    ];

    /// Stable id, used for element ids (`tab-<id>`, `panel-<id>`) and tests.
    pub const fn id(self) -> &'static str {
        match self {
            TabId::Why => "why",
            TabId::WhatIf => "whatif",
            TabId::Flow => "flow",
            TabId::Compare => "compare",
            TabId::Disagreements => "disagreements",
            TabId::Bom => "bom",
            TabId::After => "after",
            TabId::Team => "team",
            TabId::Report => "report",
            TabId::Profiles => "profiles",
            TabId::Sources => "sources",
        }
    }

    /// The tab whose [`id`](Self::id) is `id`, if any.
    pub fn from_id(id: &str) -> Option<TabId> {
        TabId::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The tab's label.
    pub const fn label(self) -> &'static str {
        match self {
            TabId::Why => "Why",
            TabId::WhatIf => "What if",
            TabId::Flow => "Flowchart",
            TabId::Compare => "Compare",
            TabId::Disagreements => "Disagreements",
            TabId::Bom => "Build list",
            TabId::After => "After launch",
            TabId::Team => "Team",
            TabId::Report => "Report",
            TabId::Profiles => "Profiles",
            TabId::Sources => "Sources",
        }
    }
}

/// The tab strip. `active` holds the active tab.
#[component]
pub fn TabList(tabs: &'static [TabId], active: RwSignal<TabId>, label: &'static str) -> impl IntoView {
    let select = move |i: usize| {
        let tab = tabs[i];
        active.set(tab);
        focus_id(&first_screen::tab_id(tab.id()), false);
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let current = tabs.iter().position(|t| *t == active.get_untracked()).unwrap_or(0);
        let n = tabs.len();
        let next = match ev.key().as_str() {
            "ArrowRight" => (current + 1) % n,
            "ArrowLeft" => (current + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        ev.prevent_default();
        select(next);
    };
    Effect::new(move |_| {
        let id = first_screen::tab_id(active.get().id());
        request_animation_frame(move || reveal_tab(&id));
    });
    view! {
        <div class=first_screen::TABLIST class:scroller=true role="tablist" aria-label=label on:keydown=on_key>
            {tabs
                .iter()
                .map(|&tab| {
                    let (id, text) = (tab.id(), tab.label());
                    let is_active = move || active.get() == tab;
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=first_screen::tab_id(id)
                            aria-controls=first_screen::panel_id(id)
                            aria-selected=move || is_active().to_string()
                            tabindex=move || if is_active() { "0" } else { "-1" }
                            class=(first_screen::ACTIVE, is_active)
                            on:click=move |_| active.set(tab)
                        >
                            {text}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Scrolls the tab strip sideways (and only it, never the page) so that the
/// tab with this id is whole in view, with a little of its neighbour showing.
/// Follows the strip's `scroll-behavior` (smooth unless reduced motion).
fn reveal_tab(id: &str) {
    let Some(tab) = document().get_element_by_id(id) else { return };
    let Some(list) = tab.parent_element() else { return };
    let (Some((left, _, right, _)), Some((list_left, _, list_right, _))) = (client_rect(&tab), client_rect(&list)) else { return };
    let shift = first_screen::tab_shift((left, right), (list_left, list_right));
    if shift != 0.0 {
        list.set_scroll_left(list.scroll_left() + shift.round() as i32);
    }
}

/// Opens the Sources tab and moves the focus to the article tagged `tag`
/// (`"000"`), as a citation link does.
pub fn open_source(tab: RwSignal<TabId>, tag: &str) {
    tab.set(TabId::Sources);
    let id = format!("source-{tag}");
    request_animation_frame(move || focus_id(&id, true));
}

/// Opens the Disagreements tab and moves focus to the note with this id.
pub fn open_note(tab: RwSignal<TabId>, id: &'static str) {
    tab.set(TabId::Disagreements);
    request_animation_frame(move || focus_id(&format!("note-{id}"), true));
}
