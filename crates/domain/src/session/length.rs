//! How long a routine really takes with the person's settings: Home's "About 6 min",
//! the saved routines' minutes and the fitting to a time all measure it here.

use crate::routine::{plan, Card};
use crate::settings::Settings;
use crate::zone::Zone;

/// What getting into a position (a set-up or the side switch) takes, roughly.
pub const MANUAL_CARD_MS: u64 = 15_000;

/// How long the cards of a plan take with `settings`: every timed card at its length
/// (each zone at its own dose), [`MANUAL_CARD_MS`] for each change of position (a set-up
/// or the side switch). Pain checks count as instant (they are optional), hot-spot holds
/// as not taken (they are extra). The one measure of a routine's length: Home's and the
/// saved routines' (`routines::steps_ms`) both come from it.
pub fn plan_length_ms(cards: &[Card], settings: &Settings) -> u64 {
    let (settings, _) = settings.clone().clamped();
    cards
        .iter()
        .map(|card| match card {
            Card::Setup(_) | Card::SwitchSide(_) => MANUAL_CARD_MS,
            other => other.duration_ms(&settings).unwrap_or(0),
        })
        .sum()
}

/// The length of today's routine over `zones` (rolled in the usual order), at the settings.
pub fn routine_length_ms(zones: &[Zone], settings: &Settings) -> u64 {
    plan_length_ms(&plan(zones, false), settings)
}

/// Whole minutes, rounded to the nearest, at least 1: how every length is said.
pub fn length_minutes(ms: u64) -> u64 {
    (ms.saturating_add(30_000) / 60_000).max(1)
}

/// "About 6 min": [`length_minutes`] in English words.
pub fn length_words(ms: u64) -> String {
    format!("About {} min", length_minutes(ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_routine_at_the_defaults_takes_about_six_minutes() {
        // 5 zones × (10 s get ready + 4 × 10 s) + 50 s breathing + 3 position changes.
        let ms = routine_length_ms(&Zone::FULL_ROUTINE, &Settings::default());
        assert_eq!(ms, 5 * 50_000 + 50_000 + 3 * MANUAL_CARD_MS);
        assert_eq!(length_words(ms), "About 6 min");
    }

    #[test]
    fn the_length_follows_the_settings() {
        let slow = Settings {
            passes_per_side: 5,
            secs_per_pass: 20,
            get_ready_secs: 20,
            breaths: 10,
            ..Settings::default()
        };
        let ms = routine_length_ms(&Zone::FULL_ROUTINE, &slow);
        assert_eq!(ms, 5 * 120_000 + 100_000 + 3 * MANUAL_CARD_MS);
        assert_eq!(length_words(ms), "About 12 min");
        assert_eq!(length_words(0), "About 1 min");
        assert_eq!(length_words(89_999), "About 1 min");
        assert_eq!(length_words(90_000), "About 2 min");
    }
}
