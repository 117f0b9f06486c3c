//! Installing the pinned tool chain. Each `ensure_*` checks first, installs only what
//! is missing or at the wrong version, and says which it did.

mod apt;
mod binaryen;
mod cargo_tools;
mod chromium;
mod e2e_packages;
mod firefox;
mod lighthouse;
mod npm_prefix;
mod rust_parts;
mod webkit;

use crate::cmd;
use crate::pins;
use crate::project::Project;

pub use chromium::{CHROMEDRIVER, CHROMIUM};
pub use firefox::{geckodriver, FIREFOX};
pub use lighthouse::ensure as ensure_lighthouse;
pub use webkit::{WEBKIT_DRIVER, XVFB_RUN};

/// Everything `serve` needs: the wasm32 target, crates, Trunk, wasm-bindgen-cli, wasm-opt.
pub fn ensure_build_tools(project: &Project) -> Result<(), String> {
    rust_parts::ensure_wasm_target(project)?;
    let wasm_bindgen = pins::wasm_bindgen(&project.root)?;
    pins::check_trunk_toml(&project.root, &wasm_bindgen)?;
    fetch_crates(project)?;
    cargo_tools::ensure_trunk(project)?;
    cargo_tools::ensure_wasm_bindgen(project, &wasm_bindgen)?;
    binaryen::ensure(project)
}

/// Everything `test` needs on top of the build tools: rustfmt and clippy, the three
/// browser engines with their WebDriver servers, and the e2e packages.
pub fn ensure_all(project: &Project) -> Result<(), String> {
    ensure_build_tools(project)?;
    rust_parts::ensure_lint_components(project)?;
    chromium::ensure()?;
    firefox::ensure(project)?;
    webkit::ensure()?;
    e2e_packages::ensure(project)?;
    println!("All tools are in place.");
    Ok(())
}

/// Trunk builds with `--offline` (Trunk.toml), so the crates must be local beforehand.
fn fetch_crates(project: &Project) -> Result<(), String> {
    say(
        "crates",
        "fetching what Cargo.lock names (`cargo fetch`, quick when present)",
    );
    cmd::run(cmd::command(project, "cargo", &["fetch", "--quiet"]))
}

/// One status line per tool, so a second run visibly installs nothing.
fn say(tool: &str, what: &str) {
    println!("[setup] {tool}: {what}");
}
