//! `cargo xtask test`: every check, in order, stopping at the first failure.

use std::path::Path;

use crate::cmd;
use crate::engines::Engine;
use crate::project::Project;
use crate::steps::Steps;
use crate::tools;

pub fn run(project: &Project) -> Result<(), String> {
    crate::disk::report(project);
    let mut steps = Steps::default();
    let result = all_steps(project, &mut steps);
    print!("{}", steps.summary());
    match &result {
        Ok(()) => println!("All steps passed."),
        Err(e) => println!("Stopped: {e}"),
    }
    // The plain closing line over every runner and engine (`tests: N passed, N failed`),
    // last on success and on failure, so a log reader sees what really ran.
    println!(
        "tests: {} passed, {} failed",
        steps.counts.passed, steps.counts.failed
    );
    result.map_err(|_| "a step failed (see above)".to_string())
}

fn all_steps(p: &Project, steps: &mut Steps) -> Result<(), String> {
    steps.run("install tools", |_| tools::ensure_all(p))?;
    steps.run("cargo fmt --check", |_| {
        cmd::run(cmd::command(p, "cargo", &["fmt", "--all", "--check"]))
    })?;
    steps.run(
        "layers and modules (only src/platform/ touches the browser; no import loops)",
        |_| crate::layers::check(p),
    )?;
    steps.run("clippy (host)", |_| {
        let args = [
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ];
        cmd::run(cmd::command(p, "cargo", &args))
    })?;
    steps.run("clippy (wasm32)", |_| {
        let args = [
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "--lib",
            "--bins",
            "--tests",
            "-p",
            "unknot",
            "--",
            "-D",
            "warnings",
        ];
        cmd::run(cmd::command(p, "cargo", &args))
    })?;
    steps.run("native tests", |counts| {
        // One package at a time: each resolves its own features, so the app crate's test
        // build is the very build the pre-renderer (the release build's hook) runs.
        for package in NATIVE_PACKAGES {
            let command = cmd::command(p, "cargo", &["test", "-p", package]);
            cmd::run_scanning(command, &mut |line| counts.scan(line))?;
        }
        Ok(())
    })?;
    for engine in Engine::ALL {
        steps.run(&format!("browser tests ({})", engine.label()), |counts| {
            cmd::run_scanning(engine.browser_tests(p), &mut |line| counts.scan(line))
        })?;
    }
    steps.run("trunk build --release", |_| {
        cmd::run(cmd::command(p, "trunk", &["build", "--release"]))
    })?;
    for engine in Engine::ALL {
        steps.run(
            &format!("end-to-end tests ({})", engine.label()),
            |counts| {
                let files = e2e_files(p, engine)?;
                let mut args = vec!["--test", "--test-reporter=tap"];
                args.extend(files.iter().map(String::as_str));
                let mut command = engine.command(p, "node", &args);
                command
                    .current_dir(p.e2e_dir())
                    .env("UNKNOT_DIST", p.root.join("dist"));
                engine.e2e_env(p, &mut command);
                cmd::run_scanning(command, &mut |line| counts.scan(line))
            },
        )?;
    }
    Ok(())
}

/// Every package of the workspace, the domain first (it needs no Leptos, so its tests
/// report within seconds).
const NATIVE_PACKAGES: [&str; 4] = ["unknot-domain", "unknot", "unknot-postbuild", "xtask"];

/// The end-to-end test files for one engine, relative to tests/e2e, sorted (Node 20
/// takes no globs): Chromium runs the full playwright-core suite (`*.test.mjs`) plus
/// the download count; Firefox and WebKit run the WebDriver journeys
/// (`engines/*.test.mjs`), which include the download count.
fn e2e_files(p: &Project, engine: Engine) -> Result<Vec<String>, String> {
    match engine {
        Engine::Chromium => {
            let mut files = test_files(&p.e2e_dir(), "")?;
            files.push(format!("{ENGINES_DIR}/downloads.test.mjs"));
            Ok(files)
        }
        Engine::Firefox | Engine::WebKit => test_files(&p.e2e_dir().join(ENGINES_DIR), ENGINES_DIR),
    }
}

/// The WebDriver journeys' folder inside tests/e2e.
const ENGINES_DIR: &str = "engines";

/// `*.test.mjs` directly in `dir`, sorted, each prefixed with `prefix/` when given.
fn test_files(dir: &Path, prefix: &str) -> Result<Vec<String>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut files: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| {
            if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            }
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs files in {}", dir.display()));
    }
    Ok(files)
}
