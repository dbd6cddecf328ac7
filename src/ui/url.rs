//! Reading the readable `?question=option` prefill query of the page.

use leptos::prelude::*;
use web_sys::UrlSearchParams;

use crate::engine::Answers;
use crate::prefill::{self, Skipped};

/// Reads the prefill query of the current page.
///
/// Returns the answers it sets, the parameters it skipped, and whether the
/// query had any parameter at all.
pub fn read_prefill() -> (Answers, Vec<Skipped>, bool) {
    let mut answers = Answers::new();
    let search = window().location().search().unwrap_or_default();
    let pairs = UrlSearchParams::new_with_str(&search).ok().and_then(|p| entries(&p)).unwrap_or_default();
    let skipped = prefill::apply(&mut answers, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    (answers, skipped, !pairs.is_empty())
}

fn entries(params: &UrlSearchParams) -> Option<Vec<(String, String)>> {
    // URLSearchParams is iterable as [name, value] pairs.
    let iter = js_sys::try_iter(params).ok()??;
    let mut out = Vec::new();
    for entry in iter {
        let entry: js_sys::Array = entry.ok()?.into();
        out.push((entry.get(0).as_string()?, entry.get(1).as_string()?));
    }
    Some(out)
}
