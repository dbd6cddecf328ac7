//! The assessment as a Markdown report: recommendation, scores, confidence,
//! every contribution with its sources (and the disagreements and
//! corrections from beyond the articles that bear on it), the flowchart path
//! (and why it differs from the score, when it does), the bill of
//! materials, the KPIs to track and the share link. Pure, like the engine.
//!
//! Every sentence comes from the knowledge base or the engine; this module
//! only lays them out. Table cells have `|` escaped and line breaks folded,
//! and user text (the assessment's name) is escaped so that it cannot add
//! Markdown structure or HTML.

use crate::depfiles::FrameworkFound;
use crate::engine::{assess, format_score, Answers, Importance, SetAside, QUESTION_COUNT};
use crate::format::{build_count, cite, hybrid_parts, lead, points_list, scope};
use crate::knowledge::beyond::Beyond;
use crate::knowledge::guidance::{KpiBasis, KPIS};
use crate::knowledge::method::{
    BEYOND_LABEL, CLOSE_CALL, FRAMEWORK_SUMMARY, HYBRID_CAVEAT, HYBRID_WITHHELD, NO_POINTS, SET_ASIDE_ONCE, SET_ASIDE_RUNNING,
};
use crate::knowledge::packages::FILES_SHOWED;
use crate::knowledge::{notes_for, Choice, Contested, Framework, QUESTIONS, SOURCES};
use crate::profile_view::build_list;

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
/// claims what, what is true, and the reference as a link.
fn beyond_note(b: &Beyond) -> String {
    format!(
        "Beyond the articles. Claimed: {} {} Today: {} Reference: [{}](<{}>)",
        b.claim,
        cite(b.claimed_by),
        b.truth,
        escape(b.reference),
        b.url
    )
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// One Markdown list item's text per framework or core library found in
/// the project's files: name, version (escaped: it comes from the user's
/// file), support window and its reference, marked beyond the articles.
pub fn files_showed(found: &[FrameworkFound]) -> Vec<String> {
    found
        .iter()
        .map(|f| {
            let mut item = format!("{} {}", escape(&f.name), escape(&f.version));
            if let Some(support) = &f.support {
                item.push(' ');
                item.push_str(support);
            }
            if let Some((name, url)) = &f.reference {
                item.push_str(&format!(". {BEYOND_LABEL}: [{}](<{url}>)", escape(name)));
            }
            item
        })
        .collect()
}

/// The report of `answers`, titled with `name` (may be empty) and ending
/// with `share_link` (a full URL). Markdown (CommonMark with GFM tables).
pub fn markdown(answers: &Answers, name: &str, share_link: &str) -> String {
    markdown_with(answers, name, share_link, &[])
}

/// [`markdown`], with the frameworks and core libraries the project's
/// dependency files showed (from "Start from your code"; may be empty)
/// listed after the recommendation with their support windows.
pub fn markdown_with(answers: &Answers, name: &str, share_link: &str, found: &[FrameworkFound]) -> String {
    let a = assess(answers);
    let mut md = String::new();
    let mut line = |s: &str| {
        md.push_str(s);
        md.push('\n');
    };
    let title = if name.trim().is_empty() { "Assessment".to_string() } else { escape(name.trim()) };
    line(&format!("# Django/Flask Advisor report: {title}"));
    line("");
    match a.recommendation {
        Some(f) => {
            line(&format!("**Recommendation: {}.** {}", f.name(), FRAMEWORK_SUMMARY[f.index()]));
            line("");
            line(&format!(
                "Confidence: **{}** ({}), with {} of {} questions answered. {}",
                a.confidence.label(),
                a.confidence_reason(),
                a.answered,
                QUESTION_COUNT,
                lead(&a),
            ));
            if let Some((in_use, path)) = a.existing {
                let (head, text, sources) = path.text(in_use);
                line("");
                line(&format!("**Your {} system: {head}.** {text} {}", in_use.name(), cite(sources)));
            }
            if a.close_call {
                line("");
                line(&format!("> **Close call.** {CLOSE_CALL}"));
            }
            if f == Framework::Hybrid {
                line("");
                line(&format!("> {} {}", HYBRID_CAVEAT.0, cite(HYBRID_CAVEAT.1)));
            } else if a.hybrid.considered {
                line("");
                line(&format!("{HYBRID_WITHHELD} {}.", a.hybrid.unmet().join("; ")));
            }
        }
        None => line("**No recommendation yet:** no answer has moved a score."),
    }
    if !found.is_empty() {
        line("");
        line(&format!("## {FILES_SHOWED}"));
        line("");
        for item in files_showed(found) {
            line(&format!("- {item}"));
        }
    }
    line("");
    line("## Scores");
    line("");
    line("| Option | Score |");
    line("|---|---:|");
    for f in Framework::ALL {
        let mark = if a.recommendation == Some(f) { " (recommended)" } else { "" };
        line(&format!("| {}{mark} | {} |", f.name(), format_score(a.score(f))));
    }
    line("");
    if let Some(parts) = hybrid_parts(&a) {
        line(&parts);
        line("");
    }
    line(&scope(answers));
    line("");
    line("## Answers");
    line("");
    line("| Question | Answer | Importance |");
    line("|---|---|---|");
    for (qi, q) in QUESTIONS.iter().enumerate() {
        let answer = answers.choice(qi).map_or("(skipped)", |o| q.options[o].label);
        let importance = if answers.choice(qi).is_some() { answers.importance(qi).id() } else { "" };
        line(&format!("| {} | {} | {} |", cell(q.title), cell(answer), importance));
    }
    line("");
    line("## Why: every contribution, largest first");
    line("");
    if a.contributions.is_empty() {
        line("Nothing contributes yet.");
    }
    for (i, c) in a.contributions.iter().enumerate() {
        let points = points_list(c.points).unwrap_or_else(|| NO_POINTS.to_string());
        let importance = if c.importance == Importance::Normal { String::new() } else { format!(", importance {}", c.importance.id()) };
        let set_aside = match c.set_aside {
            Some(SetAside::CountedOnce) => format!("; {SET_ASIDE_ONCE}"),
            Some(SetAside::RunningSystem) => format!("; {SET_ASIDE_RUNNING}"),
            None => String::new(),
        };
        let effect = c.effect();
        line(&format!(
            "{}. **{}: {}** ({points}{importance}; {}{set_aside}). {} {}",
            i + 1,
            c.question().title,
            c.choice().label,
            c.choice().strength.label(),
            effect.reason,
            cite(effect.sources)
        ));
        // An option with several contributions shows its notes once, under
        // the first (largest) of them.
        if a.contributions[..i].iter().any(|d| d.question == c.question) {
            continue;
        }
        let mut shown_beyond: Vec<&str> = Vec::new();
        for k in contested_notes(c.question().id, c.choice()) {
            line(&format!("   - The articles disagree: {}.", k.topic));
            line(&format!("     - {} {}", k.side_a.text, cite(k.side_a.sources)));
            line(&format!("     - {} {}", k.side_b.text, cite(k.side_b.sources)));
            line(&format!("     - How the advisor handles it: {}", k.handling));
            if let Some(b) = k.beyond {
                line(&format!("     - {}", beyond_note(b)));
                shown_beyond.push(b.id);
            }
        }
        if let Some(b) = c.choice().beyond.filter(|b| !shown_beyond.contains(&b.id)) {
            line(&format!("   - {}", beyond_note(b)));
        }
    }
    line("");
    line("## Decision flowchart path");
    line("");
    for (i, step) in a.flow.describe().iter().enumerate() {
        line(&format!("{}. {step}", i + 1));
    }
    if let Some(why) = a.flow.disagreement(a.recommendation) {
        line("");
        line(&format!("> **The chart and the score differ.** {why}"));
    }
    line("");
    line("## Bill of materials");
    line("");
    let list = build_list(answers);
    let (before, counted, after) = build_count(&list.text, list.count);
    line(&format!("{before}{counted}{after}"));
    if !list.text.note.is_empty() {
        line("");
        line(list.text.note);
    }
    line("");
    line("| Capability | Status | Django | Flask | Sources |");
    line("|---|---|---|---|---|");
    let mut corrections: Vec<&Beyond> = Vec::new();
    for (c, status) in list.rows.iter().filter(|(_, s)| s.shown()) {
        let flask = match c.outside_sources {
            Some(o) => format!("{} (common choice outside the sources: {o})", c.flask),
            None => c.flask.to_string(),
        };
        line(&format!("| {} | {} | {} | {} | {} |", cell(c.name), cell(&status.text(c)), cell(c.django), cell(&flask), cite(c.sources)));
        for b in c.beyond.iter().copied() {
            if !corrections.iter().any(|x| x.id == b.id) {
                corrections.push(b);
            }
        }
    }
    line("");
    for b in &corrections {
        line(&format!("- {}", beyond_note(b)));
    }
    if !corrections.is_empty() {
        line("");
    }
    line("## KPIs to track after launch");
    line("");
    for k in KPIS {
        let basis = match k.basis {
            KpiBasis::Named => "listed in one article's FAQ",
            KpiBasis::Implied => "implied, not listed as a KPI",
        };
        line(&format!("- **{}** ({basis}): {} {}", k.name, k.why, cite(k.sources)));
        for b in k.beyond {
            line(&format!("  - {}", beyond_note(b)));
        }
    }
    line("");
    line("## Sources");
    line("");
    for s in &SOURCES {
        line(&format!("- \\[{}\\] {}. {}.", s.tag, s.title, s.by));
    }
    line("");
    line("## Share link");
    line("");
    line(&format!("<{share_link}>"));
    md
}
