//! Prints the assessment of a profile given as `question=option` arguments
//! (`importance.question=high` sets an importance): scores, recommendation,
//! confidence, the path for a running system, the flowchart's leaf, then
//! every need with its answers and every context factor.
//!
//! `cargo run --example profile -- existing_codebase=existing_flask admin_backoffice=business_backoffice`
//!
//! With `--report` or `--record` first, prints the Markdown report or the
//! decision record (MADR) of the profile instead.

use django_flask_advisor::engine::{assess, format_score, Answers, Contribution, Importance};
use django_flask_advisor::knowledge::question_index;
use django_flask_advisor::madr::madr;
use django_flask_advisor::report::markdown;

fn line(c: &Contribution) -> String {
    let set_aside = c.set_aside.map_or(String::new(), |s| format!(" [set aside: {s:?}, raw {:?}]", c.raw));
    format!("{}={} {:?}{set_aside}: {}", c.question().id, c.choice().id, c.points, c.effect().reason)
}

fn main() {
    let mut answers = Answers::new();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let document = args.first().filter(|a| a.starts_with("--")).cloned();
    if document.is_some() {
        args.remove(0);
    }
    for arg in args {
        let Some((q, o)) = arg.split_once('=') else {
            eprintln!("not question=option: {arg}");
            std::process::exit(2);
        };
        if let Some(q) = q.strip_prefix("importance.") {
            match (question_index(q), Importance::from_id(o)) {
                (Some(qi), Some(i)) => answers.set_importance(qi, i),
                _ => {
                    eprintln!("unknown importance: {arg}");
                    std::process::exit(2);
                }
            }
        } else if let Err(e) = answers.set_by_id(q, o) {
            eprintln!("{arg}: {e}");
            std::process::exit(2);
        }
    }
    match document.as_deref() {
        Some("--report") => return print!("{}", markdown(&answers, "Example", "https://example.test/#s2.example")),
        Some("--record") => return print!("{}", madr(&answers, "Example", "https://example.test/#s2.example", "2026-12-07")),
        Some(other) => {
            eprintln!("unknown option: {other} (--report or --record)");
            std::process::exit(2);
        }
        None => {}
    }
    let a = assess(&answers);
    let [d, f, h] = a.scores.map(format_score);
    println!("scores: Django {d} · Flask {f} · Hybrid {h}");
    println!("recommendation: {:?} (runner-up {:?}, tie-break {:?})", a.recommendation, a.runner_up, a.tie_break);
    println!("confidence: {} ({})", a.confidence.label(), a.confidence_reason());
    println!("existing system: {:?}", a.existing);
    println!("hybrid gate: {:?}", a.hybrid);
    println!("flowchart: {}", a.flow.end().id);
    for row in a.needs() {
        println!("need {} {:?}", row.need.id(), row.points);
        for c in &row.contributions {
            println!("  {}", line(c));
        }
    }
    for c in a.factors() {
        println!("factor {}", line(c));
    }
}
