//! Trunk and wasm-bindgen-cli, built from crates.io with `cargo install`.

use super::say;
use crate::cmd;
use crate::pins;
use crate::project::Project;

/// Trunk at the pinned version, with its own lock file (`--locked`) so its
/// dependencies cannot drift to versions that need a newer rustc.
pub fn ensure_trunk(project: &Project) -> Result<(), String> {
    let name = format!("Trunk {}", pins::TRUNK);
    let have = cmd::query(&project.cargo_bin.join("trunk"), &["--version"]);
    if have.as_deref() == Some(format!("trunk {}", pins::TRUNK).as_str()) {
        say(&name, "already installed");
        return Ok(());
    }
    say(&name, &installing(have, "5 to 12 minutes on 2 cores"));
    let args = [
        "install",
        "trunk",
        "--version",
        pins::TRUNK,
        "--locked",
        "--force",
    ];
    cmd::run(cmd::command(project, "cargo", &args))
}

/// wasm-bindgen-cli (wasm-bindgen and wasm-bindgen-test-runner) at exactly Cargo.lock's
/// wasm-bindgen version: the generated glue and the runtime must come from one release.
/// No `--locked`: the crate's own lock file pins dependencies our rustc may not build.
pub fn ensure_wasm_bindgen(project: &Project, version: &str) -> Result<(), String> {
    let name = format!("wasm-bindgen-cli {version}");
    let bindgen = cmd::query(&project.cargo_bin.join("wasm-bindgen"), &["--version"]);
    let runner = cmd::query(
        &project.cargo_bin.join("wasm-bindgen-test-runner"),
        &["--version"],
    );
    let bindgen_ok = bindgen.as_deref() == Some(format!("wasm-bindgen {version}").as_str());
    let runner_ok =
        runner.as_deref() == Some(format!("wasm-bindgen-test-runner {version}").as_str());
    if bindgen_ok && runner_ok {
        say(&name, "already installed");
        return Ok(());
    }
    say(&name, &installing(bindgen, "2 to 8 minutes on 2 cores"));
    let args = [
        "install",
        "wasm-bindgen-cli",
        "--version",
        version,
        "--force",
    ];
    cmd::run(cmd::command(project, "cargo", &args))
}

fn installing(found: Option<String>, how_long: &str) -> String {
    match found {
        Some(other) => format!("found `{other}`, installing the pinned version ({how_long})"),
        None => format!("not found, installing ({how_long})"),
    }
}
