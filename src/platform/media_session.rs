//! The lock screen's and the notification shade's controls for a session, through the
//! Media Session API (`navigator.mediaSession`), and the quiet track some systems need
//! before they show them.
//!
//! iOS and Chromium on Android show those controls only while the page plays media, so
//! [`QuietTrack`] loops one second of silence in an `<audio>` element, made in memory
//! (a WAV in a `blob:` URL, nothing downloaded). WebKit forgets the action handlers
//! when playback starts, so they are set again each time the track starts playing and
//! each time the metadata changes.
//!
//! Reached through `Reflect`: web-sys has the API only behind its unstable flag.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// A system media button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    Play,
    Pause,
    Next,
    Previous,
}

impl Button {
    const ALL: [Button; 4] = [Button::Play, Button::Pause, Button::Next, Button::Previous];

    /// The Media Session's name of the action.
    fn action(self) -> &'static str {
        match self {
            Button::Play => "play",
            Button::Pause => "pause",
            Button::Next => "nexttrack",
            Button::Previous => "previoustrack",
        }
    }
}

/// What the controls show: the step, the line under it, and whether it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NowPlaying {
    pub title: String,
    pub detail: String,
    pub app: String,
    pub playing: bool,
}

type OnButton = Rc<dyn Fn(Button)>;

#[derive(Default)]
struct Inner {
    on_button: Option<OnButton>,
    /// The handlers handed to the browser, kept alive while they are set.
    handlers: Vec<Closure<dyn FnMut()>>,
}

thread_local! {
    static INNER: RefCell<Inner> = RefCell::new(Inner::default());
}

fn session() -> Option<JsValue> {
    let navigator = JsValue::from(super::window()?.navigator());
    let session = Reflect::get(&navigator, &JsValue::from_str("mediaSession")).ok()?;
    session.is_object().then_some(session)
}

fn set(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// Whether the browser has a Media Session.
pub fn is_available() -> bool {
    session().is_some()
}

/// Shows `now` on the system's controls and routes their buttons to `on_button`.
pub fn show(now: &NowPlaying, on_button: impl Fn(Button) + 'static) {
    let Some(session) = session() else {
        return;
    };
    if let Some(metadata) = metadata(now) {
        set(&session, "metadata", &metadata);
    }
    let state = if now.playing { "playing" } else { "paused" };
    set(&session, "playbackState", &JsValue::from_str(state));
    INNER.with(|inner| inner.borrow_mut().on_button = Some(Rc::new(on_button)));
    arm();
}

/// Takes the session off the system's controls.
pub fn clear() {
    let Some(session) = session() else {
        return;
    };
    set(&session, "metadata", &JsValue::NULL);
    set(&session, "playbackState", &JsValue::from_str("none"));
    for button in Button::ALL {
        set_handler(&session, button, &JsValue::NULL);
    }
    INNER.with(|inner| *inner.borrow_mut() = Inner::default());
}

/// Sets the action handlers (again): WebKit drops them when playback starts.
fn arm() {
    let Some(session) = session() else {
        return;
    };
    let Some(on_button) = INNER.with(|inner| inner.borrow().on_button.clone()) else {
        return;
    };
    let handlers: Vec<Closure<dyn FnMut()>> = Button::ALL
        .iter()
        .map(|&button| {
            let on_button = on_button.clone();
            let handler = Closure::<dyn FnMut()>::new(move || on_button(button));
            set_handler(&session, button, handler.as_ref());
            handler
        })
        .collect();
    // The old closures are dropped only after the new ones replaced them in the browser.
    INNER.with(|inner| inner.borrow_mut().handlers = handlers);
}

/// `setActionHandler(action, handler)`; a browser that lacks the action throws, which
/// leaves that button out.
fn set_handler(session: &JsValue, button: Button, handler: &JsValue) {
    let Ok(set_action) = Reflect::get(session, &JsValue::from_str("setActionHandler")) else {
        return;
    };
    if let Some(set_action) = set_action.dyn_ref::<js_sys::Function>() {
        let _ = set_action.call2(session, &JsValue::from_str(button.action()), handler);
    }
}

/// `new MediaMetadata({title, artist, album, artwork})`, the app's icon as the artwork.
fn metadata(now: &NowPlaying) -> Option<JsValue> {
    let window = JsValue::from(super::window()?);
    let make = Reflect::get(&window, &JsValue::from_str("MediaMetadata")).ok()?;
    let make = make.dyn_ref::<js_sys::Function>()?;
    let init = Object::new();
    set(&init, "title", &JsValue::from_str(&now.title));
    set(&init, "artist", &JsValue::from_str(&now.detail));
    set(&init, "album", &JsValue::from_str(&now.app));
    let artwork = Array::new();
    for (src, sizes) in [
        ("icons/icon-192.png", "192x192"),
        ("icons/icon-512.png", "512x512"),
    ] {
        let image = Object::new();
        set(&image, "src", &JsValue::from_str(src));
        set(&image, "sizes", &JsValue::from_str(sizes));
        set(&image, "type", &JsValue::from_str("image/png"));
        artwork.push(&image);
    }
    set(&init, "artwork", &artwork);
    Reflect::construct(make, &Array::of1(&init)).ok()
}

/// One second of silence as an 8 kHz, 8-bit mono WAV: 8 044 bytes made in memory.
fn silent_wav() -> Vec<u8> {
    const RATE: u32 = 8_000;
    let data = RATE; // one second, one byte a sample
    let mut wav = Vec::with_capacity(44 + data as usize);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes()); // the format chunk's size
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&RATE.to_le_bytes());
    wav.extend_from_slice(&RATE.to_le_bytes()); // bytes a second
    wav.extend_from_slice(&1u16.to_le_bytes()); // bytes a frame
    wav.extend_from_slice(&8u16.to_le_bytes()); // bits a sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data.to_le_bytes());
    // 8-bit PCM is unsigned: 128 is the silent middle.
    wav.resize(44 + data as usize, 128);
    wav
}

