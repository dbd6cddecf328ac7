//! The first screen implemented once: the live app's result panel, rendered
//! natively with Leptos (`ui::prerender_with`, the `prerender` feature),
//! holds exactly the markup that `result_html` gives the first-answer
//! module (`src/bin/early_parts/render.rs`) for the same answers, so that a
//! change to one side that the other does not follow fails here, not only
//! in the end-to-end take-over test; so do the summary bar, the counts of
//! answers and the scope note, which the module writes too. And every class
//! and id the first screen's code (`src/first_screen.rs`, which the views
//! render as constants) and `public/early.js` look for is on that first
//! screen, so a class renamed in a view fails here rather than making the
//! early path skip a part silently.
//!
//! Built with the prerender profile and feature, as the first-screen render
//! is: `make test-native` (scripts/test-native.sh) builds and runs it with
//! every other native test, linted by clippy.
#![cfg(feature = "prerender")]

mod common;

use common::markup::{inner, sorted_attributes, without_comments};
use django_flask_advisor::engine::{assess, Answers};
use django_flask_advisor::knowledge::QUESTIONS;
use django_flask_advisor::{first_screen, format, result_html, team_html, ui};
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
    // The other parts the first-answer module writes (first_screen::dom::show).
    prop_assert_eq!(same(part("span", first_screen::STICKY_MORE)), same(result_html::sticky_scores(&a)), "the summary bar's scores");
    prop_assert_eq!(
        same(part("span", first_screen::STICKY_HEAD)),
        same(result_html::escape(&result_html::sticky_head(&a, false))),
        "the summary bar's headline"
    );
    prop_assert_eq!(
        same(part("p", first_screen::PROGRESS)),
        same(result_html::escape(&result_html::progress(answers))),
        "the count of answers"
    );
    let advanced = format!("{} muted", first_screen::ADVANCED_PROGRESS);
    prop_assert_eq!(
        same(part("span", &advanced)),
        same(result_html::escape(&result_html::advanced_progress(answers))),
        "the advanced group's count"
    );
    let scope = format!("{} muted", first_screen::SCOPE_NOTE);
    prop_assert_eq!(same(part("p", &scope)), same(result_html::escape(&format::scope(answers))), "the scope note");
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
    // In index.html, as scripts/post-build.mjs (insertApp) puts it, with the
    // team panel the visit module writes there for a team link.
    let page = format!("<div id=\"app\">{}</div>{}", ui::prerender_with(&answers), team_html::panel(&[], &[]));
    let (classes, ids, tags, attrs) = names_in(&page);
    let wanted = early_js_names();
    // Since the first screen's code moved into Rust (src/first_screen.rs),
    // early.js looks for the app's root and the advanced group only.
    assert!(wanted.len() >= 2, "early.js names found: {wanted:?}");
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

/// Every class and id the first screen's code reads or writes
/// (`first_screen`: the first-answer modules and the take-over) is in the
/// app's first screen, rendered with an answer and an importance set (so
/// that the marks of a chosen option and an answered question are there):
/// the views use these constants, and a view that stops rendering one
/// fails here.
#[test]
fn every_name_the_first_screen_code_uses_is_rendered() {
    let answers = Answers::new().with("app_type", "full_stack_product");
    let page = ui::prerender_with(&answers);
    let (classes, ids, _, _) = names_in(&page);
    for class in first_screen::CLASSES {
        assert!(classes.iter().any(|c| c == class), "class {class} is not on the first screen");
    }
    assert!(ids.iter().any(|id| id == first_screen::CLEAR_ID), "no #{}", first_screen::CLEAR_ID);
    for q in QUESTIONS {
        for id in [first_screen::card_id(q.id), first_screen::importance_id(q.id)] {
            assert!(ids.contains(&id), "no #{id} on the first screen");
        }
    }
    // The marks are on the chosen option and its card only.
    let selected = page.matches(&format!("class=\"{} {}\"", first_screen::OPTION, first_screen::SELECTED)).count();
    let answered = page.matches(&format!("class=\"{} {}\"", first_screen::QUESTION, first_screen::ANSWERED)).count();
    assert_eq!((selected, answered), (1, 1), "one option marked chosen and one card answered");
}
