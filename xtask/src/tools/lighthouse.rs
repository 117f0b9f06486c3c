//! Lighthouse from npm, pinned, in the project-local `.tools/lighthouse`; only the
//! benchmark uses it (`cargo xtask bench`), so only the benchmark installs it.

use std::path::PathBuf;

use super::{npm_prefix, say};
use crate::pins;
use crate::project::Project;

/// The npm prefix Lighthouse is installed into (gitignored, like binaryen's).
fn prefix(project: &Project) -> PathBuf {
    project.root.join(".tools").join("lighthouse")
}

/// Installs the pinned Lighthouse if it is missing or another version; returns its CLI.
pub fn ensure(project: &Project) -> Result<PathBuf, String> {
    let name = format!("lighthouse {}", pins::LIGHTHOUSE);
    let prefix = prefix(project);
    let cli = prefix.join("bin").join("lighthouse");
    let manifest = prefix
        .join("lib")
        .join("node_modules")
        .join("lighthouse")
        .join("package.json");
    let installed = std::fs::read_to_string(&manifest).unwrap_or_default();
    let wanted = format!("\"version\": \"{}\"", pins::LIGHTHOUSE);
    if cli.exists() && installed.contains(&wanted) {
        say(&name, "already installed");
        return Ok(cli);
    }
    say(
        &name,
        &format!("installing into {} (a minute)", prefix.display()),
    );
    npm_prefix::install(
        project,
        &prefix,
        "lighthouse",
        pins::LIGHTHOUSE,
        "Lighthouse",
    )?;
    Ok(cli)
}
