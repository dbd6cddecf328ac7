//! The theme switch: follow the system's colour scheme, or force light or
//! dark. The choice is remembered in localStorage ([`THEME_KEY`]) and
//! applied before the first paint by `public/theme.js`; the stylesheet reads
//! it from the `data-theme` attribute of `<html>`.

use leptos::prelude::*;

use super::dom::{remember_theme, theme_choice};
use crate::session::messages::theme_not_kept;

/// The choices, as (value, label).
const THEMES: [(&str, &str); 3] = [("system", "System"), ("light", "Light"), ("dark", "Dark")];

fn apply(theme: &str) {
    if let Some(root) = document().document_element() {
        let _ = match theme {
            "light" | "dark" => root.set_attribute("data-theme", theme),
            _ => root.remove_attribute("data-theme"),
        };
    }
}

/// A labelled select in the page header.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let stored = theme_choice();
    let initial = THEMES.iter().map(|t| t.0).find(|t| stored.as_deref() == Some(*t)).unwrap_or("system");
    let choice = RwSignal::new(initial);
    let problem = RwSignal::new(None::<String>);
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        let Some(&(theme, _)) = THEMES.iter().find(|t| t.0 == value) else { return };
        choice.set(theme);
        apply(theme);
        let saved = remember_theme(theme);
        problem.set(saved.err().map(|e| theme_not_kept(&e)));
    };
    view! {
        <label class="theme-switch" title=move || problem.get().unwrap_or_default()>
            "Theme "
            <select id="theme-select" on:change=on_change>
                {THEMES.iter().map(|&(value, label)| view! {
                    <option value=value selected=move || choice.get() == value>{label}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
