//! The first screen implemented once: the live app's result panel, rendered
//! natively with Leptos (`ui::prerender_with`, the `prerender` feature),
//! holds exactly the markup that `result_html` gives the first-answer
//! module (`src/bin/early_parts/render.rs`) for the same answers, so that a
//! change to one side that the other does not follow fails here, not only
//! in the end-to-end take-over test.
//!
//! Run by `make test-native` as
//! `cargo test --profile prerender --features prerender --test result_parity`
//! (the same build as the first-screen render, so nothing more is compiled
//! but this test).
#![cfg(feature = "prerender")]

mod common;

use django_flask_advisor::engine::{assess, Answers};
use django_flask_advisor::{result_html, ui};
use proptest::prelude::*;

/// `html` without comments (Leptos's placeholders, `<!---->`, and its
/// hydration markers, `<!>`), which no browser shows.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--") {
        out.push_str(&rest[..at]);
        match rest[at..].find("-->") {
            Some(end) => rest = &rest[at + end + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.replace("<!>", "")
}

/// `html` with every start tag's attributes in name order, and the text
/// between tags with `&#39;` and `&quot;` as the characters they stand for:
/// neither is part of what a browser shows (Leptos's server renderer writes
/// `class` last and leaves quotes in text as they are; `result_html`
/// escapes them). Attribute values are quoted with `"` (as both renderers
/// write them).
fn sorted_attributes(html: &str) -> String {
    let text = |t: &str| t.replace("&#39;", "'").replace("&quot;", "\"");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&text(&rest[..lt]));
        rest = &rest[lt..];
        let gt = rest.find('>').expect("a closed tag");
        let tag = &rest[1..gt];
        if tag.starts_with('/') || tag.starts_with('!') {
            out.push_str(&rest[..=gt]);
            rest = &rest[gt + 1..];
            continue;
        }
        let (name, mut attrs_text) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attrs = Vec::new();
        loop {
            attrs_text = attrs_text.trim_start();
            if attrs_text.is_empty() {
                break;
            }
            let end = attrs_text.find(['=', ' ']).unwrap_or(attrs_text.len());
            let attr = &attrs_text[..end];
            if attrs_text[end..].starts_with("=\"") {
                let close = end + 2 + attrs_text[end + 2..].find('"').expect("a closed value");
                attrs.push(format!("{attr}={}", &attrs_text[end + 1..=close]));
                attrs_text = &attrs_text[close + 1..];
            } else {
                attrs.push(attr.to_string());
                attrs_text = &attrs_text[end..];
            }
        }
        attrs.sort();
        out.push('<');
        out.push_str(name);
        for a in attrs {
            out.push(' ');
            out.push_str(&a);
        }
        out.push('>');
        rest = &rest[gt + 1..];
    }
    out.push_str(&text(rest));
    out
}

/// The inner HTML of the first `<tag … class="class" …>` element of `html`
/// (elements of the same tag nested inside are matched).
fn inner(html: &str, tag: &str, class: &str) -> Option<String> {
    let (open_tag, close_tag) = (format!("<{tag}"), format!("</{tag}>"));
    let wanted = format!(" class=\"{class}\"");
    let mut from = 0;
    let body = loop {
        let start = from + html[from..].find(&open_tag)?;
        let end = start + html[start..].find('>')?;
        if html[start..end].contains(&wanted) {
            break end + 1;
        }
        from = end;
    };
    let mut depth = 1;
    let mut at = body;
    loop {
        let next_open = html[at..].find(&open_tag).map(|i| at + i);
        let next_close = at + html[at..].find(&close_tag)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + open_tag.len();
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    return Some(html[body..next_close].to_string());
                }
                at = next_close + close_tag.len();
            }
        }
    }
}

fn check(answers: &Answers) -> Result<(), TestCaseError> {
    let page = without_comments(&ui::prerender_with(answers));
    let a = assess(answers);
    let part = |tag: &str, class: &str| inner(&page, tag, class).unwrap_or_else(|| panic!("no <{tag} class=\"{class}\"> in the render"));
    let same = |html: String| sorted_attributes(&html);
    prop_assert_eq!(same(part("div", "recommendation")), same(result_html::recommendation(&a)), "the recommendation");
    prop_assert_eq!(same(part("div", "result-before")), same(result_html::before_scores(&a)), "between the recommendation and the scores");
    prop_assert_eq!(same(part("ul", "scores")), same(result_html::scores(&a)), "the scores");
    prop_assert_eq!(same(part("div", "result-after")), same(result_html::after_scores(&a)), "after the scores");
    Ok(())
}

#[test]
fn no_answers() {
    check(&Answers::new()).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any answers: the app's panel and the first-answer module's markup
    /// are the same.
    #[test]
    fn the_result_panel_is_result_html(answers in common::arb_answers()) {
        check(&answers)?;
    }
}
