//! The three articles every claim in the knowledge base rests on.

/// Index of an article in [`SOURCES`]: 0 is [000], 1 is [001], 2 is [002].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceId(pub u8);

/// [000]: the business-focused consultancy article.
pub const A000: SourceId = SourceId(0);
/// [001]: the Edana article by Martin Moraz.
pub const A001: SourceId = SourceId(1);
/// [002]: the Leanware comparison.
pub const A002: SourceId = SourceId(2);

/// One source article.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    /// Citation tag as shown in the UI, e.g. `"000"` (rendered `[000]`).
    pub tag: &'static str,
    /// Title (our description where the article has none we could recover).
    pub title: &'static str,
    /// Publisher and author as far as the text tells.
    pub by: &'static str,
    /// What the article covers and how to weigh it, in our words.
    pub about: &'static str,
}

/// The articles, indexed by [`SourceId`].
pub const SOURCES: [Source; 3] = [
    Source {
        tag: "000",
        title: "Django vs Flask as a business decision",
        by: "A consultancy's resources page; the publisher is not named in the text",
        about: "Frames the choice in terms of time-to-market, cost, security and hiring. Parts of it (a table, its flowchart, several lists and its FAQ headings) were lost when it was captured, and it never discusses a hybrid.",
    },
    Source {
        tag: "001",
        title: "Edana's guide to choosing between Flask and Django for a web application",
        by: "Edana (Geneva), by Martin Moraz, enterprise architect",
        about: "Covers philosophy, three short case studies, size, team and budget criteria, maintenance, and the only discussion of combining both frameworks. Its FAQ lists the KPIs to track.",
    },
    Source {
        tag: "002",
        title: "Leanware's full comparison of Django and Flask for Python web work",
        by: "Leanware Editorial Team (dated 5 March, year not given)",
        about: "The most technical of the three: comparison tables, security details, API tooling (DRF), startup advice and a ten-question FAQ. Its performance figures come without a benchmark source.",
    },
];

impl SourceId {
    /// The article this id names.
    ///
    /// # Panics
    /// Never for the ids defined in this module; an id built by hand past 2 panics.
    pub fn source(self) -> &'static Source {
        &SOURCES[self.0 as usize]
    }
}
