//! "Start from your code": reads a Python project's dependency files and
//! says what they already answer. Pure and native; the browser runs it in a
//! web worker (`src/bin/depfiles_worker.rs`) so that the parsers are not part
//! of the first load.
//!
//! Formats (one module each): `requirements*.txt` and pip-tools `*.in`
//! ([`requirements`]), `pyproject.toml` with PEP 621, PEP 735 groups and
//! Poetry tables ([`pyproject`]), `Pipfile` and `Pipfile.lock` ([`pipfile`]),
//! `poetry.lock` and `uv.lock` ([`locks`]). Requirement strings are parsed by
//! `pep508_rs`, TOML by `toml`, JSON by `serde_json`.
//!
//! [`analyse`] turns files into an [`Analysis`]: the frameworks and versions
//! found, the suggested answers with the packages behind each (from
//! [`crate::knowledge::packages`]), the build-list capabilities already
//! present, the files named by `-r` but not given, and every problem with
//! its file and line. A problem never stops the other lines or files.

mod error;
pub mod locks;
pub mod pipfile;
pub mod pyproject;
pub mod requirements;
pub mod setup_cfg;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use error::DepfileError;

use crate::knowledge::packages::{self, ANSWER_HINTS, CAPABILITY_HINTS};
use crate::knowledge::{question_index, QUESTIONS};

/// Largest file read, in bytes (1 MB).
pub const MAX_FILE_BYTES: usize = 1_000_000;

/// A file handed to [`analyse`]: its name (a path or a bare name) and text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputFile {
    /// File name as the user gave it.
    pub name: String,
    /// Its text (UTF-8).
    pub text: String,
}

/// The message the page sends to the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// The files to read together.
    pub files: Vec<InputFile>,
    /// Today's year and month, to tell an ended support window from a running one.
    pub today: (u32, u32),
}

/// What the worker sends back to the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker has loaded and listens (sent once, first).
    Ready,
    /// The analysis of a [`Request`].
    Done(Analysis),
    /// The request could not be read (a fragment, e.g. the JSON error).
    Failed(String),
}

/// The worker's answer to one message: `text` is a JSON [`Request`]; the
/// result is a JSON [`Reply`] (`Done`, or `Failed` when `text` is not a request).
pub fn answer(text: &str) -> String {
    let reply = match serde_json::from_str::<Request>(text) {
        Ok(request) => Reply::Done(analyse(&request)),
        Err(e) => Reply::Failed(error::first_line(&e.to_string())),
    };
    serde_json::to_string(&reply).unwrap_or_else(|_| "{\"Failed\":\"the result could not be written\"}".into())
}

/// A dependency format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// pip requirements (`requirements*.txt`, `*.in`).
    Requirements,
    /// `pyproject.toml`.
    Pyproject,
    /// Pipenv's `Pipfile`.
    Pipfile,
    /// Pipenv's `Pipfile.lock`.
    PipfileLock,
    /// `poetry.lock`.
    PoetryLock,
    /// `uv.lock`.
    UvLock,
    /// setuptools' `setup.cfg`.
    SetupCfg,
}

impl Format {
    /// The format of a file from its name (the last path segment): `None`
    /// for a name this does not read.
    pub fn detect(name: &str) -> Option<Format> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name).to_ascii_lowercase();
        match base.as_str() {
            "pyproject.toml" => Some(Format::Pyproject),
            "pipfile" => Some(Format::Pipfile),
            "pipfile.lock" => Some(Format::PipfileLock),
            "poetry.lock" => Some(Format::PoetryLock),
            "uv.lock" => Some(Format::UvLock),
            "setup.cfg" => Some(Format::SetupCfg),
            b if b.ends_with(".txt") || b.ends_with(".in") => Some(Format::Requirements),
            _ => None,
        }
    }
}

/// One dependency read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dependency {
    /// The name as written, e.g. `Flask-Login`.
    pub name: String,
    /// Exact version when pinned (`==`, `===` or a lock file), else `None`.
    pub pinned: Option<String>,
    /// The version constraint as written (`>=4.2,<5`), or empty.
    pub spec: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
}

/// What one file yields: its dependencies, the files it includes (`-r`),
/// and its problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Every dependency, in file order.
    pub dependencies: Vec<Dependency>,
    /// Files named by `-r` or `-c`, as written.
    pub includes: Vec<String>,
    /// Problems, each with its 1-based line where known.
    pub problems: Vec<(Option<usize>, DepfileError)>,
}

/// A problem with one file, for display.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// File name.
    pub file: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// What is wrong (a [`DepfileError`] fragment, e.g. "is not valid TOML: …").
    pub message: String,
}

