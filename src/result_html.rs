//! The parts of the result that depend only on the assessment: as HTML
//! strings for the small first-answer module (`src/bin/early_scoring.rs`),
//! which scores answers given before the app has loaded, and as plain parts
//! ([`score_rows`], [`confidence`], [`existing_path`], [`notices`]) from
//! which those strings are made. The live app (`ui::result`, also rendered
//! at build time) sets the recommendation and what follows the scores as
//! inner HTML from the same functions, and builds the scores, the
//! confidence line and the summary bar's scores as views of the same parts
//! with the same markup, so that an answer change only sets the texts that
//! changed. The end-to-end take-over test (`tests/e2e/prerender.test.mjs`)
//! checks, for three sets of first answers (one with an existing system,
//! one recommending a hybrid), that the app shows exactly what the module
//! showed.
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
/// (`#source-000`), ascending and each once ([`crate::format::cite_order`]);
/// the live app opens the tab on click.
pub fn cites(sources: &[SourceId]) -> String {
    let links: String = crate::format::cite_order(sources)
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

/// The path for a system already in use, as [`before_scores`] writes it:
/// a `div.existing-path` with these attributes and inner HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExistingPath {
    /// The path's id (`data-path`).
    pub path: &'static str,
    /// The framework in use (`data-in-use`).
    pub in_use: &'static str,
    /// The element's inner HTML (escaped, with citation links).
    pub inner: String,
}

/// The path for a system already in use, if the user has one.
pub fn existing_path(a: &Assessment) -> Option<ExistingPath> {
    let (in_use, path) = a.existing?;
    let (head, text, sources) = path.text(in_use);
    Some(ExistingPath {
        path: path.id(),
        in_use: in_use.id(),
        inner: format!(
            r#"<p><strong>Your {} system: {}</strong></p><p>{} {}</p>"#,
            escape(in_use.name()),
            escape(head),
            escape(text),
            cites(sources)
        ),
    })
}

/// The confidence line, as [`before_scores`] writes it: `p.confidence`
/// with `data-confidence` = `level`, then "Confidence: " `level` (in
/// `strong`), then [`confidence_middle`] (the reason and how many of the
/// [`QUESTION_COUNT`] questions are answered), then `lead`. Plain texts,
/// unescaped: the live app sets them as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confidence {
    /// "high", "medium" or "low".
    pub level: &'static str,
    /// Why the confidence is what it is.
    pub reason: &'static str,
    /// How many questions are answered.
    pub answered: usize,
    /// Who leads, and by how much.
    pub lead: String,
}

/// The confidence line; `None` while there is no recommendation.
pub fn confidence(a: &Assessment) -> Option<Confidence> {
    a.recommendation?;
    Some(Confidence { level: a.confidence.label(), reason: a.confidence_reason(), answered: a.answered, lead: lead(a) })
}

/// The text of the confidence line after "Confidence: " and its level:
/// " — reason (n of 28 questions answered). " (without the lead).
pub fn confidence_middle(c: &Confidence) -> String {
    format!(" — {} ({} of {QUESTION_COUNT} questions answered). ", c.reason, c.answered)
}

/// One notice under the confidence line, as [`before_scores`] writes it:
/// a `p` with `class` and `role="note"`, and this inner HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The paragraph's classes.
    pub class: &'static str,
    /// Its inner HTML (escaped, with citation links).
    pub inner: String,
}

/// The close-call and hybrid notices that apply, in order.
pub fn notices(a: &Assessment) -> Vec<Notice> {
    let mut out = Vec::new();
    if a.close_call {
        out.push(Notice { class: "notice warn", inner: format!("<strong>Close call. </strong>{}", escape(CLOSE_CALL)) });
    }
    if a.recommendation == Some(Framework::Hybrid) {
        out.push(Notice { class: "notice info", inner: format!("{} {}", escape(HYBRID_CAVEAT.0), cites(HYBRID_CAVEAT.1)) });
    } else if a.recommendation.is_some() && a.hybrid.considered {
        out.push(Notice { class: "notice", inner: escape(&format!("{HYBRID_WITHHELD} {}.", a.hybrid.unmet().join("; "))) });
    }
    out
}

/// What comes between the recommendation and the scores: the path for a
/// system already in use ([`existing_path`]), the confidence with the lead
/// ([`confidence`]), and the close-call and hybrid notices ([`notices`]).
/// Empty when nothing applies. The live app builds the same markup as a
/// view, so that an answer change sets the texts that changed.
pub fn before_scores(a: &Assessment) -> String {
    let mut html = String::new();
    if let Some(e) = existing_path(a) {
        html += &format!(r#"<div class="existing-path" data-path="{}" data-in-use="{}">{}</div>"#, e.path, e.in_use, e.inner);
    }
    if let Some(c) = confidence(a) {
        html += &format!(
            r#"<p class="confidence" data-confidence="{}">Confidence: <strong>{}</strong>{}{}</p>"#,
            c.level,
            c.level,
            escape(&confidence_middle(&c)),
            escape(&c.lead)
        );
    }
    for n in notices(a) {
        html += &format!(r#"<p class="{}" role="note">{}</p>"#, n.class, n.inner);
    }
    html
}

/// One score row, as [`scores`] writes it and the live app updates it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreRow {
    /// The framework's id (`data-framework`).
    pub framework: &'static str,
    /// The framework's name.
    pub name: &'static str,
    /// The bar's width, in percent of the highest score (0 to 100).
    pub width: i32,
    /// The score in points, as [`format_score`] writes it (`data-score`).
    pub score: String,
    /// The score in words, e.g. "12 points".
    pub phrase: String,
    /// True for the recommended framework (class `winner`).
    pub winner: bool,
}

/// The three score rows of `a`, in [`Framework::ALL`] order.
pub fn score_rows(a: &Assessment) -> [ScoreRow; 3] {
    let max = a.scores.iter().copied().max().unwrap_or(0).max(1);
    Framework::ALL.map(|f| {
        let s = a.score(f);
        ScoreRow {
            framework: f.id(),
            name: f.name(),
            width: (s.max(0) * 100 + max / 2) / max,
            score: format_score(s),
            phrase: points_phrase(s),
            winner: a.recommendation == Some(f),
        }
    })
}

/// The three score rows ([`score_rows`]): name, bar and points, the
/// recommended one marked `winner`. A bar's width is in `data-width` (a
/// percentage of the highest score, 0 to 100). The live app builds the
/// same markup as a view and updates its values in place.
pub fn scores(a: &Assessment) -> String {
    score_rows(a)
        .iter()
        .map(|r| {
            let winner = if r.winner { " winner" } else { "" };
            format!(
                r#"<li class="score{winner}" data-framework="{}"><span class="score-name">{}</span><span class="bar" aria-hidden="true"><span class="fill" data-width="{}"></span></span><span class="score-value" data-score="{}">{}</span></li>"#,
                r.framework,
                escape(r.name),
                r.width,
                r.score,
                escape(&r.phrase)
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
/// while there is no recommendation. The live app builds the same markup
/// as a view.
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
