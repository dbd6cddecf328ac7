//! The rough edges users found on screen (issue 28): citations always in
//! ascending order, each once.

use django_flask_advisor::format::{cite, cite_order};
use django_flask_advisor::knowledge::beyond::ALL_BEYOND;
use django_flask_advisor::knowledge::bom::CAPABILITIES;
use django_flask_advisor::knowledge::flowchart::NODES;
use django_flask_advisor::knowledge::guidance::{FAQ, KPIS};
use django_flask_advisor::knowledge::method::{EXISTING_PATHS, HYBRID_CAVEAT, SCORING_SOURCES};
use django_flask_advisor::knowledge::tables::TABLES;
use django_flask_advisor::knowledge::{SourceId, ALL_CONTESTED, QUESTIONS};
use django_flask_advisor::result_html;

// ---------------------------------------------------------------------------
// Citations in ascending order, each once, in every renderer.

/// Every list of sources the knowledge base cites, named.
fn every_citation_list() -> Vec<(String, &'static [SourceId])> {
    let mut out: Vec<(String, &'static [SourceId])> = Vec::new();
    for q in QUESTIONS.iter() {
        for o in q.options {
            for (i, e) in o.effects.iter().enumerate() {
                out.push((format!("effect {}={} #{i}", q.id, o.id), e.sources));
            }
        }
    }
    for c in ALL_CONTESTED {
        out.push((format!("note {} side a", c.id), c.side_a.sources));
        out.push((format!("note {} side b", c.id), c.side_b.sources));
    }
    for b in ALL_BEYOND {
        out.push((format!("correction {}", b.id), b.claimed_by));
    }
    out.extend(NODES.iter().map(|n| (format!("flowchart node {}", n.id), n.sources)));
    out.extend(CAPABILITIES.iter().map(|c| (format!("build list {}", c.name), c.sources)));
    out.extend(KPIS.iter().map(|k| (format!("KPI {}", k.id), k.sources)));
    out.extend(FAQ.iter().map(|f| (format!("FAQ {}", f.id), f.sources)));
    out.extend(TABLES.iter().map(|t| (format!("table {}", t.id), t.sources)));
    for (i, row) in EXISTING_PATHS.iter().enumerate() {
        for (j, p) in row.iter().enumerate() {
            out.push((format!("existing path {i}.{j}"), p.2));
        }
    }
    out.push(("hybrid caveat".into(), HYBRID_CAVEAT.1));
    out.push(("scoring rule".into(), SCORING_SOURCES));
    out
}

/// The `[NNN]` tags in a rendered text, in order.
fn tags(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('[') {
        rest = &rest[i + 1..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() == 3 && rest[3..].starts_with(|c| c == ']' || c == '\\') {
            out.push(digits.parse().unwrap());
        }
    }
    out
}

#[test]
fn every_citation_is_shown_ascending_and_once() {
    let lists = every_citation_list();
    assert!(lists.len() > 150, "{} lists", lists.len());
    // The knowledge base writes each list in order, so that every text that
    // reads the data directly (the report) shows it so too.
    for (name, sources) in &lists {
        assert!(sources.windows(2).all(|w| w[0] < w[1]), "{name}: {sources:?} is not ascending");
    }
    // The renderers put a list in order whatever order it is written in.
    let (a000, a002) = (SourceId(0), SourceId(2));
    let unordered: [(String, &'static [SourceId]); 2] = [
        ("written [002] [001]".into(), &[SourceId(2), SourceId(1)]),
        ("written [002] [000] [002]".into(), &[SourceId(2), SourceId(0), SourceId(2)]),
    ];
    assert_eq!(cite_order(unordered[1].1), [a000, a002]);
    let lists = lists.into_iter().chain(unordered);
    for (name, sources) in lists {
        let mut want: Vec<u32> = sources.iter().map(|s| u32::from(s.0)).collect();
        want.sort_unstable();
        want.dedup();
        let ordered: Vec<u32> = cite_order(sources).iter().map(|s| u32::from(s.0)).collect();
        assert_eq!(ordered, want, "{name}: cite_order");
        assert_eq!(tags(&cite(sources)), want, "{name}: Markdown {}", cite(sources));
        assert_eq!(tags(&result_html::cites(sources)), want, "{name}: HTML {}", result_html::cites(sources));
    }
}
