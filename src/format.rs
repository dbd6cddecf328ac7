//! The formatters every view shares (the page, the Markdown report, the
//! decision record): points and scores in words, so that "+3 Django",
//! "1 point" and "Django 9 · Flask 2 · Hybrid 0" read the same everywhere.
//! Pure functions of the engine's figures (hundredths of a point).

use crate::engine::{format_points, format_score, Answers, Assessment, Contribution, TieBreak, POINT};
use crate::knowledge::method::{
    BELOW_ZERO, BELOW_ZERO_SHORT, CONTESTED_CAP, DEPENDS_ON_OTHERS, HYBRID_PARTS, HYBRID_PARTS_INTRO, MORE_WITH_OTHERS, SCOPE, SCOPE_NOTES,
    TIE_BASELINE, TIE_HYBRID, TIE_INCUMBENT, TIE_MORE_STRONG, TIE_TEAM_KNOWS,
};
use crate::knowledge::{Choice, Effect, Framework, SourceId, When};

/// A counted noun: `count(1, "point", "points")` is `"1 point"`,
/// `count(3, "answer", "answers")` is `"3 answers"`.
/// Numbers of 1,000 and more are grouped by thousands: `"6,121 variations"`.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{} {plural}", thousands(n))
    }
}

/// `6121` as `"6,121"`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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

/// Like [`points_list`], but "0 points" when none of the three moves: for a
/// table cell that must always say something.
pub fn points_cell(points: [i32; 3]) -> String {
    points_list(points).unwrap_or_else(|| points_phrase(0))
}

/// A result in a few words, for a list of saved profiles: "Django (9 points)",
/// or "No recommendation yet" when no answer moved a score.
pub fn result_summary(a: &Assessment) -> String {
    match a.recommendation {
        Some(f) => format!("{} ({})", f.name(), points_phrase(a.score(f))),
        None => "No recommendation yet".into(),
    }
}

