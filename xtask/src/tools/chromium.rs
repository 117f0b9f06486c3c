//! Debian's Chromium and ChromeDriver, for the browser and end-to-end tests.

use std::path::Path;
use std::process::Command;

use super::say;
use crate::cmd;

/// The browser both test depths drive.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// The WebDriver server wasm-bindgen-test-runner talks to.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

const INSTALL: &str = "apt-get update && apt-get install -y chromium chromium-driver";

pub fn ensure() -> Result<(), String> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        let version = cmd::query(Path::new(CHROMEDRIVER), &["--version"]).unwrap_or_default();
        let short = version.split(" (").next().unwrap_or_default();
        say(
            "Chromium + ChromeDriver",
            &format!("already installed ({short})"),
        );
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "Chromium and ChromeDriver are missing ({CHROMIUM}, {CHROMEDRIVER}) and this user \
             cannot install them. Run as root:\n    {INSTALL}\nthen run this command again."
        ));
    }
    say(
        "Chromium + ChromeDriver",
        "not found, installing from apt (about 1 minute)",
    );
    apt(&["update"])?;
    apt(&[
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
    ])?;
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        Ok(())
    } else {
        Err(format!(
            "apt-get finished but {CHROMIUM} or {CHROMEDRIVER} is still missing"
        ))
    }
}

fn apt(args: &[&str]) -> Result<(), String> {
    let mut command = Command::new("apt-get");
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    cmd::run(command).map_err(|e| format!("{e}\n  install by hand with: {INSTALL}"))
}

fn is_root() -> bool {
    cmd::query(Path::new("id"), &["-u"]).as_deref() == Some("0")
}
