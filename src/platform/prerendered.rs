//! The opening screens pre-rendered into `index.html` (`ui::prerender`), handed over to
//! the app when it starts.

/// The id of the element that holds the pre-rendered screens.
pub const ROOT_ID: &str = "prerendered";

/// The global in which the pre-render's inline script keeps a tap made before the app
/// ran (`ui::early_tap`).
pub const TAP_GLOBAL: &str = "__unknotTap";

/// The tap kept on the pre-rendered screen, if any, cleared so it is carried out once.
/// Call it when taking the screen over: after that nothing is kept any more.
pub fn take_tap() -> Option<String> {
    let window = super::window()?;
    let key = wasm_bindgen::JsValue::from_str(TAP_GLOBAL);
    let kept = js_sys::Reflect::get(&window, &key).ok()?.as_string();
    let _ = js_sys::Reflect::delete_property(&window, &key);
    kept
}

/// Removes the pre-rendered screens (and the `data-open` mark that picked one) so the
/// app mounts in their place. Call it right before mounting, in the same task: the
/// browser never paints a frame with both or neither. Returns whether the focus was in
/// them (someone tabbed in before the app arrived), so the caller can move it on.
pub fn take_over() -> bool {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return false;
    };
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-open");
    }
    let Some(shown) = document.get_element_by_id(ROOT_ID) else {
        return false;
    };
    let had_focus = document
        .active_element()
        .is_some_and(|focused| shown.contains(Some(&focused)));
    shown.remove();
    had_focus
}

/// Runs `start` in a task of its own, ahead of other work (`scheduler.postTask` at
/// `user-blocking` priority, Chromium and Firefox): the wasm's instantiation and the
/// app's first mount become two shorter tasks instead of one long one, so a tap on the
/// pre-rendered screen waits less (Lighthouse's total blocking time; README,
/// "Measured"). Where there is no `scheduler.postTask` (WebKit) it runs `start` now.
/// Never a timer: a test's fake clock must not hold the app back.
pub fn start_in_own_task(start: impl FnOnce() + 'static) {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(window) = super::window() else {
        return start();
    };
    let scheduler = js_sys::Reflect::get(&window, &JsValue::from_str("scheduler"))
        .ok()
        .filter(JsValue::is_object);
    let post_task = scheduler.as_ref().and_then(|s| {
        js_sys::Reflect::get(s, &JsValue::from_str("postTask"))
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Function>().ok())
    });
    let (Some(scheduler), Some(post_task)) = (scheduler, post_task) else {
        return start();
    };
    let callback: js_sys::Function =
        wasm_bindgen::closure::Closure::once_into_js(start).unchecked_into();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"priority".into(), &"user-blocking".into());
    // The promise it returns only rejects if the task is aborted, which it never is.
    let _ = post_task.call2(&scheduler, &callback, &options);
}
