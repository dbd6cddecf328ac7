//! Syncing with the address bar: the readable `?question=option` query.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

use crate::engine::{Answers, Importance};
use crate::knowledge::QUESTIONS;
use crate::prefill::{self, Skipped};

/// Reads the prefill query of the current page.
///
/// Returns the answers it sets and the parameters it skipped.
pub fn read_prefill() -> (Answers, Vec<Skipped>) {
    let mut answers = Answers::new();
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return (answers, Vec::new());
    };
    let mut pairs = Vec::new();
    if let Some(iter) = js_sys_entries(&params) {
        pairs = iter;
    }
    let skipped = prefill::apply(&mut answers, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    (answers, skipped)
}

fn js_sys_entries(params: &UrlSearchParams) -> Option<Vec<(String, String)>> {
    // UrlSearchParams is iterable as [name, value] pairs.
    let iter = js_sys::try_iter(params).ok()??;
    let mut out = Vec::new();
    for entry in iter {
        let entry: js_sys::Array = entry.ok()?.into();
        out.push((entry.get(0).as_string()?, entry.get(1).as_string()?));
    }
    Some(out)
}

/// The readable query for `answers`: answered questions in questionnaire
/// order, then non-default importance settings. Empty when nothing is set.
pub fn query_for(answers: &Answers) -> String {
    let params = UrlSearchParams::new().expect("URLSearchParams is always constructible");
    for (qi, q) in QUESTIONS.iter().enumerate() {
        if let Some(o) = answers.choice(qi) {
            params.append(q.id, q.options[o].id);
        }
    }
    for (qi, q) in QUESTIONS.iter().enumerate() {
        if answers.importance(qi) != Importance::Normal {
            params.append(&format!("importance.{}", q.id), answers.importance(qi).id());
        }
    }
    String::from(params.to_string())
}

/// Keeps the address bar's query equal to the answers, without adding
/// history entries, so that the address is always a working prefill link.
pub fn sync_query(answers: RwSignal<Answers>) {
    Effect::new(move |_| {
        let query = answers.with(query_for);
        let location = window().location();
        let path = location.pathname().unwrap_or_else(|_| "/".into());
        let hash = location.hash().unwrap_or_default();
        let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    });
}
