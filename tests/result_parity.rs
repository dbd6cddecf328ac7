//! The first screen implemented once: the live app's result panel, rendered
//! natively with Leptos (`ui::prerender_with`, the `prerender` feature),
//! holds exactly the markup that `result_html` gives the first-answer
//! module (`src/bin/early_parts/render.rs`) for the same answers, so that a
//! change to one side that the other does not follow fails here, not only
//! in the end-to-end take-over test. And every class, id, tag and attribute
//! that `public/early.js` looks for is on that first screen, so a class
//! renamed in a view fails here rather than making the early path skip a
//! part silently.
//!
//! Built with the prerender profile and feature, as the first-screen render
//! is: `make test-native` (scripts/test-native.sh) builds and runs it with
//! every other native test, linted by clippy.
#![cfg(feature = "prerender")]

mod common;

use common::markup::{inner, sorted_attributes, without_comments};
use django_flask_advisor::engine::{assess, Answers};
use django_flask_advisor::{result_html, team_html, ui};
use proptest::prelude::*;

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

/// Every class, id, tag and attribute name in the first screen `html`.
fn names_in(html: &str) -> (Vec<String>, Vec<String>, Vec<String>, Vec<String>) {
    let (mut classes, mut ids, mut tags, mut attrs) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let value = |at: &str| at.split('"').nth(1).unwrap_or("").to_string();
    for part in html.split('<').skip(1) {
        let tag = part.split(['>', ' ']).next().unwrap_or("");
        if !tag.starts_with('/') && !tag.starts_with('!') {
            tags.push(tag.to_string());
        }
        let head = part.split('>').next().unwrap_or("");
        for (i, _) in head.match_indices('=') {
            let name = head[..i].rsplit([' ', '"']).next().unwrap_or("");
            attrs.push(name.to_string());
            match name {
                "class" => classes.extend(value(&head[i..]).split_whitespace().map(str::to_string)),
                "id" => ids.push(value(&head[i..])),
                _ => {}
            }
        }
    }
    (classes, ids, tags, attrs)
}

/// The selectors and names `public/early.js` looks for in the page:
/// `(kind, name)` with kind `.` (a class), `#` (an id), `<` (a tag) or `[`
/// (an attribute).
fn early_js_names() -> Vec<(char, String)> {
    let js = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/early.js")).expect("public/early.js");
    let mut out = Vec::new();
    let calls = ["querySelector('", "querySelectorAll('", "$('", "html('", "text('", "closest('"];
    let plain = [("getElementById('", '#'), (".id === '", '#'), ("classList.contains('", '.'), ("classList.toggle('", '.')];
    let literal = |from: usize| js[from..].split('\'').next().unwrap_or("").to_string();
    for call in calls {
        for (at, _) in js.match_indices(call) {
            let selector = literal(at + call.len());
            let ident = |s: &str| s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect::<String>();
            let mut rest = selector.as_str();
            let mut start = true;
            while let Some(c) = rest.chars().next() {
                let after = &rest[c.len_utf8()..];
                match c {
                    '.' | '#' => {
                        let name = ident(after);
                        rest = &after[name.len()..];
                        out.push((c, name));
                    }
                    '[' => {
                        let name = ident(after);
                        rest = &after[after.find(']').map_or(after.len(), |i| i + 1)..];
                        out.push(('[', name));
                    }
                    ':' => {
                        let name = ident(after);
                        rest = &after[name.len()..];
                    }
                    ' ' | '>' | ',' => {
                        rest = after;
                        start = true;
                        continue;
                    }
                    _ if start => {
                        let name = ident(rest);
                        if name.is_empty() {
                            rest = after;
                        } else {
                            rest = &rest[name.len()..];
                            out.push(('<', name));
                        }
                    }
                    _ => rest = after,
                }
                start = false;
            }
        }
    }
    for (prefix, kind) in plain {
        for (at, _) in js.match_indices(prefix) {
            out.push((kind, literal(at + prefix.len())));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A class renamed in a view, or an element gone, fails here: every class,
/// id, tag and attribute `public/early.js` looks for is in the first screen
/// (rendered with answers, so the result's parts are there), so the early
/// path never skips a part silently.
#[test]
fn every_name_early_js_looks_for_is_on_the_first_screen() {
    let answers = Answers::new().with("app_type", "full_stack_product").with("team_seniority", "mostly_junior");
    // In index.html, as scripts/post-build.mjs (insertApp) puts it, and the
    // team panel early.js writes there for a team link (it makes that
    // panel's controls inert).
    let page = format!("<div id=\"app\">{}</div>{}", ui::prerender_with(&answers), team_html::panel(&[], &[]));
    let (classes, ids, tags, attrs) = names_in(&page);
    let wanted = early_js_names();
    assert!(wanted.len() > 20, "early.js names found: {wanted:?}");
    let missing: Vec<_> = wanted
        .iter()
        .filter(|(kind, name)| {
            let list = match kind {
                '.' => &classes,
                '#' => &ids,
                '<' => &tags,
                _ => &attrs,
            };
            !list.iter().any(|n| n == name)
        })
        .collect();
    assert!(missing.is_empty(), "looked for by public/early.js but not on the first screen: {missing:?}");
}
