//! Pipenv's `Pipfile` (TOML: `[packages]` and `[dev-packages]`, each
//! `name = "spec"` or a table) and `Pipfile.lock` (JSON: `default` and
//! `develop`, each name to `{ "version": "==x.y" }`), read with `toml` and
//! `serde_json`. The development sections are a [`GroupKind::Development`] group.

use serde_json::Value;

use super::error::first_line;
use super::pyproject::{name_table, table};
use super::{find_line, Dependency, DepfileError, Group, GroupKind, Parsed, Scope};

/// Reads a `Pipfile`. Never fails: problems are listed.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    match table(text) {
        Ok(root) => {
            for key in ["packages", "dev-packages"] {
                if let Some(v) = root.get(key) {
                    let scope = if key == "packages" { Scope::Main } else { Scope::Group(Group::new(GroupKind::Development, key)) };
                    name_table(text, key, v, &scope, &mut out);
                }
            }
        }
        Err(p) => out.problems.push(p),
    }
    out
}

/// Reads a `Pipfile.lock`. Never fails: problems are listed.
pub fn parse_lock(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.problems.push((Some(e.line()).filter(|&l| l > 0), DepfileError::Json(first_line(&e.to_string()))));
            return out;
        }
    };
    for key in ["default", "develop"] {
        match root.get(key) {
            None => {}
            Some(Value::Object(m)) => {
                let scope = if key == "default" { Scope::Main } else { Scope::Group(Group::new(GroupKind::Development, key)) };
                for (name, v) in m {
                    let version = v.get("version").and_then(Value::as_str).unwrap_or("");
                    let pinned = version.strip_prefix("==").map(str::to_string);
                    out.dependencies.push(Dependency {
                        name: name.clone(),
                        pinned,
                        spec: version.to_string(),
                        line: find_line(text, &format!("\"{name}\"")),
                        scope: scope.clone(),
                        transitive: false,
                    });
                }
            }
            Some(_) => out.problems.push((find_line(text, &format!("\"{key}\"")), DepfileError::Shape(key.to_string()))),
        }
    }
    out
}
