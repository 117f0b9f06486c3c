//! The parts of the Rust toolchain the project needs beyond rustc itself: the
//! `wasm32-unknown-unknown` target (every build of the app) and rustfmt + clippy (the
//! lint steps of `test`).
//!
//! `rust-toolchain.toml` names them, but rustup adds them only when it installs the
//! toolchain; a toolchain that was already there without them (or a rustup that did not
//! read the file) fails later with "can't find crate for `core`". So they are checked
//! and added here, explicitly, like every other tool.

use std::process::{Command, Stdio};

use super::say;
use crate::cmd;
use crate::project::Project;

/// The target the app compiles to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The components the lint steps run.
pub const LINT_COMPONENTS: [&str; 2] = ["rustfmt", "clippy"];

/// Adds the wasm32 target to the project's toolchain unless it is there.
pub fn ensure_wasm_target(project: &Project) -> Result<(), String> {
    let name = format!("Rust target {WASM_TARGET}");
    let installed = rustup_list(project, &["target", "list", "--installed"])?;
    if missing(&installed, &[WASM_TARGET], "").is_empty() {
        say(&name, "already installed");
        return Ok(());
    }
    say(
        &name,
        "not installed, adding it (`rustup target add`, under a minute)",
    );
    cmd::run(cmd::command(
        project,
        "rustup",
        &["target", "add", WASM_TARGET],
    ))
}

/// Adds rustfmt and clippy to the project's toolchain unless they are there.
pub fn ensure_lint_components(project: &Project) -> Result<(), String> {
    let name = LINT_COMPONENTS.join(" + ");
    let installed = rustup_list(project, &["component", "list", "--installed"])?;
    let absent = missing(&installed, &LINT_COMPONENTS, &host(project)?);
    if absent.is_empty() {
        say(&name, "already installed");
        return Ok(());
    }
    say(
        &name,
        &format!(
            "{} not installed, adding (`rustup component add`)",
            absent.join(" and ")
        ),
    );
    let mut args = vec!["component", "add"];
    args.extend(absent);
    cmd::run(cmd::command(project, "rustup", &args))
}

/// rustup's list (one name a line) for the toolchain `rust-toolchain.toml` picks; run in
/// the repository, so that file applies.
fn rustup_list(project: &Project, args: &[&str]) -> Result<String, String> {
    let shown = format!("rustup {}", args.join(" "));
    let out = Command::new("rustup")
        .args(args)
        .current_dir(&project.root)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| {
            format!(
                "could not run `{shown}` ({e}). Unknot builds with rustup's toolchains \
                 (rust-toolchain.toml); install rustup from https://rustup.rs, or add the \
                 {WASM_TARGET} target, rustfmt and clippy to your Rust by hand."
            )
        })?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!("`{shown}` failed ({})", out.status))
    }
}

/// The wanted names rustup's `list` does not show: a target as its bare name, a
/// component with the host after it (`clippy-x86_64-unknown-linux-gnu`).
fn missing<'a>(installed: &str, wanted: &[&'a str], host: &str) -> Vec<&'a str> {
    wanted
        .iter()
        .copied()
        .filter(|want| {
            let with_host = format!("{want}-{host}");
            !installed
                .lines()
                .map(str::trim)
                .any(|line| line == *want || line == with_host)
        })
        .collect()
}

/// The host triple of the project's rustc (`rustc -vV`), which component names carry.
fn host(project: &Project) -> Result<String, String> {
    let out = Command::new("rustc")
        .arg("-vV")
        .current_dir(&project.root)
        .output()
        .map_err(|e| format!("could not run `rustc -vV` ({e})"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .map(|h| h.trim().to_string())
        .ok_or_else(|| "`rustc -vV` did not name the host".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: &str = "x86_64-unknown-linux-gnu";

    #[test]
    fn a_listed_target_is_present_and_an_absent_one_missing() {
        let listed = "x86_64-unknown-linux-gnu\nwasm32-unknown-unknown\n";
        assert!(missing(listed, &[WASM_TARGET], HOST).is_empty());
        assert_eq!(
            missing("x86_64-unknown-linux-gnu\n", &[WASM_TARGET], HOST),
            [WASM_TARGET]
        );
        // Another wasm target does not count.
        assert_eq!(
            missing("wasm32-wasip1\n", &[WASM_TARGET], HOST),
            [WASM_TARGET]
        );
    }

    #[test]
    fn components_are_found_under_their_host_suffixed_names() {
        let listed = "cargo-x86_64-unknown-linux-gnu\nclippy-x86_64-unknown-linux-gnu\n\
                      rust-std-wasm32-unknown-unknown\nrustfmt-preview-x86_64-unknown-linux-gnu\n";
        assert_eq!(missing(listed, &LINT_COMPONENTS, HOST), ["rustfmt"]);
        assert_eq!(missing(listed, &["rust-std"], HOST), ["rust-std"]);
    }
}
