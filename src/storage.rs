//! Saved profiles and the autosaved current work, over any key-value store
//! (localStorage in the browser, a map in tests).
//!
//! Keys: `dfa.profile.<id>` (one per profile), `dfa.current` (autosave) and
//! `dfa.aside.<ms>` (an unreadable autosave, kept verbatim), and two UI
//! preferences, [`THEME_KEY`] and [`ADVANCED_KEY`]. Keys without the
//! `dfa.` prefix belong to someone else and are never touched.
//!
//! Nothing is lost:
//! - a record that cannot be read is reported and never written over;
//! - a save checks the revision it started from, so a save made in another
//!   tab in between is never silently replaced ([`SaveError::Conflict`]);
//! - a failed write (quota, storage blocked) leaves the stored data as it was.

use std::collections::BTreeMap;

use crate::codec::profile::{self, Current, Profile, RecordError};
use crate::engine::Answers;

/// Prefix of every key this app writes.
pub const PREFIX: &str = "dfa.";
/// Prefix of profile keys.
pub const PROFILE_PREFIX: &str = "dfa.profile.";
/// Key of the autosaved current work.
pub const CURRENT_KEY: &str = "dfa.current";
/// Prefix of unreadable records kept aside.
pub const ASIDE_PREFIX: &str = "dfa.aside.";

/// Key of the colour scheme chosen with the theme switch: `light` or `dark`
/// (absent: follow the system). Read before the first paint by `public/theme.js`.
pub const THEME_KEY: &str = "dfa.theme";

/// Key of whether the questionnaire's advanced group was left open: `open`
/// or `closed` (absent: closed). A plain UI preference, not a record; any
/// other value is ignored (the group starts closed) and is only replaced
/// when the user opens or closes the group.
pub const ADVANCED_KEY: &str = "dfa.advanced";

/// A failure of the underlying store. `Display` gives a short lower-case
/// fragment (e.g. `storage quota exceeded`); the sentence shown to the user
/// is composed by [`crate::session::message`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is blocked or missing (private mode, disabled cookies).
    Unavailable,
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Any other failure, with the browser's message.
    Other(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable => write!(f, "storage unavailable"),
            StoreError::QuotaExceeded => write!(f, "storage quota exceeded"),
            StoreError::Other(m) => write!(f, "storage error: {m}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string key-value store.
pub trait KeyValue {
    /// The value at `key`, if any.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be read.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` at `key`.
    ///
    /// # Errors
    /// [`StoreError`] when the write fails; the old value is then kept.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be written.
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be read.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store: the fallback when the browser's is unavailable, and
/// the store used by tests. `quota` (bytes of keys and values) simulates a
/// full storage.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    /// The stored pairs.
    pub map: BTreeMap<String, String>,
    /// Total size allowed, in bytes; `None` for no limit.
    pub quota: Option<usize>,
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(q) = self.quota {
            let used: usize = self.map.iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
            if used + key.len() + value.len() > q {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.map.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.map.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.keys().cloned().collect())
    }
}

/// A stored record that could not be read. It stays untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Its storage key.
    pub key: String,
    /// Its raw text, for export.
    pub raw: String,
    /// Why it could not be read.
    pub error: RecordError,
}

/// Everything stored: readable profiles (sorted by name) and unreadable records.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Library {
    /// Profiles that were read.
    pub profiles: Vec<Profile>,
    /// Records that were not.
    pub unreadable: Vec<Unreadable>,
}

