//! `pyproject.toml`: PEP 621 `[project] dependencies` and
//! `[project.optional-dependencies]`, PEP 735 `[dependency-groups]`, and
//! Poetry's `[tool.poetry.dependencies]`, `[tool.poetry.dev-dependencies]` and
//! `[tool.poetry.group.<name>.dependencies]`. TOML is read by `toml`,
//! requirement strings by `pep508_rs`.

use toml::{Table, Value};

use super::error::first_line;
use super::requirements::requirement;
use super::{find_line, line_of, Dependency, DepfileError, Parsed};

/// Reads TOML text into a table.
///
/// # Errors
/// [`DepfileError::Toml`] with the 1-based line of the fault, where the parser gives one.
pub fn table(text: &str) -> Result<Table, (Option<usize>, DepfileError)> {
    text.parse::<Table>().map_err(|e| (e.span().map(|s| line_of(text, s.start)), DepfileError::Toml(first_line(e.message()))))
}

/// [`table`], with a TOML error recorded as a problem of `out` (then `None`).
pub fn table_or_problem(text: &str, out: &mut Parsed) -> Option<Table> {
    table(text).map_err(|p| out.problems.push(p)).ok()
}

/// Reads a list of PEP 508 strings at `key` into `out`.
fn pep508_list(text: &str, key: &str, value: &Value, out: &mut Parsed) {
    let Some(items) = value.as_array() else {
        out.problems.push((find_line(text, key.rsplit('.').next().unwrap_or(key)), DepfileError::Shape(key.to_string())));
        return;
    };
    for item in items {
        match item {
            Value::String(s) => {
                let line = find_line(text, &format!("\"{s}\"")).or_else(|| find_line(text, s));
                match requirement(s, line) {
                    Ok(d) => out.dependencies.push(d),
                    Err(e) => out.problems.push((line, e)),
                }
            }
            // PEP 735 `{ include-group = "…" }`: the group is read on its own.
            Value::Table(t) if t.contains_key("include-group") => {}
            _ => out.problems.push((find_line(text, key.rsplit('.').next().unwrap_or(key)), DepfileError::Shape(key.to_string()))),
        }
    }
}

/// Poetry's `name = "^1.2"` or `name = { version = "^1.2", extras = […] }` table at `key`.
pub(crate) fn name_table(text: &str, key: &str, value: &Value, out: &mut Parsed) {
    let Some(t) = value.as_table() else {
        out.problems.push((None, DepfileError::Shape(key.to_string())));
        return;
    };
    for (name, v) in t {
        if name.eq_ignore_ascii_case("python") {
            continue;
        }
        let spec = match v {
            Value::String(s) => s.clone(),
            Value::Table(t) => t.get("version").and_then(Value::as_str).unwrap_or("").to_string(),
            Value::Array(_) => String::new(),
            _ => {
                out.problems.push((find_line(text, name), DepfileError::Shape(format!("{key}.{name}"))));
                continue;
            }
        };
        let spec = if spec == "*" { String::new() } else { spec };
        let pinned = spec.strip_prefix("==").map(str::to_string).or_else(|| {
            (!spec.is_empty() && spec.chars().next().is_some_and(|c| c.is_ascii_digit()) && !spec.contains(['*', ',', '<', '>']))
                .then(|| spec.clone())
        });
        out.dependencies.push(Dependency { name: name.clone(), pinned, spec, line: find_line(text, name) });
    }
}

/// Reads a `pyproject.toml`. Never fails: a TOML error is one problem; a
/// bad requirement is a problem with its line and the rest is still read.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let Some(root) = table_or_problem(text, &mut out) else { return out };
    if let Some(project) = root.get("project").and_then(Value::as_table) {
        if let Some(deps) = project.get("dependencies") {
            pep508_list(text, "project.dependencies", deps, &mut out);
        }
        if let Some(groups) = project.get("optional-dependencies").and_then(Value::as_table) {
            for (g, deps) in groups {
                pep508_list(text, &format!("project.optional-dependencies.{g}"), deps, &mut out);
            }
        }
    }
    if let Some(groups) = root.get("dependency-groups").and_then(Value::as_table) {
        for (g, deps) in groups {
            pep508_list(text, &format!("dependency-groups.{g}"), deps, &mut out);
        }
    }
    if let Some(poetry) = root.get("tool").and_then(|t| t.get("poetry")).and_then(Value::as_table) {
        if let Some(deps) = poetry.get("dependencies") {
            name_table(text, "tool.poetry.dependencies", deps, &mut out);
        }
        if let Some(deps) = poetry.get("dev-dependencies") {
            name_table(text, "tool.poetry.dev-dependencies", deps, &mut out);
        }
        if let Some(groups) = poetry.get("group").and_then(Value::as_table) {
            for (g, group) in groups {
                if let Some(deps) = group.get("dependencies") {
                    name_table(text, &format!("tool.poetry.group.{g}.dependencies"), deps, &mut out);
                }
            }
        }
    }
    out
}
