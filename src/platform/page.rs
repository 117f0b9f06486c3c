//! Page lifecycle: when the page becomes visible again (unlocked phone, tab switched back).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Keeps a `visibilitychange` listener on the document; dropping it removes the listener.
pub struct VisibilityListener {
    document: Option<web_sys::Document>,
    closure: Closure<dyn FnMut()>,
}

impl Drop for VisibilityListener {
    fn drop(&mut self) {
        if let Some(document) = &self.document {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Whether the page is showing now.
pub fn is_visible() -> bool {
    super::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

/// Calls `callback(visible)` whenever the page is hidden or shown again.
pub fn on_visibility_change(mut callback: impl FnMut(bool) + 'static) -> VisibilityListener {
    let closure = Closure::<dyn FnMut()>::new(move || callback(is_visible()));
    let document = super::window().and_then(|w| w.document()).filter(|d| {
        d.add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref())
            .is_ok()
    });
    VisibilityListener { document, closure }
}

/// Scrolls the page to its top at once, so a new screen starts at its beginning.
pub fn scroll_to_top() {
    if let Some(window) = super::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Opens the browser's print dialog (where "Save as PDF" is one of the printers).
pub fn print() {
    if let Some(window) = super::window() {
        let _ = window.print();
    }
}

/// Moves focus to the shown screen's main heading once it is drawn, so keyboard and
/// screen-reader users start at the new screen's title. The heading gets
/// `tabindex="-1"` so it can hold focus without joining the tab order.
pub fn focus_main_heading() {
    leptos::prelude::request_animation_frame(|| {
        let Some(heading) = super::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("#main h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        if !heading.has_attribute("tabindex") {
            let _ = heading.set_attribute("tabindex", "-1");
        }
        let _ = heading.focus();
    });
}

/// Sets (`Some`) or removes (`None`) an attribute of `<html>`, such as `data-theme`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}

/// Moves focus to the element with `id` once the next frame is drawn (after a remount,
/// such as a language switch, the control the person used keeps the focus).
pub fn focus_by_id_soon(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = super::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