/// Reads every profile and every unreadable record.
///
/// # Errors
/// [`StoreError`] when the store cannot be listed.
pub fn load_library(store: &impl KeyValue) -> Result<Library, StoreError> {
    let mut lib = Library::default();
    for key in store.keys()? {
        let aside = key.starts_with(ASIDE_PREFIX);
        if !key.starts_with(PROFILE_PREFIX) && !aside {
            continue;
        }
        let Some(raw) = store.get(&key)? else { continue };
        if aside {
            let error = profile::current_from_json(&raw).err().unwrap_or(RecordError::Foreign);
            lib.unreadable.push(Unreadable { key, raw, error });
            continue;
        }
        match profile::profile_from_json(&raw) {
            Ok(l) if key == profile_key(&l.value.id) => lib.profiles.push(l.value),
            Ok(_) => {
                lib.unreadable.push(Unreadable { key, raw, error: RecordError::Invalid("its id does not match its storage key".into()) })
            }
            Err(error) => lib.unreadable.push(Unreadable { key, raw, error }),
        }
    }
    lib.profiles.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    Ok(lib)
}

/// The storage key of a profile id.
pub fn profile_key(id: &str) -> String {
    format!("{PROFILE_PREFIX}{id}")
}

/// Why a save did not happen. Nothing was written in any case. `Display`
/// gives a short fragment; [`crate::session::message`] composes the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The store refused the write.
    Store(StoreError),
    /// Another tab saved this profile since it was opened here; its version
    /// is returned so that the user can choose.
    Conflict(Box<Profile>),
    /// The record at that key could not be read, so it is not written over.
    Unreadable(RecordError),
    /// The profile was deleted (in another tab) since it was opened here.
    Gone,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Store(e) => e.fmt(f),
            SaveError::Conflict(p) => write!(f, "profile \"{}\" changed in another tab", p.name),
            SaveError::Unreadable(e) => write!(f, "stored copy unreadable: {e}"),
            SaveError::Gone => write!(f, "profile deleted in another tab"),
        }
    }
}

impl std::error::Error for SaveError {}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

/// Saves `profile` over the stored one, provided the stored revision is still
/// `base_rev` (`None` for a new profile, which must not exist yet). On
/// success returns the profile as saved, with `rev` incremented and
/// `saved_at` set to `now` (ms since the epoch).
///
/// # Errors
/// [`SaveError`]; nothing is written then.
pub fn save_profile(store: &mut impl KeyValue, profile: &Profile, base_rev: Option<u32>, now: u64) -> Result<Profile, SaveError> {
    let key = profile_key(&profile.id);
    let stored = store.get(&key)?;
    let rev = match (stored, base_rev) {
        (None, None) => 1,
        (None, Some(_)) => return Err(SaveError::Gone),
        (Some(raw), base) => match profile::profile_from_json(&raw) {
            Err(e) => return Err(SaveError::Unreadable(e)),
            Ok(l) if Some(l.value.rev) != base => return Err(SaveError::Conflict(Box::new(l.value))),
            Ok(l) => l.value.rev + 1,
        },
    };
    let saved = Profile { rev, saved_at: now, ..profile.clone() };
    store.set(&key, &profile::profile_to_json(&saved))?;
    Ok(saved)
}

/// Deletes a profile if it is still at revision `rev`.
///
/// # Errors
/// [`SaveError::Conflict`] when another tab saved it since; [`SaveError::Store`].
pub fn delete_profile(store: &mut impl KeyValue, id: &str, rev: u32) -> Result<(), SaveError> {
    let key = profile_key(id);
    match store.get(&key)? {
        None => Ok(()),
        Some(raw) => match profile::profile_from_json(&raw) {
            Ok(l) if l.value.rev != rev => Err(SaveError::Conflict(Box::new(l.value))),
            Err(e) => Err(SaveError::Unreadable(e)),
            Ok(_) => Ok(store.remove(&key)?),
        },
    }
}

/// A new profile id from a timestamp and a random-ish salt (any u32).
pub fn new_id(now: u64, salt: u32) -> String {
    format!("p-{now:x}-{salt:x}")
}

/// `name`, or `name (2)`, `name (3)`, ... whichever is not taken.
pub fn unique_name(name: &str, taken: &[&str]) -> String {
    let base = if name.trim().is_empty() { "Untitled profile" } else { name.trim() };
    if !taken.iter().any(|t| t.eq_ignore_ascii_case(base)) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base} ({n})")).find(|c| !taken.iter().any(|t| t.eq_ignore_ascii_case(c))).expect("some suffix is free")
}

