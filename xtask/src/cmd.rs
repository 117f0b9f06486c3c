//! Running child processes: announce, run with the project's PATH, report plainly.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::project::Project;

/// A command about to run, with the environment every child of the xtask gets.
pub fn command(project: &Project, program: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(&project.root)
        .env("PATH", project.child_path())
        // Trunk would otherwise ask the network whether a newer Trunk exists.
        .env("TRUNK_SKIP_VERSION_CHECK", "true");
    cmd
}

/// The command line as a person would type it, for messages.
pub fn display(cmd: &Command) -> String {
    let mut text = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs to completion with inherited output; an error names the command and its exit.
pub fn run(mut cmd: Command) -> Result<(), String> {
    let shown = display(&cmd);
    println!("$ {shown}");
    let status = cmd
        .status()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Like [`run`], but also hands every stdout line to `on_line` (to count test results)
/// while still printing it as it arrives.
pub fn run_scanning(mut cmd: Command, on_line: &mut dyn FnMut(&str)) -> Result<(), String> {
    let shown = display(&cmd);
    println!("$ {shown}");
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{shown}`: {e}"))?;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            on_line(&line);
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("`{shown}` did not finish: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// The trimmed stdout of a quick query such as `tool --version`, or `None` when the
/// program is missing or fails.
pub fn query(program: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}
