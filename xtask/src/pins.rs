//! Pinned tool versions and the checks that keep Cargo.lock, Trunk.toml and the
//! installed tools in agreement.

use std::path::Path;

/// Trunk release the project builds with (0.22 needs a newer rustc).
pub const TRUNK: &str = "0.21.14";
/// binaryen (wasm-opt) major version, installed from npm.
pub const BINARYEN: &str = "132";
/// Lighthouse (npm), for the benchmark's mobile audit.
pub const LIGHTHOUSE: &str = "12.8.2";

/// The version of `package` recorded in a Cargo.lock text.
pub fn lock_version(lock: &str, package: &str) -> Option<String> {
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim();
            return quoted_value(version, "version");
        }
    }
    None
}

/// The value of `key = "..."` inside `[section]` of a small TOML text.
pub fn toml_value(toml: &str, section: &str, key: &str) -> Option<String> {
    let header = format!("[{section}]");
    let mut inside = false;
    for line in toml.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == header;
        } else if inside {
            if let Some(value) = quoted_value(line, key) {
                return Some(value);
            }
        }
    }
    None
}

fn quoted_value(line: &str, key: &str) -> Option<String> {
    let (left, right) = line.split_once('=')?;
    if left.trim() != key {
        return None;
    }
    let value = right.split('#').next()?.trim();
    Some(value.strip_prefix('"')?.strip_suffix('"')?.to_string())
}

/// wasm-bindgen's version from Cargo.lock; wasm-bindgen-cli must match it exactly.
pub fn wasm_bindgen(root: &Path) -> Result<String, String> {
    let lock = read(&root.join("Cargo.lock"))?;
    lock_version(&lock, "wasm-bindgen")
        .ok_or_else(|| "Cargo.lock has no wasm-bindgen package; run `cargo fetch`".to_string())
}

/// Checks Trunk.toml's `[tools]` pins against Cargo.lock and the binaryen pin, so a
/// dependency bump cannot silently leave Trunk looking for a tool that is not there.
pub fn check_trunk_toml(root: &Path, wasm_bindgen: &str) -> Result<(), String> {
    let trunk_toml = read(&root.join("Trunk.toml"))?;
    let pinned = toml_value(&trunk_toml, "tools", "wasm_bindgen");
    if pinned.as_deref() != Some(wasm_bindgen) {
        return Err(format!(
            "Trunk.toml pins [tools] wasm_bindgen = {:?} but Cargo.lock has wasm-bindgen {wasm_bindgen}; \
             set `wasm_bindgen = \"{wasm_bindgen}\"` under [tools] in Trunk.toml",
            pinned.unwrap_or_else(|| "(missing)".into())
        ));
    }
    let wasm_opt = format!("version_{BINARYEN}");
    let pinned = toml_value(&trunk_toml, "tools", "wasm_opt");
    if pinned.as_deref() != Some(wasm_opt.as_str()) {
        return Err(format!(
            "Trunk.toml pins [tools] wasm_opt = {:?} but the xtask installs binaryen {BINARYEN}; \
             set `wasm_opt = \"{wasm_opt}\"` under [tools] in Trunk.toml",
            pinned.unwrap_or_else(|| "(missing)".into())
        ));
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.1.0\"\n\n\
                        [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";

    #[test]
    fn finds_the_exact_package_not_a_prefix() {
        assert_eq!(
            lock_version(LOCK, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(lock_version(LOCK, "wasm"), None);
    }

    #[test]
    fn reads_a_key_only_inside_its_section() {
        let toml =
            "[build]\nwasm_bindgen = \"no\"\n\n[tools]\n# pins\nwasm_bindgen = \"0.2.130\" # why\n";
        assert_eq!(
            toml_value(toml, "tools", "wasm_bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(toml_value(toml, "build", "wasm_opt"), None);
    }
}