/// A framework found in the files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkFound {
    /// "Django" or "Flask".
    pub name: String,
    /// The version or constraint found (`4.2.11`, `>=3.0`), or empty.
    pub version: String,
    /// Its support window in words, where known (beyond the articles).
    pub support: Option<String>,
    /// True when that support has ended.
    pub ended: bool,
    /// The reference the support window comes from (name and address), if any.
    pub reference: Option<(String, String)>,
}

/// One suggested answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Question id.
    pub question: String,
    /// Option id.
    pub option: String,
    /// The question's title and the option's label, for display.
    pub question_title: String,
    /// The option's label.
    pub option_label: String,
    /// The packages (as written) that suggest it.
    pub packages: Vec<String>,
    /// Why, in our words.
    pub reason: String,
    /// Citation tags of the articles naming the package (`"001"`); empty: beyond the articles.
    pub sources: Vec<String>,
    /// True when the files show one running framework and the suggestion is
    /// a capability that system already has (see [`packages::ALREADY_HAS`]).
    #[serde(default)]
    pub had: bool,
}

/// A build-list capability the files already provide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Present {
    /// Capability id.
    pub capability: String,
    /// Packages (as written) that provide it.
    pub packages: Vec<String>,
}

/// Everything [`analyse`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// The files read, with their number of dependencies.
    pub files: Vec<(String, usize)>,
    /// Frameworks found, Django first.
    pub frameworks: Vec<FrameworkFound>,
    /// Suggested answers, in questionnaire order.
    pub suggestions: Vec<Suggestion>,
    /// Capabilities already present.
    pub present: Vec<Present>,
    /// Files named by `-r` that were not given (offer to add them).
    pub missing_includes: Vec<String>,
    /// Problems, in file order.
    pub problems: Vec<Problem>,
}

