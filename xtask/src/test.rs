//! `cargo xtask test`: every check, in order, stopping at the first failure.

use std::path::PathBuf;

use crate::cmd;
use crate::project::Project;
use crate::steps::Steps;
use crate::tools;

pub fn run(project: &Project) -> Result<(), String> {
    let mut steps = Steps::default();
    let result = all_steps(project, &mut steps);
    print!("{}", steps.summary());
    result?;
    println!("All steps passed.");
    // The plain closing line over every runner (`word: N passed, N failed`), so a log
    // reader sees that tests really ran.
    println!(
        "tests: {} passed, {} failed",
        steps.counts.passed, steps.counts.failed
    );
    Ok(())
}

fn all_steps(p: &Project, steps: &mut Steps) -> Result<(), String> {
    steps.run("install tools", |_| tools::ensure_all(p))?;
    steps.run("cargo fmt --check", |_| {
        cmd::run(cmd::command(p, "cargo", &["fmt", "--all", "--check"]))
    })?;
    steps.run(
        "layer rule (only src/platform/ touches the browser)",
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
        let command = cmd::command(p, "cargo", &["test", "--workspace"]);
        cmd::run_scanning(command, &mut |line| counts.scan(line))
    })?;
    steps.run("browser tests (headless Chromium)", |counts| {
        let args = [
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "browser",
        ];
        let mut command = cmd::command(p, "cargo", &args);
        command
            .env("CHROMEDRIVER", tools::CHROMEDRIVER)
            .env(
                "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
                p.root.join("webdriver.json"),
            )
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
        cmd::run_scanning(command, &mut |line| counts.scan(line))
    })?;
    steps.run("trunk build --release", |_| {
        cmd::run(cmd::command(p, "trunk", &["build", "--release"]))
    })?;
    steps.run("end-to-end tests", |counts| {
        let files = e2e_files(p)?;
        let mut args = vec!["--test".to_string(), "--test-reporter=tap".to_string()];
        args.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut command = cmd::command(p, "node", &args);
        command
            .current_dir(p.e2e_dir())
            .env("UNKNOT_DIST", p.root.join("dist"))
            .env("CHROMIUM", tools::CHROMIUM);
        cmd::run_scanning(command, &mut |line| counts.scan(line))
    })?;
    Ok(())
}

/// `tests/e2e/*.test.mjs`, sorted, relative to tests/e2e (Node 20 takes no globs).
fn e2e_files(p: &Project) -> Result<Vec<PathBuf>, String> {
    let dir = p.e2e_dir();
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| PathBuf::from(e.file_name()))
        .filter(|name| name.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs files in {}", dir.display()));
    }
    Ok(files)
}
