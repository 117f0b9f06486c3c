//! Firefox ESR from apt and geckodriver (its WebDriver server) from crates.io.

use std::path::{Path, PathBuf};

use super::apt::AptGroup;
use super::say;
use crate::cmd;
use crate::project::Project;

/// Debian's Firefox ESR.
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// geckodriver release: 0.37 speaks to Firefox ESR 115 and later.
pub const GECKODRIVER_VERSION: &str = "0.37.1";

/// Where `cargo install` puts geckodriver.
pub fn geckodriver(project: &Project) -> PathBuf {
    project.cargo_bin.join("geckodriver")
}

pub fn ensure(project: &Project) -> Result<(), String> {
    AptGroup {
        name: "Firefox ESR",
        packages: &["firefox-esr"],
        provides: &[FIREFOX],
        how_long: "about 1 minute",
    }
    .ensure()?;
    ensure_geckodriver(project)
}

/// geckodriver at the pinned version, with its own lock file (`--locked`).
fn ensure_geckodriver(project: &Project) -> Result<(), String> {
    let name = format!("geckodriver {GECKODRIVER_VERSION}");
    let have = cmd::query(&geckodriver(project), &["--version"]);
    // Prints e.g. `geckodriver 0.37.1` on its first line, then copyright lines.
    let first = have.as_deref().and_then(|v| v.lines().next());
    if first.is_some_and(|line| line.starts_with(&format!("geckodriver {GECKODRIVER_VERSION}"))) {
        say(&name, "already installed");
        return Ok(());
    }
    let found = first.map_or("not found".to_string(), |v| format!("found `{v}`"));
    say(
        &name,
        &format!("{found}, installing from crates.io (about 4 minutes on 2 cores)"),
    );
    let args = [
        "install",
        "geckodriver",
        "--version",
        GECKODRIVER_VERSION,
        "--locked",
        "--force",
    ];
    cmd::run(cmd::command(project, "cargo", &args))?;
    if Path::new(&geckodriver(project)).exists() {
        Ok(())
    } else {
        Err("cargo install finished but geckodriver is missing".into())
    }
}
