//! The end-to-end tests' npm packages (playwright-core, axe-core), from the committed
//! package-lock.json with `npm ci`.

use std::fs;

use sha2::{Digest, Sha256};

use super::say;
use crate::cmd;
use crate::project::Project;

/// Written into node_modules after a successful `npm ci`: the lock file's hash, so a
/// changed lock file (a bumped pin) triggers a fresh install.
const STAMP: &str = ".unknot-lock.sha256";

pub fn ensure(project: &Project) -> Result<(), String> {
    let dir = project.e2e_dir();
    let lock_path = dir.join("package-lock.json");
    let lock =
        fs::read(&lock_path).map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    let want = hex(&Sha256::digest(&lock));
    let stamp_path = dir.join("node_modules").join(STAMP);
    match fs::read_to_string(&stamp_path) {
        Ok(have) if have.trim() == want => {
            say(
                "e2e npm packages",
                "already installed (tests/e2e/node_modules)",
            );
            return Ok(());
        }
        Ok(_) => say(
            "e2e npm packages",
            "package-lock.json changed, reinstalling (`npm ci`)",
        ),
        Err(_) => say("e2e npm packages", "not installed, installing (`npm ci`)"),
    }
    let mut command = cmd::command(project, "npm", &["ci", "--no-audit", "--no-fund"]);
    command.current_dir(&dir);
    cmd::run(command)?;
    fs::write(&stamp_path, want).map_err(|e| format!("cannot write {}: {e}", stamp_path.display()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
