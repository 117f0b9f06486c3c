//! The layer rule, checked: only `src/platform/` touches the browser, and `src/domain/`
//! is plain Rust. A step of `cargo xtask test` (and `cargo xtask layers` on its own).

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
    let mut domain = BROWSER.to_vec();
    domain.extend(["leptos", "gloo"]);
    let only_platform = "only src/platform/ may";
    vec![
        ("ui", BROWSER.to_vec(), only_platform, None),
        ("domain", domain, only_platform, None),
        (
            "platform",
            vec!["web_sys::window()"],
            HOST_SAFE,
            Some("mod.rs"),
        ),
    ]
}

/// Fails with every offending line when a layer reaches past its border.
pub fn check(p: &Project) -> Result<(), String> {
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
        println!("layers: src/ui and src/domain stay off the browser; src/platform is host-safe");
        Ok(())
    } else {
        Err(format!(
            "a layer reaches past its border:\n{}",
            found.join("\n")
        ))
    }
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
    fn the_domain_may_not_use_leptos() {
        let rules = rules();
        let domain = &rules.iter().find(|r| r.0 == "domain").unwrap().1;
        assert_eq!(
            offences("use leptos::prelude::*;", domain),
            vec![(1, "leptos")]
        );
        assert!(offences("let leptos_like = 1;", domain).is_empty());
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
