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
use std::str::FromStr;

use pep508_rs::pep440_rs::{Version, VersionSpecifiers};
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
    /// Optional and development groups the user ticked to count as the
    /// application's own (none by default).
    #[serde(default)]
    pub counted: Vec<Group>,
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
    /// The worker's glue or WebAssembly could not be loaded: sent by
    /// `public/depfiles-loader.js`, never by the worker's Rust, as
    /// `{"LoadFailed":{"network":true}}`.
    LoadFailed {
        /// Whether it was the network that failed (the user is offline),
        /// rather than a missing or broken file.
        network: bool,
    },
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

/// How a group of optional dependencies is declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GroupKind {
    /// An optional extra, installed only when asked for: PEP 621
    /// `[project.optional-dependencies]`, Poetry's `optional = true` with
    /// `[tool.poetry.extras]`, `setup.cfg`'s `[options.extras_require]`,
    /// a lock file's optional entries.
    Extra,
    /// A named dependency group: PEP 735 `[dependency-groups]`, Poetry's
    /// `[tool.poetry.group.<name>]`, uv's dev-dependencies.
    DependencyGroup,
    /// Development only: Poetry's `dev-dependencies`, Pipenv's
    /// `dev-packages` and `develop`, a requirements file named for
    /// development or tests (`requirements-dev.txt`, `requirements/test.txt`).
    Development,
}

/// A group of dependencies that are not the application's own unless the
/// user says so: its kind and its name as written (`dev`, `mongo`,
/// `requirements-dev.txt`). `Display` gives a short fragment, e.g.
/// `optional extra "mongo"`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Group {
    /// How it is declared.
    pub kind: GroupKind,
    /// Its name as written.
    pub name: String,
}

impl Group {
    /// A group of `kind` named `name`. Extra and dependency-group names are
    /// normalised as PEP 685 and PEP 735 say (`all_ds` is `all-ds`), so that
    /// a project file and its lock file name the same group.
    pub fn new(kind: GroupKind, name: impl Into<String>) -> Group {
        let name = name.into();
        let name = if kind == GroupKind::Development { name } else { normalize(&name) };
        Group { kind, name }
    }
}

impl std::fmt::Display for Group {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            GroupKind::Extra => "optional extra",
            GroupKind::DependencyGroup => "dependency group",
            GroupKind::Development => "development dependencies",
        };
        write!(f, "{kind} \u{201c}{}\u{201d}", self.name)
    }
}

/// Where a dependency is declared.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Among the application's own dependencies.
    #[default]
    Main,
    /// Only in an optional or development group.
    Group(Group),
    /// The file does not say (an older lock file): the application's own
    /// unless another file puts it in a group.
    Unknown,
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
    /// Where it is declared.
    pub scope: Scope,
    /// True when a lock file shows it is only there because another
    /// package needs it (`uv.lock`, from the project's own entries).
    pub transitive: bool,
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
    /// What is wrong, as a user reads it after the file name ([`DepfileError::describe`], e.g. "is not valid TOML (…)").
    pub message: String,
}

/// The file, the line where known, and what is wrong:
/// "requirements.txt, line 3, could not be read as a requirement (…)", or
/// without a line "pyproject.toml is not valid TOML (…)".
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}, line {l}, {}", self.file, self.message),
            None => write!(f, "{} {}", self.file, self.message),
        }
    }
}

/// A framework or core library found in the files, with its support.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkFound {
    /// Its name: "Django", "Flask", "SQLAlchemy", …
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
    /// For a suggestion beyond the articles, the public reference for what
    /// the first package does: its PyPI page (name and address).
    #[serde(default)]
    pub reference: Option<(String, String)>,
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

/// An optional or development group found in the files, shown apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionalGroup {
    /// The group.
    pub group: Group,
    /// The files that declare it.
    pub files: Vec<String>,
    /// Its packages (as written) that are not among the application's own.
    pub packages: Vec<String>,
    /// Those of them that would suggest an answer if the group were counted.
    pub telling: Vec<String>,
    /// True when the user ticked it: its packages then count as the application's own.
    pub counted: bool,
}

