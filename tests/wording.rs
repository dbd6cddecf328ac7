//! Wording and numbers a reader sees: counted nouns, ties, repeated words.
//! Each check scans the page's, the report's and the decision record's
//! sentences over many answer sets, so a bad plural or a doubled word
//! anywhere in them fails here.

use django_flask_advisor::engine::{assess, Answers, Importance, TieBreak};
use django_flask_advisor::format::lead;
use django_flask_advisor::knowledge::{Framework, QUESTIONS, SOURCES};
use django_flask_advisor::madr::madr;
use django_flask_advisor::report::markdown;

const LINK: &str = "https://advisor.example/#s1.AbC-_9";

/// A deterministic spread of answer sets: for each seed, every question is
/// answered, skipped or given another importance by a small linear
/// congruential generator (no randomness between runs).
fn answer_sets() -> Vec<Answers> {
    let mut out = Vec::new();
    for seed in 1..=400u64 {
        let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut next = |n: u64| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) % n
        };
        let mut a = Answers::new();
        for (qi, q) in QUESTIONS.iter().enumerate() {
            let pick = next(q.options.len() as u64 + 2);
            if (pick as usize) < q.options.len() {
                a.set_choice(qi, Some(pick as usize));
                a.set_importance(qi, Importance::ALL[next(Importance::ALL.len() as u64) as usize]);
            }
        }
        out.push(a);
    }
    out
}

/// Problems in `text`: doubled words, "(s)" plurals, "1 points", "0 point".
fn wording_problems(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    if text.contains("(s)") {
        found.push("a \"(s)\" plural".to_string());
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for w in words.windows(2) {
        let clean = |s: &str| s.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let (a, b) = (clean(w[0]), clean(w[1]));
        let joined = !w[0].ends_with(|c: char| c.is_alphanumeric());
        if !a.is_empty() && a == b && !joined && a.chars().any(char::is_alphabetic) {
            found.push(format!("doubled word {:?}", w.join(" ")));
        }
        let n = w[0].trim_start_matches(['(', '+', '-', '\u{2212}']);
        let next = clean(w[1]);
        const NOUNS: [&str; 6] = ["point", "component", "question", "answer", "change", "profile"];
        let plural_after_one = n == "1" && NOUNS.iter().any(|s| next == format!("{s}s"));
        let singular_after_other = n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() && n != "1" && NOUNS.contains(&next.as_str());
        if plural_after_one || singular_after_other {
            found.push(format!("bad plural {:?}", w.join(" ")));
        }
    }
    found
}

#[test]
fn the_checker_catches_each_bad_form() {
    assert_eq!(wording_problems("strong evidence evidence").len(), 1);
    assert_eq!(wording_problems("a lead of 1 points").len(), 1);
    assert_eq!(wording_problems("assembles 1 components").len(), 1);
    assert_eq!(wording_problems("assembles 0 component").len(), 1);
    assert_eq!(wording_problems("3 component(s)").len(), 1);
    assert_eq!(wording_problems("a lead of 1 point; 2 points; 0 points").len(), 0);
}

#[test]
fn reports_and_records_read_well_for_every_answer_set() {
    for (i, answers) in answer_sets().iter().enumerate() {
        for (what, text) in [("report", markdown(answers, "Billing", LINK)), ("record", madr(answers, "Billing", LINK, "2026-11-28"))] {
            let problems = wording_problems(&text);
            assert!(problems.is_empty(), "answer set {i}, {what}: {problems:?}");
        }
    }
}

#[test]
fn a_tie_names_the_rule_that_settled_it() {
    let mut seen = [false; 5];
    for answers in answer_sets().into_iter().chain(pairs()) {
        let a = assess(&answers);
        let text = lead(&a);
        let Some(winner) = a.recommendation else {
            assert!(text.is_empty());
            continue;
        };
        let runner_up = a.runner_up.unwrap();
        let tied = a.score(winner) == a.score(runner_up);
        assert_eq!(a.tie_break.is_some(), tied, "{text}");
        assert!(!text.contains("by 0 points"), "{text}");
        assert!(text.ends_with('.'), "{text}");
        match a.tie_break {
            None => assert!(text.starts_with(&format!("{} leads {} by ", winner.name(), runner_up.name())), "{text}"),
            Some(tb) => {
                assert!(text.starts_with(&format!("{} ties with {} at ", winner.name(), runner_up.name())), "{text}");
                assert!(text.contains(" and goes first: "), "{text}");
                match tb {
                    TieBreak::HybridAtLeastBest => {
                        seen[0] = true;
                        assert_eq!(winner, Framework::Hybrid);
                        assert!(text.contains("whenever its conditions are met"), "{text}");
                    }
                    TieBreak::MoreStrong(w, l) => {
                        seen[1] = true;
                        assert!(w > l);
                        assert!(text.contains(&format!("({w} such answer")), "{text}");
                        assert!(text.contains(&format!(" against {l})")), "{text}");
                    }
                    TieBreak::DjangoBaseline(_) => {
                        seen[2] = true;
                        assert_eq!(winner, Framework::Django);
                        assert!(text.contains("safer starting point"), "{text}");
                    }
                    TieBreak::Incumbent => {
                        seen[3] = true;
                        assert_eq!(Some(winner), django_flask_advisor::engine::in_use(&answers), "{text}");
                        assert!(text.contains("your running system"), "{text}");
                    }
                    TieBreak::TeamKnows => {
                        seen[4] = true;
                        assert!(text.contains("your team already knows"), "{text}");
                    }
                }
            }
        }
    }
    assert!(seen[1] && seen[2], "the answer sets reach the Django/Flask tie-breaks: {seen:?}");
}

/// Every pair of single answers at normal importance: ties are common there.
fn pairs() -> Vec<Answers> {
    let mut out = Vec::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        for o in 0..q.options.len() {
            for (qj, r) in QUESTIONS.iter().enumerate().skip(qi + 1) {
                for p in 0..r.options.len() {
                    let mut a = Answers::new();
                    a.set_choice(qi, Some(o));
                    a.set_choice(qj, Some(p));
                    out.push(a);
                }
            }
        }
    }
    out
}

#[test]
fn no_text_speaks_of_how_the_articles_were_captured() {
    for s in SOURCES {
        for word in ["captured", "capture", "was lost", "were lost", "scrape"] {
            assert!(!s.about.contains(word), "{}: {:?}", s.tag, s.about);
        }
    }
    // Every knowledge file, FAQ notes and table provenance included.
    let files = [
        ("sources.rs", include_str!("../src/knowledge/sources.rs")),
        ("guidance.rs", include_str!("../src/knowledge/guidance.rs")),
        ("tables.rs", include_str!("../src/knowledge/tables.rs")),
        ("contested.rs", include_str!("../src/knowledge/contested.rs")),
        ("questions.rs", include_str!("../src/knowledge/questions.rs")),
        ("method.rs", include_str!("../src/knowledge/method.rs")),
        ("bom.rs", include_str!("../src/knowledge/bom.rs")),
    ];
    for (file, text) in files {
        let text = text.to_lowercase();
        for word in ["captur", "was lost", "were lost", "scrap"] {
            assert!(!text.contains(word), "{file} speaks of {word:?}");
        }
    }
}
