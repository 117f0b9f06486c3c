//! The only code that touches the browser: clock, storage, audio, speech, vibration,
//! wake lock, service-worker messages. Everything returns errors as values.

pub mod clock;
pub mod storage;
pub mod features;
pub mod files;
pub mod ids;
pub mod page;
