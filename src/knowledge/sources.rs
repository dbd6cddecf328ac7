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
    /// The publisher, where the article names it.
    pub publisher: Option<&'static str>,
    /// The author, where the article names one.
    pub author: Option<&'static str>,
    /// The publication date as the article gives it, where it gives one.
    pub date: Option<&'static str>,
    /// What the article covers and how to weigh it, in our words.
    pub about: &'static str,
    /// What the page sells at its end, in our words: every article is a
    /// vendor's page (inventory T15).
    pub pitch: &'static str,
}

impl Source {
    /// Introduction of the Sources tab.
    pub const INTRO: &'static str =
        "Every point of the advice rests on one or more of these articles. The explanations paraphrase them; none is quoted.";
    /// What all three articles have in common, shown above the list.
    pub const VENDORS: &'static str = "All three are vendors' pages: each closes by offering its publisher's services, so read their advice as coming from firms that sell development work. The advisor uses their reasons, counts a claim as stronger when two of them make it, and recommends no vendor.";
    /// Heading of the list of corrections from beyond the articles.
    pub const BEYOND_TITLE: &'static str = "Corrections from beyond the articles";
    /// Introduction of that list.
    pub const BEYOND_INTRO: &'static str = "Where an article is wrong or out of date about today's Django or Flask, the advisor scores on the current facts and marks the correction as beyond the articles. Each names what was claimed, what holds today, and the public reference that says so.";
}

/// The articles, indexed by [`SourceId`].
pub const SOURCES: [Source; 3] = [
    Source {
        tag: "000",
        title: "Django vs Flask as a business decision",
        by: "A consultancy's resources page; the publisher is not named",
        publisher: None,
        author: None,
        date: None,
        about: "Frames the choice in terms of time-to-market, cost, security and hiring. A table, the flowchart, several lists and the FAQ questions are missing, so a few of its answers are reconstructed from the surrounding text. It never discusses a hybrid.",
        pitch: "Ends with an offer of senior engineering help and a no-obligation consultation; along the way it also advertises penetration testing as a service.",
    },
    Source {
        tag: "001",
        title: "Edana's guide to choosing between Flask and Django for a web application",
        by: "Edana (Geneva), by Martin Moraz, enterprise architect",
        publisher: Some("Edana (Geneva)"),
        author: Some("Martin Moraz"),
        date: None,
        about: "Covers philosophy, three short case studies, size, team and budget criteria, maintenance, and the only discussion of combining both frameworks. Its FAQ lists the KPIs to track.",
        pitch: "Ends with an offer of an assessment by Edana's experts and a contact form.",
    },
    Source {
        tag: "002",
        title: "Leanware's full comparison of Django and Flask for Python web work",
        by: "Leanware Editorial Team (dated 5 March, year not given)",
        publisher: Some("Leanware"),
        author: Some("Leanware Editorial Team"),
        date: Some("5 March, year not given"),
        about: "The most technical of the three: comparison tables, security details, API tooling (DRF), startup advice and a ten-question FAQ. Its performance figures come without a benchmark source.",
        pitch: "Ends by inviting readers to hire Leanware for backend, API or MVP development.",
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