/// A package recognised with a note that suggests no answer (see [`packages::PACKAGE_NOTES`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noted {
    /// The packages (as written).
    pub packages: Vec<String>,
    /// What they show.
    pub note: String,
    /// The public reference: name and address.
    pub reference: (String, String),
}

/// Everything [`analyse`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// The files read, with their number of dependencies.
    pub files: Vec<(String, usize)>,
    /// Frameworks found, Django first.
    pub frameworks: Vec<FrameworkFound>,
    /// Core libraries found whose maintainers say which releases they fix
    /// (Flask-SQLAlchemy, SQLAlchemy, Django REST framework), judged the same way.
    #[serde(default)]
    pub libraries: Vec<FrameworkFound>,
    /// Suggested answers, in questionnaire order.
    pub suggestions: Vec<Suggestion>,
    /// Capabilities already present.
    pub present: Vec<Present>,
    /// Packages recognised with a note, suggesting nothing.
    #[serde(default)]
    pub notes: Vec<Noted>,
    /// Optional and development groups, apart from the application's own
    /// dependencies; they suggest nothing unless counted.
    #[serde(default)]
    pub groups: Vec<OptionalGroup>,
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

/// Words in a requirements file's name (or its folder's) that say it lists
/// development or test tools: `requirements-dev.txt`, `test-requirements.txt`,
/// `requirements/docs.txt`.
const DEVELOPMENT_WORDS: &[&str] = &[
    "dev",
    "develop",
    "development",
    "test",
    "tests",
    "testing",
    "lint",
    "linting",
    "docs",
    "doc",
    "ci",
    "typing",
    "mypy",
    "tox",
    "style",
];

/// The development group a requirements file stands for, from its name:
/// `Some(Group)` named after the file when a word of its name or folder is
/// in [`DEVELOPMENT_WORDS`].
pub fn development_file(name: &str) -> Option<Group> {
    let mut parts = name.rsplit(['/', '\\']);
    let base = parts.next().unwrap_or(name);
    let folder = parts.next().unwrap_or("");
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s);
    let dev =
        [stem, folder].iter().flat_map(|s| s.split(['-', '_', '.'])).any(|w| DEVELOPMENT_WORDS.contains(&w.to_ascii_lowercase().as_str()));
    dev.then(|| Group::new(GroupKind::Development, base))
}

/// One package across every file: the name as written, the version found,
/// and where it is declared.
#[derive(Default)]
struct Seen {
    written: String,
    pinned: Option<String>,
    spec: String,
    /// Named by a project file, or a direct dependency in a lock file read alone.
    direct: bool,
    main: bool,
    unknown: bool,
    groups: Vec<Group>,
}

