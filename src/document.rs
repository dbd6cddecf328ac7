//! A small document model for what the user takes away (the report): blocks
//! of spans, written once and rendered two ways, as Markdown for the
//! download and as HTML for the printout, so the two never drift.
//!
//! Two kinds of text: [`Span::Text`] is the advisor's own wording (from the
//! knowledge base and the engine), written as Markdown-safe plain text, so
//! it goes into Markdown as it is; [`Span::User`] is text from the user or
//! the user's files (a name, a version), escaped with
//! [`escape`] in Markdown. Both are HTML-escaped in HTML, so
//! no text can add structure, links or markup to either rendering.

use crate::knowledge::SourceId;

/// A piece of inline text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// The advisor's own wording (Markdown-safe plain text).
    Text(String),
    /// Text from the user or the user's files, escaped in Markdown.
    User(String),
    /// Bold text (the advisor's own wording).
    Strong(String),
    /// Italic text (the advisor's own wording).
    Em(String),
    /// A link: its text (the advisor's own) and its address.
    Link(String, String),
    /// An address shown as itself.
    Url(String),
    /// Citations of the articles, in ascending order: `[000] [002]`.
    Cites(Vec<SourceId>),
}

/// A line of spans.
pub type Line = Vec<Span>;

/// A block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading of level 1 to 3.
    Heading(u8, Line),
    /// A paragraph.
    Para(Line),
    /// A set-off note (a block quote in Markdown).
    Note(Line),
    /// A list; each item may have sub-items (one level).
    List(Vec<(Line, Vec<Line>)>),
    /// A table: its header cells (plain text) and its rows of cells.
    Table(Vec<&'static str>, Vec<Vec<Line>>),
}

/// Escapes text for Markdown: `<`, `>` and `&` become HTML entities, other
/// characters that could start structure or links are backslash-escaped,
/// and line breaks become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '(' | ')' | '{' | '}' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Plain text of the advisor's.
pub fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

/// Sorted, without duplicates.
fn ascending(sources: &[SourceId]) -> Vec<SourceId> {
    let mut s = sources.to_vec();
    s.sort();
    s.dedup();
    s
}

/// Citations in ascending order.
pub fn cites(sources: &[SourceId]) -> Span {
    Span::Cites(ascending(sources))
}

fn md_span(s: &Span, in_table: bool) -> String {
    let out = match s {
        Span::Text(t) => t.clone(),
        Span::User(t) => escape(t),
        Span::Strong(t) => format!("**{t}**"),
        Span::Em(t) => format!("*{t}*"),
        Span::Link(t, url) => format!("[{}](<{url}>)", escape(t)),
        Span::Url(url) => format!("<{url}>"),
        Span::Cites(ids) => ids.iter().map(|s| format!("\\[{}\\]", s.source().tag)).collect::<Vec<_>>().join(" "),
    };
    if in_table {
        out.replace('|', "\\|").replace('\n', " ")
    } else {
        out
    }
}

/// The spans of a line, one after the other (spaces are part of the text).
fn md_line(line: &[Span], in_table: bool) -> String {
    line.iter().map(|s| md_span(s, in_table)).collect()
}

/// The document as Markdown (CommonMark with GFM tables).
pub fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading(level, line) => out.push_str(&format!("{} {}\n", "#".repeat(usize::from(*level)), md_line(line, false))),
            Block::Para(line) => out.push_str(&format!("{}\n", md_line(line, false))),
            Block::Note(line) => out.push_str(&format!("> {}\n", md_line(line, false))),
            Block::List(items) => {
                for (item, subs) in items {
                    out.push_str(&format!("- {}\n", md_line(item, false)));
                    for s in subs {
                        out.push_str(&format!("  - {}\n", md_line(s, false)));
                    }
                }
            }
            Block::Table(head, rows) => {
                out.push_str(&format!("| {} |\n", head.join(" | ")));
                out.push_str(&format!("|{}\n", "---|".repeat(head.len())));
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| md_line(c, true)).collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                }
            }
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// HTML-escapes text for element content and attribute values.
pub use crate::result_html::escape as html_escape;

/// Strips the Markdown escapes the advisor's wording uses (`\[`), for HTML.
fn plain(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
}

fn html_span(s: &Span) -> String {
    match s {
        Span::Text(t) => html_escape(&plain(t)),
        Span::User(t) => html_escape(t),
        Span::Strong(t) => format!("<strong>{}</strong>", html_escape(&plain(t))),
        Span::Em(t) => format!("<em>{}</em>", html_escape(&plain(t))),
        Span::Link(t, url) => format!("<a href=\"{}\">{}</a>", html_escape(url), html_escape(t)),
        Span::Url(url) => format!("<a href=\"{0}\">{0}</a>", html_escape(url)),
        Span::Cites(ids) => ids.iter().map(|s| format!("<span class=\"cite\">[{}]</span>", s.source().tag)).collect::<Vec<_>>().join(" "),
    }
}

fn html_line(line: &[Span]) -> String {
    line.iter().map(html_span).collect()
}

/// The document as HTML (no scripts, styles or event attributes: every text
/// is escaped), for the printout.
pub fn html(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading(level, line) => out.push_str(&format!("<h{level}>{}</h{level}>", html_line(line))),
            Block::Para(line) => out.push_str(&format!("<p>{}</p>", html_line(line))),
            Block::Note(line) => out.push_str(&format!("<p class=\"note\">{}</p>", html_line(line))),
            Block::List(items) => {
                out.push_str("<ul>");
                for (item, subs) in items {
                    out.push_str(&format!("<li>{}", html_line(item)));
                    if !subs.is_empty() {
                        out.push_str("<ul>");
                        for s in subs {
                            out.push_str(&format!("<li>{}</li>", html_line(s)));
                        }
                        out.push_str("</ul>");
                    }
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
            }
            Block::Table(head, rows) => {
                out.push_str("<table><thead><tr>");
                for h in head {
                    out.push_str(&format!("<th>{}</th>", html_escape(h)));
                }
                out.push_str("</tr></thead><tbody>");
                for row in rows {
                    out.push_str("<tr>");
                    for c in row {
                        out.push_str(&format!("<td>{}</td>", html_line(c)));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table>");
            }
        }
    }
    out
}
