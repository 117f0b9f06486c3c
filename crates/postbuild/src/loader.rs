//! One download of the wasm in every engine, the service worker's precache included.
//!
//! Trunk preloads the wasm (`<link rel="preload" as="fetch" integrity=…>`) and its loader
//! then fetches it again: WebKit never matches the two, so it downloads the file twice
//! ("preloaded using link preload but not used"). And the worker's precache fetches it
//! a third time where the page and the worker share no HTTP cache (WebKit without a
//! disk cache). So the preload goes, and the loader hands the response it downloaded
//! to the worker: a copy goes into the `unknot-handoff` cache, which the worker's
//! install takes instead of downloading (public/sw.js).
//!
//! Paint first: on a visit no worker serves yet, while a pre-rendered screen shows
//! (`<html data-open="safety|home">`, `ui::prerender`), the loader asks for the wasm only
//! once that screen has painted (the `first-contentful-paint` entry), so the download
//! never competes with the first screen, and the largest paint is the HTML's, made
//! before any wasm has arrived (Lighthouse counts every download finished before the
//! largest paint as needed for it; README, "Measured"). On a repeat visit, with nothing
//! pre-rendered showing, or in a hidden tab it asks at once.
//!
//! Early on a repeat visit: when a worker serves the page, a small classic script in
//! `<head>` (before the stylesheet, so nothing holds it back) asks for the wasm and starts
//! its streaming compilation while the HTML is still being parsed, instead of after the
//! deferred loader has run; the loader then only instantiates the compiled module. The
//! response comes from the worker's Cache Storage, so V8's wasm code cache applies to it
//! as to the loader's own fetch (README, "Measured"). Should that early start fail, the
//! loader asks again the usual way.

/// The cache the page hands the wasm over in (read and deleted by public/sw.js; named
/// in js/hand-over.js, a test checks all three agree).
pub const HANDOFF_CACHE: &str = "unknot-handoff";

/// The JavaScript this step pastes into the page, one idea per file in `js/` (each
/// checked by `node --check` in the tests). Their leading `//` lines are notes for
/// readers and are not shipped ([`shipped`]).
pub const SCRIPTS: [(&str, &str); 3] = [
    ("painted.js", include_str!("../js/painted.js")),
    ("hand-over.js", include_str!("../js/hand-over.js")),
    ("early.js", include_str!("../js/early.js")),
];

/// Stands in js/early.js where the wasm's URL goes.
const WASM_URL: &str = "__WASM_URL__";

/// The text of one of [`SCRIPTS`] as it goes into the page: without the leading `//`
/// lines and the blank lines after them.
fn shipped(name: &str) -> Result<&'static str, String> {
    let (_, source) = SCRIPTS
        .iter()
        .find(|(file, _)| *file == name)
        .ok_or_else(|| format!("no js/{name} in the postbuild crate"))?;
    let mut rest: &'static str = source;
    while rest.starts_with("//") || rest.starts_with('\n') {
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    if rest.is_empty() {
        return Err(format!("js/{name} holds only notes, no script"));
    }
    Ok(rest)
}

/// The classic inline script that starts a repeat visit's wasm early (js/early.js).
fn early_js(url: &str) -> Result<String, String> {
    let source = shipped("early.js")?;
    if source.matches(WASM_URL).count() != 1 {
        return Err(format!("js/early.js must contain {WASM_URL} exactly once"));
    }
    // Trunk's URL sits inside '…' in its loader; it must not end the string or the tag.
    if url.contains(['\'', '\\', '<', '\n']) {
        return Err(format!("unexpected characters in the wasm URL `{url}`"));
    }
    Ok(format!(
        "<script>{}</script>\n",
        source.trim_end().replacen(WASM_URL, url, 1)
    ))
}

/// The page-side half (js/painted.js, js/hand-over.js): fetches the wasm once the
/// pre-rendered screen has painted and, on a visit no worker controls yet (the first),
/// puts a copy into the hand-off cache.
fn hand_over_js() -> Result<String, String> {
    Ok(format!(
        "\n{}{}",
        shipped("painted.js")?,
        shipped("hand-over.js")?
    ))
}