/// What reading the autosave found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CurrentState {
    /// Nothing saved yet.
    Empty,
    /// The saved current work (with ids it had to skip).
    Read(profile::Loaded<Current>),
    /// The autosave could not be read. It has been copied verbatim under
    /// `aside_key` (when that copy succeeded) and is listed as unreadable.
    Unreadable {
        /// Why.
        error: RecordError,
        /// Where the raw text was kept, or `None` when the copy failed, in
        /// which case autosave must stay off so as not to overwrite it.
        aside_key: Option<String>,
    },
}

/// Reads the autosaved current work. An unreadable one is first copied aside
/// (never modified), so that autosave can go on without losing it.
///
/// # Errors
/// [`StoreError`] when the store cannot be read.
pub fn load_current(store: &mut impl KeyValue, now: u64) -> Result<CurrentState, StoreError> {
    let Some(raw) = store.get(CURRENT_KEY)? else { return Ok(CurrentState::Empty) };
    match profile::current_from_json(&raw) {
        Ok(l) => Ok(CurrentState::Read(l)),
        Err(error) => {
            let key = format!("{ASIDE_PREFIX}{now}");
            let aside_key = store.set(&key, &raw).ok().map(|_| key);
            Ok(CurrentState::Unreadable { error, aside_key })
        }
    }
}

/// Writes the current work.
///
/// # Errors
/// [`StoreError`]; the previous autosave is then kept.
pub fn save_current(store: &mut impl KeyValue, current: &Current) -> Result<(), StoreError> {
    store.set(CURRENT_KEY, &profile::current_to_json(current))
}

/// What an import did, for the report shown to the user.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Names imported as they were.
    pub imported: Vec<String>,
    /// (original name, new name) for profiles renamed to avoid a clash.
    pub renamed: Vec<(String, String)>,
    /// (entry description, reason) for entries not imported.
    pub skipped: Vec<(String, String)>,
}

/// Imports an export file: every readable profile is added under a fresh id
/// (never replacing a stored one), renamed when its name is taken.
///
/// # Errors
/// [`RecordError`] when the file is not an export of this advisor; nothing
/// is imported then. Store failures skip the entry and are reported.
pub fn import(store: &mut impl KeyValue, raw: &str, now: u64) -> Result<ImportReport, RecordError> {
    let entries = profile::import_from_json(raw)?;
    let mut taken: Vec<String> = load_library(store).map(|l| l.profiles.into_iter().map(|p| p.name).collect()).unwrap_or_default();
    let mut report = ImportReport::default();
    for (i, entry) in entries.into_iter().enumerate() {
        match entry {
            profile::ImportEntry::Unreadable(n, e) => report.skipped.push((format!("entry {n}"), e.to_string())),
            profile::ImportEntry::Read(l) => {
                let p = l.value;
                let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
                let name = unique_name(&p.name, &refs);
                let fresh = Profile { id: new_id(now, i as u32), name: name.clone(), rev: 0, ..p.clone() };
                match save_profile(store, &fresh, None, now) {
                    Ok(_) => {
                        if name == p.name {
                            report.imported.push(name.clone());
                        } else {
                            report.renamed.push((p.name.clone(), name.clone()));
                        }
                        taken.push(name);
                    }
                    Err(e) => report.skipped.push((format!("\"{}\"", p.name), e.to_string())),
                }
            }
        }
    }
    Ok(report)
}

/// Indices of the questions whose answer or importance differs between two
/// sets of answers, in questionnaire order.
pub fn differences(left: &Answers, right: &Answers) -> Vec<usize> {
    (0..crate::engine::QUESTION_COUNT).filter(|&q| left.choice(q) != right.choice(q) || left.importance(q) != right.importance(q)).collect()
}
