//! Trunk's `post_build` hook: finishes the staged build before Trunk moves it to dist/.
//!
//! Trunk runs `cargo xtask postbuild` with `TRUNK_STAGING_DIR` set. Each finishing
//! touch is one function over the staged files; add new ones (e.g. the service
//! worker's precache list) to [`finish`].

mod csp;
mod loader;
mod prerender;
mod styles;
mod sw;

use std::fs;
use std::path::Path;

/// Entry point for the hook: reads the staging folder from Trunk's environment.
pub fn run_from_env() -> Result<(), String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .ok_or("TRUNK_STAGING_DIR is not set: `postbuild` is meant to be run by Trunk's hook")?;
    finish(Path::new(&staging))
}

/// Applies every finishing touch to the staged build in `staging`.
pub fn finish(staging: &Path) -> Result<(), String> {
    let index = staging.join("index.html");
    let html =
        fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let (html, joined) = styles::join_stylesheets(staging, &html)?;
    if let Some(joined) = joined {
        println!(
            "postbuild: {} stylesheets joined into {}",
            joined.parts.len(),
            joined.file
        );
    }
    // Before the CSP: the loader script's final text is what gets hashed.
    let html = loader::hand_wasm_to_worker(&html)?;
    println!("postbuild: the loader hands the wasm to the service worker (no second download)");
    // Before the CSP too: the script that picks the pre-rendered screen is hashed.
    let html = if prerender::wanted() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .ok_or("xtask is not inside the repository")?;
        let (opening, took) = prerender::render(root)?;
        println!(
            "postbuild: pre-rendered the opening screens ({} KiB of HTML) in {:.1} s",
            opening.markup.len().div_ceil(1024),
            took.as_secs_f64()
        );
        prerender::write(&html, &opening)?
    } else {
        println!(
            "postbuild: no pre-rendered screens in a debug build (UNKNOT_PRERENDER=1 adds them)"
        );
        html
    };
    let (html, hashes) = csp::fill_script_hashes(&html)?;
    fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    println!(
        "postbuild: CSP allows {} inline script(s): {}",
        hashes.len(),
        hashes.join(" ")
    );
    // Last: the hash covers every file's final bytes, index.html's CSP included.
    let precache = sw::write_precache(staging)?;
    println!(
        "postbuild: service worker precaches {} files ({} KiB) in cache unknot-{}",
        precache.urls.len(),
        precache.bytes.div_ceil(1024),
        precache.hash
    );
    Ok(())
}
