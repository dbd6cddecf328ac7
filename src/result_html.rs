//! The parts of the result that depend only on the assessment, as HTML
//! strings: one renderer shared by the live app (`ui::result`, which sets
//! them as inner HTML), the page rendered at build time, and the small
//! first-answer module (`src/bin/early_scoring.rs`) that scores answers given
//! before the app has loaded. Being one function, the three cannot differ,
//! so nothing moves when the app takes over the page.
//!
//! Every text is escaped ([`escape`]); the only attribute values are ids
//! and labels of the knowledge base. No `style` attribute is written (the
//! page's Content-Security-Policy allows none): a bar's width is a
//! `data-width` percentage that the page applies through the CSS object
//! model.

use crate::answers::Answers;
use crate::engine::{format_score, Assessment, QUESTION_COUNT};
use crate::format::{bar_scores, below_zero, hybrid_parts, lead, points_phrase};
use crate::knowledge::method::{CLOSE_CALL, FRAMEWORK_SUMMARY, HYBRID_CAVEAT, HYBRID_WITHHELD, NO_RECOMMENDATION, NO_RECOMMENDATION_HINT};
use crate::knowledge::{Framework, SourceId, Tier, QUESTIONS};

/// `text` with `&`, `<`, `>`, `"` and `'` replaced by character
/// references, safe in element content and in quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The recommendation's id for `data-recommendation`: a framework id, or
/// `"none"`.
pub fn recommendation_id(a: &Assessment) -> &'static str {
    a.recommendation.map(Framework::id).unwrap_or("none")
}

