//! `pyproject.toml`: PEP 621 `[project] dependencies` and
//! `[project.optional-dependencies]`, PEP 735 `[dependency-groups]`, and
//! Poetry's `[tool.poetry.dependencies]`, `[tool.poetry.dev-dependencies]` and
//! `[tool.poetry.group.<name>.dependencies]`. TOML is read by `toml`,
//! requirement strings by `pep508_rs`. Everything but `[project]
//! dependencies` and Poetry's non-optional `dependencies` is in a
//! [`Group`]: extras, dependency groups, development dependencies.

use toml::{Table, Value};

use super::error::first_line;
use super::requirements::requirement;
use super::{find_line, line_of, Dependency, DepfileError, Group, GroupKind, Parsed, Scope};

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

/// Reads a list of PEP 508 strings at `key` into `out`, each in `scope`.
fn pep508_list(text: &str, key: &str, value: &Value, scope: &Scope, out: &mut Parsed) {
    let Some(items) = value.as_array() else {
        out.problems.push((find_line(text, key.rsplit('.').next().unwrap_or(key)), DepfileError::Shape(key.to_string())));
        return;
    };
    for item in items {
        match item {
            Value::String(s) => {
                let line = find_line(text, &format!("\"{s}\"")).or_else(|| find_line(text, s));
                match requirement(s, line) {
                    Ok(d) => out.dependencies.push(Dependency { scope: scope.clone(), ..d }),
                    Err(e) => out.problems.push((line, e)),
                }
            }
            // PEP 735 `{ include-group = "…" }`: the group is read on its own.
            Value::Table(t) if t.contains_key("include-group") => {}
            _ => out.problems.push((find_line(text, key.rsplit('.').next().unwrap_or(key)), DepfileError::Shape(key.to_string()))),
        }
    }
}

/// Poetry's `name = "^1.2"` or `name = { version = "^1.2", extras = […] }`
/// table at `key`, each in `scope`; an entry marked `optional = true` is an
/// extra (named by the `extras` table, `name -> [packages]`, when one lists it).
pub(crate) fn name_table(text: &str, key: &str, value: &Value, scope: &Scope, out: &mut Parsed) {
    name_table_with_extras(text, key, value, scope, None, out);
}

fn name_table_with_extras(text: &str, key: &str, value: &Value, scope: &Scope, extras: Option<&Table>, out: &mut Parsed) {
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
        let optional = v.get("optional").and_then(Value::as_bool).unwrap_or(false);
        let scope = if optional {
            let extra = extras.and_then(|e| {
                e.iter().find(|(_, list)| {
                    list.as_array()
                        .is_some_and(|l| l.iter().any(|p| p.as_str().is_some_and(|p| super::normalize(p) == super::normalize(name))))
                })
            });
            Scope::Group(Group::new(GroupKind::Extra, extra.map_or("extras", |(n, _)| n.as_str())))
        } else {
            scope.clone()
        };
        // `==3.*` and a bare `3.*` are ranges, not pins.
        let pinned = spec.strip_prefix("==").filter(|v| !v.contains('*')).map(str::to_string).or_else(|| {
            (!spec.is_empty() && spec.chars().next().is_some_and(|c| c.is_ascii_digit()) && !spec.contains(['*', ',', '<', '>']))
                .then(|| spec.clone())
        });
        out.dependencies.push(Dependency { name: name.clone(), pinned, spec, line: find_line(text, name), scope, transitive: false });
    }
}

/// The line (1-based) of the `dynamic` key inside `[project]`, if it can be found.
fn dynamic_line(text: &str) -> Option<usize> {
    let mut in_project = false;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            in_project = t == "[project]";
        } else if in_project && t.strip_prefix("dynamic").is_some_and(|r| r.trim_start().starts_with('=')) {
            return Some(i + 1);
        }
    }
    None
}

/// Reads a `pyproject.toml`. Never fails: a TOML error is one problem; a
/// bad requirement is a problem with its line and the rest is still read.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let Some(root) = table_or_problem(text, &mut out) else { return out };
    if let Some(project) = root.get("project").and_then(Value::as_table) {
        if let Some(deps) = project.get("dependencies") {
            pep508_list(text, "project.dependencies", deps, &Scope::Main, &mut out);
        }
        let dynamic =
            project.get("dynamic").and_then(Value::as_array).is_some_and(|d| d.iter().any(|v| v.as_str() == Some("dependencies")));
        if dynamic && !project.contains_key("dependencies") {
            // setuptools names the files: `[tool.setuptools.dynamic] dependencies = { file = [...] }`.
            let files: Vec<String> = root
                .get("tool")
                .and_then(|t| t.get("setuptools"))
                .and_then(|t| t.get("dynamic"))
                .and_then(|t| t.get("dependencies"))
                .and_then(|d| d.get("file"))
                .map(|f| match f {
                    Value::String(one) => vec![one.clone()],
                    Value::Array(many) => many.iter().filter_map(Value::as_str).map(str::to_string).collect(),
                    _ => Vec::new(),
                })
                .unwrap_or_default();
            // Poetry 2 keeps `dynamic = ["dependencies"]` with its own table,
            // which is read below.
            let poetry_lists = root
                .get("tool")
                .and_then(|t| t.get("poetry"))
                .and_then(|p| p.get("dependencies"))
                .and_then(Value::as_table)
                .is_some_and(|t| t.keys().any(|k| !k.eq_ignore_ascii_case("python")));
            if files.is_empty() && !poetry_lists {
                out.problems.push((dynamic_line(text), DepfileError::DynamicDependencies));
            }
            out.includes.extend(files);
        }
        if let Some(groups) = project.get("optional-dependencies").and_then(Value::as_table) {
            for (g, deps) in groups {
                let scope = Scope::Group(Group::new(GroupKind::Extra, g));
                pep508_list(text, &format!("project.optional-dependencies.{g}"), deps, &scope, &mut out);
            }
        }
    }
    if let Some(groups) = root.get("dependency-groups").and_then(Value::as_table) {
        for (g, deps) in groups {
            let scope = Scope::Group(Group::new(GroupKind::DependencyGroup, g));
            pep508_list(text, &format!("dependency-groups.{g}"), deps, &scope, &mut out);
        }
    }
    if let Some(poetry) = root.get("tool").and_then(|t| t.get("poetry")).and_then(Value::as_table) {
        let extras = poetry.get("extras").and_then(Value::as_table);
        if let Some(deps) = poetry.get("dependencies") {
            name_table_with_extras(text, "tool.poetry.dependencies", deps, &Scope::Main, extras, &mut out);
        }
        if let Some(deps) = poetry.get("dev-dependencies") {
            let scope = Scope::Group(Group::new(GroupKind::Development, "dev-dependencies"));
            name_table(text, "tool.poetry.dev-dependencies", deps, &scope, &mut out);
        }
        if let Some(groups) = poetry.get("group").and_then(Value::as_table) {
            for (g, group) in groups {
                if let Some(deps) = group.get("dependencies") {
                    let scope = Scope::Group(Group::new(GroupKind::DependencyGroup, g));
                    name_table(text, &format!("tool.poetry.group.{g}.dependencies"), deps, &scope, &mut out);
                }
            }
        }
    }
    out
}
