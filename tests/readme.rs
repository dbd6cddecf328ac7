//! The README's scoring table must match the knowledge base.
//! `UPDATE_README=1 cargo test --test readme` rewrites it.

use django_flask_advisor::knowledge::table::scoring_markdown;

const START: &str = "<!-- scoring-table:start -->\n";
const END: &str = "<!-- scoring-table:end -->";

#[test]
fn readme_scoring_table_matches_the_knowledge_base() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md is readable");
    let start = readme.find(START).expect("start marker") + START.len();
    let end = readme.find(END).expect("end marker");
    let table = scoring_markdown();
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{}{}", &readme[..start], table, &readme[end..]);
        std::fs::write(path, updated).expect("README.md is writable");
        return;
    }
    assert_eq!(&readme[start..end], table, "README scoring table is stale: run UPDATE_README=1 cargo test --test readme");
}
