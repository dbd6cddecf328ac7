//! pip requirements files (`requirements*.txt`, pip-tools `*.in`): one
//! requirement per line, read by `pep508_rs`, around pip's own syntax:
//! comments, `\` line continuations, `-r`/`--requirement` includes,
//! `-e`/`--editable` installs, bare URLs and paths, per-line options such as
//! `--hash`, and global options (`-i`, `--extra-index-url`, …) that say
//! nothing about the project and are skipped.

use std::str::FromStr;

use pep508_rs::pep440_rs::Operator;
use pep508_rs::{Requirement, VersionOrUrl};

use super::error::first_line;
use super::{Dependency, DepfileError, Parsed, Scope};

/// Reads a requirement string (PEP 508): its dependency, or the parser's
/// first line of explanation.
///
/// # Errors
/// [`DepfileError::Requirement`] when `pep508_rs` rejects the string.
pub fn requirement(text: &str, line: Option<usize>) -> Result<Dependency, DepfileError> {
    if let Some(bad) = name_ending_in_separator(text) {
        return Err(DepfileError::Requirement(format!("a name must end with a letter or digit, not in \"{bad}\"")));
    }
    let r = Requirement::<pep508_rs::VerbatimUrl>::from_str(text.trim())
        .map_err(|e| DepfileError::Requirement(first_line(&e.message.to_string())))?;
    let (pinned, spec) = match &r.version_or_url {
        Some(VersionOrUrl::VersionSpecifier(specs)) => {
            let pinned = match &specs[..] {
                [one] if matches!(one.operator(), Operator::Equal | Operator::ExactEqual) => Some(one.version().to_string()),
                _ => None,
            };
            (pinned, specs.to_string())
        }
        _ => (None, String::new()),
    };
    // The name as written (`Flask-Login`), which the parser normalises.
    let text = text.trim();
    let written = text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))).next().unwrap_or("");
    let name = if written.is_empty() { r.name.to_string() } else { written.to_string() };
    Ok(Dependency { name, pinned, spec, line, scope: Scope::Main, transitive: false })
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// The package name or an extra (`name[extra, …]`) that ends with `-`, `_`
/// or `.` before another character. `pep508_rs` 0.9.2 panics on such input
/// (its name check disagrees with its parser), so it is refused here first.
fn name_ending_in_separator(text: &str) -> Option<String> {
    let ends_badly = |s: &str| s.ends_with(['-', '_', '.']);
    let rest = text.trim_start();
    let name: String = rest.chars().take_while(|&c| is_name_char(c)).collect();
    if !name.is_empty() && ends_badly(&name) {
        return Some(name);
    }
    let after = rest[name.len()..].trim_start();
    let extras = after.strip_prefix('[')?;
    let extras = extras.split(']').next().unwrap_or(extras);
    extras.split(',').find_map(|part| {
        let id: String = part.trim_start().chars().take_while(|&c| is_name_char(c)).collect();
        (!id.is_empty() && ends_badly(&id)).then_some(id)
    })
}

/// The project name a URL or path names through `#egg=name`, or a wheel or
/// sdist file name (`name-1.0-py3-none-any.whl`, `name-1.0.tar.gz`).
fn name_from_url(url: &str) -> Option<String> {
    if let Some(egg) = url.split(['#', '&']).find_map(|p| p.strip_prefix("egg=")) {
        let name: String = egg.chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
        return (!name.is_empty()).then_some(name);
    }
    let file = url.split(['?', '#']).next()?.rsplit('/').next()?;
    let stem = file.strip_suffix(".whl").or_else(|| file.strip_suffix(".tar.gz")).or_else(|| file.strip_suffix(".zip"))?;
    let name = stem.split('-').next()?;
    (!name.is_empty()).then(|| name.to_string())
}

fn looks_like_location(s: &str) -> bool {
    s.contains("://")
        || s.starts_with("git+")
        || s.starts_with("hg+")
        || s.starts_with("svn+")
        || s.starts_with("bzr+")
        || s.starts_with('.')
        || s.starts_with('/')
        || s.starts_with('~')
        || s.ends_with(".whl")
        || s.ends_with(".tar.gz")
        || s.ends_with(".zip")
}

/// Options whose value follows (as `-x value`, `-xvalue` or `--long=value`).
const INCLUDE: [&str; 2] = ["-r", "--requirement"];
const EDITABLE: [&str; 2] = ["-e", "--editable"];

/// The value of option `names` on `line`, if the line starts with it.
fn option_value<'a>(line: &'a str, names: &[&str]) -> Option<&'a str> {
    for n in names {
        if let Some(rest) = line.strip_prefix(n) {
            let value = if n.starts_with("--") {
                rest.strip_prefix('=').or_else(|| rest.starts_with(char::is_whitespace).then_some(rest))
            } else {
                Some(rest)
            };
            if let Some(v) = value {
                return Some(v.trim());
            }
        }
    }
    None
}

/// Cuts a comment: `#` at the start of the line or after whitespace.
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

/// Cuts per-requirement options such as `--hash=…` (whitespace then `--`).
fn strip_options(line: &str) -> &str {
    let bytes = line.as_bytes();
    for i in 1..bytes.len().saturating_sub(1) {
        if bytes[i - 1].is_ascii_whitespace() && bytes[i] == b'-' && bytes[i + 1] == b'-' {
            return line[..i].trim_end();
        }
    }
    line
}

/// Reads a requirements file. Never fails: each unreadable line is a
/// problem with its line number, and the other lines are still read.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut logical = String::new();
    let mut start = 0;
    for (i, raw) in text.lines().enumerate() {
        if logical.is_empty() {
            start = i + 1;
        }
        if let Some(cont) = raw.strip_suffix('\\') {
            logical.push_str(cont);
            logical.push(' ');
            continue;
        }
        logical.push_str(raw);
        read_line(&std::mem::take(&mut logical), start, &mut out);
    }
    if !logical.is_empty() {
        read_line(&logical, start, &mut out);
    }
    out
}

/// A dependency known by name only (a URL, a path, an editable install) at `line`.
fn named(name: String, line: usize) -> Dependency {
    Dependency { name, pinned: None, spec: String::new(), line: Some(line), scope: Scope::Main, transitive: false }
}

fn read_line(logical: &str, line: usize, out: &mut Parsed) {
    let body = strip_comment(logical).trim();
    if body.is_empty() {
        return;
    }
    if body.starts_with('-') {
        if let Some(file) = option_value(body, &INCLUDE) {
            if !file.is_empty() {
                out.includes.push(file.to_string());
            }
        } else if let Some(target) = option_value(body, &EDITABLE) {
            let target = strip_options(target);
            if let Some(name) = name_from_url(target) {
                out.dependencies.push(named(name, line));
            } else if !looks_like_location(target) {
                // `-e name @ url` or other requirement-shaped values.
                match requirement(target, Some(line)) {
                    Ok(d) => out.dependencies.push(d),
                    Err(e) => out.problems.push((Some(line), e)),
                }
            }
        }
        // Every other option (indexes, constraints, hashes policy) says nothing about the project.
        return;
    }
    let body = strip_options(body);
    if looks_like_location(body) {
        if let Some(name) = name_from_url(body) {
            out.dependencies.push(named(name, line));
        }
        return;
    }
    match requirement(body, Some(line)) {
        Ok(d) => out.dependencies.push(d),
        Err(e) => out.problems.push((Some(line), e)),
    }
}
