//! The only code that touches the browser: clock, storage, audio, speech, vibration,
//! wake lock, service-worker messages. Everything returns errors as values.

pub mod activation;
pub mod audio;
pub mod audio_session;
pub mod clock;
pub mod features;
pub mod files;
pub mod flash;
pub mod history;
pub mod ids;
pub mod install;
pub mod keeping;
pub mod keys;
pub mod lang;
mod listeners;
pub mod location;
pub mod media_session;
pub mod page;
pub mod prerendered;
pub mod share_file;
pub mod speech;
pub mod storage;
pub mod sw;
pub mod vibration;
pub mod wake_lock;

/// The browser's window; `None` off the browser, where the build renders the opening
/// screens on the host (`ui::prerender`): every platform call then degrades to "not
/// available" instead of calling into a JavaScript that is not there.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}
