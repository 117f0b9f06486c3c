//! A pinned npm package installed into a project-local prefix (`.tools/<name>`), never
//! npm's default prefix (`/usr` on these machines, which needs root and is shared).

use std::path::Path;

use crate::cmd;
use crate::project::Project;

/// `npm install --global --prefix <prefix> <package>@<version>`; `what_for` names the
/// tool in the error if npm fails.
pub fn install(
    project: &Project,
    prefix: &Path,
    package: &str,
    version: &str,
    what_for: &str,
) -> Result<(), String> {
    let prefix_arg = prefix.to_string_lossy().into_owned();
    let spec = format!("{package}@{version}");
    let args = [
        "install",
        "--global",
        "--prefix",
        &prefix_arg,
        &spec,
        "--no-audit",
        "--no-fund",
    ];
    cmd::run(cmd::command(project, "npm", &args)).map_err(|e| {
        format!(
            "{e}\n  {what_for} comes from the npm registry; is node/npm installed and reachable?"
        )
    })
}
