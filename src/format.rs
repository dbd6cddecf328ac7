//! The formatters every view shares (the page, the Markdown report, the
//! decision record): points and scores in words, so that "+3 Django",
//! "1 point" and "Django 9 · Flask 2 · Hybrid 0" read the same everywhere.
//! Pure functions of the engine's figures (hundredths of a point).

use crate::engine::{format_points, format_score, Answers, Assessment, POINT};
use crate::knowledge::method::{HYBRID_PARTS, HYBRID_PARTS_INTRO, SCOPE, SCOPE_NOTES};
use crate::knowledge::{Framework, SourceId};

/// A counted noun: `count(1, "point", "points")` is `"1 point"`,
/// `count(3, "answer", "answers")` is `"3 answers"`.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

/// A score or margin in words: `"1 point"`, `"2.5 points"`, `"0 points"`.
pub fn points_phrase(hundredths: i32) -> String {
    let n = format_score(hundredths);
    if hundredths == POINT || hundredths == -POINT {
        format!("{n} point")
    } else {
        format!("{n} points")
    }
}

/// Signed points for one framework: `"+3 Django"`, `"-1.5 Hybrid"`.
pub fn framework_points(hundredths: i32, framework: Framework) -> String {
    format!("{} {}", format_points(hundredths), framework.name())
}

/// Every non-zero share of `[django, flask, hybrid]`, joined: `"+3 Django, +3 Hybrid"`;
/// `None` when all three are zero.
pub fn points_list(points: [i32; 3]) -> Option<String> {
    let parts: Vec<String> = Framework::ALL.iter().zip(points).filter(|(_, p)| *p != 0).map(|(f, p)| framework_points(p, *f)).collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The three scores in one line: `"Django 9 · Flask 2 · Hybrid 0"`.
pub fn score_summary(scores: [i32; 3]) -> String {
    Framework::ALL.iter().map(|f| format!("{} {}", f.name(), format_score(scores[f.index()]))).collect::<Vec<_>>().join(" · ")
}

/// Hybrid's score as its three parts, when a hybrid is possible and there is
/// a recommendation: `"Hybrid's score adds up: Django core 6 points + Flask
/// parts 2 points + coexistence pattern 0 points = 8 points."`.
pub fn hybrid_parts(a: &Assessment) -> Option<String> {
    let p = a.hybrid_parts;
    (p.possible && a.recommendation.is_some()).then(|| {
        let parts: Vec<String> =
            [p.core, p.flask_parts, p.pattern].iter().zip(HYBRID_PARTS).map(|(v, n)| format!("{n} {}", points_phrase(*v))).collect();
        format!("{HYBRID_PARTS_INTRO}: {} = {}.", parts.join(" + "), points_phrase(a.scores[2]))
    })
}

/// The scope statement, followed by the note of every answer where another
/// framework is a usual choice (see [`SCOPE_NOTES`]).
pub fn scope(answers: &Answers) -> String {
    SCOPE_NOTES.iter().filter(|(q, o, _)| answers.is(q, o)).fold(SCOPE.to_string(), |s, (_, _, t)| format!("{s} {t}"))
}

/// Citations in Markdown: `\\[000\\] \\[002\\]` (escaped so they are not links).
pub fn cite(sources: &[SourceId]) -> String {
    sources.iter().map(|s| format!("\\[{}\\]", s.source().tag)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(count(1, "point", "points"), "1 point");
        assert_eq!(count(0, "point", "points"), "0 points");
        assert_eq!(points_phrase(100), "1 point");
        assert_eq!(points_phrase(250), "2.5 points");
        assert_eq!(points_phrase(0), "0 points");
        assert_eq!(framework_points(300, Framework::Django), "+3 Django");
        assert_eq!(points_list([300, 0, 300]).as_deref(), Some("+3 Django, +3 Hybrid"));
        assert_eq!(points_list([0, 0, 0]), None);
        assert_eq!(score_summary([900, 200, 0]), "Django 9 · Flask 2 · Hybrid 0");
    }
}
