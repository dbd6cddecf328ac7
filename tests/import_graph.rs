//! No import cycles between the crate's modules. The module graph is read
//! from the parsed sources (`syn`): every `use` tree, grouped or not
//! (`use crate::{engine::assess, format};`), every path in code and types
//! (`crate::engine::assess(…)`), and the paths inside macro calls such as
//! `view! { … }`, read from their tokens. Paths starting with `crate::`,
//! `super::` or `self::` are imports; a path relative to a child module
//! (`mod x;` then `x::…`, or `pub use x::…`) is the module system's facade,
//! not an import, and is not counted. Run
//! `cargo test --test import_graph -- --nocapture` to print the graph.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::{Token, UseTree};

/// The module graph: module (`a::b`, the root is ``) -> the modules it imports.
type Graph = BTreeMap<String, BTreeSet<String>>;

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

/// Every path a use tree names, as its segments (`{self}` and globs end a path).
fn use_paths(tree: &UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match tree {
        UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_paths(&p.tree, prefix, out);
            prefix.pop();
        }
        UseTree::Name(n) => {
            let mut path = prefix.clone();
            if n.ident != "self" {
                path.push(n.ident.to_string());
            }
            out.push(path);
        }
        UseTree::Rename(r) => {
            let mut path = prefix.clone();
            if r.ident != "self" {
                path.push(r.ident.to_string());
            }
            out.push(path);
        }
        UseTree::Glob(_) => out.push(prefix.clone()),
        UseTree::Group(g) => {
            for t in &g.items {
                use_paths(t, prefix, out);
            }
        }
    }
}

/// Paths in the tokens of a macro call: `crate :: a :: b`, `super :: a`,
/// and a braced group after `::` read as use trees.
fn token_paths(tokens: TokenStream, out: &mut Vec<Vec<String>>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Group(g) => token_paths(g.stream(), out),
            TokenTree::Ident(id) if matches!(id.to_string().as_str(), "crate" | "super" | "self") => {
                let mut path = vec![id.to_string()];
                let mut j = i + 1;
                loop {
                    let sep = matches!((trees.get(j), trees.get(j + 1)),
                        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == ':' && b.as_char() == ':');
                    if !sep {
                        break;
                    }
                    match trees.get(j + 2) {
                        Some(TokenTree::Ident(next)) => {
                            path.push(next.to_string());
                            j += 3;
                        }
                        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                            let parser = Punctuated::<UseTree, Token![,]>::parse_terminated;
                            if let Ok(items) = syn::parse::Parser::parse2(parser, g.stream()) {
                                for t in &items {
                                    use_paths(t, &mut path.clone(), out);
                                }
                            }
                            j += 3;
                            break;
                        }
                        _ => break,
                    }
                }
                out.push(path);
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
}

/// Collects every path of a parsed file, each with the inline modules
/// (`mod tests { … }`) it is written in, from which `super` and `self` count.
#[derive(Default)]
struct Paths {
    inline: Vec<String>,
    found: Vec<(Vec<String>, Vec<String>)>,
}

impl Paths {
    fn add(&mut self, paths: Vec<Vec<String>>) {
        for p in paths {
            self.found.push((self.inline.clone(), p));
        }
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        let mut out = Vec::new();
        use_paths(&u.tree, &mut Vec::new(), &mut out);
        self.add(out);
    }
    fn visit_path(&mut self, p: &'ast syn::Path) {
        self.add(vec![p.segments.iter().map(|s| s.ident.to_string()).collect()]);
        syn::visit::visit_path(self, p);
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        let mut out = Vec::new();
        token_paths(m.tokens.clone(), &mut out);
        self.add(out);
        syn::visit::visit_macro(self, m);
    }
    /// `pub(super)` and `pub(in crate::x)` name where an item is seen,
    /// not what it uses.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        self.inline.push(m.ident.to_string());
        syn::visit::visit_item_mod(self, m);
        self.inline.pop();
    }
}

