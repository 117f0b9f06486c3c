//! [`effect`]: Leptos's `Effect::new`, compiled once instead of once per closure.
//! `Effect::new` wraps each closure in a task of its own (an async loop, its scheduling
//! and clean-up, 1–2 KB of wasm), so every call site used to add a copy; boxing the
//! closure first lets them all share one. Use it instead of `Effect::new`.
//!
//! (The same for `Memo::new` was measured and left out: memos stay generic over their
//! value type, and boxing their closures saved under 1 KB of brotli.)

use leptos::prelude::*;

/// A boxed effect: one type, so one copy of `Effect::new`.
type Run = Box<dyn FnMut(Option<()>)>;

/// Runs `run` on the next tick and again whenever what it read changes, as `Effect::new`:
/// `run` is given `None` the first time and `Some(())` after.
pub fn effect(run: impl FnMut(Option<()>) + 'static) -> Effect<LocalStorage> {
    boxed_effect(Box::new(run))
}

fn boxed_effect(run: Run) -> Effect<LocalStorage> {
    #[expect(clippy::disallowed_methods, reason = "the one use of Effect::new")]
    Effect::new(run)
}
