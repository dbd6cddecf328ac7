//! Reading the readable `?question=option` prefill query of the page
//! (applied by [`crate::visit::open`]).

use leptos::prelude::*;
use web_sys::UrlSearchParams;

/// The current page's query as decoded `(name, value)` pairs, in order
/// (empty when it has none or cannot be read).
pub fn query_pairs() -> Vec<(String, String)> {
    let search = window().location().search().unwrap_or_default();
    UrlSearchParams::new_with_str(&search).ok().and_then(|p| entries(&p)).unwrap_or_default()
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