/// The longest known module that `segs` names from `module`: `crate::…`
/// from the root, `super::…` from the parent (repeated), `self::…` from
/// `module` itself; `None` for any other path.
fn resolve(known: &BTreeSet<String>, module: &str, segs: &[String]) -> Option<String> {
    let (mut base, mut rest) = match segs.first().map(String::as_str) {
        Some("crate") => (String::new(), &segs[1..]),
        Some("super") => (parent(module), &segs[1..]),
        Some("self") => (module.to_string(), &segs[1..]),
        _ => return None,
    };
    while rest.first().is_some_and(|s| s == "super") {
        base = parent(&base);
        rest = &rest[1..];
    }
    let mut best = (!base.is_empty() && known.contains(&base)).then(|| base.clone());
    let mut cur = base;
    for s in rest {
        cur = if cur.is_empty() { s.clone() } else { format!("{cur}::{s}") };
        if known.contains(&cur) {
            best = Some(cur.clone());
        } else {
            break;
        }
    }
    best
}

/// The graph of `sources`: (module, its Rust source).
///
/// # Panics
/// When a source does not parse.
fn graph_of(sources: &[(String, String)]) -> Graph {
    let known: BTreeSet<String> = sources.iter().map(|(m, _)| m.clone()).collect();
    sources
        .iter()
        .map(|(m, text)| {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{m}: {e}"));
            let mut paths = Paths::default();
            paths.visit_file(&file);
            let edges = paths
                .found
                .iter()
                .filter_map(|(inline, p)| {
                    let within = inline.iter().fold(m.clone(), |at, i| if at.is_empty() { i.clone() } else { format!("{at}::{i}") });
                    resolve(&known, &within, p)
                })
                .filter(|t| t != m && !t.is_empty())
                .collect();
            (m.clone(), edges)
        })
        .collect()
}

fn graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    // Binaries are crates of their own.
    all.retain(|f| !f.ends_with("main.rs") && !f.starts_with(src.join("bin")));
    let sources: Vec<(String, String)> = all.iter().map(|f| (module_of(&src, f), fs::read_to_string(f).expect("readable"))).collect();
    graph_of(&sources)
}

