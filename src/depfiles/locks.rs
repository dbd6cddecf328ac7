//! Lock files in TOML: `poetry.lock` and `uv.lock`, each a list of
//! `[[package]]` tables with `name` and `version`. In `uv.lock`, the
//! project's own entry (an editable or virtual source) is skipped.
//!
//! Where each package comes from:
//! - `uv.lock`: the project's own entries list their `dependencies`, their
//!   `optional-dependencies` (extras) and `dev-dependencies` (dependency
//!   groups); a package reached from the dependencies (through every
//!   package's own dependencies and the extras they ask for) is the
//!   application's own, one reached only from an extra or a group is in it;
//!   one the project does not name itself is [`Dependency::transitive`].
//! - `poetry.lock`: `groups = [...]` (Poetry 2) or `category = "dev"`
//!   (before 1.5) say the group; `optional = true` marks an extra, named by
//!   the `[extras]` table. A lock file that says neither gives
//!   [`Scope::Unknown`].

use std::collections::{BTreeMap, BTreeSet};

use toml::{Table, Value};

use super::pyproject::table_or_problem;
use super::{find_line, normalize, Dependency, DepfileError, Group, GroupKind, Parsed, Scope};

/// The `[[package]]` list of a lock file, or a problem.
fn package_list(text: &str, out: &mut Parsed) -> Option<(Table, Vec<Value>)> {
    let root = table_or_problem(text, out)?;
    let list = match root.get("package") {
        None => Vec::new(),
        Some(Value::Array(list)) => list.clone(),
        Some(_) => {
            out.problems.push((find_line(text, "package"), DepfileError::Shape("package".into())));
            return None;
        }
    };
    Some((root, list))
}

fn push(text: &str, p: &Value, name: &str, scope: Scope, out: &mut Parsed) {
    push_dep(text, p, name, scope, false, out);
}

fn push_dep(text: &str, p: &Value, name: &str, scope: Scope, transitive: bool, out: &mut Parsed) {
    let version = p.get("version").and_then(Value::as_str).map(str::to_string);
    let line = find_line(text, &format!("\nname = \"{name}\"")).map(|l| l + 1);
    out.dependencies.push(Dependency {
        name: name.to_string(),
        spec: version.clone().unwrap_or_default(),
        pinned: version,
        line,
        scope,
        transitive,
    });
}

/// Reads a `poetry.lock`. Never fails: problems are listed.
pub fn parse_poetry(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let Some((root, list)) = package_list(text, &mut out) else { return out };
    // Extra name -> normalised packages, from the `[extras]` table.
    let extras: Vec<(String, Vec<String>)> = root
        .get("extras")
        .and_then(Value::as_table)
        .map(|t| {
            t.iter()
                .map(|(extra, list)| {
                    let names =
                        list.as_array().map(|l| l.iter().filter_map(Value::as_str).map(extra_package).collect()).unwrap_or_default();
                    (extra.clone(), names)
                })
                .collect()
        })
        .unwrap_or_default();
    for p in &list {
        let Some(name) = p.get("name").and_then(Value::as_str) else {
            out.problems.push((None, DepfileError::Shape("package.name".into())));
            continue;
        };
        let groups: Option<Vec<&str>> = p.get("groups").and_then(Value::as_array).map(|g| g.iter().filter_map(Value::as_str).collect());
        let category = p.get("category").and_then(Value::as_str);
        let optional = p.get("optional").and_then(Value::as_bool).unwrap_or(false);
        let main = match (&groups, category) {
            (Some(g), _) => Some(g.contains(&"main")),
            (None, Some(c)) => Some(c == "main"),
            (None, None) => None,
        };
        if optional && main != Some(false) {
            let n = normalize(name);
            let extra = extras.iter().find(|(_, names)| names.contains(&n)).map_or("extras", |(e, _)| e.as_str());
            push(text, p, name, Scope::Group(Group::new(GroupKind::Extra, extra)), &mut out);
            continue;
        }
        match (main, groups, category) {
            (Some(true), _, _) => push(text, p, name, Scope::Main, &mut out),
            (Some(false), Some(groups), _) => {
                for g in groups {
                    push(text, p, name, Scope::Group(Group::new(GroupKind::DependencyGroup, g)), &mut out);
                }
            }
            (Some(false), None, c) => push(text, p, name, Scope::Group(Group::new(GroupKind::Development, c.unwrap_or("dev"))), &mut out),
            (None, _, _) => push(text, p, name, Scope::Unknown, &mut out),
        }
    }
    out
}