/// The scores for the phone summary bar: `"Django 9 · Flask 2 · Hybrid 0"`;
/// a score below zero is written with a true minus sign and marked as
/// counting against (`"Hybrid −2 (against)"`), so that it does not read as
/// an error.
pub fn bar_scores(scores: [i32; 3]) -> String {
    Framework::ALL
        .iter()
        .map(|f| match scores[f.index()] {
            s if s < 0 => format!("{} \u{2212}{} {BELOW_ZERO_SHORT}", f.name(), format_score(-s)),
            s => format!("{} {}", f.name(), format_score(s)),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The note under the scores when some score is below zero, naming the
/// options: `"A score below zero means ...: Hybrid."`; `None` when no score is.
pub fn below_zero(scores: [i32; 3]) -> Option<String> {
    let names: Vec<&str> = Framework::ALL.iter().filter(|f| scores[f.index()] < 0).map(|f| f.name()).collect();
    let who = match names.as_slice() {
        [] => return None,
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!("{BELOW_ZERO}: {who}."))
}

/// The recommendation's lead over the runner-up as a sentence, or, on an
/// exact tie, the tie and the rule that settled it: `"Django leads Flask by
/// 3 points."`, `"Flask ties with Django at 5 points and goes first: more of
/// its points come from answers worth 2 points or more (3 such answers
/// against 2)."`. Empty without a recommendation.
pub fn lead(a: &Assessment) -> String {
    let (Some(winner), Some(runner_up)) = (a.recommendation, a.runner_up) else { return String::new() };
    let (w, r) = (winner.name(), runner_up.name());
    let Some(tie) = a.tie_break else {
        return format!("{w} leads {r} by {}.", points_phrase(a.margin));
    };
    let tied = format!("{w} ties with {r} at {} and goes first", points_phrase(a.score(winner)));
    match tie {
        TieBreak::HybridAtLeastBest => format!("{tied}: {TIE_HYBRID}."),
        TieBreak::MoreStrong(won, lost) => {
            format!("{tied}: {TIE_MORE_STRONG} ({} against {lost}).", count(won, "such answer", "such answers"))
        }
        TieBreak::DjangoBaseline(0) => format!("{tied}: neither has an answer worth 2 points or more, and {TIE_BASELINE}."),
        TieBreak::DjangoBaseline(n) => format!("{tied}: both have {n} of the answers worth 2 points or more, and {TIE_BASELINE}."),
        TieBreak::Incumbent => format!("{tied}: {TIE_INCUMBENT}."),
        TieBreak::TeamKnows => format!("{tied}: {TIE_TEAM_KNOWS}."),
    }
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

/// A file name for a download, after the assessment's name and the date:
/// `file_name("Billing platform", "report", "2026-11-28", "md")` is
/// `"billing-platform-report-2026-11-28.md"`. The name is reduced to
/// lower-case ASCII letters, digits and dashes; an empty or non-ASCII name
/// gives `assessment`. `kind` may be empty (`"billing-platform-2026-11-28.json"`).
pub fn file_name(name: &str, kind: &str, date: &str, extension: &str) -> String {
    let slug = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    let stem = if slug.is_empty() { "assessment" } else { &slug };
    [stem, kind, date].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("-") + "." + extension
}

/// The build list's count sentence: `"A Flask build of this profile
/// assembles and keeps up to date 1 component that Django ships with or
/// standardises."`, as `(before the count, the counted noun, after it)`.
pub fn build_count(text: &crate::knowledge::bom::CountText, n: usize) -> (String, String, String) {
    (text.before.to_string(), count(n, text.noun.0, text.noun.1), text.after.to_string())
}

/// The sources of a citation in the order every view shows them: ascending
/// by tag, each once (`[002, 000, 002]` is shown as `[000] [002]`).
pub fn cite_order(sources: &[SourceId]) -> Vec<SourceId> {
    let mut out = sources.to_vec();
    out.sort_unstable();
    out.dedup();
    out
}

/// `s` with its first letter lower-cased, to continue a sentence ("Stay on Flask…" after "Decision:").
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

/// `s` with its first letter upper-cased, to start a sentence or a list item.
pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Citations in Markdown: `\\[000\\] \\[002\\]` (escaped so they are not links),
/// in [`cite_order`].
pub fn cite(sources: &[SourceId]) -> String {
    cite_order(sources).iter().map(|s| format!("\\[{}\\]", s.source().tag)).collect::<Vec<_>>().join(" ")
}

/// The evidence label beside a contribution, which must agree with its
/// points: the rubric's grade of the effect that applied (not the option's
/// strongest), [`CONTESTED_CAP`] when another article contradicts it, and
/// no label at all when the answer moves no points (an answer with no
/// lean, an importance of ignore, or points set aside because a need
/// counts once or a running system has it), where the "no points" badge
/// and the reason for setting them aside say it all.
pub fn evidence_label(c: &Contribution) -> Option<&'static str> {
    if c.points == [0, 0, 0] {
        return None;
    }
    Some(match crate::knowledge::rubric::grade_effect(c.choice(), c.effect()).1 {
        crate::knowledge::Strength::Contested => CONTESTED_CAP,
        s => s.label(),
    })
}

/// The points an option gives, as its card shows them beside the label:
/// `"+3 Django, +1 Hybrid"`, `"0"` when it gives none. Points that depend
/// on other answers are given as their variants joined with "or" and
/// [`DEPENDS_ON_OTHERS`]; beside always-on points, with [`MORE_WITH_OTHERS`].
pub fn option_points(choice: &Choice) -> String {
    let describe = |p: [i8; 3]| points_list(p.map(|v| i32::from(v) * POINT)).unwrap_or_else(|| "0".into());
    let always: Vec<&Effect> = choice.effects.iter().filter(|e| matches!(e.when, When::Always)).collect();
    let conditional: Vec<&Effect> = choice.effects.iter().filter(|e| !matches!(e.when, When::Always)).collect();
    if conditional.is_empty() {
        return always.iter().map(|e| describe(e.points.as_array())).collect::<Vec<_>>().join("; ");
    }
    let mut variants: Vec<String> = conditional.iter().map(|e| describe(e.points.as_array())).collect();
    variants.dedup();
    if always.is_empty() {
        format!("{} {}", variants.join(" or "), DEPENDS_ON_OTHERS)
    } else {
        // Always-on points, plus points that other answers add.
        let base: Vec<String> = always.iter().map(|e| describe(e.points.as_array())).collect();
        format!("{}, {} {}", base.join("; "), variants.join(" or "), MORE_WITH_OTHERS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(count(1, "point", "points"), "1 point");
        assert_eq!(count(0, "point", "points"), "0 points");
        assert_eq!(count(6121, "variation", "variations"), "6,121 variations");
        assert_eq!(count(1_234_567, "x", "xs"), "1,234,567 xs");
        assert_eq!(count(999, "x", "xs"), "999 xs");
        assert_eq!(points_phrase(100), "1 point");
        assert_eq!(points_phrase(250), "2.5 points");
        assert_eq!(points_phrase(0), "0 points");
        assert_eq!(framework_points(300, Framework::Django), "+3 Django");
        assert_eq!(points_list([300, 0, 300]).as_deref(), Some("+3 Django, +3 Hybrid"));
        assert_eq!(points_list([0, 0, 0]), None);
        assert_eq!(points_cell([0, 0, 0]), "0 points");
        assert_eq!(points_cell([-150, 0, 200]), "-1.5 Django, +2 Hybrid");
    }

    #[test]
    fn a_result_in_a_few_words() {
        use crate::engine::assess;
        use crate::engine::Answers;
        assert_eq!(result_summary(&assess(&Answers::new())), "No recommendation yet");
        let a = assess(&Answers::new().with("app_type", "content_platform").with("admin_backoffice", "business_backoffice"));
        let f = a.recommendation.unwrap();
        assert_eq!(result_summary(&a), format!("{} ({})", f.name(), points_phrase(a.score(f))));
    }

    #[test]
    fn scores_below_zero_read_as_against() {
        assert_eq!(bar_scores([900, 200, 0]), "Django 9 · Flask 2 · Hybrid 0");
        assert_eq!(bar_scores([900, 200, -200]), "Django 9 · Flask 2 · Hybrid \u{2212}2 (against)");
        assert_eq!(below_zero([900, 200, 0]), None);
        assert!(below_zero([900, -100, -250]).unwrap().ends_with(": Flask and Hybrid."));
    }

    #[test]
    fn file_names_carry_the_name_and_the_date() {
        assert_eq!(file_name("Billing platform", "report", "2026-11-28", "md"), "billing-platform-report-2026-11-28.md");
        assert_eq!(file_name("  Été / 2027!  ", "decision-record", "2026-11-28", "md"), "t-2027-decision-record-2026-11-28.md");
        assert_eq!(file_name("", "", "2026-11-28", "json"), "assessment-2026-11-28.json");
        assert_eq!(file_name("日本", "report", "2026-11-28", "md"), "assessment-report-2026-11-28.md");
    }
}
