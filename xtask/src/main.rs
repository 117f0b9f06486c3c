//! Unknot's project tool, run as `cargo xtask <command>`.
//!
//! It is the single entry point a newcomer needs: it installs the pinned tool chain
//! (idempotently), serves the app, runs every test depth, benchmarks and renders the
//! icons. Std plus sha2 (the e2e packages' stamp), resvg (icons) and serde_json (the
//! manifest's icon checks). Trunk's post_build hook is not here but in crates/postbuild,
//! so a build never compiles resvg.

// A host tool: clippy.toml's one-sort rule is for the code that goes into the wasm.
#![allow(clippy::disallowed_methods)]

mod bench;
mod cmd;
mod disk;
mod engines;
mod icons;
mod layers;
mod modules;
mod pins;
mod project;
mod serve;
mod steps;
mod test;
mod tools;

use std::process::ExitCode;

const HELP: &str = "\
Unknot project tool

Usage: cargo xtask <command>

Commands:
  serve      install what is missing, build, and serve the app on http://127.0.0.1:8080
  test       install what is missing, then run fmt, clippy (host + wasm32), native tests,
             browser tests (Chromium, Firefox ESR, WebKitGTK), the release build and the
             end-to-end tests (full suite in Chromium, WebDriver journeys in Firefox ESR
             and WebKitGTK); ends with `tests: N passed, N failed` over all of them
  setup      only install what is missing (Trunk, wasm-bindgen-cli, wasm-opt, Chromium,
             Firefox ESR + geckodriver, WebKitGTK's driver + Xvfb, the e2e packages)
  bench      build the release into target/bench/dist and measure it in headless Chromium
             (bytes, load, timer accuracy, CPU, memory, DOM work per tick) against the
             budgets; `--no-build` measures the last bench build, `--only load,timer`
             and `--runs N` pick what to run. Reports, never fails on a missed budget.
  layers     check that only src/platform/ touches the browser, the domain crate's
             dependencies, and that no module imports one that imports it back
             (also a step of `test`)
  icons      render public/icons/*.png from public/icons/icon.svg (commit the result)
  help       show this text

Every install is pinned and idempotent: a second run says \"already installed\".";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None | Some("help" | "-h" | "--help") => {
            println!("{HELP}");
            Ok(())
        }
        Some("setup") => project::Project::locate().and_then(|p| tools::ensure_all(&p)),
        Some("serve") => project::Project::locate().and_then(|p| serve::run(&p)),
        Some("test") => project::Project::locate().and_then(|p| test::run(&p)),
        Some("bench") => project::Project::locate().and_then(|p| bench::run(&p, &args[1..])),
        Some("layers") => project::Project::locate().and_then(|p| layers::check(&p)),
        Some("icons") => project::Project::locate().and_then(|p| icons::run(&p)),
        Some(other) => Err(format!(
            "unknown command `{other}`; `cargo xtask help` lists the commands"
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}
