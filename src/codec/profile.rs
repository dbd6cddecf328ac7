//! Profile records: the JSON stored in localStorage and in export files.
//!
//! # Format, version 1
//! ```json
//! {"schema": "django-flask-advisor/profile", "version": 1,
//!  "id": "p-lx3k2-9f", "name": "Billing rewrite", "saved_at": 1795000000000,
//!  "rev": 3, "answers": {"app_type": "api_backend"}, "importance": {"app_type": "high"}}
//! ```
//! `saved_at` is milliseconds since the Unix epoch; `rev` counts saves and
//! detects concurrent edits. Answers and importance use the public question
//! and option ids. The autosaved current work uses the same shape with the
//! schema `django-flask-advisor/current` and `id` naming the profile it was
//! opened from (empty when none). An export file is
//! `{"schema": "django-flask-advisor/export", "version": 1, "exported_at": ms, "profiles": [records]}`.
//!
//! Reading accepts every version up to [`VERSION`] (there is only version 1
//! so far; the fixture in `tests/fixtures` proves it keeps loading). Unknown
//! question or option ids are skipped and reported, never fatal.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::{Answers, Importance};
use crate::knowledge::QUESTIONS;

/// Schema tag of a stored profile.
pub const PROFILE_SCHEMA: &str = "django-flask-advisor/profile";
/// Schema tag of the autosaved current work.
pub const CURRENT_SCHEMA: &str = "django-flask-advisor/current";
/// Schema tag of an export file.
pub const EXPORT_SCHEMA: &str = "django-flask-advisor/export";
/// The record version this build writes.
pub const VERSION: u32 = 1;
/// Longest profile name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// A saved profile in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Stable id, also the storage key suffix.
    pub id: String,
    /// The name the user gave it.
    pub name: String,
    /// Milliseconds since the Unix epoch of the last save.
    pub saved_at: u64,
    /// Number of saves; used to detect edits from another tab.
    pub rev: u32,
    /// The answers and importance settings.
    pub answers: Answers,
}

/// The JSON shape of a record (profile, current work) of any version.
#[derive(Serialize, Deserialize, Debug)]
struct Record {
    schema: String,
    version: u32,
    #[serde(default)]
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    saved_at: u64,
    #[serde(default)]
    rev: u32,
    #[serde(default)]
    answers: BTreeMap<String, String>,
    #[serde(default)]
    importance: BTreeMap<String, String>,
}

#[derive(Serialize, Deserialize)]
struct ExportFile {
    schema: String,
    version: u32,
    #[serde(default)]
    exported_at: u64,
    profiles: Vec<serde_json::Value>,
}

/// Why a record could not be read. `Display` gives a short lower-case
/// fragment (e.g. `invalid JSON: EOF while parsing`); the sentence shown to
/// the user is composed by [`crate::session::message`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON at all (corrupt or truncated).
    NotJson(String),
    /// JSON, but not one of our records (no or another schema tag).
    Foreign,
    /// Written by a newer version of the advisor.
    FutureVersion(u32),
    /// Our schema, but a field is missing or wrong.
    Invalid(String),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::NotJson(e) => write!(f, "invalid JSON: {e}"),
            RecordError::Foreign => write!(f, "not a record of this advisor"),
            RecordError::FutureVersion(v) => write!(f, "unsupported record version {v} (newest readable: {VERSION})"),
            RecordError::Invalid(e) => write!(f, "invalid record: {e}"),
        }
    }
}

impl std::error::Error for RecordError {}

/// A record that was read, with the ids it had to skip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<T> {
    /// The value read.
    pub value: T,
    /// `question=option` pairs (or importance entries) that were skipped
    /// because this version does not know them.
    pub skipped: Vec<String>,
}

fn answers_to_maps(answers: &Answers) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let mut a = BTreeMap::new();
    let mut i = BTreeMap::new();
    for (qi, q) in QUESTIONS.iter().enumerate() {
        if let Some(o) = answers.choice(qi) {
            a.insert(q.id.to_string(), q.options[o].id.to_string());
        }
        if answers.importance(qi) != Importance::Normal {
            i.insert(q.id.to_string(), answers.importance(qi).id().to_string());
        }
    }
    (a, i)
}

fn maps_to_answers(record: &Record) -> (Answers, Vec<String>) {
    let mut answers = Answers::new();
    let pairs = record.answers.iter().map(|(q, o)| (q.as_str(), o.as_str()));
    let importance = record.importance.iter().map(|(q, i)| (format!("importance.{q}"), i.as_str())).collect::<Vec<_>>();
    let mut skipped: Vec<String> =
        crate::prefill::apply(&mut answers, pairs).into_iter().map(|s| format!("{}={}", s.name, s.value)).collect();
    skipped.extend(
        crate::prefill::apply(&mut answers, importance.iter().map(|(k, v)| (k.as_str(), *v)))
            .into_iter()
            .map(|s| format!("{}={}", s.name, s.value)),
    );
    (answers, skipped)
}

fn parse_record(raw: &str, schema: &str) -> Result<Record, RecordError> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| RecordError::NotJson(e.to_string()))?;
    record_from_value(value, schema)
}

