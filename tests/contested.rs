//! The disagreements between the articles: all sixteen of the inventory
//! (T1 to T16) are there, each both ways with sources, and every note is
//! attached to real options, including every option that names it.

use std::collections::HashSet;

use django_flask_advisor::knowledge::{notes_for, notes_for_question, ALL_CONTESTED, GROUPS, QUESTIONS};

#[test]
fn sixteen_disagreements_in_eighteen_notes_with_unique_ids() {
    assert_eq!(GROUPS.len(), 16, "the inventory lists T1 to T16");
    assert_eq!(ALL_CONTESTED.len(), 18, "T1 and T3 are two notes each");
    let ids: HashSet<_> = ALL_CONTESTED.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), ALL_CONTESTED.len(), "ids are unique");
    for (i, (n, title, notes)) in GROUPS.iter().enumerate() {
        assert_eq!(usize::from(*n), i + 1, "groups are numbered 1 to 16 in order");
        assert!(!title.is_empty() && !notes.is_empty());
        for c in notes.iter() {
            assert_eq!(c.group, *n, "{} sits in group {}", c.id, n);
        }
    }
    // Every note is in exactly one group, and ALL_CONTESTED follows the groups.
    let grouped: Vec<&str> = GROUPS.iter().flat_map(|(_, _, notes)| notes.iter().map(|c| c.id)).collect();
    let all: Vec<&str> = ALL_CONTESTED.iter().map(|c| c.id).collect();
    assert_eq!(grouped, all);
    // The ids other code and saved links may use are kept.
    for id in
        ["mvp", "budget", "data_load", "complex_queries", "deadline", "learning", "internal_tools", "upgrade_path", "scaling", "team_size"]
    {
        assert!(ids.contains(id), "{id} is kept");
    }
}

#[test]
fn both_sides_have_text_and_sources() {
    for c in ALL_CONTESTED {
        for side in [&c.side_a, &c.side_b] {
            assert!(!side.text.is_empty(), "{}: a side without text", c.id);
            assert!(!side.sources.is_empty(), "{}: a side without sources", c.id);
            let unique: HashSet<_> = side.sources.iter().collect();
            assert_eq!(unique.len(), side.sources.len(), "{}: a source cited twice", c.id);
        }
        assert!(!c.topic.is_empty() && !c.short.is_empty() && !c.handling.is_empty(), "{}", c.id);
        if let Some(b) = c.beyond {
            assert!(b.url.starts_with("https://"), "{}: the correction links its reference", c.id);
        }
    }
}

#[test]
fn every_bears_on_pair_names_a_real_question_and_option() {
    for c in ALL_CONTESTED {
        for &(q, o) in c.bears_on {
            let question = QUESTIONS.iter().find(|x| x.id == q).unwrap_or_else(|| panic!("{}: no question {q}", c.id));
            assert!(o == "*" || question.option(o).is_some(), "{}: no option {q}={o}", c.id);
        }
        let pairs: HashSet<_> = c.bears_on.iter().collect();
        assert_eq!(pairs.len(), c.bears_on.len(), "{}: a pair listed twice", c.id);
    }
}

#[test]
fn every_option_that_names_a_note_is_in_its_bears_on_and_notes_for_finds_it() {
    let mut named = 0;
    for q in QUESTIONS.iter() {
        for o in q.options {
            let notes = notes_for(q.id, o.id);
            if let Some(c) = o.contested {
                named += 1;
                assert!(c.bears_on(q.id, o.id), "{}={} names {} but is not in its bears_on", q.id, o.id, c.id);
                assert!(notes.iter().any(|n| n.id == c.id), "notes_for({}, {}) misses {}", q.id, o.id, c.id);
            }
            for n in &notes {
                assert!(n.bears_on(q.id, o.id));
                assert!(notes_for_question(q.id).iter().any(|m| m.id == n.id));
            }
        }
    }
    assert!(named >= 10, "the options marked contested are checked ({named})");
}

#[test]
fn notes_reach_every_option_they_bear_on() {
    // The learning-curve note shows for junior and mixed teams (whose Django
    // lean rests on one side of it), not only for "neither".
    for (q, o) in [("team_seniority", "mostly_junior"), ("team_seniority", "mixed"), ("framework_familiarity", "neither")] {
        assert!(notes_for(q, o).iter().any(|c| c.id == "learning"), "{q}={o}");
    }
    assert!(notes_for("team_seniority", "mostly_senior").iter().all(|c| c.id != "learning"));
    // A "*" pair covers every option of its question.
    let q = QUESTIONS.iter().find(|q| q.id == "multi_service_ops").unwrap();
    for o in q.options {
        assert!(notes_for(q.id, o.id).iter().any(|c| c.id == "hybrid_coverage"), "multi_service_ops={}", o.id);
    }
    // Unknown ids find nothing.
    assert!(notes_for("no_such_question", "x").is_empty());
    assert!(notes_for("team_seniority", "no_such_option").is_empty());
    // Every note with a pair is found for it.
    for c in ALL_CONTESTED {
        for &(q, o) in c.bears_on {
            if o != "*" {
                assert!(notes_for(q, o).iter().any(|n| n.id == c.id), "{}: {q}={o}", c.id);
            }
        }
    }
}

#[test]
fn scaling_shows_the_pooling_correction() {
    let scaling = ALL_CONTESTED.iter().find(|c| c.id == "scaling").unwrap();
    assert_eq!(scaling.beyond.map(|b| b.id), Some("pooling"));
    let security = ALL_CONTESTED.iter().find(|c| c.id == "flask_security").unwrap();
    assert_eq!(security.beyond.map(|b| b.id), Some("flask_security_basics"));
}
