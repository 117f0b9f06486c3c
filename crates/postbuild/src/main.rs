//! `unknot-postbuild`: Trunk's post_build hook (Trunk.toml); see the library's docs.

use std::process::ExitCode;

fn main() -> ExitCode {
    match unknot_postbuild::run_from_env() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("postbuild: error: {message}");
            ExitCode::FAILURE
        }
    }
}