/// Removes the wasm preload and routes the loader's fetch through `handOver`.
pub fn hand_wasm_to_worker(html: &str) -> Result<String, String> {
    let mut out = remove_wasm_preload(html);
    let call = "init({ module_or_path: '";
    let Some(at) = out.find(call) else {
        return Err(format!(
            "Trunk's loader has no `{call}…` call: cannot hand the wasm to the worker \
             (did the Trunk version change?)"
        ));
    };
    let url_start = at + call.len();
    let url_end = out[url_start..]
        .find('\'')
        .map(|i| i + url_start)
        .ok_or("unterminated wasm URL in Trunk's loader")?;
    let url = out[url_start..url_end].to_string();
    out.replace_range(
        at..url_end + 1,
        &format!("init({{ module_or_path: early('{url}')"),
    );
    let import_end = out[..at]
        .rfind(";\n")
        .ok_or("Trunk's loader has no import line before init")?;
    out.insert_str(import_end + 1, &hand_over_js()?);
    let module_tag = out[..import_end]
        .rfind("<script type=\"module\">")
        .ok_or("Trunk's loader is not in a `<script type=\"module\">`")?;
    out.insert_str(module_tag, &early_js(&url)?);
    Ok(out)
}

fn remove_wasm_preload(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |i| start + i + 1);
        out.push_str(&rest[..start]);
        let tag = &rest[start..end];
        if !tag.contains("application/wasm") {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head>\n<link rel=\"modulepreload\" href=\"./a-1.js\">\
        <link rel=\"preload\" href=\"./a-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-x\" as=\"fetch\" type=\"application/wasm\">\
        <link rel=\"preload\" href=\"./font.woff2\" as=\"font\">\n\
        <script type=\"module\">\nimport init, * as bindings from './a-1.js';\n\
        const wasm = await init({ module_or_path: './a-1_bg.wasm' });\n</script>";

    #[test]
    fn the_wasm_preload_goes_and_the_loader_hands_the_wasm_over() {
        let html = hand_wasm_to_worker(TRUNK).unwrap();
        assert!(!html.contains("a-1_bg.wasm\" crossorigin"), "{html}");
        assert!(html.contains("modulepreload") && html.contains("font.woff2"));
        assert!(html.contains("init({ module_or_path: early('./a-1_bg.wasm') })"));
        let helper = html.find("const handOver").unwrap();
        assert!(
            helper > html.find("import init").unwrap() && helper < html.find("await init").unwrap()
        );
        assert!(html.contains("caches.open('unknot-handoff')"));
        assert!(
            html.contains("!navigator.serviceWorker?.controller"),
            "only on a first visit"
        );
    }

    #[test]
    fn the_wasm_is_asked_for_after_the_pre_rendered_screen_has_painted() {
        let html = hand_wasm_to_worker(TRUNK).unwrap();
        let painted = html.find("const painted = ").unwrap();
        assert!(painted < html.find("const handOver").unwrap());
        assert!(html.contains("painted().then(() => fetch(url))"));
        // Only while a pre-rendered screen shows, on a visit no worker serves.
        assert!(html.contains("open !== 'safety' && open !== 'home'"));
        assert!(html.contains("navigator.serviceWorker?.controller ||"));
        assert!(html.contains("getEntriesByName('first-contentful-paint')"));
        // Never held back for good.
        assert!(html.contains("'visibilitychange', go") && html.contains("setTimeout(go, 3000)"));
    }

    #[test]
    fn a_repeat_visit_compiles_the_wasm_while_the_html_is_parsed() {
        let html = hand_wasm_to_worker(TRUNK).unwrap();
        let early = html.find("<script>if(navigator.serviceWorker").unwrap();
        // A classic script before the loader module (which runs only after parsing).
        assert!(early < html.find("<script type=\"module\">").unwrap());
        assert!(html.contains(
            "navigator.serviceWorker.controller&&self.WebAssembly&&WebAssembly.compileStreaming"
        ));
        assert!(html.contains("WebAssembly.compileStreaming(fetch('./a-1_bg.wasm'))"));
        assert!(
            html.contains("self.__unknotWasm.catch(function(){})"),
            "handled at once"
        );
        // The loader takes the compiled module, or fetches as before when there is none.
        assert!(html.contains("(self.__unknotWasm || Promise.reject()).catch(() => handOver(url))"));
    }

    #[test]
    fn an_unknown_loader_is_an_error() {
        assert!(hand_wasm_to_worker("<script type=\"module\">start()</script>").is_err());
    }

    /// The global the early start leaves its `Promise<WebAssembly.Module>` in.
    const EARLY_GLOBAL: &str = "self.__unknotWasm";

    #[test]
    fn the_notes_stay_in_the_source_and_the_scripts_agree_on_names() {
        let html = hand_wasm_to_worker(TRUNK).unwrap();
        assert!(!html.contains("notes for"), "{html}");
        assert!(!html.contains("__WASM_URL__"));
        for (name, _) in SCRIPTS {
            let text = shipped(name).unwrap();
            assert!(!text.starts_with("//") && !text.starts_with('\n'), "{name}");
            let text = text.trim_end().replace(WASM_URL, "./a-1_bg.wasm");
            assert!(html.contains(&text), "{name} is not in the page");
        }
        assert!(shipped("early.js").unwrap().contains(EARLY_GLOBAL));
        assert!(shipped("hand-over.js").unwrap().contains(EARLY_GLOBAL));
        let cache = format!("'{HANDOFF_CACHE}'");
        assert!(shipped("hand-over.js").unwrap().contains(&cache));
        let worker = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/sw.js");
        assert!(std::fs::read_to_string(worker).unwrap().contains(&cache));
        // The language files go the same way (src/platform/lang.rs).
        let lang = concat!(env!("CARGO_MANIFEST_DIR"), "/../../src/platform/lang.rs");
        let quoted = format!("\"{HANDOFF_CACHE}\"");
        assert!(std::fs::read_to_string(lang).unwrap().contains(&quoted));
    }

    #[test]
    fn every_listed_script_is_a_file_of_js_and_every_file_is_listed() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/js");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut listed: Vec<String> = SCRIPTS.iter().map(|(n, _)| n.to_string()).collect();
        listed.sort();
        assert_eq!(files, listed);
    }

    /// `node --check` on `text` saved as `name`; `None` when there is no `node` on PATH.
    fn node_check(name: &str, text: &str) -> Option<Result<(), String>> {
        let dir = std::env::temp_dir().join(format!("unknot-js-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let output = std::process::Command::new("node")
            .arg("--check")
            .arg(&path)
            .output();
        let _ = std::fs::remove_file(&path);
        match output {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => Some(Err(format!("cannot run node: {e}"))),
            Ok(out) if out.status.success() => Some(Ok(())),
            Ok(out) => Some(Err(String::from_utf8_lossy(&out.stderr).into_owned())),
        }
    }

    /// The repository has no ESLint: every file of js/ as it is, and the scripts the page
    /// ends up with, must at least parse (`node --check`, the Node that runs the e2e tests).
    #[test]
    fn the_javascript_parses() {
        let html = hand_wasm_to_worker(TRUNK).unwrap();
        let between = |open: &str| {
            let start = html.find(open).unwrap() + open.len();
            html[start..start + html[start..].find("</script>").unwrap()].to_string()
        };
        let mut checks: Vec<(String, String)> = SCRIPTS
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        checks.push(("page-early.js".into(), between("<script>")));
        checks.push((
            "page-loader.mjs".into(),
            between("<script type=\"module\">"),
        ));
        for (name, text) in checks {
            match node_check(&name, &text) {
                None => {
                    eprintln!("skipped: no `node` on PATH to check the JavaScript");
                    return;
                }
                Some(result) => {
                    if let Err(e) = result {
                        panic!("{name} does not parse:\n{e}\n{text}");
                    }
                }
            }
        }
    }
}
