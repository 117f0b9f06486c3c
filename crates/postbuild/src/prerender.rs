//! Writes the pre-rendered opening screens into the built `index.html`, so a phone
//! paints the first screen from the HTML before the wasm has arrived.
//!
//! The app renders them itself, on the host, from the same components
//! (`src/ui/prerender.rs`, run by the app crate's `prerender` binary, build/prerender.rs,
//! which prints `{"script": …, "markup": …}`). The script, which picks the screen before the first
//! paint, goes at `<!-- prerender:choose -->` in `<head>` (before any stylesheet, so it
//! never waits for one); the screens go at `<!-- prerender:screens -->` in `<body>`.
//! The CSP step after this one allows the script by its hash.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Where the choosing script goes (in `<head>`).
pub const SCRIPT_MARK: &str = "prerender:choose";
/// Where the screens go (in `<body>`).
pub const SCREENS_MARK: &str = "prerender:screens";

/// What the app's renderer prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// The inline script's text.
    pub script: String,
    /// Both opening screens' markup.
    pub markup: String,
}

/// Whether to pre-render: in release builds (what is deployed and tested end to end),
/// and in debug builds only when `UNKNOT_PRERENDER=1`, so `trunk serve` stays quick (a
/// change to the app recompiles it for the host too, a minute or more on 2 cores).
pub fn wanted() -> bool {
    std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release")
        || std::env::var("UNKNOT_PRERENDER").is_ok_and(|v| v == "1")
}

/// Runs the app's renderer on the host in the repository at `root` (`cargo run --bin
/// prerender`, debug profile: the same build the native tests use) and returns what it
/// printed, with the time it took (compiling included).
pub fn render(root: &Path) -> Result<(Opening, Duration), String> {
    let started = Instant::now();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(root)
        .args([
            "run",
            "--quiet",
            "--offline",
            "--package",
            "unknot",
            "--bin",
            "prerender",
        ])
        .output()
        .map_err(|e| format!("cannot run the pre-renderer (cargo run --bin prerender): {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the pre-renderer failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let opening = parse(&String::from_utf8_lossy(&output.stdout))?;
    Ok((opening, started.elapsed()))
}

/// Reads the renderer's JSON.
pub fn parse(json: &str) -> Result<Opening, String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("the pre-renderer printed no JSON: {e}"))?;
    let field = |name: &str| {
        value[name]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("the pre-renderer's JSON has no `{name}` text"))
    };
    Ok(Opening {
        script: field("script")?,
        markup: field("markup")?,
    })
}

/// Puts the script and the screens in place of their marks in `html`.
pub fn write(html: &str, opening: &Opening) -> Result<String, String> {
    if opening.script.contains("</script") {
        return Err("the pre-rendered script would close its own <script> tag".into());
    }
    let html = replace_mark(
        html,
        SCRIPT_MARK,
        &format!("<script>{}</script>", opening.script),
    )?;
    replace_mark(&html, SCREENS_MARK, &opening.markup)
}

/// Replaces the one HTML comment that starts with `<!-- {mark}` with `with`.
fn replace_mark(html: &str, mark: &str, with: &str) -> Result<String, String> {
    let open = format!("<!-- {mark}");
    let mut found = html.match_indices(&open);
    let Some((start, _)) = found.next() else {
        return Err(format!(
            "index.html has no `{open} … -->` comment where the pre-render goes"
        ));
    };
    if found.next().is_some() {
        return Err(format!("index.html has more than one `{open}` comment"));
    }
    let end = html[start..]
        .find("-->")
        .map(|i| start + i + "-->".len())
        .ok_or_else(|| format!("unterminated `{open}` comment in index.html"))?;
    let mut out = String::with_capacity(html.len() + with.len());
    out.push_str(&html[..start]);
    out.push_str(with);
    out.push_str(&html[end..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csp;
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use sha2::{Digest, Sha256};

    const PAGE: &str = "<html><head>\
        <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'inline-script-hashes'\">\
        <!-- prerender:choose — the script -->\
        <link rel=\"stylesheet\" href=\"a.css\">\
        <script type=\"module\">start();</script>\
        </head><body><noscript>no</noscript><!-- prerender:screens — here --></body></html>";

    fn sha(text: &str) -> String {
        format!(
            "'sha256-{}'",
            STANDARD.encode(Sha256::digest(text.as_bytes()))
        )
    }

    #[test]
    fn the_script_goes_before_the_stylesheets_and_the_screens_into_the_body() {
        let opening = Opening {
            script: "document.documentElement.dataset.open='home'".into(),
            markup: "<div id=\"prerendered\"><h1>Hi</h1></div>".into(),
        };
        let html = write(PAGE, &opening).unwrap();
        let script = html.find("<script>document").unwrap();
        assert!(script < html.find("<link rel=\"stylesheet\"").unwrap());
        assert!(html
            .contains("<noscript>no</noscript><div id=\"prerendered\"><h1>Hi</h1></div></body>"));
        assert!(!html.contains("prerender:"), "{html}");
        // And the CSP step allows exactly that script (and the module loader).
        let (html, sources) = csp::fill_script_hashes(&html).unwrap();
        assert!(sources.contains(&sha(&opening.script)), "{sources:?}");
        assert!(html.contains(&sha(&opening.script)));
    }

    #[test]
    fn a_missing_mark_is_an_error() {
        let opening = Opening {
            script: String::new(),
            markup: String::new(),
        };
        let err = write("<html><head></head><body></body></html>", &opening).unwrap_err();
        assert!(err.contains("prerender:choose"), "{err}");
    }

    /// The real renderer, the real index.html: both screens and the hash of the script
    /// that picks one are in the finished page.
    #[test]
    fn the_built_page_holds_both_screens_and_allows_the_choosing_script() {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let (opening, _) = render(root).unwrap();
        let index = std::fs::read_to_string(root.join("index.html")).unwrap();
        let (html, _) = csp::fill_script_hashes(&write(&index, &opening).unwrap()).unwrap();
        for shown in [
            "data-screen=\"safety\"",
            "Before you roll",
            "data-screen=\"home\"",
            "Ready to roll?",
            "Start routine",
            "Unknot needs JavaScript to run",
        ] {
            assert!(html.contains(shown), "the page lacks {shown}");
        }
        assert!(html.contains(&format!("<script>{}</script>", opening.script)));
        assert!(
            html.contains(&sha(&opening.script)),
            "the CSP lacks the script's hash"
        );
        assert!(
            opening.script.contains("localStorage") && opening.script.contains("unknot:safety")
        );
        assert!(opening.script.contains("self.__unknotTap"), "taps are kept");
        // The script parses (`node --check`, the Node that runs the e2e tests), when there is one.
        let file = std::env::temp_dir().join(format!("unknot-opening-{}.js", std::process::id()));
        std::fs::write(&file, &opening.script).unwrap();
        if let Ok(out) = Command::new("node").arg("--check").arg(&file).output() {
            assert!(
                out.status.success(),
                "the opening script does not parse:\n{}\n{}",
                String::from_utf8_lossy(&out.stderr),
                opening.script
            );
        }
        let _ = std::fs::remove_file(file);
    }
}
