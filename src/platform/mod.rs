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
pub mod keys;
pub mod lang;
mod listeners;
pub mod location;
pub mod page;
pub mod speech;
pub mod storage;
pub mod sw;
pub mod vibration;
pub mod wake_lock;