/// PEP 503 normalised name: lower case, runs of `-`, `_`, `.` as one `-`.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut sep = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            sep = true;
        } else {
            if sep && !out.is_empty() {
                out.push('-');
            }
            sep = false;
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Decodes a file's bytes as text.
///
/// # Errors
/// [`DepfileError::TooLarge`] above [`MAX_FILE_BYTES`]; [`DepfileError::NotText`]
/// when the bytes are not UTF-8 or hold a NUL byte (a binary file).
pub fn decode(bytes: &[u8]) -> Result<String, DepfileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DepfileError::TooLarge { limit: MAX_FILE_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DepfileError::NotText)?;
    if text.contains('\0') {
        return Err(DepfileError::NotText);
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}

/// Parses one file of a known format.
pub fn parse(format: Format, text: &str) -> Parsed {
    match format {
        Format::Requirements => requirements::parse(text),
        Format::Pyproject => pyproject::parse(text),
        Format::Pipfile => pipfile::parse(text),
        Format::PipfileLock => pipfile::parse_lock(text),
        Format::PoetryLock => locks::parse_poetry(text),
        Format::UvLock => locks::parse_uv(text),
        Format::SetupCfg => setup_cfg::parse(text),
    }
}

/// The 1-based line of byte offset `at` in `text`.
pub(crate) fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The line where `needle` first appears in `text`, if it does.
pub(crate) fn find_line(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    text.find(needle).map(|at| line_of(text, at))
}

/// `(major, minor)` of a version string, when it starts with two numbers.
fn series(version: &str) -> Option<(u64, u64)> {
    let mut parts = version.trim().trim_start_matches(['=', '~', '^', 'v']).split('.');
    let major = parts.next()?.trim().parse().ok()?;
    let minor = parts.next().map(|m| m.chars().take_while(char::is_ascii_digit).collect::<String>()).unwrap_or_default();
    Some((major, minor.parse().unwrap_or(0)))
}

/// Reads every file together: see the module documentation.
pub fn analyse(request: &Request) -> Analysis {
    let mut analysis = Analysis::default();
    // Normalised name -> (name as written, pinned version, spec).
    let mut deps: BTreeMap<String, (String, Option<String>, String)> = BTreeMap::new();
    let mut includes: Vec<String> = Vec::new();
    for file in &request.files {
        let mut problem = |line, e: DepfileError| analysis.problems.push(Problem { file: file.name.clone(), line, message: e.to_string() });
        if file.text.len() > MAX_FILE_BYTES {
            problem(None, DepfileError::TooLarge { limit: MAX_FILE_BYTES });
            continue;
        }
        let Some(format) = Format::detect(&file.name) else {
            let base = file.name.rsplit(['/', '\\']).next().unwrap_or(&file.name).to_ascii_lowercase();
            problem(None, if base == "setup.py" { DepfileError::SetupPy } else { DepfileError::UnknownFormat });
            continue;
        };
        let parsed = parse(format, &file.text);
        for (line, e) in parsed.problems {
            problem(line, e);
        }
        analysis.files.push((file.name.clone(), parsed.dependencies.len()));
        includes.extend(parsed.includes);
        for d in parsed.dependencies {
            let entry = deps.entry(normalize(&d.name)).or_insert_with(|| (d.name.clone(), None, String::new()));
            if entry.1.is_none() {
                entry.1 = d.pinned;
            }
            if entry.2.is_empty() {
                entry.2 = d.spec;
            }
        }
    }
    let given: Vec<String> =
        request.files.iter().map(|f| f.name.rsplit(['/', '\\']).next().unwrap_or(&f.name).to_ascii_lowercase()).collect();
    for inc in includes {
        let base = inc.rsplit(['/', '\\']).next().unwrap_or(&inc).to_ascii_lowercase();
        if !given.contains(&base) && !analysis.missing_includes.contains(&inc) {
            analysis.missing_includes.push(inc);
        }
    }
    analysis.frameworks = frameworks(&deps, request.today);
    analysis.suggestions = suggestions(&deps);
    // A running system's capabilities are what it has, not needs to weigh.
    if let [running] = analysis.frameworks.as_slice() {
        let (before, middle, after) = packages::ALREADY_HAS;
        for s in analysis.suggestions.iter_mut().filter(|s| question_index(&s.question).is_some_and(|q| QUESTIONS[q].is_capability())) {
            s.reason = format!("{before}{}{middle}{}{after}{}", running.name, s.packages.join(", "), s.reason);
            s.had = true;
        }
    }
    analysis.present = CAPABILITY_HINTS
        .iter()
        .filter_map(|h| {
            let found: Vec<String> = h.packages.iter().filter_map(|p| deps.get(*p).map(|d| d.0.clone())).collect();
            (!found.is_empty()).then(|| Present { capability: h.capability.to_string(), packages: found })
        })
        .collect();
    analysis
}

fn frameworks(deps: &BTreeMap<String, (String, Option<String>, String)>, today: (u32, u32)) -> Vec<FrameworkFound> {
    let mut out = Vec::new();
    if let Some((_, pinned, spec)) = deps.get("django") {
        let version = pinned.clone().unwrap_or_else(|| spec.clone());
        let s = pinned.as_deref().or_else(|| spec.strip_prefix("~=")).or_else(|| spec.strip_prefix("==")).and_then(series);
        let (ended, support) = match s {
            Some(s) if packages::django_predates_table(s) => (true, Some(packages::DJANGO_ANCIENT.to_string())),
            Some(s) => packages::django_support(s, today).map_or((false, None), |(e, t)| (e, Some(t))),
            None => (false, None),
        };
        let reference = support.as_ref().map(|_| (packages::SUPPORT_REFERENCE.to_string(), packages::SUPPORT_URL.to_string()));
        out.push(FrameworkFound { name: "Django".into(), version, support, ended, reference });
    }
    if let Some((_, pinned, spec)) = deps.get("flask") {
        let version = pinned.clone().unwrap_or_else(|| spec.clone());
        let s = pinned.as_deref().or_else(|| spec.strip_prefix("~=")).or_else(|| spec.strip_prefix("==")).and_then(series);
        let support = s.and_then(packages::flask_support);
        let ended = support.is_some();
        out.push(FrameworkFound {
            name: "Flask".into(),
            version,
            support,
            ended,
            reference: ended.then(|| (packages::FLASK_REFERENCE.to_string(), packages::FLASK_URL.to_string())),
        });
    }
    out
}

fn suggestions(deps: &BTreeMap<String, (String, Option<String>, String)>) -> Vec<Suggestion> {
    // Question id -> the first hint that matched and its packages.
    let mut chosen: BTreeMap<&str, Suggestion> = BTreeMap::new();
    for h in ANSWER_HINTS {
        let found: Vec<String> = h.packages.iter().filter_map(|p| deps.get(*p).map(|d| d.0.clone())).collect();
        if found.is_empty() {
            continue;
        }
        let Some(qi) = question_index(h.question) else { continue };
        let q = &QUESTIONS[qi];
        let Some(option) = q.options.iter().find(|o| o.id == h.option) else { continue };
        match chosen.get_mut(h.question) {
            Some(s) if s.option == h.option => {
                for p in found {
                    if !s.packages.contains(&p) {
                        s.packages.push(p);
                    }
                }
            }
            Some(_) => {}
            None => {
                chosen.insert(
                    h.question,
                    Suggestion {
                        question: h.question.into(),
                        option: h.option.into(),
                        question_title: q.title.into(),
                        option_label: option.label.into(),
                        packages: found,
                        reason: h.reason.into(),
                        sources: h.sources.iter().map(|s| format!("{:03}", s.0)).collect(),
                        had: false,
                    },
                );
            }
        }
    }
    let mut out: Vec<Suggestion> = chosen.into_values().collect();
    out.sort_by_key(|s| question_index(&s.question));
    out
}
