//! `setup.cfg`, setuptools' declarative configuration: the requirements of
//! `[options] install_requires`, one PEP 508 requirement per indented line,
//! read with [`ini`] (rust-ini, indented multi-line values on). The extras
//! of `[options.extras_require]` are optional and not read as the
//! application's own needs. `setup.py` is a program: it is never run or read.

use super::error::{first_line, DepfileError};
use super::requirements::requirement;
use super::{find_line, Parsed};

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
    let Some(requires) = file.section(Some("options")).and_then(|s| s.get("install_requires")) else { return out };
    for raw in requires.lines() {
        let line = raw.split(" #").next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match requirement(line, find_line(text, line)) {
            Ok(d) => out.dependencies.push(d),
            Err(e) => out.problems.push((find_line(text, line), e)),
        }
    }
    out
}
