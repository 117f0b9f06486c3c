//! Helpers shared by the browser tests: a fresh mount point, finding controls the way a
//! person (or a screen reader) names them, and waiting for Leptos's async DOM updates.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The test page's document.
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the tests run in a page with a document")
}

/// A new, empty `<div>` appended to `<body>`, so tests never see each other's DOM.
pub fn fresh_host() -> HtmlElement {
    let div = document()
        .create_element("div")
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// The one `<button>` under `root` whose visible text or `aria-label` is `name`;
/// panics listing the buttons that are there when it is missing or ambiguous.
pub fn button(root: &Element, name: &str) -> HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    let mut names = Vec::new();
    let mut matches = Vec::new();
    for i in 0..all.length() {
        let Some(el) = all.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let label = el
            .get_attribute("aria-label")
            .unwrap_or_else(|| el.text_content().unwrap_or_default());
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        if label == name {
            matches.push(el);
        }
        names.push(label);
    }
    assert_eq!(
        matches.len(),
        1,
        "want one button named {name:?}; buttons here: {names:?}"
    );
    matches.remove(0)
}

/// Lets Leptos flush its scheduled DOM updates and effects.
pub async fn tick() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}
