//! A short full-screen flash for noisy rooms: a fixed overlay whose CSS class restarts
//! an animation (style/pwa.css; with reduced motion it is an opacity change only).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The overlay's class; `--on` runs the animation once.
pub const CLASS: &str = "cue-flash";
const ON: &str = "cue-flash--on";

/// The overlay, created on first use at the end of `<body>`.
fn overlay() -> Option<HtmlElement> {
    let document = super::window()?.document()?;
    if let Some(found) = document.query_selector(&format!(".{CLASS}")).ok().flatten() {
        return found.dyn_into().ok();
    }
    let el: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    el.set_class_name(CLASS);
    // Decoration only: the live region and the sounds carry the meaning.
    el.set_attribute("aria-hidden", "true").ok()?;
    document.body()?.append_child(&el).ok()?;
    Some(el)
}

/// Flashes the screen once. Does nothing without a document.
pub fn flash() {
    let Some(el) = overlay() else {
        return;
    };
    let classes = el.class_list();
    let _ = classes.remove_1(ON);
    // Reading the layout makes the browser see the class removed, so adding it again
    // restarts the animation even when flashes follow each other closely.
    let _ = el.offset_width();
    let _ = classes.add_1(ON);
}
