//! The error of reading a dependency file or one of its lines.

use std::fmt;

/// What went wrong with a dependency file or one of its lines. `Display`
/// gives a short fragment in the style of the other errors ("invalid TOML:
/// expected `=`"); [`DepfileError::describe`] gives the words a user reads
/// after the file name (and line), with what to do where there is
/// something to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DepfileError {
    /// The file is larger than the limit (in bytes).
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The bytes are not UTF-8 text, or hold a NUL byte (a binary file).
    NotText,
    /// The browser could not read the file.
    Unreadable,
    /// The name is not one of the formats read.
    UnknownFormat,
    /// A `setup.py`: a program, which this reader never runs or reads.
    SetupPy,
    /// The file is not a valid INI file (`setup.cfg`); the parser's message.
    Ini(String),
    /// The file is not valid TOML; the parser's first line of explanation.
    Toml(String),
    /// The file is not valid JSON; the parser's explanation.
    Json(String),
    /// A requirement line or string could not be parsed; the parser's first line.
    Requirement(String),
    /// A value has the wrong shape, e.g. a dependency list that is not a list; names the key.
    Shape(String),
    /// A `pyproject.toml` whose `[project]` declares its dependencies as
    /// dynamic (filled in at build time from elsewhere) without saying from
    /// which file.
    DynamicDependencies,
}

impl fmt::Display for DepfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DepfileError::TooLarge { limit } => write!(f, "larger than {} MB", limit / 1_000_000),
            DepfileError::NotText => f.write_str("not UTF-8 text"),
            DepfileError::Unreadable => f.write_str("unreadable"),
            DepfileError::UnknownFormat => f.write_str("unknown format"),
            DepfileError::SetupPy => f.write_str("setup.py not read"),
            DepfileError::Ini(m) => write!(f, "invalid setup.cfg: {m}"),
            DepfileError::Toml(m) => write!(f, "invalid TOML: {m}"),
            DepfileError::Json(m) => write!(f, "invalid JSON: {m}"),
            DepfileError::Requirement(m) => write!(f, "invalid requirement: {m}"),
            DepfileError::Shape(key) => write!(f, "unexpected shape of \"{key}\""),
            DepfileError::DynamicDependencies => f.write_str("dynamic dependencies"),
        }
    }
}

impl DepfileError {
    /// What a user reads after the file name (and line), e.g. "is not
    /// valid TOML (expected `=`)", with what to do where there is something
    /// to do (a `setup.py`: give another file; dynamic dependencies: add
    /// the file that lists them). [`super::Problem`] carries it.
    pub fn describe(&self) -> String {
        match self {
            DepfileError::TooLarge { limit } => format!("is larger than the {} MB limit, so it was not read", limit / 1_000_000),
            DepfileError::NotText => "is not a text file (binary, or not UTF-8), so it was not read".into(),
            DepfileError::Unreadable => "could not be read by the browser".into(),
            DepfileError::UnknownFormat => {
                "is not a file this reads (requirements*.txt, pyproject.toml, setup.cfg, Pipfile, Pipfile.lock, poetry.lock or uv.lock)"
                    .into()
            }
            DepfileError::SetupPy => {
                "is a Python program, which this reader never runs or reads; give its setup.cfg, pyproject.toml or requirements file instead"
                    .into()
            }
            DepfileError::Ini(m) => format!("is not a valid setup.cfg ({m})"),
            DepfileError::Toml(m) => format!("is not valid TOML ({m})"),
            DepfileError::Json(m) => format!("is not valid JSON ({m})"),
            DepfileError::Requirement(m) => format!("could not be read as a requirement ({m})"),
            DepfileError::Shape(key) => format!("\"{key}\" does not have the expected shape, so it was skipped"),
            DepfileError::DynamicDependencies => {
                "declares its dependencies as dynamic (filled in at build time from another file), so none were read from it; add the file that lists them, often a requirements.txt"
                    .into()
            }
        }
    }
}

impl std::error::Error for DepfileError {}

/// The first non-empty line of a parser's message, shortened to 160 characters.
pub(crate) fn first_line(message: &str) -> String {
    let line = message.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let mut out: String = line.chars().take(160).collect();
    if line.chars().count() > 160 {
        out.push('…');
    }
    out
}
