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
    // In index.html, as scripts/post-build.mjs (insertApp) puts it.
    let page = format!("<div id=\"app\">{}</div>", ui::prerender_with(&answers));
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