/// Reads every file together: see the module documentation.
pub fn analyse(request: &Request) -> Analysis {
    let mut analysis = Analysis::default();
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    let mut group_files: Vec<(Group, Vec<String>)> = Vec::new();
    let mut includes: Vec<String> = Vec::new();
    // A lock file also lists what the dependencies depend on: with a project
    // file beside it, only what the project file names suggests answers.
    let is_lock = |f: Format| matches!(f, Format::PoetryLock | Format::UvLock | Format::PipfileLock);
    let project_file_given = request.files.iter().any(|f| Format::detect(&f.name).is_some_and(|f| !is_lock(f)));
    // Dynamic dependencies may be listed in a requirements file (not a
    // development one) or setup.cfg given beside the pyproject.toml.
    let listed_beside = request.files.iter().any(|f| match Format::detect(&f.name) {
        Some(Format::SetupCfg) => true,
        Some(Format::Requirements) => development_file(&f.name).is_none(),
        _ => false,
    });
    for file in &request.files {
        let mut problem = |line, e: DepfileError| analysis.problems.push(Problem { file: file.name.clone(), line, message: e.describe() });
        if file.text.len() > MAX_FILE_BYTES {
            problem(None, DepfileError::TooLarge { limit: MAX_FILE_BYTES });
            continue;
        }
        let Some(format) = Format::detect(&file.name) else {
            let base = file.name.rsplit(['/', '\\']).next().unwrap_or(&file.name).to_ascii_lowercase();
            problem(None, if base == "setup.py" { DepfileError::SetupPy } else { DepfileError::UnknownFormat });
            continue;
        };
        let mut parsed = parse(format, &file.text);
        if listed_beside {
            parsed.problems.retain(|(_, e)| *e != DepfileError::DynamicDependencies);
        }
        for (line, e) in std::mem::take(&mut parsed.problems) {
            problem(line, e);
        }
        if format == Format::Requirements {
            if let Some(g) = development_file(&file.name) {
                for d in &mut parsed.dependencies {
                    d.scope = Scope::Group(g.clone());
                }
            }
        }
        analysis.files.push((file.name.clone(), parsed.dependencies.len()));
        includes.extend(parsed.includes);
        for d in parsed.dependencies {
            let entry = seen.entry(normalize(&d.name)).or_insert_with(|| Seen { written: d.name.clone(), ..Seen::default() });
            if entry.pinned.is_none() {
                entry.pinned = d.pinned;
            }
            if entry.spec.is_empty() {
                entry.spec = d.spec;
            }
            let only_locked = d.transitive || (project_file_given && is_lock(format));
            entry.direct |= !only_locked;
            match d.scope {
                Scope::Main => entry.main = true,
                Scope::Unknown => entry.unknown = true,
                Scope::Group(g) => {
                    match group_files.iter_mut().find(|(h, _)| *h == g) {
                        Some((_, files)) if !files.contains(&file.name) => files.push(file.name.clone()),
                        Some(_) => {}
                        None => group_files.push((g.clone(), vec![file.name.clone()])),
                    }
                    if !entry.groups.contains(&g) {
                        entry.groups.push(g);
                    }
                }
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
    // The application's own: declared as such, or only where no file says
    // (an older lock file) and no file puts it in a group, or in a group
    // the user ticked.
    let own = |s: &Seen| s.main || (s.unknown && s.groups.is_empty()) || s.groups.iter().any(|g| request.counted.contains(g));
    let deps: BTreeMap<String, (String, Option<String>, String)> =
        seen.iter().filter(|(_, s)| own(s)).map(|(n, s)| (n.clone(), (s.written.clone(), s.pinned.clone(), s.spec.clone()))).collect();
    let direct: BTreeMap<String, (String, Option<String>, String)> =
        deps.iter().filter(|(n, _)| seen.get(*n).is_some_and(|s| s.direct)).map(|(n, d)| (n.clone(), d.clone())).collect();
    let telling = |name: &str| ANSWER_HINTS.iter().any(|h| h.packages.contains(&name));
    analysis.groups = group_files
        .into_iter()
        .map(|(group, files)| {
            let counted = request.counted.contains(&group);
            let members = seen.iter().filter(|(_, s)| s.groups.contains(&group) && !s.main && s.direct);
            let (packages, telling): (Vec<String>, Vec<String>) = members.fold((Vec::new(), Vec::new()), |(mut all, mut tell), (n, s)| {
                all.push(s.written.clone());
                if telling(n) {
                    tell.push(s.written.clone());
                }
                (all, tell)
            });
            OptionalGroup { group, files, packages, telling, counted }
        })
        .filter(|g| !g.packages.is_empty())
        .collect();
    analysis.frameworks = frameworks(&deps, request.today);
    analysis.libraries = releases(&deps, &["flask-sqlalchemy", "sqlalchemy", "djangorestframework"]);
    analysis.suggestions = suggestions(&direct);
    analysis.notes = packages::PACKAGE_NOTES
        .iter()
        .filter_map(|n| {
            let found: Vec<String> = n.packages.iter().filter_map(|p| direct.get(*p).map(|d| d.0.clone())).collect();
            (!found.is_empty()).then(|| Noted {
                packages: found,
                note: n.note.to_string(),
                reference: (n.reference.0.to_string(), n.reference.1.to_string()),
            })
        })
        .collect();
    // A running system's capabilities are what it has, not needs to weigh.
    if let [running] = analysis.frameworks.as_slice() {
        let (before, middle, after) = packages::ALREADY_HAS;
        for s in analysis.suggestions.iter_mut().filter(|s| question_index(&s.question).is_some_and(|q| QUESTIONS[q].is_capability())) {
            s.reason = format!("{before}{}{middle}{}{after}{}", running.name, s.packages.join(", "), s.reason);
            s.had = true;
        }
    }
    // Development tools (tests) are had even when only a development group lists them.
    analysis.present = CAPABILITY_HINTS
        .iter()
        .filter_map(|h| {
            let found: Vec<String> = h
                .packages
                .iter()
                .filter_map(|p| match (deps.get(*p), seen.get(*p)) {
                    (Some(d), _) => Some(d.0.clone()),
                    (None, Some(s)) if h.development && !s.groups.is_empty() => Some(s.written.clone()),
                    _ => None,
                })
                .collect();
            (!found.is_empty()).then(|| Present { capability: h.capability.to_string(), packages: found })
        })
        .collect();
    analysis
}

/// The PEP 440 specifiers a constraint stands for: `spec` as written, with
/// Poetry's caret and tilde forms (`^2.2`, `~2.2`) read as the ranges Poetry
/// gives them. `None` when it cannot be read or says nothing.
fn specifiers(spec: &str) -> Option<VersionSpecifiers> {
    let parts: Vec<String> = spec.split(',').map(|p| poetry_range(p.trim())).collect();
    let joined = parts.join(",");
    if joined.trim().is_empty() {
        return None;
    }
    VersionSpecifiers::from_str(&joined).ok()
}

/// One Poetry constraint as PEP 440: `^1.2.3` is `>=1.2.3,<2` (`^0.3` is
/// `>=0.3,<0.4`), `~1.2` is `>=1.2,<1.3` (`~1` is `>=1,<2`), a bare `3.*`
/// or `3.1.2` is `==3.*` or `==3.1.2`; anything else as written.
fn poetry_range(part: &str) -> String {
    let (caret, rest) = match (part.strip_prefix('^'), part.strip_prefix('~').filter(|r| !r.starts_with('='))) {
        (Some(r), _) => (true, r),
        (None, Some(r)) => (false, r),
        (None, None) if part.starts_with(|c: char| c.is_ascii_digit()) => return format!("=={part}"),
        (None, None) => return part.to_string(),
    };
    let nums: Vec<u64> = rest.trim().split('.').map_while(|n| n.parse().ok()).collect();
    let next = |n: &u64| n.checked_add(1);
    let upper = match (caret, nums.as_slice()) {
        (true, [0, minor, ..]) => next(minor).map(|m| format!("0.{m}")),
        (true, [major, ..]) => next(major).map(|m| m.to_string()),
        (false, [major, minor, ..]) => next(minor).map(|m| format!("{major}.{m}")),
        (false, [major]) => next(major).map(|m| m.to_string()),
        _ => None,
    };
    match upper {
        Some(upper) => format!(">={},<{upper}", rest.trim()),
        None => part.to_string(),
    }
}

/// True when `specs` let pip install some release of `series`: its first,
/// a late patch, or a release of it that one of the specifiers names
/// (`>=4.2.8,<4.2.20` allows 4.2.8).
fn allows(specs: &VersionSpecifiers, (major, minor): (u64, u64)) -> bool {
    let named = specs.iter().map(|s| s.version().clone()).filter(|v| v.release().starts_with(&[major, minor]));
    [0, 9999].into_iter().map(|patch| Version::new([major, minor, patch])).chain(named).any(|v| specs.contains(&v))
}

/// The series to judge a package by: a pinned version's, else the newest of
/// `candidates` (newest first) that the constraint `spec` allows, as pip
/// installs the newest release a constraint allows. `None` when neither
/// says (no version, an unreadable constraint, or none of the candidates).
fn judged_series(pinned: Option<&str>, spec: &str, candidates: &[(u64, u64)]) -> Option<(u64, u64)> {
    if let Some(v) = pinned {
        return series(v);
    }
    let specs = specifiers(spec)?;
    candidates.iter().copied().find(|s| allows(&specs, *s))
}

/// The series after `(major, minor)` that release data cannot know yet:
/// the next minor and the next major, newest first.
fn newer_than((major, minor): (u64, u64)) -> [(u64, u64); 2] {
    [(major + 1, 0), (major, minor + 1)]
}

/// What is said of a version judged as `series` when the release data's
/// current series is `current`: `Judged::Newer` for a pinned release newer
/// than the data, `Judged::Series` for the series itself (a pin, or the
/// newest series a range allows; a range allowing releases after the data
/// is judged by the current one, which pip would install today).
enum Judged {
    /// A pinned release after the data, e.g. Django 6.2 when the data knows 6.1.
    Newer,
    /// The series to judge and whether it came from a range rather than a pin.
    Series((u64, u64), bool),
}

fn judge(pinned: Option<&str>, spec: &str, candidates: &[(u64, u64)], current: (u64, u64)) -> Option<Judged> {
    let s = judged_series(pinned, spec, candidates)?;
    Some(match (pinned.is_some(), s > current) {
        (true, true) => Judged::Newer,
        (false, true) => Judged::Series(current, true),
        (pin, false) => Judged::Series(s, !pin),
    })
}

/// `fragment` ("(…)") with the series a range was judged by named first:
/// "(newest it allows: 6.1; …)".
fn from_range(fragment: String, (major, minor): (u64, u64), range: bool) -> String {
    if !range {
        return fragment;
    }
    let inner = fragment.strip_prefix('(').and_then(|f| f.strip_suffix(')')).unwrap_or(&fragment);
    format!("(newest release it allows: {major}.{minor}; {inner})")
}

fn frameworks(deps: &BTreeMap<String, (String, Option<String>, String)>, today: (u32, u32)) -> Vec<FrameworkFound> {
    let mut out = Vec::new();
    if let Some((_, pinned, spec)) = deps.get("django") {
        let version = pinned.clone().unwrap_or_else(|| spec.clone());
        // Newest first: releases after the data, the table, then series before it.
        let mut candidates: Vec<(u64, u64)> = newer_than(packages::DJANGO_CURRENT).to_vec();
        candidates.extend(packages::DJANGO_SUPPORT.iter().rev().map(|w| w.series));
        candidates.extend((0..=10).rev().map(|minor| (1, minor)));
        let (ended, support) = match judge(pinned.as_deref(), spec, &candidates, packages::DJANGO_CURRENT) {
            Some(Judged::Newer) => (false, Some(packages::newer_than_data(packages::DJANGO_CURRENT))),
            Some(Judged::Series(s, _)) if packages::django_predates_table(s) => (true, Some(packages::DJANGO_ANCIENT.to_string())),
            Some(Judged::Series(s, range)) => {
                packages::django_support(s, today).map_or((false, None), |(e, t)| (e, Some(from_range(t, s, range))))
            }
            None => (false, None),
        };
        let reference = support.as_ref().map(|_| (packages::SUPPORT_REFERENCE.to_string(), packages::SUPPORT_URL.to_string()));
        out.push(FrameworkFound { name: "Django".into(), version, support, ended, reference });
    }
    out.extend(releases(deps, &["flask"]));
    out
}

/// Flask or the core libraries of `packages` found, each judged against
/// [`packages::RELEASE_LINES`] (see [`packages::release_status`]).
fn releases(deps: &BTreeMap<String, (String, Option<String>, String)>, names: &[&str]) -> Vec<FrameworkFound> {
    names
        .iter()
        .filter_map(|n| {
            let line = packages::release_line(n)?;
            let (_, pinned, spec) = deps.get(*n)?;
            let version = pinned.clone().unwrap_or_else(|| spec.clone());
            // Newest first: releases after the data, then every series
            // PyPI knows, major by major.
            let current = line.current;
            let mut candidates: Vec<(u64, u64)> = newer_than(current).to_vec();
            for &(major, last) in line.newest_per_major.iter().rev() {
                candidates.extend((0..=last).rev().map(|minor| (major, minor)));
            }
            let status = judge(pinned.as_deref(), spec, &candidates, current).map(|j| match j {
                Judged::Newer => (false, packages::newer_than_data(current)),
                Judged::Series(s, range) => {
                    let (ended, said) = packages::release_status(line, s);
                    (ended, from_range(said, s, range))
                }
            });
            let ended = status.as_ref().is_some_and(|(ended, _)| *ended);
            let support = status.map(|(_, said)| said);
            let reference = support.as_ref().map(|_| (line.reference.0.to_string(), line.reference.1.to_string()));
            Some(FrameworkFound { name: line.name.into(), version, support, ended, reference })
        })
        .collect()
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
                let reference = h.sources.is_empty().then(|| packages::pypi_reference(&normalize(&found[0])));
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
                        reference,
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
