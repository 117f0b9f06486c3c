//! wasm-opt from npm's `binaryen` package, in the project-local `.tools/binaryen`.
//!
//! Never Debian's binaryen: its version 108 silently produces a broken module.

use super::{npm_prefix, say};
use crate::cmd;
use crate::pins;
use crate::project::Project;

pub fn ensure(project: &Project) -> Result<(), String> {
    let name = format!("wasm-opt (binaryen {})", pins::BINARYEN);
    let wasm_opt = project.binaryen_prefix.join("bin").join("wasm-opt");
    let have = cmd::query(&wasm_opt, &["--version"]);
    // Prints e.g. `wasm-opt version 132 (version_132)`.
    if have
        .as_deref()
        .is_some_and(|v| v.starts_with(&format!("wasm-opt version {} ", pins::BINARYEN)))
    {
        say(&name, "already installed");
        return Ok(());
    }
    say(
        &name,
        &format!(
            "installing into {} (a few seconds)",
            project.binaryen_prefix.display()
        ),
    );
    npm_prefix::install(
        project,
        &project.binaryen_prefix,
        "binaryen",
        pins::BINARYEN,
        "wasm-opt",
    )
}
