//! `cargo xtask bench`: build the release into its own folder and measure it in headless
//! Chromium (tests/e2e/bench/bench.mjs), printing every figure beside its budget.
//!
//! Benchmarks are not tests: a missed budget is printed, not returned as an error, and
//! `cargo xtask test` never runs them. Only a benchmark that could not measure fails.

use std::path::PathBuf;

use crate::cmd;
use crate::project::Project;
use crate::tools;

/// What `cargo xtask bench` was asked for.
#[derive(Debug, PartialEq)]
struct Options {
    /// Measure the last bench build again instead of rebuilding.
    build: bool,
    /// Passed on to bench.mjs (`--only load,timer`, `--runs 3`, `--peer path`).
    rest: Vec<String>,
}

impl Options {
    /// Whether the Lighthouse part runs: with no `--only`, or one that names it.
    fn wants_lighthouse(&self) -> bool {
        match self.rest.iter().position(|a| a == "--only") {
            None => true,
            Some(i) => self
                .rest
                .get(i + 1)
                .is_some_and(|parts| parts.split(',').any(|p| p == "lighthouse")),
        }
    }
}

fn parse(args: &[String]) -> Options {
    Options {
        build: !args.iter().any(|a| a == "--no-build"),
        rest: args
            .iter()
            .filter(|a| a.as_str() != "--no-build")
            .cloned()
            .collect(),
    }
}

/// The bench build's own output folder: other work rebuilding `dist/` at the same time
/// must not swap files under a measurement.
fn bench_dir(p: &Project) -> PathBuf {
    p.root.join("target").join("bench")
}

pub fn run(p: &Project, args: &[String]) -> Result<(), String> {
    let options = parse(args);
    let dist = bench_dir(p).join("dist");
    let results = bench_dir(p).join("results.json");
    tools::ensure_all(p)?;
    let lighthouse = if options.wants_lighthouse() {
        Some(tools::ensure_lighthouse(p)?)
    } else {
        None
    };
    if options.build {
        let dist_arg = dist.to_string_lossy().into_owned();
        let args = ["build", "--release", "--dist", dist_arg.as_str()];
        cmd::run(cmd::command(p, "trunk", &args))?;
    } else if !dist.join("index.html").exists() {
        return Err(format!(
            "no bench build in {}: run `cargo xtask bench` without --no-build",
            dist.display()
        ));
    }
    let script = p.e2e_dir().join("bench").join("bench.mjs");
    let mut node_args = vec![
        script.to_string_lossy().into_owned(),
        "--json".to_string(),
        results.to_string_lossy().into_owned(),
    ];
    node_args.extend(options.rest);
    let node_args: Vec<&str> = node_args.iter().map(String::as_str).collect();
    let mut command = cmd::command(p, "node", &node_args);
    command
        .current_dir(p.e2e_dir())
        .env("UNKNOT_DIST", &dist)
        .env("CHROMIUM", tools::CHROMIUM)
        // chrome-launcher (Lighthouse's) finds the browser here.
        .env("CHROME_PATH", tools::CHROMIUM);
    if let Some(cli) = lighthouse {
        command.env("LIGHTHOUSE", cli);
    }
    cmd::run(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn builds_by_default_and_passes_the_rest_on() {
        assert_eq!(
            parse(&strings(&["--only", "load", "--runs", "3"])),
            Options {
                build: true,
                rest: strings(&["--only", "load", "--runs", "3"]),
            }
        );
    }

    #[test]
    fn lighthouse_runs_unless_only_leaves_it_out() {
        assert!(parse(&strings(&["--runs", "3"])).wants_lighthouse());
        assert!(parse(&strings(&["--only", "bytes,lighthouse"])).wants_lighthouse());
        assert!(!parse(&strings(&["--only", "bytes"])).wants_lighthouse());
    }

    #[test]
    fn no_build_is_ours_not_the_scripts() {
        assert_eq!(
            parse(&strings(&["--no-build", "--only", "timer"])),
            Options {
                build: false,
                rest: strings(&["--only", "timer"]),
            }
        );
    }
}
