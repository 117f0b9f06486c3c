//! One stylesheet instead of one per `style/*.css` file.
//!
//! index.html names each stylesheet with its own `<link data-trunk rel="css">`, so every
//! file stays one idea in the source; Trunk copies each to a hashed file and links it.
//! On a first visit each is a request of its own, all of them render-blocking. This step
//! joins them, in the page's order and each once, into `app-<hash>.css`, links that one
//! file where the first stylesheet was, and deletes the parts.

use std::fs;
use std::path::Path;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// What was joined, for the build log and the tests.
#[derive(Debug, PartialEq)]
pub struct Joined {
    /// The new file's name, e.g. `app-0123456789abcdef.css`.
    pub file: String,
    /// The stylesheets it replaced, in order.
    pub parts: Vec<String>,
}

/// Joins the staged build's local stylesheets into one; returns the new index.html.
/// A page with fewer than two stylesheets is left as it is (`None`).
pub fn join_stylesheets(staging: &Path, html: &str) -> Result<(String, Option<Joined>), String> {
    let links = stylesheet_links(html);
    let mut parts: Vec<String> = Vec::new();
    for (_, href) in &links {
        if !parts.contains(href) {
            parts.push(href.clone());
        }
    }
    if parts.len() < 2 {
        return Ok((html.to_string(), None));
    }
    let mut css = String::new();
    for href in &parts {
        let path = staging.join(href);
        let text = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read stylesheet {}: {e}", path.display()))?;
        css.push_str(&format!("/* {href} */\n"));
        css.push_str(text.trim_end());
        css.push('\n');
    }
    let hash: String = Sha256::digest(css.as_bytes())[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let file = format!("app-{hash}.css");
    let integrity = format!("sha384-{}", STANDARD.encode(Sha384::digest(css.as_bytes())));
    fs::write(staging.join(&file), &css).map_err(|e| format!("cannot write {file}: {e}"))?;
    for href in &parts {
        fs::remove_file(staging.join(href)).map_err(|e| format!("cannot delete {href}: {e}"))?;
    }
    // Back to front, so earlier ranges keep their offsets; the first link becomes the one.
    let mut out = html.to_string();
    for (i, ((start, end), _)) in links.iter().enumerate().rev() {
        let replacement = if i == 0 {
            format!("<link rel=\"stylesheet\" href=\"./{file}\" integrity=\"{integrity}\"/>")
        } else {
            String::new()
        };
        out.replace_range(*start..*end, &replacement);
    }
    Ok((out, Some(Joined { file, parts })))
}

/// Each `<link rel="stylesheet" href="./x.css" …>` to a file of the build: its byte range
/// and the href without `./`. Only plain relative names: what Trunk writes.
fn stylesheet_links(html: &str) -> Vec<((usize, usize), String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = html[from..]
        .find("<link rel=\"stylesheet\"")
        .map(|i| i + from)
    {
        let Some(end) = html[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let tag = &html[start..end];
        let href = tag
            .split("href=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(|h| h.trim_start_matches("./").to_string());
        if let Some(href) = href {
            let local = href.ends_with(".css") && !href.contains(':') && !href.starts_with('/');
            if local {
                found.push(((start, end), href));
            }
        }
        from = end;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staged(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("unknot-css-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("tokens-aaaa.css"), ":root { --a: 1; }\n").unwrap();
        fs::write(dir.join("base-bbbb.css"), "body { margin: 0; }").unwrap();
        dir
    }

    const PAGE: &str = "<head>\n<script type=\"module\">x</script>\n    \
        <link rel=\"stylesheet\" href=\"./tokens-aaaa.css\" integrity=\"sha384-1\"/>\n    \
        <link rel=\"stylesheet\" href=\"./base-bbbb.css\" integrity=\"sha384-2\"/>\n    \
        <link rel=\"stylesheet\" href=\"./tokens-aaaa.css\" integrity=\"sha384-1\"/>\n</head>";

    #[test]
    fn joins_in_order_each_once_and_links_one_file() {
        let dir = staged("join");
        let (html, joined) = join_stylesheets(&dir, PAGE).unwrap();
        let joined = joined.unwrap();
        assert_eq!(joined.parts, ["tokens-aaaa.css", "base-bbbb.css"]);
        assert!(joined.file.starts_with("app-") && joined.file.len() == "app-.css".len() + 16);
        let css = fs::read_to_string(dir.join(&joined.file)).unwrap();
        assert!(css.find("--a: 1").unwrap() < css.find("margin: 0").unwrap());
        assert_eq!(css.matches("--a: 1").count(), 1);
        assert_eq!(html.matches("rel=\"stylesheet\"").count(), 1);
        assert!(html.contains(&format!("href=\"./{}\" integrity=\"sha384-", joined.file)));
        assert!(html.find(&joined.file).unwrap() > html.find("<script").unwrap());
        assert!(!dir.join("tokens-aaaa.css").exists() && !dir.join("base-bbbb.css").exists());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn one_stylesheet_or_none_is_left_alone() {
        let dir = staged("one");
        let page = "<link rel=\"stylesheet\" href=\"./base-bbbb.css\"/>";
        let (html, joined) = join_stylesheets(&dir, page).unwrap();
        assert_eq!((html.as_str(), joined), (page, None));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_missing_part_is_an_error() {
        let dir = staged("missing");
        fs::remove_file(dir.join("base-bbbb.css")).unwrap();
        assert!(join_stylesheets(&dir, PAGE)
            .unwrap_err()
            .contains("base-bbbb.css"));
        fs::remove_dir_all(dir).unwrap();
    }
}
