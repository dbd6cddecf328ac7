//! Lock files in TOML: `poetry.lock` and `uv.lock`, each a list of
//! `[[package]]` tables with `name` and `version`. In `uv.lock`, the
//! project's own entry (an editable or virtual source) is skipped.

use toml::Value;

use super::pyproject::table_or_problem;
use super::{find_line, Dependency, DepfileError, Parsed};

fn packages(text: &str, skip_own: bool) -> Parsed {
    let mut out = Parsed::default();
    let Some(root) = table_or_problem(text, &mut out) else { return out };
    let Some(list) = root.get("package") else {
        return out;
    };
    let Some(list) = list.as_array() else {
        out.problems.push((find_line(text, "package"), DepfileError::Shape("package".into())));
        return out;
    };
    for p in list {
        let Some(name) = p.get("name").and_then(Value::as_str) else {
            out.problems.push((None, DepfileError::Shape("package.name".into())));
            continue;
        };
        let own = p.get("source").and_then(Value::as_table).is_some_and(|s| s.contains_key("editable") || s.contains_key("virtual"));
        if skip_own && own {
            continue;
        }
        let version = p.get("version").and_then(Value::as_str).map(str::to_string);
        let line = find_line(text, &format!("\nname = \"{name}\"")).map(|l| l + 1);
        out.dependencies.push(Dependency { name: name.to_string(), spec: version.clone().unwrap_or_default(), pinned: version, line });
    }
    out
}

/// Reads a `poetry.lock`. Never fails: problems are listed.
pub fn parse_poetry(text: &str) -> Parsed {
    packages(text, false)
}

/// Reads a `uv.lock`. Never fails: problems are listed.
pub fn parse_uv(text: &str) -> Parsed {
    packages(text, true)
}
