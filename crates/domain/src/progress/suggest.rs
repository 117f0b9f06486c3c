//! Suggestions from the history, in plain words. They describe what the data shows
//! and what to try next; they never claim to treat anything.

use super::dates::local_day;
use super::knots::{knot_map, Bins};
use crate::i18n::{Arg, Line};
use crate::record::{EpochMs, SessionRecord};
use crate::zone::Side;

/// Days without a session after which a gentle reminder appears.
pub const REMINDER_AFTER_DAYS: i64 = 4;

/// What a suggestion is about (for styling and tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SuggestionKind {
    /// One side keeps having hot spots: start there.
    StartSide,
    /// It has been a while since the last session.
    Comeback,
    /// Pain after rolling is usually lower than before.
    PainLower,
}

/// One suggestion to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    /// The words, shown in the chosen language.
    pub text: Line,
}

/// Suggestions for today, most useful first; empty for an empty history.
pub fn suggestions(
    history: &[SessionRecord],
    window: usize,
    today: EpochMs,
    offset_minutes: i32,
) -> Vec<Suggestion> {
    let mut out = Vec::new();
    if let Some(last) = history.iter().map(|r| r.started_at).max() {
        let days = local_day(today, offset_minutes) - local_day(last, offset_minutes);
        if days >= REMINDER_AFTER_DAYS {
            out.push(Suggestion {
                kind: SuggestionKind::Comeback,
                text: Line::tf(
                    "It has been {days} days since your last session. A short one today is a good way back in — even one side counts.",
                    vec![("days", Arg::Number(days.unsigned_abs()))],
                ),
            });
        }
    }
    if let Some(s) = start_side(history, window) {
        out.push(s);
    }
    if let Some(s) = pain_lower(history) {
        out.push(s);
    }
    out
}

/// The side whose zones had hot spots in more of the recent sessions, named by its busiest zone.
fn start_side(history: &[SessionRecord], window: usize) -> Option<Suggestion> {
    let mut recent: Vec<&SessionRecord> = history.iter().collect();
    crate::order::sort_by_key(&mut recent, |r| r.started_at);
    let recent = &recent[recent.len().saturating_sub(window)..];
    let sessions_with = |side: Side| {
        recent
            .iter()
            .filter(|r| r.hot_spots.iter().any(|h| h.zone.side() == Some(side)))
            .count()
    };
    let (left, right) = (sessions_with(Side::Left), sessions_with(Side::Right));
    let side = match left.cmp(&right) {
        std::cmp::Ordering::Greater => Side::Left,
        std::cmp::Ordering::Less => Side::Right,
        std::cmp::Ordering::Equal => return None,
    };
    if left.max(right) < 2 {
        return None;
    }
    // The busiest zone on that side, counted per session over all its spots.
    let map = knot_map(history, window, Bins::Fifths);
    let zone = map.iter().find(|s| s.zone.side() == Some(side))?.zone;
    let count = recent
        .iter()
        .filter(|r| r.hot_spots.iter().any(|h| h.zone == zone))
        .count();
    let args = vec![
        ("zone", Arg::Key(zone.phrase())),
        ("side", Arg::Key(side.word())),
        ("count", Arg::Number(count as u64)),
        ("of", Arg::Number(recent.len() as u64)),
    ];
    let text = if count * 2 > recent.len() {
        Line::tf(
            "Your {zone} had a hot spot in most recent sessions ({count} of the last {of}). Start on the {side} side next time, while you are fresh.",
            args,
        )
    } else {
        Line::tf(
            "Your {zone} had a hot spot in {count} of the last {of} sessions. Start on the {side} side next time, while you are fresh.",
            args,
        )
    };
    Some(Suggestion {
        kind: SuggestionKind::StartSide,
        text,
    })
}

/// A note when pain after was lower than before in most rated sessions.
fn pain_lower(history: &[SessionRecord]) -> Option<Suggestion> {
    let rated: Vec<(u8, u8)> = history
        .iter()
        .filter_map(|r| Some((r.pain_before?, r.pain_after?)))
        .collect();
    let lower = rated.iter().filter(|(b, a)| a < b).count();
    (rated.len() >= 3 && lower * 2 > rated.len()).then(|| Suggestion {
        kind: SuggestionKind::PainLower,
        text: Line::tf(
            "In {lower} of your {rated} rated sessions, pain after rolling was lower than before. Keep rating it to see how it goes.",
            vec![
                ("lower", Arg::Number(lower as u64)),
                ("rated", Arg::Number(rated.len() as u64)),
            ],
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::dates::day_start;
    use crate::progress::test_support::{first_day, fixture, record_on, FIXTURE_TODAY, OFFSET};
    use crate::record::HotSpot;
    use crate::zone::Zone;

    #[test]
    fn fixture_suggests_the_right_side_and_notes_lower_pain() {
        let s = suggestions(&fixture(), 8, FIXTURE_TODAY, OFFSET);
        let kinds: Vec<_> = s.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![SuggestionKind::StartSide, SuggestionKind::PainLower]
        );
        assert_eq!(
            s[0].text.to_string(),
            "Your right IT band had a hot spot in most recent sessions (6 of the last 8). Start on the right side next time, while you are fresh."
        );
        assert_eq!(
            s[1].text.to_string(),
            "In 23 of your 24 rated sessions, pain after rolling was lower than before. Keep rating it to see how it goes."
        );
    }

    #[test]
    fn a_gentle_reminder_after_four_days() {
        let history = fixture();
        // The last session was Sat 15 March.
        let at = |day: i64| day_start(first_day() + day, OFFSET) + 10 * 3_600_000;
        let no_reminder = suggestions(&history, 8, at(43), OFFSET);
        assert!(no_reminder
            .iter()
            .all(|s| s.kind != SuggestionKind::Comeback));
        let s = suggestions(&history, 8, at(44), OFFSET);
        assert_eq!(s[0].kind, SuggestionKind::Comeback);
        assert!(s[0]
            .text
            .to_string()
            .starts_with("It has been 4 days since your last session."));
    }

    #[test]
    fn nothing_to_say_about_nothing() {
        assert!(suggestions(&[], 8, FIXTURE_TODAY, OFFSET).is_empty());
        // Equal sides: no side suggestion.
        let mut a = record_on(first_day(), 8, true);
        let hs = |zone| HotSpot {
            zone,
            position: 0.5,
            found_at: 0,
            held_ms: 1000,
            tenderness: None,
        };
        a.hot_spots = vec![hs(Zone::ItBandLeft), hs(Zone::ItBandRight)];
        let b = a.clone();
        let s = suggestions(&[a, b], 8, day_start(first_day(), OFFSET), OFFSET);
        assert!(s.is_empty());
    }

    #[test]
    fn no_claims_only_observations() {
        let all = suggestions(&fixture(), 8, FIXTURE_TODAY + 6 * 86_400_000, OFFSET);
        assert_eq!(all.len(), 3);
        for s in all {
            for word in ["cure", "heal", "treat", "fix", "injur", "diagnos"] {
                assert!(
                    !s.text.to_string().to_lowercase().contains(word),
                    "{}",
                    s.text
                );
            }
        }
    }
}