/// Citation links, `[000]`, each to its entry in the Sources tab
/// (`#source-000`); the live app opens the tab on click.
pub fn cites(sources: &[SourceId]) -> String {
    let links: String = sources
        .iter()
        .map(|s| {
            let src = s.source();
            let (tag, title) = (escape(src.tag), escape(src.title));
            format!(r##"<a class="cite" href="#source-{tag}" title="{title}" aria-label="Source {tag}: {title}">[{tag}]</a>"##)
        })
        .collect();
    format!(r#"<span class="cites">{links}</span>"#)
}

/// The inside of the recommendation box: the recommended framework's name
/// (or that there is none yet) and what it means.
pub fn recommendation(a: &Assessment) -> String {
    let (name, summary) = match a.recommendation {
        Some(f) => (f.name(), FRAMEWORK_SUMMARY[f.index()]),
        None => (NO_RECOMMENDATION, NO_RECOMMENDATION_HINT),
    };
    format!(r#"<p class="rec-name">{}</p><p class="rec-summary">{}</p>"#, escape(name), escape(summary))
}

/// What comes between the recommendation and the scores: the path for a
/// system already in use, the confidence with the lead, and the close-call
/// and hybrid notices. Empty when nothing applies.
pub fn before_scores(a: &Assessment) -> String {
    let mut html = String::new();
    if let Some((in_use, path)) = a.existing {
        let (head, text, sources) = path.text(in_use);
        html += &format!(
            r#"<div class="existing-path" data-path="{}" data-in-use="{}"><p><strong>Your {} system: {}</strong></p><p>{} {}</p></div>"#,
            path.id(),
            in_use.id(),
            escape(in_use.name()),
            escape(head),
            escape(text),
            cites(sources)
        );
    }
    if a.recommendation.is_some() {
        let level = a.confidence.label();
        html += &format!(
            r#"<p class="confidence" data-confidence="{level}">Confidence: <strong>{level}</strong> — {} ({} of {QUESTION_COUNT} questions answered). {}</p>"#,
            escape(a.confidence_reason()),
            a.answered,
            escape(&lead(a))
        );
    }
    if a.close_call {
        html += &format!(r#"<p class="notice warn" role="note"><strong>Close call. </strong>{}</p>"#, escape(CLOSE_CALL));
    }
    if a.recommendation == Some(Framework::Hybrid) {
        html += &format!(r#"<p class="notice info" role="note">{} {}</p>"#, escape(HYBRID_CAVEAT.0), cites(HYBRID_CAVEAT.1));
    } else if a.recommendation.is_some() && a.hybrid.separable_part {
        html += &format!(r#"<p class="notice" role="note">{}</p>"#, escape(&format!("{HYBRID_WITHHELD} {}.", a.hybrid.unmet().join("; "))));
    }
    html
}

/// The three score rows: name, bar and points, the recommended one marked
/// `winner`. A bar's width is in `data-width` (a percentage of the highest
/// score, 0 to 100).
pub fn scores(a: &Assessment) -> String {
    let max = a.scores.iter().copied().max().unwrap_or(0).max(1);
    Framework::ALL
        .iter()
        .map(|&f| {
            let s = a.score(f);
            let width = (s.max(0) * 100 + max / 2) / max;
            let winner = if a.recommendation == Some(f) { " winner" } else { "" };
            format!(
                r#"<li class="score{winner}" data-framework="{}"><span class="score-name">{}</span><span class="bar" aria-hidden="true"><span class="fill" data-width="{width}"></span></span><span class="score-value" data-score="{}">{}</span></li>"#,
                f.id(),
                escape(f.name()),
                format_score(s),
                escape(&points_phrase(s))
            )
        })
        .collect()
}

/// What follows the scores: the note on scores below zero and the hybrid's
/// parts. Empty when neither applies.
pub fn after_scores(a: &Assessment) -> String {
    let mut html = String::new();
    if let Some(text) = a.recommendation.and(below_zero(a.scores)) {
        html += &format!(r#"<p class="below-zero muted">{}</p>"#, escape(&text));
    }
    if let Some(text) = hybrid_parts(a) {
        let p = a.hybrid_parts;
        html += &format!(
            r#"<p class="hybrid-parts" data-core="{}" data-flask-parts="{}" data-pattern="{}">{}</p>"#,
            p.core,
            p.flask_parts,
            p.pattern,
            escape(&text)
        );
    }
    html
}

/// The questionnaire's count: "3 of 28 questions answered". Plain text.
pub fn progress(answers: &Answers) -> String {
    format!("{} of {} questions answered", answers.answered(), QUESTIONS.len())
}

/// The advanced group's count: "(1 of 12 answered)". Plain text.
pub fn advanced_progress(answers: &Answers) -> String {
    let advanced = || QUESTIONS.iter().enumerate().filter(|(_, q)| q.tier == Tier::Advanced);
    format!("({} of {} answered)", advanced().filter(|(qi, _)| answers.choice(*qi).is_some()).count(), advanced().count())
}

/// The summary bar's headline, e.g. "Django · high confidence", prefixed
/// while trying a change. Plain text.
pub fn sticky_head(a: &Assessment, trying: bool) -> String {
    let prefix = if trying { "Trying a change · " } else { "" };
    match a.recommendation {
        Some(f) => format!("{prefix}{} · {} confidence", f.name(), a.confidence.label()),
        None => format!("{prefix}No recommendation yet"),
    }
}

/// The summary bar's scores, with their words for screen readers; empty
/// while there is no recommendation.
pub fn sticky_scores(a: &Assessment) -> String {
    match a.recommendation {
        Some(_) => {
            format!(r#"<span class="sr-only">. Scores: </span><span class="sticky-scores">{}</span>"#, escape(&bar_scores(a.scores)))
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::assess;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(escape(r#"<a href="x" title='y'>&</a>"#), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    #[test]
    fn an_empty_assessment_has_no_confidence_and_empty_bars() {
        let a = assess(&Answers::new());
        assert_eq!(recommendation_id(&a), "none");
        assert!(before_scores(&a).is_empty());
        assert_eq!(scores(&a).matches(r#"data-width="0""#).count(), 3);
        assert!(sticky_scores(&a).is_empty());
    }
}
