//! Trunk's `post_build` hook: finishes the staged build before Trunk moves it to dist/.
//!
//! Trunk.toml's hook runs `cargo run --quiet --offline --package unknot-postbuild` (this
//! crate's binary) with `TRUNK_STAGING_DIR`, `TRUNK_HTML_FILE` and `TRUNK_PROFILE` set.
//! A crate of its own, with only sha2, base64 and serde_json: the hook never compiles
//! xtask's tools. Each finishing touch is one function over the staged files; add new
//! ones to [`finish`]. The JavaScript it pastes into the page is in `js/`.

// A host tool: clippy.toml's one-sort rule is for the code that goes into the wasm.
#![allow(clippy::disallowed_methods)]

mod csp;
mod loader;
mod prerender;
mod styles;
mod sw;

use std::fs;
use std::path::{Path, PathBuf};

pub use loader::HANDOFF_CACHE;

/// Entry point for the hook: reads the staging folder and the source page from Trunk's
/// environment.
pub fn run_from_env() -> Result<(), String> {
    let var = |name: &str| {
        std::env::var_os(name).map(PathBuf::from).ok_or(format!(
            "{name} is not set: unknot-postbuild is meant to be run by Trunk's post_build hook \
             (Trunk.toml), e.g. by `trunk build`"
        ))
    };
    finish(&var("TRUNK_STAGING_DIR")?, &var("TRUNK_HTML_FILE")?)
}

/// One line of the build log.
#[allow(clippy::print_stdout, reason = "the hook reports to Trunk's build log")]
fn say(line: &str) {
    println!("postbuild: {line}");
}

/// Applies every finishing touch to the staged build in `staging`, built from the page
/// `source_html` (the repository's index.html: its folder holds style/ and Cargo.toml).
pub fn finish(staging: &Path, source_html: &Path) -> Result<(), String> {
    let root = source_html
        .parent()
        .ok_or_else(|| format!("{} is in no folder", source_html.display()))?;
    let source = fs::read_to_string(source_html)
        .map_err(|e| format!("cannot read {}: {e}", source_html.display()))?;
    let listed = styles::check_list(&source, &root.join("style"))?;
    say(&format!(
        "{} stylesheets listed in index.html, each of style/ once",
        listed.len()
    ));
    let index = staging.join("index.html");
    let html =
        fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let (html, joined) = styles::join_stylesheets(staging, &html)?;
    if let Some(joined) = joined {
        say(&format!(
            "{} stylesheets joined into {}",
            joined.parts.len(),
            joined.file
        ));
    }
    // Before the CSP: the loader script's final text is what gets hashed.
    let html = loader::hand_wasm_to_worker(&html)?;
    say("the loader hands the wasm to the service worker (no second download)");
    // Before the CSP too: the script that picks the pre-rendered screen is hashed.
    let html = if prerender::wanted() {
        let (opening, took) = prerender::render(root)?;
        say(&format!(
            "pre-rendered the opening screens ({} KiB of HTML) in {:.1} s",
            opening.markup.len().div_ceil(1024),
            took.as_secs_f64()
        ));
        prerender::write(&html, &opening)?
    } else {
        say("no pre-rendered screens in a debug build (UNKNOT_PRERENDER=1 adds them)");
        html
    };
    let (html, hashes) = csp::fill_script_hashes(&html)?;
    fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    say(&format!(
        "CSP allows {} inline script(s): {}",
        hashes.len(),
        hashes.join(" ")
    ));
    // Last: the hash covers every file's final bytes, index.html's CSP included.
    let precache = sw::write_precache(staging)?;
    say(&format!(
        "service worker precaches {} files ({} KiB) in cache unknot-{}",
        precache.urls.len(),
        precache.bytes.div_ceil(1024),
        precache.hash
    ));
    Ok(())
}
