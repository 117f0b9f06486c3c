//! What this browser can do, so settings can say "not available on this device".

use wasm_bindgen::JsValue;

/// Which cue channels the platform offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Features {
    pub sound: bool,
    pub voice: bool,
    pub vibration: bool,
    pub wake_lock: bool,
}

fn has(target: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(target, &JsValue::from_str(name)).unwrap_or(false)
}

/// Feature-detects each cue channel once; anything missing is simply `false`.
pub fn detect() -> Features {
    let Some(window) = super::window() else {
        return Features::default();
    };
    let navigator = JsValue::from(window.navigator());
    let window = JsValue::from(window);
    Features {
        sound: has(&window, "AudioContext"),
        voice: has(&window, "speechSynthesis"),
        vibration: has(&navigator, "vibrate"),
        wake_lock: has(&navigator, "wakeLock"),
    }
}
