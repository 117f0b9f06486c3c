//! The key-value interface the store is written against, its errors, and an in-memory
//! implementation used by tests and as the fallback when the browser keeps nothing.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use crate::i18n::{Arg, Line};

/// Why reading or writing saved data failed; [`StoreError::line`] says it to people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is turned off, blocked (some private windows) or throws on access.
    Unavailable {
        /// What the browser said, for logs.
        detail: String,
    },
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// A saved value is not something this version can read (not JSON, or a foreign shape).
    Corrupt {
        /// The storage key.
        key: String,
        /// What is wrong with it, as a message.
        reason: Line,
    },
    /// A saved value was written by a newer version of Unknot; it is left untouched.
    TooNew {
        /// The storage key.
        key: String,
        /// The format version found.
        version: u64,
    },
    /// Something to be saved breaks the rules of the format (a bug in the caller).
    Invalid {
        /// What rule it breaks, as a message.
        reason: Line,
    },
    /// Any other refusal by the browser.
    Failed {
        /// What the browser said.
        detail: String,
    },
}

impl StoreError {
    /// What went wrong, as a message key and its arguments, to show in the chosen language.
    pub fn line(&self) -> Line {
        let text = |name: &'static str, value: &str| (name, Arg::Text(value.to_string()));
        match self {
            StoreError::Unavailable { .. } => Line::t(
                "This browser is not letting Unknot keep data (storage is turned off or blocked).",
            ),
            StoreError::QuotaExceeded => {
                Line::t("This browser's storage for Unknot is full, so this could not be saved.")
            }
            StoreError::Corrupt { key, reason } => Line::tf(
                "Saved data under “{key}” could not be read: {reason}.",
                vec![text("key", key), ("reason", Arg::line(reason.clone()))],
            ),
            StoreError::TooNew { key, version } => Line::tf(
                "Data under “{key}” comes from a newer version of Unknot (format {version}) and was left untouched.",
                vec![text("key", key), ("version", Arg::Number(*version))],
            ),
            StoreError::Invalid { reason } => Line::tf(
                "This could not be saved because it is not valid: {reason}.",
                vec![("reason", Arg::line(reason.clone()))],
            ),
            StoreError::Failed { detail } => Line::tf(
                "The browser refused to save data ({detail}).",
                vec![text("detail", detail)],
            ),
        }
    }
}

/// English, for logs and tests; the screen renders [`StoreError::line`] in its language.
impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.line().fmt(f)
    }
}

impl std::error::Error for StoreError {}

/// A string key-value store such as the browser's `localStorage`.
///
/// Methods take `&self` so one store can be shared by the whole app; implementations use
/// interior mutability.
pub trait KeyValue {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`, replacing what was there.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key` (removing a missing key is not an error).
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key currently stored (also other apps' keys on the same origin).
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory [`KeyValue`]: the fallback when the browser keeps nothing, and the test
/// double with failure injection.
#[derive(Debug, Default)]
pub struct MemoryKv {
    entries: RefCell<BTreeMap<String, String>>,
    failing: Cell<bool>,
    quota: Cell<Option<usize>>,
}

impl MemoryKv {
    /// An empty store that works.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store on which every call fails with [`StoreError::Unavailable`], like a
    /// `localStorage` that throws.
    pub fn failing() -> Self {
        let kv = Self::default();
        kv.failing.set(true);
        kv
    }

    /// A store that refuses writes once keys plus values would exceed `bytes`.
    pub fn with_quota(bytes: usize) -> Self {
        let kv = Self::default();
        kv.quota.set(Some(bytes));
        kv
    }

    /// A store holding `entries`.
    pub fn from_entries<K: Into<String>, V: Into<String>>(
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let kv = Self::default();
        kv.entries.replace(
            entries
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        kv
    }

    /// Sets or lifts the size limit.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.quota.set(bytes);
    }

    /// A copy of everything stored.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.entries.borrow().clone()
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.failing.get() {
            Err(StoreError::Unavailable {
                detail: "memory store set to fail".into(),
            })
        } else {
            Ok(())
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        if let Some(quota) = self.quota.get() {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}
