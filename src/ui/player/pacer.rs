//! The breathing pacer: a soft circle behind the big number that grows on the in-breath
//! and shrinks on the out-breath, paced from the hold's (or the breathing card's) start.

use leptos::prelude::*;

use crate::domain::i18n::msg;
use crate::domain::routine::BREATH_MS;
use crate::domain::session::Session;
use crate::ui::store::use_store;

/// `Some(true)` breathing in, `Some(false)` out, `None` when paused or not pacing.
///
/// One memo per card, shared by the words and the circle: only the half-breath goes out,
/// so what reads it changes once per half-breath, not on every tick.
pub fn use_breath_phase() -> Memo<Option<bool>> {
    let store = use_store();
    let now = store.now;
    Memo::new(move |_| {
        store.state.with(|s| {
            let session = s.session.as_ref()?;
            if session.is_paused() {
                return None;
            }
            let now = now.get();
            session
                .hold_breath(now)
                .or_else(|| session.breath(now))
                .map(|b| b.inhaling)
        })
    })
}

/// "Breathe in", "Breathe out" or "Paused", for the words under the number.
pub fn breath_words(phase: Option<bool>) -> &'static str {
    match phase {
        Some(true) => msg("Breathe in"),
        Some(false) => msg("Breathe out"),
        None => msg("Paused"),
    }
}

/// The circle itself (decorative: the words say the same).
///
/// With motion allowed, the whole stretch of breathing is one CSS animation (in for 4 s,
/// out for 6 s, as many breaths as are paced), started where the breath is: the compositor
/// runs it alone from the first breath to the last, with no new transition at each turn
/// (each asked the main thread for frames of its own). It restarts only when the rhythm
/// does (a pause, a resume, `+10 s`). With reduced motion the circle steps with `phase`.
#[component]
pub fn PacerCircle(
    /// The breath's phase, from [`use_breath_phase`].
    phase: Memo<Option<bool>>,
) -> impl IntoView {
    let store = use_store();
    // Reads the session alone, never the clock: the same value on every tick.
    let rhythm = Memo::new(move |_| {
        store
            .session
            .with(|s| s.as_ref().and_then(Session::breath_rhythm))
    });
    let class = move || match (phase.get(), rhythm.with(Option::is_some)) {
        (Some(true), true) => "pacer pacer--run pacer--in",
        (Some(false), true) => "pacer pacer--run pacer--out",
        (Some(true), false) => "pacer pacer--in",
        (Some(false), false) => "pacer pacer--out",
        (None, _) => "pacer",
    };
    // How far into its rhythm the breath is when the animation starts (a negative delay
    // starts it part-way through). Only a new start moves it: `+10 s` changes the number
    // of breaths, and a new delay would make the running animation jump.
    let since = Memo::new(move |_| rhythm.with(|r| r.map(|r| r.since)));
    let at = move || {
        let elapsed = since
            .get()
            .map_or(0, |since| store.now.get_untracked().saturating_sub(since));
        format!("-{elapsed}ms")
    };
    let breaths = move || rhythm.get().map_or(1, |r| r.breaths).to_string();
    view! {
        <div
            class=class
            aria-hidden="true"
            style:--breath=format!("{BREATH_MS}ms")
            style:--breath-at=at
            style:--breaths=breaths
        >
            <div class="pacer__circle"></div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::routine::{BREATH_IN_MS, BREATH_MS};

    #[test]
    fn the_animated_breath_turns_where_the_words_do() {
        // CSS keyframes cannot read BREATH_IN_MS: the turn is written in the stylesheet.
        let css = include_str!("../../../style/session.css");
        let turn = format!(
            "{}% {{ transform: scale(1);",
            BREATH_IN_MS * 100 / BREATH_MS
        );
        assert!(css.contains(&turn), "style/session.css turns at {turn}");
    }
}
