//! The module rule, checked: no module imports a module that imports it back.
//!
//! Each crate's modules come from its file layout (`a/b.rs` and `a/b/mod.rs` are `a::b`).
//! Every `crate::…` and `super::…` path in a module's code (tests aside: they look in from
//! outside) is an arrow to the deepest module it names. A module may use its ancestors
//! (a child refines its parent's types) and its descendants (a parent declares them);
//! any other arrows must never close a loop. A step of `cargo xtask test`, with the layer
//! rule.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The source folders of the workspace's crates, from the repository root.
pub const CRATES: [&str; 4] = [
    "src",
    "crates/domain/src",
    "crates/postbuild/src",
    "xtask/src",
];

/// A module's path inside its crate (`["app", "route"]`); the crate root is empty.
type Module = Vec<String>;

/// Fails with every loop, each with the arrows that close it.
pub fn check(root: &Path) -> Result<(), String> {
    let mut loops = Vec::new();
    let mut count = 0;
    for dir in CRATES {
        let dir = root.join(dir);
        if !dir.is_dir() {
            continue;
        }
        let sources = read_crate(&dir)?;
        count += sources.len();
        for cycle in cycles(&arrows(&sources)) {
            loops.push(format!(
                "  {}: {}",
                dir.strip_prefix(root).unwrap_or(&dir).display(),
                cycle
            ));
        }
    }
    if loops.is_empty() {
        println!("modules: no import loops among {count} modules");
        Ok(())
    } else {
        Err(format!(
            "modules import each other back:\n{}",
            loops.join("\n")
        ))
    }
}

/// Every module of the crate at `dir` with its code (test code left out).
fn read_crate(dir: &Path) -> Result<BTreeMap<Module, String>, String> {
    let mut files = Vec::new();
    rust_files(dir, &mut files)?;
    let mut out = BTreeMap::new();
    let mut tests = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let module = module_of(dir, file);
        let (code, test_children) = without_tests(&text);
        for child in test_children {
            tests.insert(match child {
                TestChild::Named(name) => {
                    let mut m = module.clone();
                    m.push(name);
                    m
                }
                TestChild::AtPath(path) => module_of(dir, &file.parent().unwrap_or(dir).join(path)),
            });
        }
        out.insert(module, code);
    }
    // A file of a test module (and everything under it) is test code too.
    out.retain(|m, _| !tests.iter().any(|t| m.starts_with(t)));
    Ok(out)
}

