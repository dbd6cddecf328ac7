//! `setup.cfg`, setuptools' declarative configuration: the requirements of
//! `[options] install_requires`, one PEP 508 requirement per indented line,
//! read with [`ini`] (rust-ini, indented multi-line values on), and the
//! extras of `[options.extras_require]`, each an optional [`Group`], not the
//! application's own needs. `setup.py` is a program: it is never run or read.

use super::error::{first_line, DepfileError};
use super::requirements::requirement;
use super::{find_line, Dependency, Group, GroupKind, Parsed, Scope};

/// Reads one requirement per line of `value` into `out`, each in `scope`.
fn lines(text: &str, value: &str, scope: &Scope, out: &mut Parsed) {
    for raw in value.lines() {
        let line = raw.split(" #").next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match requirement(line, find_line(text, line)) {
            Ok(d) => out.dependencies.push(Dependency { scope: scope.clone(), ..d }),
            Err(e) => out.problems.push((find_line(text, line), e)),
        }
    }
}

/// Reads `setup.cfg` text. Never panics; problems are listed with their line.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let option =
        ini::ParseOption { enabled_quote: false, enabled_escape: false, enabled_indented_mutiline_value: true, ..Default::default() };
    let file = match ini::Ini::load_from_str_opt(text, option) {
        Ok(file) => file,
        Err(e) => {
            out.problems.push((Some(e.line + 1), DepfileError::Ini(first_line(&e.msg))));
            return out;
        }
    };
    if let Some(requires) = file.section(Some("options")).and_then(|s| s.get("install_requires")) {
        lines(text, requires, &Scope::Main, &mut out);
    }
    if let Some(extras) = file.section(Some("options.extras_require")) {
        for (name, value) in extras.iter() {
            lines(text, value, &Scope::Group(Group::new(GroupKind::Extra, name)), &mut out);
        }
    }
    out
}
