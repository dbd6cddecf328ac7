//! What the current profile makes relevant: highlighted comparison rows and
//! the bill of materials. Pure functions over [`Answers`].

use crate::engine::Answers;
use crate::knowledge::bom::{Capability, CAPABILITIES};
use crate::knowledge::tables::TABLES;

/// The rows relevant to `answers`, as `(table index, row index, reason)`,
/// in table order. A row's first matching relevance gives the reason.
pub fn relevant_rows(answers: &Answers) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    for (ti, t) in TABLES.iter().enumerate() {
        for (ri, r) in t.rows.iter().enumerate() {
            if let Some(rel) = r.relevant.iter().find(|rel| answers.holds(&rel.when)) {
                out.push((ti, ri, rel.reason));
            }
        }
    }
    out
}

/// The capabilities this profile needs: the ones every web system needs
/// plus those its answers call for.
pub fn needed_capabilities(answers: &Answers) -> Vec<&'static Capability> {
    CAPABILITIES
        .iter()
        .filter(|c| c.needed_when.as_ref().is_none_or(|w| answers.holds(w)))
        .collect()
}

/// How many components a Flask build of this profile must add and keep up
/// to date itself (needed capabilities not covered by Flask's core).
pub fn flask_components(answers: &Answers) -> usize {
    needed_capabilities(answers).iter().filter(|c| c.cover.is_flask_extra()).count()
}
