//! The browser side of persistence: localStorage behind the
//! [`KeyValue`] trait (falling back to memory when it is blocked), the
//! previewed link's origin in sessionStorage, file downloads, and the
//! current time.
//!
//! localStorage is reached through gloo-storage's [`LocalStorage`], with its
//! raw string access ([`Storage::raw`]) only: every value is stored as the
//! exact text the codecs write (versioned JSON records, kept verbatim when
//! unreadable) or, for [`crate::storage::THEME_KEY`], the plain word that
//! `public/theme.js` reads before the first paint. gloo-storage's typed
//! `get`/`set` would wrap that text in JSON a second time and change the
//! stored formats, and its `raw()` throws when storage is blocked, so
//! [`open`] checks that localStorage is reachable before the first call.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::session::{LinkOrigin, LINK_ORIGIN_KEY};
use crate::storage::{KeyValue, MemoryStore, StoreError};

/// localStorage, or memory when the browser refuses storage.
pub enum Backend {
    /// The browser's localStorage, through [`LocalStorage::raw`]. Only
    /// [`open`] makes one, after checking that localStorage is reachable.
    Local,
    /// In memory only: nothing survives a reload.
    Memory(MemoryStore),
}

/// Classifies what the browser threw: a full quota, storage blocked by the
/// browser's settings, or anything else (with its name).
fn store_error(e: JsValue) -> StoreError {
    let name = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
    let exc = e.dyn_ref::<web_sys::DomException>().map(|d| (d.name(), d.code()));
    match exc {
        Some((n, _)) if n == "QuotaExceededError" || n == "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        Some((_, 22)) => StoreError::QuotaExceeded,
        Some((n, _)) if n == "SecurityError" => StoreError::Unavailable,
        Some((n, _)) => StoreError::Other(n),
        None => StoreError::Other(if name.is_empty() { "unknown error".into() } else { name }),
    }
}

impl KeyValue for Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            Backend::Local => LocalStorage::raw().get_item(key).map_err(store_error),
            Backend::Memory(m) => m.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            Backend::Local => LocalStorage::raw().set_item(key, value).map_err(store_error),
            Backend::Memory(m) => m.set(key, value),
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            Backend::Local => LocalStorage::raw().remove_item(key).map_err(store_error),
            Backend::Memory(m) => m.remove(key),
        }
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        match self {
            Backend::Local => {
                let s = LocalStorage::raw();
                let n = s.length().map_err(store_error)?;
                Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
            }
            Backend::Memory(m) => m.keys(),
        }
    }
}

thread_local! {
    static BACKEND: RefCell<Option<Backend>> = const { RefCell::new(None) };
}

/// Opens localStorage, probing that it accepts a write. Returns `None` when
/// it works, or the reason the app runs in memory.
pub fn open() -> Option<StoreError> {
    let probe = || -> Result<(), StoreError> {
        // The same steps as `LocalStorage::raw()`, which would throw instead
        // of returning when the browser blocks storage.
        let storage = web_sys::window()
            .ok_or(StoreError::Unavailable)?
            .local_storage()
            .map_err(|_| StoreError::Unavailable)?
            .ok_or(StoreError::Unavailable)?;
        // A probe write tells blocked storage apart (a full quota still allows removal).
        match storage.set_item("dfa.probe", "1") {
            Ok(()) => {
                let _ = storage.remove_item("dfa.probe");
                Ok(())
            }
            Err(e) => match store_error(e) {
                StoreError::QuotaExceeded => Ok(()),
                other => Err(other),
            },
        }
    };
    let (backend, problem) = match probe() {
        Ok(()) => (Backend::Local, None),
        Err(e) => (Backend::Memory(MemoryStore::default()), Some(e)),
    };
    BACKEND.with(|b| *b.borrow_mut() = Some(backend));
    problem
}

/// Runs `f` with the store. [`open`] must have been called.
pub fn with_store<R>(f: impl FnOnce(&mut Backend) -> R) -> R {
    BACKEND.with(|b| f(b.borrow_mut().get_or_insert_with(|| Backend::Memory(MemoryStore::default()))))
}

/// The tab's sessionStorage, when the browser lets the page reach it.
/// Reached through web-sys rather than gloo-storage's `SessionStorage`,
/// whose `raw()` throws when storage is blocked: what is kept there is a
/// convenience, never a reason to fail.
fn session_storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().session_storage().ok().flatten()
}

/// The version of the previewed link this tab kept beside the address
/// ([`LINK_ORIGIN_KEY`]); none when there is none, it cannot be read or is
/// damaged.
pub fn kept_link_origin() -> Option<LinkOrigin> {
    let raw = session_storage()?.get_item(LINK_ORIGIN_KEY).ok().flatten()?;
    serde_json::from_str(&raw).ok()
}

/// Keeps `origin` in the tab's sessionStorage, or removes the entry for
/// `None`. Written only when it differs from what is there; a refused write
/// is ignored (a reload then lists no changes, and loses nothing else).
pub fn keep_link_origin(origin: Option<&LinkOrigin>) {
    let Some(store) = session_storage() else { return };
    let before = store.get_item(LINK_ORIGIN_KEY).ok().flatten();
    match origin.and_then(|o| serde_json::to_string(o).ok()) {
        Some(text) if before.as_deref() != Some(text.as_str()) => {
            let _ = store.set_item(LINK_ORIGIN_KEY, &text);
        }
        None if before.is_some() => {
            let _ = store.remove_item(LINK_ORIGIN_KEY);
        }
        _ => {}
    }
}

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A pseudo-random 32-bit salt for new ids.
pub fn salt() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}
