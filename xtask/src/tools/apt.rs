//! Debian packages from apt: the browsers and drivers the tests drive.

use std::path::Path;
use std::process::Command;

use super::say;
use crate::cmd;

/// One group of apt packages that provides some files.
pub struct AptGroup<'a> {
    /// What a person calls it, for the status line.
    pub name: &'a str,
    /// The packages, as `apt-get install` takes them.
    pub packages: &'a [&'a str],
    /// Files that exist once the packages are installed.
    pub provides: &'a [&'a str],
    /// How long the install takes, for the status line.
    pub how_long: &'a str,
}

impl AptGroup<'_> {
    /// Installs the packages unless every file they provide is already there.
    pub fn ensure(&self) -> Result<(), String> {
        let install = format!(
            "apt-get update && apt-get install -y --no-install-recommends {}",
            self.packages.join(" ")
        );
        if self.present() {
            let package = self.packages.first().copied().unwrap_or_default();
            let version = cmd::query(Path::new("dpkg-query"), &["-W", "-f=${Version}", package])
                .unwrap_or_else(|| "version unknown".into());
            say(
                self.name,
                &format!("already installed ({package} {version})"),
            );
            return Ok(());
        }
        if !is_root() {
            return Err(format!(
                "{} missing ({}) and this user cannot install it. Run as root:\n    {install}\n\
                 then run this command again.",
                self.name,
                self.provides.join(", ")
            ));
        }
        say(
            self.name,
            &format!("not found, installing from apt ({})", self.how_long),
        );
        apt(&["update"], &install)?;
        let mut args = vec!["install", "-y", "--no-install-recommends"];
        args.extend_from_slice(self.packages);
        apt(&args, &install)?;
        if self.present() {
            Ok(())
        } else {
            Err(format!(
                "apt-get finished but one of {} is still missing",
                self.provides.join(", ")
            ))
        }
    }

    fn present(&self) -> bool {
        self.provides.iter().all(|file| Path::new(file).exists())
    }
}

fn apt(args: &[&str], install: &str) -> Result<(), String> {
    let mut command = Command::new("apt-get");
    command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
    cmd::run(command).map_err(|e| format!("{e}\n  install by hand with: {install}"))
}

fn is_root() -> bool {
    cmd::query(Path::new("id"), &["-u"]).as_deref() == Some("0")
}
