//! Writes the service worker's precache list and versioned cache name into the staged
//! `sw.js` (copied from `public/sw.js`).
//!
//! The list is every file of the build except the worker itself, as URLs relative to
//! the worker (so any sub-path works). The cache name carries a hash of every file's
//! path and bytes: any change to the build makes a new cache, and a new `sw.js`, which
//! is what makes the browser install the new version and offer the update.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The worker's file name at the root of the build.
pub const WORKER: &str = "sw.js";
/// Stands in `sw.js` where the build hash goes (inside the cache name).
pub const HASH_PLACEHOLDER: &str = "__UNKNOT_BUILD_HASH__";
/// Stands in `sw.js` where the JSON array of URLs goes, quotes and brackets included.
pub const LIST_PLACEHOLDER: &str = "['__UNKNOT_PRECACHE__']";

/// What was written, for the build log and the tests.
#[derive(Debug)]
pub struct Precache {
    /// `./`-relative URLs, sorted.
    pub urls: Vec<String>,
    /// Total bytes of the precached files.
    pub bytes: u64,
    /// The first 16 hex digits of the build's content hash.
    pub hash: String,
}

/// Fills in the staged worker from the files in `staging` (after every other
/// finishing touch, since index.html's final bytes are part of the hash).
pub fn write_precache(staging: &Path) -> Result<Precache, String> {
    let worker = staging.join(WORKER);
    let source = fs::read_to_string(&worker).map_err(|e| {
        format!(
            "cannot read {}: {e} (index.html must copy public/ into the build)",
            worker.display()
        )
    })?;
    for placeholder in [HASH_PLACEHOLDER, LIST_PLACEHOLDER] {
        let n = source.matches(placeholder).count();
        if n != 1 {
            return Err(format!(
                "{WORKER} must contain {placeholder} exactly once (found {n})"
            ));
        }
    }
    let mut files = Vec::new();
    collect(staging, staging, &mut files)?;
    files.retain(|(relative, _)| relative != WORKER);
    files.sort();

    let mut hasher = Sha256::new();
    let mut bytes = 0u64;
    let mut urls = Vec::new();
    for (relative, path) in &files {
        let content = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        // Length-prefixed, so no two different builds can hash the same byte stream.
        hasher.update((relative.len() as u64).to_le_bytes());
        hasher.update(relative.as_bytes());
        hasher.update((content.len() as u64).to_le_bytes());
        hasher.update(&content);
        bytes += content.len() as u64;
        urls.push(format!("./{}", url_path(relative)));
    }
    let hash: String = hasher.finalize()[..8]
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        });
    let list = format!(
        "[{}]",
        urls.iter()
            .map(|u| format!("'{u}'"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let filled = source
        .replacen(HASH_PLACEHOLDER, &hash, 1)
        .replacen(LIST_PLACEHOLDER, &list, 1);
    fs::write(&worker, filled).map_err(|e| format!("cannot write {}: {e}", worker.display()))?;
    Ok(Precache { urls, bytes, hash })
}

/// Every file under `dir`, as (path relative to `root` with `/` separators, full path).
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let path = entry.path();
        let kind = entry
            .file_type()
            .map_err(|e| format!("cannot stat {}: {e}", path.display()))?;
        if kind.is_dir() {
            collect(root, &path, out)?;
        } else if kind.is_file() {
            let relative = path
                .strip_prefix(root)
                .map_err(|_| format!("{} is outside {}", path.display(), root.display()))?;
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((parts.join("/"), path));
        }
    }
    Ok(())
}

/// Percent-encodes everything but unreserved characters and `/`, so the URL is safe
/// inside a single-quoted JavaScript string and matches what the browser requests.
fn url_path(relative: &str) -> String {
    let mut out = String::new();
    for b in relative.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKER_SOURCE: &str =
        "const CACHE = 'unknot-__UNKNOT_BUILD_HASH__';\nconst PRECACHE = ['__UNKNOT_PRECACHE__'];\n";

    /// A fake staged build in a fresh temporary folder.
    fn staged(name: &str, wasm: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("unknot-sw-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("icons")).unwrap();
        fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
        fs::write(dir.join("app-1a2b_bg.wasm"), wasm).unwrap();
        fs::write(dir.join("icons/icon 192.png"), [1, 2, 3]).unwrap();
        fs::write(dir.join(WORKER), WORKER_SOURCE).unwrap();
        dir
    }

    #[test]
    fn lists_every_file_but_the_worker_relative_to_it() {
        let dir = staged("list", b"wasm");
        let precache = write_precache(&dir).unwrap();
        assert_eq!(
            precache.urls,
            [
                "./app-1a2b_bg.wasm",
                "./icons/icon%20192.png",
                "./index.html"
            ]
        );
        assert_eq!(precache.bytes, 4 + 3 + 15);
        let worker = fs::read_to_string(dir.join(WORKER)).unwrap();
        assert!(worker.contains(&format!("'unknot-{}'", precache.hash)));
        assert!(worker.contains("['./app-1a2b_bg.wasm', './icons/icon%20192.png', './index.html']"));
        assert!(!worker.contains("__UNKNOT"));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_cache_name_changes_with_any_byte_of_the_build_and_only_then() {
        let a = write_precache(&staged("a", b"wasm")).unwrap().hash;
        let same = write_precache(&staged("same", b"wasm")).unwrap().hash;
        let other = write_precache(&staged("other", b"wasn")).unwrap().hash;
        assert_eq!(a.len(), 16);
        assert_eq!(a, same);
        assert_ne!(a, other);
        for name in ["a", "same", "other"] {
            let _ = fs::remove_dir_all(
                std::env::temp_dir().join(format!("unknot-sw-{}-{name}", std::process::id())),
            );
        }
    }

    #[test]
    fn a_worker_without_placeholders_or_a_missing_worker_is_an_error() {
        let dir = staged("bad", b"wasm");
        fs::write(dir.join(WORKER), "const CACHE = 'fixed';").unwrap();
        assert!(write_precache(&dir).unwrap_err().contains(HASH_PLACEHOLDER));
        fs::remove_file(dir.join(WORKER)).unwrap();
        assert!(write_precache(&dir).unwrap_err().contains("public/"));
        fs::remove_dir_all(dir).unwrap();
    }
}
