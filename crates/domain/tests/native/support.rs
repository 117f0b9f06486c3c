//! What the native tests share: the fixtures, the repository's files, JSON.

use std::path::PathBuf;

use serde_json::Value;

/// A file of `crates/domain/tests/fixtures/`, as text.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Parses JSON text a test wrote or read.
pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// The repository's root: the language files (`public/lang`) and `docs/` are the app's.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}