fn record_from_value(value: serde_json::Value, schema: &str) -> Result<Record, RecordError> {
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(s) if s == schema => {}
        _ => return Err(RecordError::Foreign),
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v as u32 > VERSION => return Err(RecordError::FutureVersion(v as u32)),
        Some(0) | None => return Err(RecordError::Invalid("no record version".into())),
        Some(_) => {}
    }
    // Version 1 is the only one so far; a future version adds its migration here.
    serde_json::from_value(value).map_err(|e| RecordError::Invalid(e.to_string()))
}

fn clean_name(name: &str) -> String {
    name.trim().chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect()
}

/// Serialises a profile as a version-1 record.
pub fn profile_to_json(p: &Profile) -> String {
    let (answers, importance) = answers_to_maps(&p.answers);
    let r = Record {
        schema: PROFILE_SCHEMA.into(),
        version: VERSION,
        id: p.id.clone(),
        name: p.name.clone(),
        saved_at: p.saved_at,
        rev: p.rev,
        answers,
        importance,
    };
    serde_json::to_string(&r).expect("a record always serialises")
}

/// Reads a profile record.
///
/// # Errors
/// [`RecordError`] when the text is not JSON, not our profile schema, from a
/// newer version, or missing its id.
pub fn profile_from_json(raw: &str) -> Result<Loaded<Profile>, RecordError> {
    profile_from_record(parse_record(raw, PROFILE_SCHEMA)?)
}

fn profile_from_record(r: Record) -> Result<Loaded<Profile>, RecordError> {
    if r.id.is_empty() || r.id.len() > 64 || !r.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(RecordError::Invalid("the profile id is missing or malformed".into()));
    }
    let (answers, skipped) = maps_to_answers(&r);
    Ok(Loaded { value: Profile { id: r.id, name: clean_name(&r.name), saved_at: r.saved_at, rev: r.rev, answers }, skipped })
}

/// The autosaved current work: answers, and the profile it came from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Current {
    /// The answers being worked on.
    pub answers: Answers,
    /// Id of the profile they were opened from or last saved to, if any.
    pub profile_id: Option<String>,
    /// That profile's revision when it was opened or saved.
    pub base_rev: u32,
    /// The profile's name at that time (empty when none).
    pub name: String,
}

/// Serialises the current work.
pub fn current_to_json(c: &Current) -> String {
    let (answers, importance) = answers_to_maps(&c.answers);
    let r = Record {
        schema: CURRENT_SCHEMA.into(),
        version: VERSION,
        id: c.profile_id.clone().unwrap_or_default(),
        name: c.name.clone(),
        saved_at: 0,
        rev: c.base_rev,
        answers,
        importance,
    };
    serde_json::to_string(&r).expect("a record always serialises")
}

/// Reads the current work.
///
/// # Errors
/// [`RecordError`] as for [`profile_from_json`].
pub fn current_from_json(raw: &str) -> Result<Loaded<Current>, RecordError> {
    let r = parse_record(raw, CURRENT_SCHEMA)?;
    let (answers, skipped) = maps_to_answers(&r);
    let profile_id = (!r.id.is_empty()).then_some(r.id);
    Ok(Loaded { value: Current { answers, profile_id, base_rev: r.rev, name: clean_name(&r.name) }, skipped })
}

/// Serialises profiles as an export file.
pub fn export_to_json(profiles: &[Profile], exported_at: u64) -> String {
    let records = profiles.iter().map(|p| serde_json::from_str(&profile_to_json(p)).expect("our own JSON parses")).collect();
    let f = ExportFile { schema: EXPORT_SCHEMA.into(), version: VERSION, exported_at, profiles: records };
    serde_json::to_string_pretty(&f).expect("an export always serialises")
}

/// One entry of an import file, read or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportEntry {
    /// A profile that was read (with any skipped ids).
    Read(Loaded<Profile>),
    /// An entry that could not be read, with its position (1-based) and why.
    Unreadable(usize, RecordError),
}

/// Reads an export file.
///
/// # Errors
/// [`RecordError`] when the file itself is not an export of this advisor;
/// bad entries inside a good file are returned as [`ImportEntry::Unreadable`].
pub fn import_from_json(raw: &str) -> Result<Vec<ImportEntry>, RecordError> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| RecordError::NotJson(e.to_string()))?;
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(EXPORT_SCHEMA) => {}
        _ => return Err(RecordError::Foreign),
    }
    if let Some(v) = value.get("version").and_then(|v| v.as_u64()) {
        if v as u32 > VERSION {
            return Err(RecordError::FutureVersion(v as u32));
        }
    }
    let file: ExportFile = serde_json::from_value(value).map_err(|e| RecordError::Invalid(e.to_string()))?;
    Ok(file
        .profiles
        .into_iter()
        .enumerate()
        .map(|(i, v)| match record_from_value(v, PROFILE_SCHEMA).and_then(profile_from_record) {
            Ok(l) => ImportEntry::Read(l),
            Err(e) => ImportEntry::Unreadable(i + 1, e),
        })
        .collect())
}
