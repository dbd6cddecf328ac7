//! The README's scoring table must match the knowledge base.
//! `UPDATE_README=1 cargo test --test readme` rewrites it.

use django_flask_advisor::knowledge::rubric;
use django_flask_advisor::knowledge::table::scoring_markdown;

/// Checks (or, with UPDATE_README set, rewrites) the generated block between
/// `<!-- {name}:start -->` and `<!-- {name}:end -->`.
fn check_block(name: &str, content: &str) {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md is readable");
    let start_marker = format!("<!-- {name}:start -->\n");
    let end_marker = format!("<!-- {name}:end -->");
    let start = readme.find(&start_marker).unwrap_or_else(|| panic!("{name} start marker")) + start_marker.len();
    let end = readme.find(&end_marker).unwrap_or_else(|| panic!("{name} end marker"));
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{}{}", &readme[..start], content, &readme[end..]);
        std::fs::write(path, updated).expect("README.md is writable");
        return;
    }
    assert_eq!(&readme[start..end], content, "README {name} is stale: run UPDATE_README=1 cargo test --test readme");
}

#[test]
fn readme_scoring_table_matches_the_knowledge_base() {
    check_block("scoring-table", &scoring_markdown());
}

#[test]
fn readme_rubric_is_the_rubric_the_code_applies() {
    check_block("rubric", &rubric::markdown());
}
