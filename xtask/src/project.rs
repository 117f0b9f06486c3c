//! Where things are: the repository root, cargo's bin folder, the project-local tools.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Paths every command needs, resolved once.
pub struct Project {
    /// The repository root (the folder holding the workspace `Cargo.toml`).
    pub root: PathBuf,
    /// Where `cargo install` puts binaries: `$CARGO_HOME/bin`, else `~/.cargo/bin`.
    pub cargo_bin: PathBuf,
    /// The npm prefix that holds binaryen's `wasm-opt` (gitignored `.tools/binaryen`).
    pub binaryen_prefix: PathBuf,
}

impl Project {
    /// Finds the repository from this crate's location, so the tool works from any cwd.
    pub fn locate() -> Result<Project, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .ok_or("xtask is not inside the repository")?
            .to_path_buf();
        let cargo_home = match std::env::var_os("CARGO_HOME") {
            Some(home) => PathBuf::from(home),
            None => {
                let home = std::env::var_os("HOME").ok_or("neither CARGO_HOME nor HOME is set")?;
                PathBuf::from(home).join(".cargo")
            }
        };
        Ok(Project {
            binaryen_prefix: root.join(".tools").join("binaryen"),
            cargo_bin: cargo_home.join("bin"),
            root,
        })
    }

    /// The folder of the end-to-end test package.
    pub fn e2e_dir(&self) -> PathBuf {
        self.root.join("tests").join("e2e")
    }

    /// `PATH` for child processes: our wasm-opt and cargo's bin first, so Trunk and the
    /// test runner find the pinned tools and never an older system copy (Debian's
    /// binaryen 108 silently breaks the output).
    pub fn child_path(&self) -> OsString {
        let mut dirs = vec![self.binaryen_prefix.join("bin"), self.cargo_bin.clone()];
        if let Some(existing) = std::env::var_os("PATH") {
            dirs.extend(std::env::split_paths(&existing));
        }
        // Joining only fails on a path containing ':', which none of ours do; fall back
        // to the inherited PATH rather than crash.
        std::env::join_paths(dirs).unwrap_or_else(|_| std::env::var_os("PATH").unwrap_or_default())
    }
}