/// The looping silent `<audio>` that makes the page "play media" while a session runs.
pub struct QuietTrack {
    element: web_sys::HtmlAudioElement,
    _on_playing: Closure<dyn FnMut()>,
}

impl QuietTrack {
    /// Builds the element (not in the document, not playing). `None` without media.
    pub fn new() -> Option<QuietTrack> {
        let bytes = silent_wav();
        let parts = Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("audio/wav");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let element = web_sys::HtmlAudioElement::new_with_src(&url).ok()?;
        element.set_loop(true);
        let on_playing = Closure::<dyn FnMut()>::new(arm);
        element.set_onplaying(Some(on_playing.as_ref().unchecked_ref()));
        Some(QuietTrack {
            element,
            _on_playing: on_playing,
        })
    }

    /// Plays (a browser may refuse before a tap; the next tap tries again).
    pub fn play(&self) {
        if self.element.paused() {
            if let Ok(started) = self.element.play() {
                // A refusal is expected before the first tap: nothing to report.
                leptos::task::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(started).await;
                });
            }
        }
    }

    pub fn pause(&self) {
        if !self.element.paused() {
            let _ = self.element.pause();
        }
    }
}

impl Drop for QuietTrack {
    fn drop(&mut self) {
        self.element.set_onplaying(None);
        let _ = self.element.pause();
        let src = self.element.src();
        self.element.set_src("");
        let _ = web_sys::Url::revoke_object_url(&src);
    }
}

#[cfg(test)]
mod tests {
    use super::silent_wav;

    #[test]
    fn the_quiet_track_is_one_second_of_8_bit_silence_in_a_valid_wav() {
        let wav = silent_wav();
        assert_eq!(wav.len(), 8_044);
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(u32::from_le_bytes([wav[4], wav[5], wav[6], wav[7]]), 8_036);
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_eq!(&wav[36..40], b"data");
        assert!(wav[44..].iter().all(|&b| b == 128));
    }
}
