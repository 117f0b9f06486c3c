//! `cargo xtask serve`: install what is missing, then `trunk serve` the release build.

use crate::cmd;
use crate::project::Project;
use crate::tools;

/// Where the app is served; fixed so the README can name it.
pub const URL: &str = "http://127.0.0.1:8080/";

pub fn run(project: &Project) -> Result<(), String> {
    tools::ensure_build_tools(project)?;
    println!(
        "\nUnknot will be served at {URL}\n(the first release build takes a few minutes; Ctrl-C stops the server)\n"
    );
    let args = [
        "serve",
        "--release",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
        "--no-autoreload",
    ];
    cmd::run(cmd::command(project, "trunk", &args))
}
