//! The `prerender` binary: prints the pre-rendered opening screens as JSON
//! (`{"script": …, "markup": …}`) for Trunk's post_build hook (crates/postbuild), which
//! writes them into the built `index.html`. The hook runs it on the host with
//! `cargo run --quiet --offline -p unknot --bin prerender`; it renders the app's
//! components to HTML (`unknot::ui::prerender`), no browser involved.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::io::Write;
    let opening = match unknot::ui::prerender::opening() {
        Ok(opening) => opening,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "prerender: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let json = match serde_json::to_string(&opening) {
        Ok(json) => json,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "prerender: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match std::io::stdout().write_all(json.as_bytes()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "prerender: cannot write: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// A host-only tool: `cargo build --target wasm32-unknown-unknown --bins` (clippy, the
/// browser tests) builds this empty program; Trunk builds only the `unknot` binary.
#[cfg(target_arch = "wasm32")]
fn main() {}
