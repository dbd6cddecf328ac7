//! No import cycles between the crate's modules: the module graph, read from
//! the sources (`crate::…` and `super::…` paths outside comments), has no
//! cycle. A parent
//! module's own declarations and re-exports of its children (`mod x;`,
//! `pub use x::…`) are the module system's facade, not imports, and are not
//! counted. Run `cargo test --test import_graph -- --nocapture` to print the
//! graph.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).expect("readable src") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/a/b.rs` -> `a::b`, `src/a/mod.rs` -> `a`, `src/lib.rs` -> `` (root).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src").with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
        parts.pop();
    }
    parts.join("::")
}

fn parent(m: &str) -> String {
    m.rsplit_once("::").map(|(p, _)| p.to_string()).unwrap_or_default()
}

/// The longest known module that `path` (segments after `crate::`) names.
fn resolve(known: &BTreeSet<String>, base: &str, segs: &[&str]) -> Option<String> {
    let mut best = None;
    let mut cur = base.to_string();
    for s in segs {
        cur = if cur.is_empty() { s.to_string() } else { format!("{cur}::{s}") };
        if known.contains(&cur) {
            best = Some(cur.clone());
        } else {
            break;
        }
    }
    best.or_else(|| (!base.is_empty() && known.contains(base)).then(|| base.to_string()))
}

fn idents_after(text: &str, at: usize) -> Vec<&str> {
    text[at..]
        .split("::")
        .map(|s| s.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or(""))
        .take_while(|s| !s.is_empty() && s.chars().next().is_some_and(|c| c.is_lowercase()))
        .collect()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    all.retain(|f| !f.ends_with("main.rs"));
    let known: BTreeSet<String> = all.iter().map(|f| module_of(&src, f)).collect();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &all {
        let m = module_of(&src, f);
        // Comments (doc links included) are not imports.
        let text: String =
            fs::read_to_string(f).expect("readable").lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
        let mut edges = BTreeSet::new();
        for (prefix, base) in [("crate::", String::new()), ("super::", parent(&m))] {
            let mut from = 0;
            while let Some(i) = text[from..].find(prefix) {
                let at = from + i + prefix.len();
                from = at;
                // `super::super::` and the like climb further.
                let (mut base, mut segs) = (base.clone(), idents_after(&text, at));
                while segs.first() == Some(&"super") {
                    base = parent(&base);
                    segs.remove(0);
                }
                if let Some(t) = resolve(&known, &base, &segs) {
                    if t != m && !t.is_empty() {
                        edges.insert(t);
                    }
                }
            }
        }
        g.insert(m, edges);
    }
    g
}

fn find_cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        stack.push(n.to_string());
        for t in g.get(n).into_iter().flatten() {
            match state.get(t.as_str()).copied().unwrap_or(0) {
                1 => {
                    let start = stack.iter().position(|s| s == t).unwrap_or(0);
                    let mut c = stack[start..].to_vec();
                    c.push(t.clone());
                    return Some(c);
                }
                0 => {
                    if let Some(c) = visit(t, g, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in g.keys() {
        if state.get(n.as_str()).copied().unwrap_or(0) == 0 {
            if let Some(c) = visit(n, g, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn the_module_graph_has_no_cycle() {
    let g = graph();
    for (m, ts) in &g {
        println!("{m} -> {}", ts.iter().cloned().collect::<Vec<_>>().join(", "));
    }
    assert!(g.contains_key("engine") && g["engine"].contains("flowchart"), "the graph is read (engine uses flowchart)");
    if let Some(c) = find_cycle(&g) {
        panic!("import cycle: {}", c.join(" -> "));
    }
}

#[test]
fn a_cycle_is_found_when_there_is_one() {
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    g.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(find_cycle(&g), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    g.get_mut("c").unwrap().clear();
    assert_eq!(find_cycle(&g), None);
}