/// `dir/a/b.rs` and `dir/a/b/mod.rs` → `a::b`; `lib.rs` and `main.rs` → the root.
fn module_of(dir: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(dir).unwrap_or(file).with_extension("");
    let mut parts: Module = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// A child module that is test code: by name, or by its `#[path]`.
#[derive(Debug, PartialEq)]
enum TestChild {
    Named(String),
    AtPath(String),
}

/// The code without comments and without its tests: an inline `#[cfg(test)] mod x { … }`
/// ends the code (tests sit at the end of a file); `#[cfg(test)] mod x;` names a child
/// that is test code (returned).
fn without_tests(text: &str) -> (String, Vec<TestChild>) {
    let mut code = String::new();
    let mut test_children = Vec::new();
    let mut under_test_cfg = false;
    let mut path_attr = None;
    for line in text.lines() {
        let line = line.split("//").next().unwrap_or("").trim();
        if line.starts_with("#[cfg(") && line.contains("test") {
            under_test_cfg = true;
            continue;
        }
        if under_test_cfg && line.starts_with("#[") {
            if let Some(path) = line.strip_prefix("#[path = \"") {
                path_attr = Some(path.trim_end_matches("\"]").to_string());
            }
            continue;
        }
        if under_test_cfg {
            if let Some(rest) = line
                .strip_prefix("mod ")
                .or(line.strip_prefix("pub(crate) mod "))
            {
                if rest.ends_with('{') {
                    break;
                }
                test_children.push(match path_attr.take() {
                    Some(path) => TestChild::AtPath(path),
                    None => TestChild::Named(rest.trim_end_matches(';').trim().to_string()),
                });
                under_test_cfg = false;
                continue;
            }
        }
        under_test_cfg = false;
        code.push_str(line);
        code.push('\n');
    }
    (code, test_children)
}

/// Arrows between modules that are neither ancestor nor descendant of each other.
fn arrows(sources: &BTreeMap<Module, String>) -> BTreeMap<Module, BTreeSet<Module>> {
    let known: BTreeSet<&Module> = sources.keys().collect();
    let mut out: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, code) in sources {
        for path in paths_in(code, module) {
            let mut target: Module = Vec::new();
            for segment in path {
                let mut next = target.clone();
                next.push(segment);
                if !known.contains(&next) {
                    break;
                }
                target = next;
            }
            if !target.starts_with(module) && !module.starts_with(&target) {
                out.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    out
}

/// Every `crate::…` and `super::…` path in `code` (use trees expanded), from the crate root.
fn paths_in(code: &str, module: &Module) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        if glued(code, at) {
            continue;
        }
        use_tree(&code[at + "crate::".len()..], Vec::new(), &mut out);
    }
    for (at, _) in code.match_indices("super::") {
        if glued(code, at) || code[..at].ends_with("super::") {
            continue;
        }
        let mut base = module.clone();
        let mut rest = &code[at..];
        while let Some(after) = rest.strip_prefix("super::") {
            base.pop();
            rest = after;
        }
        use_tree(rest, base, &mut out);
    }
    out
}

/// Whether the match at `at` continues an identifier (`my_crate::`).
fn glued(code: &str, at: usize) -> bool {
    code[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Reads one use tree (`a::b`, `a::{b, c::d}`) from the start of `text`, pushing each
/// full path onto `out`; returns how many bytes it read.
fn use_tree(text: &str, prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix;
    let mut i = 0;
    loop {
        let ident: String = text[i..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        i += ident.len();
        if !ident.is_empty() && ident != "self" {
            path.push(ident);
        }
        if text[i..].starts_with("::") {
            i += 2;
            if text[i..].starts_with('{') {
                i += 1;
                loop {
                    i += text[i..].len() - text[i..].trim_start().len();
                    if i >= text.len() || text[i..].starts_with('}') {
                        return i + 1;
                    }
                    let read = use_tree(&text[i..], path.clone(), out);
                    // A glob (`*`) or anything else that is not a path: step over it.
                    i += if read == 0 {
                        text[i..].find([',', '}']).unwrap_or(text.len() - i)
                    } else {
                        read
                    };
                    i += text[i..].len() - text[i..].trim_start().len();
                    if text[i..].starts_with(',') {
                        i += 1;
                    }
                }
            }
            continue;
        }
        out.push(path);
        // An `as name` renames the last item: skip it.
        let rest = text[i..].trim_start();
        if let Some(after) = rest.strip_prefix("as ") {
            let after = after.trim_start();
            let name = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .count();
            return text.len() - after.len() + name;
        }
        return i;
    }
}

/// The loops among `arrows` (strongly connected parts of two or more modules), each
/// shown as its modules and the arrows inside it.
fn cycles(arrows: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<String> {
    let nodes: BTreeSet<&Module> = arrows
        .iter()
        .flat_map(|(from, to)| std::iter::once(from).chain(to))
        .collect();
    let reach = |from: &Module| -> BTreeSet<Module> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for next in arrows.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&Module, BTreeSet<Module>> =
        nodes.iter().map(|m| (*m, reach(m))).collect();
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for m in &nodes {
        if done.contains(*m) {
            continue;
        }
        let part: BTreeSet<&Module> = nodes
            .iter()
            .copied()
            .filter(|n| reachable[m].contains(*n) && reachable[*n].contains(*m))
            .collect();
        if part.len() < 2 {
            continue;
        }
        let mut inside = Vec::new();
        for from in &part {
            for to in arrows.get(*from).into_iter().flatten() {
                if part.contains(to) {
                    inside.push(format!("{} → {}", name(from), name(to)));
                }
            }
        }
        done.extend(part.iter().map(|m| (*m).clone()));
        out.push(inside.join(", "));
    }
    out
}

fn name(m: &Module) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(path: &str) -> Module {
        path.split("::")
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }

    fn crate_of(files: &[(&str, &str)]) -> BTreeMap<Module, String> {
        files
            .iter()
            .map(|(p, code)| (m(p), without_tests(code).0))
            .collect()
    }

    #[test]
    fn use_trees_are_read_to_every_path() {
        let mut out = Vec::new();
        use_tree("a::{b::C, d, e::{f, g as h}};", Vec::new(), &mut out);
        let shown: Vec<String> = out.iter().map(|p| p.join("::")).collect();
        assert_eq!(shown, ["a::b::C", "a::d", "a::e::f", "a::e::g"]);
    }

    #[test]
    fn two_siblings_that_use_each_other_are_a_loop() {
        let sources = crate_of(&[
            ("", "mod app; mod route;"),
            ("app", "use crate::route::parse;\npub struct Screen;"),
            ("route", "use crate::app::Screen;\npub fn parse() {}"),
        ]);
        assert_eq!(cycles(&arrows(&sources)), ["app → route, route → app"]);
    }

    #[test]
    fn parents_and_children_and_tests_may_look_both_ways() {
        let sources = crate_of(&[
            ("", "mod app;"),
            ("app", "mod route;\nuse route::parse;\npub struct Screen;"),
            ("app::route", "use super::Screen;\npub fn parse() {}"),
            (
                "b",
                "pub fn x() {}\n#[cfg(test)]\nmod tests {\n use crate::c::y;\n}",
            ),
            ("c", "use crate::b::x;\npub fn y() {}"),
        ]);
        assert!(cycles(&arrows(&sources)).is_empty());
    }

    #[test]
    fn a_test_child_file_is_left_out() {
        let (code, children) =
            without_tests("mod a;\n#[cfg(test)]\n#[path = \"x_tests.rs\"]\nmod tests;\nfn f() {}");
        assert_eq!(children, [TestChild::AtPath("x_tests.rs".into())]);
        assert!(code.contains("fn f()") && !code.contains("tests"));
    }

    #[test]
    fn this_repository_has_no_loops() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        check(&root).unwrap();
    }
}
