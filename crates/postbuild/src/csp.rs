//! Lets the strict Content-Security-Policy allow the page's inline scripts.
//!
//! Trunk injects an inline `<script type="module">` that imports the wasm-bindgen glue
//! and starts the wasm; the earlier steps add to it and add the early-start and
//! screen-choosing scripts. A static host cannot add a per-response nonce, so the policy
//! names the script by the sha256 of its exact text instead.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// Stands in index.html's CSP where the inline scripts' hashes go.
pub const PLACEHOLDER: &str = "'inline-script-hashes'";

/// Replaces [`PLACEHOLDER`] with a `'sha256-…'` source for every inline script in
/// `html`; returns the new text and the sources it wrote.
pub fn fill_script_hashes(html: &str) -> Result<(String, Vec<String>), String> {
    match html.matches(PLACEHOLDER).count() {
        1 => {}
        0 => {
            return Err(format!(
                "index.html's Content-Security-Policy lacks the {PLACEHOLDER} placeholder \
                 (in script-src) that the inline-script hashes replace"
            ))
        }
        n => {
            return Err(format!(
                "index.html has {n} {PLACEHOLDER} placeholders; expected one"
            ))
        }
    }
    let mut sources: Vec<String> = Vec::new();
    for body in inline_scripts(html) {
        let source = format!(
            "'sha256-{}'",
            STANDARD.encode(Sha256::digest(body.as_bytes()))
        );
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    Ok((html.replacen(PLACEHOLDER, &sources.join(" "), 1), sources))
}

/// The exact text of each `<script>` without a `src` attribute. Browsers hash the
/// element's raw text (script content is never entity-decoded), so the slice between
/// the opening tag's `>` and `</script>` is what must be hashed, whitespace included.
fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<script").map(|i| i + from) {
        let Some(tag_end) = lower[start..].find('>').map(|i| i + start) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|i| i + tag_end) else {
            break;
        };
        let tag = &lower[start..tag_end];
        let external = tag
            .split(|c: char| c.is_ascii_whitespace())
            .any(|attr| attr.starts_with("src="));
        if !external {
            found.push(&html[tag_end + 1..close]);
        }
        from = close;
    }
    found
}

/// Directives Chromium, Firefox and WebKit all read in a `<meta>` policy. WebKit logs
/// "Unrecognized Content-Security-Policy directive" for others (`manifest-src`), and
/// every engine ignores `frame-ancestors`, `sandbox` and `report-uri` in a meta tag.
#[cfg(test)]
const PORTABLE_DIRECTIVES: [&str; 15] = [
    "default-src",
    "script-src",
    "style-src",
    "img-src",
    "connect-src",
    "font-src",
    "media-src",
    "object-src",
    "worker-src",
    "child-src",
    "frame-src",
    "base-uri",
    "form-action",
    "upgrade-insecure-requests",
    "block-all-mixed-content",
];

/// The directive names of the first `Content-Security-Policy` meta tag in `html`.
#[cfg(test)]
fn meta_policy_directives(html: &str) -> Option<Vec<String>> {
    let at = html.find("http-equiv=\"Content-Security-Policy\"")?;
    let rest = &html[at..];
    let start = rest.find("content=\"")? + "content=\"".len();
    let end = rest[start..].find('"')? + start;
    Some(
        rest[start..end]
            .split(';')
            .filter_map(|d| d.split_whitespace().next())
            .map(str::to_string)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The repository's index.html, as Trunk reads it.
    fn index_html() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../index.html");
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn portable_every_directive_of_the_policy_is_read_by_all_three_engines() {
        let directives = meta_policy_directives(&index_html()).unwrap();
        assert!(directives.len() >= 10, "{directives:?}");
        for d in &directives {
            assert!(
                PORTABLE_DIRECTIVES.contains(&d.as_str()),
                "{d} is not portable"
            );
        }
    }

    #[test]
    fn portable_the_policy_stays_strict() {
        let html = index_html();
        for must in [
            "default-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
            "style-src 'self';",
            "worker-src 'self'",
        ] {
            assert!(html.contains(must), "the policy lost `{must}`");
        }
        assert!(!html.contains("unsafe-inline") && !html.contains("'unsafe-eval'"));
    }

    const PAGE: &str = "<html><head>\
        <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'inline-script-hashes'\">\
        <script src=\"/x.js\"></script>\
        <SCRIPT type=\"module\">alert(1);</SCRIPT>\
        </head></html>";

    #[test]
    fn hashes_only_inline_scripts_exactly() {
        let (html, sources) = fill_script_hashes(PAGE).unwrap();
        // sha256("alert(1);"), base64: the value Chromium prints in its CSP error.
        let expected = "'sha256-5jFwrAK0UV47oFbVg/iCCBbxD8X1w+QvoOUepu4C2YA='";
        assert_eq!(sources, vec![expected.to_string()]);
        assert!(html.contains(&format!("script-src 'self' {expected}\"")));
        assert!(!html.contains(PLACEHOLDER));
    }

    #[test]
    fn a_missing_placeholder_is_an_error_not_a_silent_pass() {
        let err = fill_script_hashes("<script>x</script>").unwrap_err();
        assert!(err.contains("placeholder"));
    }
}
