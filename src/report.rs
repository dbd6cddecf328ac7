//! The assessment as a Markdown report a consultant can send as it is (see
//! [`report`] for its sections): every sentence said once, only what bears
//! on the answers given. Pure, like the engine.
//!
//! Every sentence comes from the knowledge base or the engine; this module
//! only lays them out. Table cells have `|` escaped and line breaks folded,
//! and user text (the assessment's name) is escaped so that it cannot add
//! Markdown structure or HTML.

use crate::depfiles::FrameworkFound;
use crate::document::{self, cites, text, Block, Line, Span};
use crate::engine::{assess, format_score, Answers, Assessment, Contribution, Importance, SetAside, QUESTION_COUNT};
use crate::format::{build_count, evidence_label, hybrid_parts, lead, lower_first, points_list, scope, upper_first};
use crate::knowledge::beyond::Beyond;
use crate::knowledge::bom::Capability;
use crate::knowledge::documents::*;
use crate::knowledge::method::{
    BEYOND_LABEL, FACTORS_TITLE, FRAMEWORK_SUMMARY, HYBRID_CAVEAT, HYBRID_WITHHELD, NEEDS_TITLE, NO_POINTS, OUTSIDE_SOURCES,
    SET_ASIDE_ONCE, SET_ASIDE_RUNNING, WHATIF_NO_HINGES,
};
use crate::knowledge::packages::FILES_SHOWED;
use crate::knowledge::{notes_for, Choice, Contested, Framework, Source, QUESTIONS, SOURCES};
use crate::profile_view::build_list;
use crate::whatif::hinges;

pub use crate::document::escape;

/// Every disagreement note that bears on option `choice` of question
/// `question`: those that name it, and the option's own note.
fn contested_notes(question: &str, choice: &'static Choice) -> Vec<&'static Contested> {
    let mut notes = notes_for(question, choice.id);
    if let Some(k) = choice.contested.filter(|k| !notes.iter().any(|n| n.id == k.id)) {
        notes.push(k);
    }
    notes
}

/// A correction from beyond the articles, as one list item's text: who
/// claims what, what is true, and the reference as a link (under a heading
/// that already says they are beyond the articles).
pub fn beyond_note(b: &Beyond) -> String {
    document::markdown(&[Block::Para(correction(b))]).trim_end().to_string()
}

/// One Markdown list item's text per framework or core library found in
/// the project's files: name, version (escaped: it comes from the user's
/// file), support window and its reference, marked beyond the articles.
pub fn files_showed(found: &[FrameworkFound]) -> Vec<String> {
    found.iter().map(|f| document::markdown(&[Block::Para(found_line(f))]).trim_end().to_string()).collect()
}

/// Everything a document (the report, the decision record) is made from.
#[derive(Clone, Copy, Debug)]
pub struct Document<'a> {
    /// The answers and importance settings.
    pub answers: &'a Answers,
    /// The assessment's name (the profile's, or one typed for the document); may be empty.
    pub name: &'a str,
    /// The share link (a full URL) that reopens the assessment.
    pub share_link: &'a str,
    /// The date, `YYYY-MM-DD`; may be empty.
    pub date: &'a str,
    /// The frameworks and core libraries the project's dependency files
    /// showed ("Start from your code"); may be empty.
    pub found: &'a [FrameworkFound],
}

/// The report of `answers`, titled with `name` (may be empty) and ending
/// with `share_link` (a full URL), undated and without dependency files: see [`report`].
pub fn markdown(answers: &Answers, name: &str, share_link: &str) -> String {
    report(&Document { answers, name, share_link, date: "", found: &[] })
}

/// Every contested note that bears on an answer of `answers`, each once, in
/// question order.
pub fn disagreements(answers: &Answers) -> Vec<&'static Contested> {
    let mut out: Vec<&'static Contested> = Vec::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        let Some(o) = answers.choice(qi) else { continue };
        for k in contested_notes(q.id, &q.options[o]) {
            if !out.iter().any(|n| n.id == k.id) {
                out.push(k);
            }
        }
    }
    out
}

