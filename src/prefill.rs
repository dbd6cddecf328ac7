//! Readable prefill links: `?app_type=api_backend&team_seniority=mostly_senior`.
//!
//! Each query parameter names a question id and its value an option id. An
//! importance can be given as `importance.<question>=<ignore|low|normal|high>`.
//! Unknown parameters and values are reported and skipped; the rest applies.

use crate::engine::{Answers, Importance};
use crate::knowledge::{question_index, QUESTIONS};

/// A parameter of a prefill link that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The parameter name as given.
    pub name: String,
    /// The value as given.
    pub value: String,
    /// Why it was skipped, as a sentence for the user.
    pub reason: String,
}

/// Applies decoded `(name, value)` pairs on top of `answers`.
///
/// Returns the parameters that were skipped (unknown question, unknown
/// option, unknown importance). A later pair for the same question wins.
pub fn apply<'a>(answers: &mut Answers, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<Skipped> {
    let mut skipped = Vec::new();
    for (name, value) in pairs {
        let skip = |reason: String| Skipped { name: name.to_string(), value: value.to_string(), reason };
        if let Some(q) = name.strip_prefix("importance.") {
            match (question_index(q), Importance::from_id(value)) {
                (Some(qi), Some(imp)) => answers.set_importance(qi, imp),
                (None, _) => skipped.push(skip(format!("there is no question called \"{q}\""))),
                (Some(_), None) => skipped.push(skip(format!("\"{value}\" is not an importance; use ignore, low, normal or high"))),
            }
            continue;
        }
        if let Err(e) = answers.set_by_id(name, value) {
            let reason = match question_index(name) {
                Some(qi) => format!("{e}; the options are {}", QUESTIONS[qi].options.iter().map(|o| o.id).collect::<Vec<_>>().join(", ")),
                None => e.to_string(),
            };
            skipped.push(skip(reason));
        }
    }
    skipped
}

/// The prefill query of `answers`, without its `?`:
/// `question=option` for every answer, then
/// `importance.question=level` for every importance that is not normal, in
/// question order. Every name and value is an id (URL-safe as it is), so
/// [`apply`] reads it back into the same answers.
pub fn query(answers: &Answers) -> String {
    let mut parts = Vec::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        if let Some(oi) = answers.choice(qi) {
            parts.push(format!("{}={}", q.id, q.options[oi].id));
        }
    }
    for (qi, q) in QUESTIONS.iter().enumerate() {
        let imp = answers.importance(qi);
        if imp != Importance::Normal {
            parts.push(format!("importance.{}={}", q.id, imp.id()));
        }
    }
    parts.join("&")
}
