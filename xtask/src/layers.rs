//! The layer rule, checked: only `src/platform/` touches the browser. The domain is a
//! crate of its own (`crates/domain`) whose only dependencies are serde, serde_json and
//! thiserror, so a browser or Leptos call there is a compile error; this check makes sure
//! the list stays so. A step of `cargo xtask test` (and `cargo xtask layers` on its own),
//! with the module rule (`modules.rs`).

use std::path::{Path, PathBuf};

use crate::project::Project;

/// What a layer may not name, with the reason shown on a failure.
const BROWSER: [&str; 5] = [
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "document()",
    "window()",
];

/// Why a platform file asks `super::window()`: the build pre-renders the opening screens
/// on the host, where `web_sys::window()` panics and `platform::window()` is `None`.
const HOST_SAFE: &str = "platform code asks `super::window()`, which is None on the host";

/// Each checked folder (under `src/`), the words it may not contain, the reason shown,
/// and the one file exempt (the place that defines the safe form).
fn rules() -> Vec<(
    &'static str,
    Vec<&'static str>,
    &'static str,
    Option<&'static str>,
)> {
    let only_platform = "only src/platform/ may";
    vec![
        ("ui", BROWSER.to_vec(), only_platform, None),
        (
            "platform",
            vec!["web_sys::window()"],
            HOST_SAFE,
            Some("mod.rs"),
        ),
    ]
}

/// What the domain crate may depend on.
const DOMAIN_DEPENDENCIES: [&str; 3] = ["serde", "serde_json", "thiserror"];

/// Fails with every offending line when a layer reaches past its border, when the domain
/// crate gains a dependency, or when modules import each other back.
pub fn check(p: &Project) -> Result<(), String> {
    let manifest = p.root.join("crates/domain/Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .map_err(|e| format!("cannot read {}: {e}", manifest.display()))?;
    let extra: Vec<String> = dependencies(&text)
        .into_iter()
        .filter(|d| !DOMAIN_DEPENDENCIES.contains(&d.as_str()))
        .collect();
    if !extra.is_empty() {
        return Err(format!(
            "crates/domain depends on {}: the domain stays plain Rust (only {})",
            extra.join(", "),
            DOMAIN_DEPENDENCIES.join(", ")
        ));
    }
    crate::modules::check(&p.root)?;
    let mut found = Vec::new();
    for (folder, banned, reason, exempt) in rules() {
        let dir = p.root.join("src").join(folder);
        for file in rust_files(&dir)? {
            if exempt.is_some_and(|name| file == dir.join(name)) {
                continue;
            }
            let text = std::fs::read_to_string(&file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let shown = file.strip_prefix(&p.root).unwrap_or(&file).display();
            for (line, word) in offences(&text, &banned) {
                found.push(format!("  {shown}:{line}: `{word}` ({reason})"));
            }
        }
    }
    if found.is_empty() {
        println!("layers: src/ui stays off the browser; src/platform is host-safe; the domain depends on {} only", DOMAIN_DEPENDENCIES.join(", "));
        Ok(())
    } else {
        Err(format!(
            "a layer reaches past its border:\n{}",
            found.join("\n")
        ))
    }
}

/// The names in a manifest's `[dependencies]` table (not the dev-dependencies).
fn dependencies(manifest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == "[dependencies]";
        } else if inside && !line.is_empty() && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                out.push(name.trim().to_string());
            }
        }
    }
    out
}

/// (1-based line, banned word) for each line of code (comments aside) naming a word.
fn offences(text: &str, banned: &[&'static str]) -> Vec<(usize, &'static str)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        for word in banned {
            if mentions(code, word) {
                out.push((i + 1, *word));
            }
        }
    }
    out
}

/// Whether `code` names `word` as a whole identifier (`window()` but not `counted_window()`).
fn mentions(code: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(word).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + word.len()..].chars().next();
        let glued_before = before.is_some_and(ident);
        let glued_after = word.ends_with(ident) && after.is_some_and(ident);
        !glued_before && !glued_after
    })
}

fn rust_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_calls_are_found_and_comments_and_lookalikes_are_not() {
        let text = "use web_sys::Element;\n\
                    let w = window();\n\
                    // web_sys in a comment is fine\n\
                    let n = counted_window();\n\
                    let d = leptos::prelude::document();\n\
                    let e = e.dyn_into::<web_sys::HtmlElement>(); // and here\n";
        let found = offences(text, &BROWSER);
        assert_eq!(
            found,
            vec![
                (1, "web_sys"),
                (2, "window()"),
                (5, "document()"),
                (6, "web_sys")
            ]
        );
    }

    #[test]
    fn the_domain_manifest_is_read_for_its_dependencies_only() {
        let manifest = "[package]\nname = \"d\"\n[dependencies]\nserde = \"1\"\n# a note\nleptos = \"0.8\"\n\n[dev-dependencies]\nproptest = \"1\"\n";
        assert_eq!(dependencies(manifest), ["serde", "leptos"]);
    }

    #[test]
    fn platform_code_outside_mod_rs_asks_the_host_safe_window() {
        let rules = rules();
        let platform = rules.iter().find(|r| r.0 == "platform").unwrap();
        assert_eq!(
            offences("let w = web_sys::window()?;", &platform.1),
            vec![(1, "web_sys::window()")]
        );
        assert!(offences("let w = super::window()?;", &platform.1).is_empty());
        assert_eq!(platform.3, Some("mod.rs"));
    }

    #[test]
    fn this_repository_keeps_the_rule() {
        let project = Project::locate().unwrap();
        check(&project).unwrap();
    }
}
