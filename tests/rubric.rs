//! Every option's points and evidence label follow the one published rubric
//! (`src/knowledge/rubric.rs`, described in the README): change a weight by
//! taste and this fails.

use django_flask_advisor::knowledge::rubric::{grade, grade_effect, option_strength, Support};
use django_flask_advisor::knowledge::{Strength, QUESTIONS};

#[test]
fn every_effect_scores_what_the_rubric_gives() {
    let mut wrong = Vec::new();
    for q in &QUESTIONS {
        for o in q.options {
            for (i, e) in o.effects.iter().enumerate() {
                let (want, _) = grade_effect(o, e);
                let p = e.points.as_array();
                let leans = p.iter().filter(|v| **v != 0).count();
                let got = p.iter().map(|v| v.abs()).max().unwrap_or(0);
                if leans > 1 || got != want {
                    wrong.push(format!("{}={} effect {i}: points {p:?}, rubric gives {want} to one framework", q.id, o.id));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "options off the rubric:\n{}", wrong.join("\n"));
}

#[test]
fn every_option_label_is_the_rubric_label() {
    let mut wrong = Vec::new();
    for q in &QUESTIONS {
        for o in q.options {
            let want = option_strength(o);
            if o.strength != want {
                wrong.push(format!("{}={}: labelled {:?}, rubric says {want:?}", q.id, o.id, o.strength));
            }
        }
    }
    assert!(wrong.is_empty(), "labels off the rubric:\n{}", wrong.join("\n"));
}

#[test]
fn every_effect_has_distinct_sources_and_corrections_are_attached() {
    for q in &QUESTIONS {
        for o in q.options {
            for e in o.effects {
                assert!(!e.sources.is_empty(), "{}={} has an effect without sources", q.id, o.id);
                let mut s: Vec<_> = e.sources.to_vec();
                s.sort();
                s.dedup();
                assert_eq!(s.len(), e.sources.len(), "{}={} cites an article twice", q.id, o.id);
                assert!(!e.beyond || o.beyond.is_some(), "{}={} counts a correction it does not carry", q.id, o.id);
            }
            if o.strength == Strength::Contested {
                assert!(o.contested.is_some(), "{}={} is labelled contested without a note", q.id, o.id);
            }
        }
    }
}

#[test]
fn rubric_scale() {
    assert_eq!(grade(Support::Argued, 3, false), (3, Strength::Strong));
    assert_eq!(grade(Support::Argued, 2, false), (3, Strength::Strong));
    assert_eq!(grade(Support::Argued, 1, false), (2, Strength::Moderate));
    assert_eq!(grade(Support::Stated, 2, false), (2, Strength::Moderate));
    assert_eq!(grade(Support::Stated, 1, false), (1, Strength::Weak));
    assert_eq!(grade(Support::Hedged, 3, false), (1, Strength::Weak));
    assert_eq!(grade(Support::NoLean, 3, false), (0, Strength::Neutral));
    assert_eq!(grade(Support::Argued, 3, true), (1, Strength::Contested));
    assert_eq!(grade(Support::NoLean, 1, true), (0, Strength::Neutral));
}
