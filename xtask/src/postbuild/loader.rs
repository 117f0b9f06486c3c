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

/// The cache the page hands the wasm over in (read and deleted by public/sw.js).
pub const HANDOFF_CACHE: &str = "unknot-handoff";

/// Resolves once the pre-rendered screen has painted, at once when there is nothing to
/// wait for (a worker serves the page, no pre-rendered screen shows, no paint timing, a
/// hidden tab). A tab hidden meanwhile, or 3 s without a paint, stops the wait: the
/// wasm must never be held back for good. Not a frame callback or a timer alone:
/// tests fake both (`page.clock`), and a paint entry comes either way.
const PAINTED_JS: &str = "const painted = () => new Promise((go) => {\n  \
    const open = document.documentElement.dataset.open;\n  \
    if (navigator.serviceWorker?.controller || (open !== 'safety' && open !== 'home') || document.visibilityState !== 'visible' || !self.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return go();\n  \
    const seen = new PerformanceObserver((list) => {\n    \
    if (list.getEntriesByName('first-contentful-paint').length) {\n      seen.disconnect();\n      go();\n    }\n  \
    });\n  \
    seen.observe({ type: 'paint', buffered: true });\n  \
    document.addEventListener('visibilitychange', go, { once: true });\n  \
    setTimeout(go, 3000);\n\
    });\n";

/// The global the early start leaves its `Promise<WebAssembly.Module>` in.
const EARLY_GLOBAL: &str = "__unknotWasm";

/// The classic inline script that starts a repeat visit's wasm early (only where a
/// worker controls the page and the browser compiles streams). Its rejection is marked
/// handled at once; the loader still sees it and falls back to its own fetch.
fn early_js(url: &str) -> String {
    format!(
        "<script>if(navigator.serviceWorker&&navigator.serviceWorker.controller&&\
         self.WebAssembly&&WebAssembly.compileStreaming){{\
         self.{EARLY_GLOBAL}=WebAssembly.compileStreaming(fetch('{url}'));\
         self.{EARLY_GLOBAL}.catch(function(){{}})}}</script>\n"
    )
}

/// The page-side half: fetches the wasm and, on a visit no worker controls yet (the
/// first), puts a copy into the hand-off cache.
fn hand_over_js() -> String {
    format!(
        "\n// cargo xtask postbuild: paint the pre-rendered screen first, then download the wasm.\n\
         {PAINTED_JS}\
         // The worker's install takes this copy instead of downloading it again.\n\
         const handOver = (url) => painted().then(() => fetch(url)).then((response) => {{\n  \
         if (response.ok && self.caches && !navigator.serviceWorker?.controller) {{\n    const copy = response.clone();\n    \
         caches.open('{HANDOFF_CACHE}').then((c) => c.put(url, copy)).catch(() => {{}});\n  }}\n  \
         return response;\n}});\n\
         // A repeat visit's module, compiling since <head> was parsed; else the fetch above.\n\
         const early = (url) => (self.{EARLY_GLOBAL} || Promise.reject()).catch(() => handOver(url));\n"
    )
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
    out.insert_str(import_end + 1, &hand_over_js());
    let module_tag = out[..import_end]
        .rfind("<script type=\"module\">")
        .ok_or("Trunk's loader is not in a `<script type=\"module\">`")?;
    out.insert_str(module_tag, &early_js(&url));
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
}
