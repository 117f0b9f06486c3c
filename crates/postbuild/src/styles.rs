//! One stylesheet instead of one per `style/*.css` file.
//!
//! index.html names each stylesheet with its own `<link data-trunk rel="css">`, so every
//! file stays one idea in the source; Trunk copies each to a hashed file and links it.
//! That list, in cascade order, is the one place the stylesheets are listed:
//! [`check_list`] fails the build when it and `style/*.css` disagree (a file not linked,
//! linked twice, or linked but missing).
//!
//! On a first visit each stylesheet is a request of its own, all of them render-blocking.
//! [`join_stylesheets`] joins them, in the page's order, into `app-<hash>.css`, links
//! that one file where the first stylesheet was, and deletes the parts.

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

/// Checks the source index.html's `<link data-trunk rel="css">` list (`source_html`)
/// against the `*.css` files directly in `style_dir` (the repository's style/): each
/// must be linked exactly once, and each linked file must exist. Returns the linked
/// hrefs in order; the error names every mismatch and what to do about it.
pub fn check_list(source_html: &str, style_dir: &Path) -> Result<Vec<String>, String> {
    let linked = trunk_css_links(source_html);
    let entries =
        fs::read_dir(style_dir).map_err(|e| format!("cannot list {}: {e}", style_dir.display()))?;
    let mut on_disk: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", style_dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".css") && entry.path().is_file() {
            on_disk.push(name);
        }
    }
    on_disk.sort();
    let folder = style_dir
        .file_name()
        .map_or("style".into(), |n| n.to_string_lossy().into_owned());
    let source_root = style_dir.parent().unwrap_or(style_dir);
    let mut problems: Vec<String> = Vec::new();
    for name in &on_disk {
        let href = format!("{folder}/{name}");
        match linked.iter().filter(|h| **h == href).count() {
            0 => problems.push(format!(
                "{href} is not linked: add `<link data-trunk rel=\"css\" href=\"{href}\" />` \
                 where it belongs in the cascade"
            )),
            1 => {}
            n => problems.push(format!(
                "{href} is linked {n} times: keep one link (the built stylesheet has it where it is first linked)"
            )),
        }
    }
    for (i, href) in linked.iter().enumerate() {
        if linked[..i].contains(href) {
            continue;
        }
        let in_folder = href
            .strip_prefix(&format!("{folder}/"))
            .is_some_and(|name| on_disk.iter().any(|n| n == name));
        if in_folder {
            continue;
        }
        if !source_root.join(href).is_file() {
            problems.push(format!("{href} is linked but there is no such file"));
        } else if linked.iter().filter(|h| *h == href).count() > 1 {
            problems.push(format!("{href} is linked more than once: keep one link"));
        }
    }
    if problems.is_empty() {
        return Ok(linked);
    }
    Err(format!(
        "index.html's stylesheet list (its `<link data-trunk rel=\"css\">` tags, in cascade \
         order, the one place the stylesheets are listed) does not match {}/*.css:\n  - {}",
        folder,
        problems.join("\n  - ")
    ))
}

/// The `href` of each `<link data-trunk rel="css" …>` in a source page, in order,
/// without a leading `./`; commented-out links do not count.
fn trunk_css_links(html: &str) -> Vec<String> {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + "-->".len()..]);
    }
    text.push_str(rest);
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find("<link").map(|i| i + from) {
        let Some(end) = text[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let tag = &text[start..end];
        let attrs: Vec<&str> = tag.split_whitespace().collect();
        let trunk = attrs.contains(&"data-trunk");
        let css = attrs.contains(&"rel=\"css\"");
        let href = tag
            .split("href=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next());
        if let (true, true, Some(href)) = (trunk, css, href) {
            found.push(href.trim_start_matches("./").to_string());
        }
        from = end;
    }
    found
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

    /// A source folder with `style/` holding `files` and an index.html linking `links`.
    fn source(name: &str, files: &[&str], links: &[&str]) -> (std::path::PathBuf, String) {
        let dir = std::env::temp_dir().join(format!("unknot-list-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("style")).unwrap();
        for file in files {
            fs::write(dir.join("style").join(file), "a {}").unwrap();
        }
        let mut html = String::from(
            "<head>\n<!-- <link data-trunk rel=\"css\" href=\"style/old.css\" /> -->\n",
        );
        html.push_str("<link data-trunk rel=\"copy-dir\" href=\"public\" />\n");
        for link in links {
            html.push_str(&format!(
                "    <link data-trunk rel=\"css\" href=\"{link}\" />\n"
            ));
        }
        (dir, html + "</head>")
    }

    #[test]
    fn the_list_in_order_when_it_matches_the_folder() {
        let (dir, html) = source(
            "ok",
            &["base.css", "tokens.css"],
            &["style/tokens.css", "./style/base.css"],
        );
        let linked = check_list(&html, &dir.join("style")).unwrap();
        assert_eq!(linked, ["style/tokens.css", "style/base.css"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_unlinked_a_twice_linked_and_a_missing_stylesheet_are_each_named() {
        let (dir, html) = source(
            "bad",
            &["base.css", "tokens.css", "new.css"],
            &[
                "style/tokens.css",
                "style/base.css",
                "style/gone.css",
                "style/tokens.css",
            ],
        );
        let err = check_list(&html, &dir.join("style")).unwrap_err();
        assert!(err.contains("index.html's stylesheet list"), "{err}");
        assert!(err.contains("style/new.css is not linked"), "{err}");
        assert!(err.contains("style/tokens.css is linked 2 times"), "{err}");
        assert!(
            err.contains("style/gone.css is linked but there is no such file"),
            "{err}"
        );
        assert!(!err.contains("base.css"), "{err}");
        assert!(
            !err.contains("old.css"),
            "a commented-out link does not count: {err}"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    /// The repository's own index.html and style/: every file linked once.
    #[test]
    fn the_repository_links_every_stylesheet_once() {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let html = fs::read_to_string(root.join("index.html")).unwrap();
        let linked = check_list(&html, &root.join("style")).unwrap();
        assert_eq!(linked.first().map(String::as_str), Some("style/tokens.css"));
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