fn find_cycle(g: &Graph) -> Option<Vec<String>> {
    fn visit(n: &str, g: &Graph, state: &mut BTreeMap<String, u8>, stack: &mut Vec<String>) -> Option<Vec<String>> {
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

/// A two-module crate where `engine` imports `format` plainly and `format`
/// imports `engine` the way `import` writes it.
fn cycle_written_as(import: &str) -> Option<Vec<String>> {
    let sources = [
        (String::new(), "pub mod engine; pub mod format; pub mod ui;".to_string()),
        ("engine".to_string(), "use crate::format::cite;\npub fn assess() {}".to_string()),
        ("format".to_string(), format!("{import}\npub fn cite() {{}}")),
        ("ui".to_string(), String::new()),
        ("ui::panel".to_string(), String::new()),
    ];
    find_cycle(&graph_of(&sources))
}

#[test]
fn a_cycle_is_found_however_the_import_is_written() {
    for import in [
        "use crate::engine::assess;",
        "use crate::{engine::assess};",
        "use crate::{format as _, engine::{self, assess}};",
        "use crate::engine::*;",
        "use super::engine;",
        "use super::{engine};",
        "fn f() { crate::engine::assess() }",
        "fn f() -> Option<crate::engine::Thing> { None }",
        "fn f() { view! { <p>{crate::engine::assess()}</p> } }",
        "fn f() { view! { <p>{ { use crate::{engine::assess}; assess() } }</p> } }",
        "mod inner { use crate::{engine::assess}; }",
    ] {
        assert!(cycle_written_as(import).is_some(), "no cycle found for `{import}`");
    }
    for import in [
        "use crate::format as _;",
        "// use crate::engine::assess;",
        "/// [`crate::engine::assess`]",
        "fn f() { let engine = 1; }",
        "pub(in crate::engine) fn f() {}",
    ] {
        assert_eq!(cycle_written_as(import), None, "a cycle found for `{import}`");
    }
}

/// The UI's panels and panel parts (`src/ui/<name>.rs`), each a part of the
/// page that `src/ui/mod.rs` lays out.
const PANELS: &[&str] = &[
    "bom",
    "changes",
    "comparison",
    "disagreements",
    "explanation",
    "flowchart",
    "from_code",
    "guidance",
    "notice",
    "offline",
    "profiles",
    "questionnaire",
    "report",
    "result",
    "share",
    "sources",
    "team",
    "theme",
    "whatif",
];

/// What a panel may import from the UI: its state (`state`), the browser's
/// facilities (`dom`), the shared views of the knowledge (`cites`) and the
/// two shared controls (`tabs`, `copy_link`). Never another panel, the
/// layout (`ui` itself) or the wiring to the outside world (the session's
/// dispatch, storage, the address, start-up, the take-over).
const PANEL_MAY_IMPORT: &[&str] = &["ui::state", "ui::dom", "ui::cites", "ui::tabs", "ui::copy_link"];

/// Every import of a panel that the rule refuses, as `panel -> module`.
fn panel_rule_breaks(g: &Graph) -> Vec<String> {
    let mut out = Vec::new();
    for panel in PANELS {
        let module = format!("ui::{panel}");
        for t in g.get(&module).into_iter().flatten() {
            let in_ui = t == "ui" || t.starts_with("ui::");
            if in_ui && !PANEL_MAY_IMPORT.contains(&t.as_str()) {
                out.push(format!("{module} -> {t}"));
            }
        }
    }
    out
}

#[test]
fn panels_import_only_state_dom_cites_and_the_shared_controls() {
    let g = graph();
    for panel in PANELS {
        assert!(g.contains_key(&format!("ui::{panel}")), "ui::{panel} is a module");
    }
    // Every UI module is either a panel, something panels may import, or
    // named here as the wiring, so that a new file is placed on purpose.
    let wiring = ["ui", "ui::address", "ui::defer", "ui::lazy", "ui::persist", "ui::session", "ui::startup", "ui::takeover", "ui::url"];
    for m in g.keys().filter(|m| m.starts_with("ui::")) {
        let name = &m["ui::".len()..];
        assert!(
            PANELS.contains(&name) || PANEL_MAY_IMPORT.contains(&m.as_str()) || wiring.contains(&m.as_str()),
            "{m} is neither a panel, a module panels may import, nor the UI's wiring: place it in tests/import_graph.rs"
        );
    }
    assert_eq!(panel_rule_breaks(&g), Vec::<String>::new());
}

#[test]
fn a_panel_importing_another_is_refused_however_written() {
    for import in [
        "use super::result::ResultPanel;",
        "use super::{state::AppState, result::ResultPanel};",
        "use crate::ui::{result};",
        "fn f() { view! { <super::result::ResultPanel/> } }",
        "use super::AppState;",
    ] {
        let sources = [
            (String::new(), "pub mod ui;".to_string()),
            ("ui".to_string(), "mod result; mod share; mod state;".to_string()),
            ("ui::result".to_string(), String::new()),
            ("ui::state".to_string(), String::new()),
            ("ui::share".to_string(), import.to_string()),
        ];
        let g = graph_of(&sources);
        assert!(!panel_rule_breaks(&g).is_empty(), "`{import}` in a panel was not refused");
    }
    let allowed = [
        (String::new(), "pub mod ui;".to_string()),
        ("ui".to_string(), "mod share; mod state;".to_string()),
        ("ui::state".to_string(), String::new()),
        ("ui::share".to_string(), "use super::state::AppState;\nuse crate::engine::assess;".to_string()),
    ];
    assert!(panel_rule_breaks(&graph_of(&allowed)).is_empty());
}