/// Every correction from beyond the articles that bears on an answer of
/// `answers` (on the option itself or on one of its disagreements), or on a
/// build-list row in `rows`, each once, in that order.
pub fn corrections(answers: &Answers, rows: &[&'static Capability]) -> Vec<&'static Beyond> {
    let mut out: Vec<&'static Beyond> = Vec::new();
    let mut add = |b: &'static Beyond| {
        if !out.iter().any(|x| x.id == b.id) {
            out.push(b);
        }
    };
    for (qi, q) in QUESTIONS.iter().enumerate() {
        let Some(o) = answers.choice(qi) else { continue };
        let choice = &q.options[o];
        if let Some(b) = choice.beyond {
            add(b);
        }
        for k in contested_notes(q.id, choice) {
            if let Some(b) = k.beyond {
                add(b);
            }
        }
    }
    for c in rows {
        for b in c.beyond.iter().copied() {
            add(b);
        }
    }
    out
}

/// `Django 18 · Flask 0 · Hybrid 0`.
pub fn scores_line(a: &Assessment) -> String {
    Framework::ALL.iter().map(|f| format!("{} {}", f.name(), format_score(a.score(*f)))).collect::<Vec<_>>().join(" \u{b7} ")
}

/// `+3 Django; importance high; strong evidence` for a contribution: its
/// points, its importance when not normal, and the one evidence label that
/// agrees with its points.
pub fn weight(c: &Contribution) -> String {
    let points = points_list(c.points).unwrap_or_else(|| NO_POINTS.to_string());
    let importance = if c.importance == Importance::Normal { String::new() } else { format!("; importance {}", c.importance.id()) };
    // One label that agrees with the points (none beside "no points").
    match evidence_label(c) {
        Some(label) => format!("{points}{importance}; {label}"),
        None => format!("{points}{importance}"),
    }
}

/// The source line in Markdown: `\\[001\\] *Title*. Publisher: Edana (Geneva); author: Martin Moraz; date not stated.`
pub fn source_line(s: &Source) -> String {
    document::markdown(&[Block::Para(source_spans(s))]).trim_end().to_string()
}

/// The printout's running header, as plain text (not escaped): the
/// report's title and the date it was prepared, e.g. "Patient portal:
/// framework recommendation · 2026-12-07".
pub fn page_header(name: &str, date: &str) -> String {
    let title = if name.trim().is_empty() { REPORT_TITLE_UNNAMED.to_string() } else { format!("{}{REPORT_TITLE_AFTER_NAME}", name.trim()) };
    format!("{title} \u{b7} {date}")
}

/// `text` as a CSS string literal (quoted; `\`, `"` and line breaks escaped).
pub fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' | '\u{c}' => out.push_str("\\a "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The report's title: the assessment's name, escaped, or a generic one.
pub fn title(name: &str) -> String {
    if name.trim().is_empty() {
        REPORT_TITLE_UNNAMED.to_string()
    } else {
        format!("{}{REPORT_TITLE_AFTER_NAME}", escape(name.trim()))
    }
}

/// One correction as a line: what was claimed (and by which article), what
/// holds today, and the reference.
fn correction(b: &Beyond) -> Line {
    let mut line = vec![
        text(format!("{CLAIMED} {} ", b.claim)),
        cites(b.claimed_by),
        text(format!(" {TODAY} {} {REFERENCE} ", b.truth)),
        Span::Link(b.reference.to_string(), b.url.to_string()),
    ];
    for (name, url) in b.also {
        line.push(text("; ".to_string()));
        line.push(Span::Link(name.to_string(), url.to_string()));
    }
    line
}

/// A contribution's answer, weight, reason and citations as a line.
fn reasoned(c: &Contribution, bold: bool) -> Line {
    let answer = format!("{}: {}", c.question().title, c.choice().label);
    let mut line = vec![if bold { Span::Strong(answer) } else { text(answer) }];
    line.push(text(format!(" ({}). {} ", weight(c), c.effect().reason)));
    line.push(cites(c.effect().sources));
    line
}

/// The report of a [`Document`] as blocks: the title and date, the
/// recommendation with its confidence, scores, path for a running system and
/// the decision chart's path; what the dependency files showed; the answers
/// given (the skipped ones in one line); what decided it (each need once,
/// then the context factors, then the answers that move nothing); the risks
/// and what would change it; the build list's counted rows; the
/// disagreements and corrections that bear on these answers, each once; the
/// sources; the share link.
pub fn blocks(doc: &Document) -> Vec<Block> {
    let answers = doc.answers;
    let a = assess(answers);
    let mut out: Vec<Block> = Vec::new();
    let para = |s: String| Block::Para(vec![text(s)]);
    let heading = |level: u8, s: &str| Block::Heading(level, vec![text(s)]);
    let mut title_line = vec![];
    if doc.name.trim().is_empty() {
        title_line.push(text(REPORT_TITLE_UNNAMED));
    } else {
        title_line.push(Span::User(doc.name.trim().to_string()));
        title_line.push(text(REPORT_TITLE_AFTER_NAME));
    }
    out.push(Block::Heading(1, title_line));
    let date: String = doc.date.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
    out.push(para(if date.is_empty() { PREPARED.to_string() } else { format!("{PREPARED_ON} {date}.") }));

    out.push(heading(2, H_RECOMMENDATION));
    match a.recommendation {
        Some(f) => {
            out.push(Block::Para(vec![Span::Strong(format!("{}.", f.name())), text(format!(" {}", FRAMEWORK_SUMMARY[f.index()]))]));
            out.push(Block::Para(vec![
                text("Confidence: "),
                Span::Strong(a.confidence.label().to_string()),
                text(format!(
                    " ({}), with {} of {} questions answered. Scores: {}. {}",
                    a.confidence_reason(),
                    a.answered,
                    QUESTION_COUNT,
                    scores_line(&a),
                    lead(&a)
                )),
            ]));
            if let Some((in_use, path)) = a.existing {
                let (head, body, sources) = path.text(in_use);
                out.push(Block::Para(vec![
                    Span::Strong(format!("Your {} system: {head}.", in_use.name())),
                    text(format!(" {body} ")),
                    cites(sources),
                ]));
            }
            if a.close_call {
                out.push(Block::Note(vec![Span::Strong("Close call.".into()), text(format!(" {CLOSE_CALL_DOCUMENT}"))]));
            }
            if f == Framework::Hybrid {
                out.push(Block::Note(vec![text(format!("{} ", HYBRID_CAVEAT.0)), cites(HYBRID_CAVEAT.1)]));
            } else if a.hybrid.considered {
                out.push(para(format!("{HYBRID_WITHHELD} {}.", a.hybrid.unmet().join("; "))));
            }
            if let Some(parts) = hybrid_parts(&a) {
                out.push(para(parts));
            }
            let steps = a.flow.describe().join("; ");
            out.push(para(format!("{CHART_PATH} {}.", steps.trim_end_matches('.'))));
            if let Some(why) = a.flow.disagreement(a.recommendation) {
                out.push(Block::Note(vec![Span::Strong("The chart and the score differ.".into()), text(format!(" {why}"))]));
            }
        }
        None => out.push(Block::Para(vec![Span::Strong("No recommendation yet:".into()), text(" no answer has moved a score.")])),
    }
    out.push(para(scope(answers)));

    if !doc.found.is_empty() {
        out.push(heading(2, FILES_SHOWED));
        out.push(Block::List(doc.found.iter().map(|f| (found_line(f), Vec::new())).collect()));
    }

    out.push(heading(2, H_ANSWERS));
    if answers.answered() == 0 {
        out.push(para(NOTHING_ANSWERED.to_string()));
    } else {
        let rows = QUESTIONS
            .iter()
            .enumerate()
            .filter_map(|(qi, q)| {
                let o = answers.choice(qi)?;
                Some(vec![vec![text(q.title)], vec![text(q.options[o].label)], vec![text(answers.importance(qi).id())]])
            })
            .collect();
        out.push(Block::Table(vec!["Question", "Answer", "Importance"], rows));
        let skipped: Vec<&str> =
            QUESTIONS.iter().enumerate().filter(|(qi, _)| answers.choice(*qi).is_none()).map(|(_, q)| q.title).collect();
        if !skipped.is_empty() {
            out.push(para(format!("{NOT_ANSWERED} ({}): {}.", skipped.len(), skipped.join(", "))));
        }
    }

    out.push(heading(2, H_DECIDED));
    if a.contributions.is_empty() {
        out.push(para("Nothing contributes yet.".into()));
    }
    let needs = a.needs();
    if !needs.is_empty() {
        out.push(heading(3, NEEDS_TITLE));
        let items = needs
            .iter()
            .map(|row| {
                let points = points_list(row.points).unwrap_or_else(|| NO_POINTS.to_string());
                let covered = row.need.covered_by().map(|(d, f)| format!(" Django: {d}. Flask: {f}.")).unwrap_or_default();
                let head = vec![Span::Strong(row.need.name().to_string()), text(format!(" ({points}).{covered}"))];
                let subs: Vec<Line> = row.contributions.iter().filter(|c| c.set_aside.is_none()).map(|c| reasoned(c, false)).collect();
                (head, subs)
            })
            .collect();
        out.push(Block::List(items));
        // The answers that asked for a need but count nothing for it: each
        // once, with the needs it spoke to and why it counts nothing.
        let mut aside: Vec<(&Contribution, Vec<&str>)> = Vec::new();
        for row in &needs {
            for c in row.contributions.iter().filter(|c| c.set_aside.is_some()) {
                match aside.iter_mut().find(|(d, _)| d.question == c.question && d.set_aside == c.set_aside) {
                    Some((_, names)) => names.push(row.need.name()),
                    None => aside.push((c, vec![row.need.name()])),
                }
            }
        }
        if !aside.is_empty() {
            out.push(para(format!("{ALSO_ASKED}:")));
            let items = aside
                .into_iter()
                .map(|(c, names)| {
                    let why = match c.set_aside {
                        Some(SetAside::RunningSystem) => SET_ASIDE_RUNNING,
                        _ => SET_ASIDE_ONCE,
                    };
                    let needs: Vec<String> = names.iter().map(|n| lower_first(n)).collect();
                    let line = format!("{}: {} \u{2014} {FOR_NEEDS} {}, {why}.", c.question().title, c.choice().label, needs.join(", "));
                    (vec![text(line)], Vec::new())
                })
                .collect();
            out.push(Block::List(items));
        }
    }
    let factors: Vec<&Contribution> = a.factors().filter(|c| !c.is_neutral()).collect();
    if !factors.is_empty() {
        out.push(heading(3, FACTORS_TITLE));
        out.push(Block::List(factors.into_iter().map(|c| (reasoned(c, true), Vec::new())).collect()));
    }
    let neutral: Vec<&Contribution> = a.factors().filter(|c| c.is_neutral()).collect();
    if !neutral.is_empty() {
        out.push(heading(3, NEUTRAL_TITLE));
        let items = neutral
            .into_iter()
            .map(|c| {
                let line = vec![
                    Span::Strong(format!("{}: {}", c.question().title, c.choice().label)),
                    text(format!(". {} ", c.effect().reason)),
                    cites(c.effect().sources),
                ];
                (line, Vec::new())
            })
            .collect();
        out.push(Block::List(items));
    }

    if a.recommendation.is_some() {
        out.push(heading(2, H_RISKS));
        // Facts of the project (is there running code, how much would a
        // rewrite throw away) are not choices to reconsider.
        let hinges: Vec<_> =
            hinges(answers, 6).into_iter().filter(|h| !FACT_QUESTIONS.contains(&QUESTIONS[h.question].id)).take(3).collect();
        if hinges.is_empty() {
            out.push(para(WHATIF_NO_HINGES.to_string()));
        } else {
            out.push(para(HINGES_INTRO.to_string()));
            let items = hinges
                .iter()
                .map(|h| {
                    let q = &QUESTIONS[h.question];
                    let line = vec![
                        Span::Strong(q.title.to_string()),
                        text(format!(
                            ": {ANSWERING} \u{201c}{}\u{201d} instead {}. {}",
                            q.options[h.alternative].label,
                            h.effect(),
                            h.share_sentence()
                        )),
                    ];
                    (line, Vec::new())
                })
                .collect();
            out.push(Block::List(items));
        }
    }

    let list = build_list(answers);
    let rows = list.counted_rows();
    if !rows.is_empty() {
        out.push(heading(2, H_BUILD));
        let (before, counted, after) = build_count(&list.text, list.count);
        // The list's note speaks of the page's table (its marks, "this page"); the document lists only the counted rows.
        out.push(para(format!("{before}{counted}{after}")));
        let table = rows
            .iter()
            .map(|c| {
                let flask = match c.outside_sources {
                    Some(o) => format!("{}; {} {o}", c.flask, lower_first(OUTSIDE_SOURCES)),
                    None => c.flask.to_string(),
                };
                vec![vec![text(c.name)], vec![text(c.django)], vec![text(flask)], vec![cites(c.sources)]]
            })
            .collect();
        out.push(Block::Table(vec!["Capability", "Django", "Flask", "Sources"], table));
    }

    let notes = disagreements(answers);
    if !notes.is_empty() {
        out.push(heading(2, H_DISAGREE));
        out.push(para(DISAGREE_INTRO.to_string()));
        let items = notes
            .into_iter()
            .map(|k| {
                let subs = vec![
                    vec![text(format!("{} ", k.side_a.text)), cites(k.side_a.sources)],
                    vec![text(format!("{} ", k.side_b.text)), cites(k.side_b.sources)],
                    vec![text(format!("{HANDLING} {}", k.handling))],
                ];
                (vec![Span::Strong(format!("{}.", upper_first(k.topic)))], subs)
            })
            .collect();
        out.push(Block::List(items));
    }
    let fixes = corrections(answers, &rows);
    if !fixes.is_empty() {
        out.push(heading(2, H_CORRECTIONS));
        out.push(para(CORRECTIONS_INTRO.to_string()));
        out.push(Block::List(fixes.into_iter().map(|b| (correction(b), Vec::new())).collect()));
    }

    out.push(heading(2, H_SOURCES));
    out.push(Block::List(SOURCES.iter().map(|s| (source_spans(s), Vec::new())).collect()));
    out.push(heading(2, H_LINK));
    out.push(Block::Para(vec![Span::Url(doc.share_link.to_string())]));
    out.push(para(LINK_NOTE.to_string()));
    out
}

/// A framework or library found in the files, as a line (see [`files_showed`]).
fn found_line(f: &FrameworkFound) -> Line {
    let mut line = vec![Span::User(format!("{} {}", f.name, f.version))];
    if let Some(support) = &f.support {
        line.push(text(format!(" {support}")));
    }
    if let Some((name, url)) = &f.reference {
        line.push(text(format!(". {BEYOND_LABEL}: ")));
        line.push(Span::Link(name.clone(), url.clone()));
    }
    line
}

/// A source as a line: tag, title, publisher, author and date (or that the article does not state them).
fn source_spans(s: &Source) -> Line {
    let [publisher, author, date] = SOURCE_FIELDS;
    let field = |label: &str, value: Option<&str>, missing: &str| value.map_or(missing.to_string(), |v| format!("{label}: {v}"));
    vec![
        text(format!("\\[{}\\] ", s.tag)),
        Span::Em(s.title.to_string()),
        text(format!(
            ". {}; {}; {}.",
            field(publisher, s.publisher, &upper_first(PUBLISHER_NOT_STATED)),
            field(author, s.author, AUTHOR_NOT_STATED),
            field(date, s.date, DATE_NOT_STATED)
        )),
    ]
}

/// The Markdown report of a [`Document`] (CommonMark with GFM tables): [`blocks`] as Markdown.
pub fn report(doc: &Document) -> String {
    document::markdown(&blocks(doc))
}

/// The report of a [`Document`] as HTML, for the printout: [`blocks`] as HTML.
pub fn report_html(doc: &Document) -> String {
    document::html(&blocks(doc))
}
