//! The result's HTML (`src/result_html.rs`), shared by the app, the page
//! rendered at build time and the first-answer module: well formed, no
//! style attribute (the page's policy forbids them), bars and marks that
//! match the assessment.

mod common;

use common::arb_answers;
use django_flask_advisor::engine::assess;
use django_flask_advisor::knowledge::Framework;
use django_flask_advisor::result_html::{after_scores, before_scores, recommendation, recommendation_id, scores, sticky_scores};
use proptest::prelude::*;

/// Checks that every element opened in `html` is closed in order (the
/// fragments use no void elements) and that no attribute value holds a raw
/// `<`, `>` or unescaped quote. Returns the tag names in opening order.
fn well_formed(html: &str) -> Result<Vec<String>, String> {
    let mut open: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let text = &rest[..at];
        if text.contains('>') {
            return Err(format!("a raw '>' in text: {text:?}"));
        }
        let end = rest[at..].find('>').ok_or("a tag is not closed")? + at;
        let tag = &rest[at + 1..end];
        if tag.contains('<') {
            return Err(format!("a raw '<' inside a tag: {tag:?}"));
        }
        if tag.split('"').count().is_multiple_of(2) {
            return Err(format!("unbalanced quotes in {tag:?}"));
        }
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(o) if o == name => {}
                o => return Err(format!("</{name}> closes {o:?}")),
            }
        } else {
            let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            if tag.contains(" style=") {
                return Err(format!("a style attribute in <{tag}>"));
            }
            seen.push(name.clone());
            open.push(name);
        }
        rest = &rest[end + 1..];
    }
    if rest.contains('>') {
        return Err(format!("a raw '>' in text: {rest:?}"));
    }
    if let Some(o) = open.pop() {
        return Err(format!("<{o}> is never closed"));
    }
    Ok(seen)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_fragment_is_well_formed_and_has_no_style_attribute(answers in arb_answers()) {
        let a = assess(&answers);
        for (name, html) in [
            ("recommendation", recommendation(&a)),
            ("before", before_scores(&a)),
            ("scores", scores(&a)),
            ("after", after_scores(&a)),
            ("sticky", sticky_scores(&a)),
        ] {
            let checked = well_formed(&html);
            prop_assert!(checked.is_ok(), "{}: {:?}\n{}", name, checked, html);
        }
    }

    #[test]
    fn bars_and_marks_follow_the_assessment(answers in arb_answers()) {
        let a = assess(&answers);
        let html = scores(&a);
        let rows: Vec<&str> = html.split("<li ").skip(1).collect();
        prop_assert_eq!(rows.len(), 3);
        let max = a.scores.iter().copied().max().unwrap_or(0).max(1);
        let mut widths = Vec::new();
        for (row, f) in rows.iter().zip(Framework::ALL) {
            let marker = format!("data-framework=\"{}\"", f.id());
            prop_assert!(row.contains(&marker), "row {} lacks {}", row, marker);
            prop_assert_eq!(row.starts_with("class=\"score winner\""), a.recommendation == Some(f));
            let width: i32 = row.split("data-width=\"").nth(1).and_then(|w| w.split('"').next()).and_then(|w| w.parse().ok()).unwrap();
            prop_assert!((0..=100).contains(&width));
            // The highest positive score fills its bar; a score at or
            // below zero shows none.
            prop_assert_eq!(width == 100, a.score(f) == max && a.score(f) > 0);
            if a.score(f) <= 0 {
                prop_assert_eq!(width, 0);
            }
            widths.push((a.score(f), width));
        }
        // A higher score never has a shorter bar.
        for (s1, w1) in &widths {
            for (s2, w2) in &widths {
                prop_assert!(s1 <= s2 || w1 >= w2, "scores {:?}", widths);
            }
        }
        prop_assert_eq!(recommendation_id(&a), a.recommendation.map(Framework::id).unwrap_or("none"));
        // The confidence and the lead only with a recommendation.
        prop_assert_eq!(before_scores(&a).contains("class=\"confidence\""), a.recommendation.is_some());
    }
}

#[test]
fn the_well_formed_check_catches_what_it_should() {
    assert!(well_formed("<p>a</p><ul><li>b</li></ul>").is_ok());
    assert!(well_formed("<p>a").is_err());
    assert!(well_formed("<p><span>a</p></span>").is_err());
    assert!(well_formed("<p style=\"width: 1%\">a</p>").is_err());
    assert!(well_formed("<p title=\"a>b\">x</p>").is_err());
    assert!(well_formed("<p>a > b</p>").is_err());
}
