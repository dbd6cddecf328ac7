//! Native benchmarks of the engine (`make bench` runs them via `cargo bench`).
//! Also prints the share-link length of the largest possible assessment.

use django_flask_advisor::codec::share::{encode, MAX_NAME_BYTES};
use django_flask_advisor::engine::{assess, Answers, Importance};
use django_flask_advisor::knowledge::QUESTIONS;

fn all_answered() -> Answers {
    let mut a = Answers::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        a.set_choice(qi, Some(q.options.len() - 1));
        a.set_importance(qi, Importance::High);
    }
    a
}

fn main() {
    let longest_name = "Ž".repeat(MAX_NAME_BYTES / 2);
    println!("share_link_largest_chars {}", encode(&all_answered(), &longest_name).len());
    divan::main();
}

#[divan::bench]
fn assess_empty() -> usize {
    assess(divan::black_box(&Answers::new())).contributions.len()
}

#[divan::bench]
fn assess_all_answered(b: divan::Bencher) {
    let a = all_answered();
    b.bench(|| assess(divan::black_box(&a)).contributions.len());
}

#[divan::bench]
fn encode_share_link(b: divan::Bencher) {
    let a = all_answered();
    b.bench(|| encode(divan::black_box(&a), "Team A").len());
}

#[divan::bench]
fn whatif_search_all_answered(b: divan::Bencher) {
    let a = all_answered();
    b.bench(|| django_flask_advisor::whatif::stability(divan::black_box(&a)).evaluated);
}

#[divan::bench]
fn whatif_hinges_all_answered(b: divan::Bencher) {
    let a = all_answered();
    b.bench(|| django_flask_advisor::whatif::hinges(divan::black_box(&a), 3).len());
}
