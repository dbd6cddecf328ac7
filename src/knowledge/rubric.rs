//! The one rubric that gives every option its points and its evidence label.
//!
//! An effect's points are not chosen by taste. Each effect records how the
//! articles back the claim behind its lean ([`Support`]) and which articles
//! make that claim (its `sources`; the citation audit checks that each cited
//! article really does). [`grade`] turns that into points:
//!
//! | Support | Articles making the claim | Points | Label |
//! |---|---|---|---|
//! | argued with reasons (by at least one of them) | 2 or 3 | 3 | strong evidence |
//! | argued with reasons | 1 | 2 | moderate evidence |
//! | stated without reasons by all of them | 2 or 3 | 2 | moderate evidence |
//! | stated without reasons | 1 | 1 | weak evidence |
//! | hedged, implied, or softened by another answer | any | 1 | weak evidence |
//! | no lean | any | 0 | no lean |
//!
//! Two adjustments:
//! - A correction from beyond the articles that the effect states (the
//!   framework's own documentation or release notes, see [`super::beyond`])
//!   counts as one more source. Where it refutes an article's claim, the
//!   effect is written from the truth, so the refuted claim gives nothing.
//! - When another article contradicts the lean (the option carries a
//!   [`super::Contested`] note), the effect is capped at 1 point and labelled
//!   contested; the engine also keeps it at 1 point whatever the importance.
//!
//! An effect leans to one framework only (or to none); Hybrid's own effects
//! are the coexistence pattern of [001], and the engine adds the Django core
//! and the Flask parts to Hybrid when a hybrid is possible (see
//! [`crate::engine`]).

use super::{Choice, Effect, Strength};

/// How the cited articles back the claim behind an effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Support {
    /// The answer tips nothing: no article gives it a lean.
    NoLean,
    /// Hedged ("can", "may"), implied, derived from another claim, or a lean
    /// that another answer softens.
    Hedged,
    /// Said plainly, without reasons, by every article cited.
    Stated,
    /// Argued with reasons (a mechanism, an example or a case study) by at
    /// least one of the articles cited.
    Argued,
}

/// Points (before importance) and evidence label for an effect backed by
/// `support` from `sources` articles (plus one when it states a correction
/// from beyond the articles), capped when the option is `contested`.
///
/// Returns `(points, label)`; points are 0 to 3.
pub const fn grade(support: Support, sources: usize, contested: bool) -> (i8, Strength) {
    let (points, strength) = match support {
        Support::NoLean => (0, Strength::Neutral),
        Support::Hedged => (1, Strength::Weak),
        Support::Stated if sources >= 2 => (2, Strength::Moderate),
        Support::Stated => (1, Strength::Weak),
        Support::Argued if sources >= 2 => (3, Strength::Strong),
        Support::Argued => (2, Strength::Moderate),
    };
    if contested && points > 0 {
        (1, Strength::Contested)
    } else {
        (points, strength)
    }
}

/// The rubric's grade of one effect of `choice`.
pub fn grade_effect(choice: &Choice, effect: &Effect) -> (i8, Strength) {
    let sources = effect.sources.len() + usize::from(effect.beyond && choice.beyond.is_some());
    grade(effect.support, sources, choice.contested.is_some())
}

/// The label an option must carry: contested when a note caps it, otherwise
/// the strongest of its effects' labels (no lean when none leans).
pub fn option_strength(choice: &Choice) -> Strength {
    if choice.contested.is_some() {
        return Strength::Contested;
    }
    let rank = |s: Strength| match s {
        Strength::Neutral => 0,
        Strength::Weak => 1,
        Strength::Moderate => 2,
        Strength::Strong => 3,
        Strength::Contested => 4,
    };
    choice.effects.iter().map(|e| grade_effect(choice, e).1).max_by_key(|s| rank(*s)).unwrap_or(Strength::Neutral)
}

/// The rubric as a Markdown table, generated from [`grade`] so that the
/// README's copy can be checked against the code (see `tests/readme.rs`).
pub fn markdown() -> String {
    let rows: [(&str, Support, usize); 6] = [
        ("made by 2 or 3 articles, at least one arguing it with reasons", Support::Argued, 2),
        ("made by 1 article that argues it with reasons", Support::Argued, 1),
        ("made by 2 or 3 articles, none giving reasons", Support::Stated, 2),
        ("made by 1 article without reasons", Support::Stated, 1),
        ("hedged, implied, or softened by another answer", Support::Hedged, 1),
        ("no lean", Support::NoLean, 1),
    ];
    let mut out = String::from("| The claim behind the lean is | Points | Label |\n|---|---|---|\n");
    for (what, support, n) in rows {
        let (p, s) = grade(support, n, false);
        out.push_str(&format!("| {what} | {p} | {} |\n", s.label()));
    }
    let (p, s) = grade(Support::Argued, 3, true);
    out.push_str(&format!("| contradicted by another article (any of the above) | at most {p} | {} |\n", s.label()));
    out
}

/// Short description of an effect's basis for tables: `argued ×2`,
/// `stated ×1 + docs`, `hedged ×1`, `no lean`.
pub fn basis(choice: &Choice, effect: &Effect) -> String {
    let kind = match effect.support {
        Support::NoLean => return "no lean".into(),
        Support::Hedged => "hedged",
        Support::Stated => "stated",
        Support::Argued => "argued",
    };
    let docs = if effect.beyond && choice.beyond.is_some() { " + docs" } else { "" };
    format!("{kind} ×{}{docs}", effect.sources.len())
}
