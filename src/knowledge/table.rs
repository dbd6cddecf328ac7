//! The scoring table in Markdown, generated from the knowledge base so that
//! the README's copy can be checked against the data (see tests/readme.rs).

use super::{Cond, Framework, Tier, When, QUESTIONS};

fn cond(c: &Cond) -> String {
    match c {
        Cond::Is(q, o) => format!("{q}={o}"),
        Cond::Answered(q) => format!("{q} answered"),
        Cond::Any(cs) => cs.iter().map(cond).collect::<Vec<_>>().join(" or "),
        Cond::None(cs) => format!("not ({})", cs.iter().map(cond).collect::<Vec<_>>().join(" or ")),
        Cond::All(cs) => cs
            .iter()
            .map(|c| match c {
                Cond::Any(inner) if inner.len() > 1 => format!("({})", cond(c)),
                _ => cond(c),
            })
            .collect::<Vec<_>>()
            .join(" and "),
    }
}

fn points(p: [i8; 3]) -> String {
    let parts: Vec<String> =
        Framework::ALL.iter().zip(p).filter(|(_, v)| *v != 0).map(|(f, v)| format!("{}{v:+}", &f.name()[..1])).collect();
    if parts.is_empty() {
        "0".into()
    } else {
        parts.join(" ")
    }
}

/// One Markdown table: question id, tier, then each option id with its
/// points (`D+3`, `F+1 H+1`, `0`; conditional effects as `if …` and
/// `else …`), the rubric basis of each effect (see
/// [`super::rubric::basis`]), the option's evidence label and the needs its
/// effects count once under (see [`super::needs`]; `—` for none).
pub fn scoring_markdown() -> String {
    let mut out = String::from(
        "| Question | Tier | Option | Points | Basis (rubric) | Evidence | Counts once under |\n|---|---|---|---|---|---|---|\n",
    );
    for q in &QUESTIONS {
        let tier = if q.tier == Tier::Core { "core" } else { "advanced" };
        for (i, o) in q.options.iter().enumerate() {
            let mut pieces = Vec::new();
            let mut bases = Vec::new();
            let mut needs: Vec<&str> = Vec::new();
            for e in o.effects {
                if let Some(n) = e.need.map(|n| n.id()) {
                    if !needs.contains(&n) {
                        needs.push(n);
                    }
                }
                bases.push(super::rubric::basis(o, e));
                let p = points(e.points.as_array());
                pieces.push(match e.when {
                    When::Always => p,
                    When::If(c) => format!("{p} if {}", cond(&c)),
                    When::Otherwise => format!("else {p}"),
                });
            }
            let (qcol, tcol) = if i == 0 { (format!("`{}`", q.id), tier) } else { (String::new(), "") };
            out.push_str(&format!(
                "| {qcol} | {tcol} | `{}` | {} | {} | {} | {} |\n",
                o.id,
                pieces.join("; "),
                bases.join("; "),
                o.strength.label(),
                if needs.is_empty() { "—".to_string() } else { needs.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ") }
            ));
        }
    }
    out
}