/// The normalised package of an `[extras]` entry (`"psycopg2 (>=2.9)"` or `"psycopg2"`).
fn extra_package(entry: &str) -> String {
    normalize(entry.split([' ', '(', '[', ';', '<', '>', '=', '!', '~']).next().unwrap_or(entry))
}

/// The `{ name = …, extra = [...] }` entries of a list.
fn entries(list: Option<&Value>) -> Vec<(String, Vec<String>)> {
    list.and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(|e| {
                    let name = normalize(e.get("name")?.as_str()?);
                    let extra =
                        e.get("extra").and_then(Value::as_array).map(|x| x.iter().filter_map(Value::as_str).map(str::to_string).collect());
                    Some((name, extra.unwrap_or_default()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every package reached from `start` through each package's
/// `dependencies` and the `optional-dependencies` its dependants ask for.
fn reach(start: Vec<(String, Vec<String>)>, by_name: &BTreeMap<String, &Value>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = start;
    let mut asked: BTreeSet<(String, String)> = BTreeSet::new();
    while let Some((name, extras)) = todo.pop() {
        let p = by_name.get(&name);
        if seen.insert(name.clone()) {
            if let Some(p) = p {
                todo.extend(entries(p.get("dependencies")));
            }
        }
        for x in extras {
            if asked.insert((name.clone(), x.clone())) {
                if let Some(list) = p.and_then(|p| p.get("optional-dependencies")).and_then(|o| o.get(&x)) {
                    todo.extend(entries(Some(list)));
                }
            }
        }
    }
    seen
}

/// Normalised names of packages.
type Members = BTreeSet<String>;

/// Reads a `uv.lock`. Never fails: problems are listed.
pub fn parse_uv(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let Some((_, list)) = package_list(text, &mut out) else { return out };
    let own =
        |p: &Value| p.get("source").and_then(Value::as_table).is_some_and(|s| s.contains_key("editable") || s.contains_key("virtual"));
    let by_name: BTreeMap<String, &Value> = list.iter().filter_map(|p| Some((normalize(p.get("name")?.as_str()?), p))).collect();
    let roots: Vec<&Value> = list.iter().filter(|p| own(p)).collect();
    // What the project names itself (its dependencies, extras and groups);
    // everything else is there because something else needs it.
    let named: BTreeSet<String> = roots
        .iter()
        .flat_map(|r| {
            let groups = ["optional-dependencies", "dev-dependencies"]
                .into_iter()
                .filter_map(|k| r.get(k).and_then(Value::as_table))
                .flat_map(|t| t.values().flat_map(|deps| entries(Some(deps))));
            entries(r.get("dependencies")).into_iter().chain(groups.collect::<Vec<_>>())
        })
        .map(|(n, _)| n)
        .collect();
    // Without the project's own entry nothing says which packages are optional.
    let scopes: Option<(Members, Vec<(Group, Members)>)> = (!roots.is_empty()).then(|| {
        let main = reach(roots.iter().flat_map(|r| entries(r.get("dependencies"))).collect(), &by_name);
        let mut groups: Vec<(Group, BTreeSet<String>)> = Vec::new();
        for r in &roots {
            for (key, kind) in [("optional-dependencies", GroupKind::Extra), ("dev-dependencies", GroupKind::DependencyGroup)] {
                for (g, deps) in r.get(key).and_then(Value::as_table).into_iter().flatten() {
                    let reached = reach(entries(Some(deps)), &by_name);
                    groups.push((Group::new(kind, g.as_str()), reached.difference(&main).cloned().collect()));
                }
            }
        }
        (main, groups)
    });
    for p in &list {
        let Some(name) = p.get("name").and_then(Value::as_str) else {
            out.problems.push((None, DepfileError::Shape("package.name".into())));
            continue;
        };
        if own(p) {
            continue;
        }
        let n = normalize(name);
        let transitive = !roots.is_empty() && !named.contains(&n);
        let push = |scope, out: &mut Parsed| push_dep(text, p, name, scope, transitive, out);
        match &scopes {
            None => push(Scope::Unknown, &mut out),
            Some((main, _)) if main.contains(&n) => push(Scope::Main, &mut out),
            Some((_, groups)) => {
                let mut any = false;
                for (g, _) in groups.iter().filter(|(_, m)| m.contains(&n)) {
                    any = true;
                    push(Scope::Group(g.clone()), &mut out);
                }
                if !any {
                    // Reached from nothing the project declares (a platform-only
                    // or stale entry): the lock file does not say.
                    push(Scope::Unknown, &mut out);
                }
            }
        }
    }
    out
}
