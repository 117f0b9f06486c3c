//! The routine plan: which cards a session shows, in which order, and how long each lasts.

use serde::{Deserialize, Serialize};

use crate::domain::settings::Settings;
use crate::domain::zone::{Side, Zone};

/// Breathing in, one slow count of four.
pub const BREATH_IN_MS: u64 = 4_000;
/// Breathing out, longer than in, to calm down.
pub const BREATH_OUT_MS: u64 = 6_000;
/// One whole deep breath.
pub const BREATH_MS: u64 = BREATH_IN_MS + BREATH_OUT_MS;

/// The order zones are rolled in: each side's IT band and quad together (one side plank),
/// then everything done face up.
pub const ROLL_ORDER: [Zone; 7] = [
    Zone::ItBandLeft,
    Zone::QuadLeft,
    Zone::ItBandRight,
    Zone::QuadRight,
    Zone::UpperBack,
    Zone::ShoulderBladeLeft,
    Zone::ShoulderBladeRight,
];

/// How the body lies on the roller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// On one side, roller under the outer thigh (lean forward for the quad).
    SidePlank(Side),
    /// On the back, roller across the upper back (tilt for a shoulder blade).
    FaceUp,
}

impl Position {
    /// The position a zone is rolled in; `None` for the lower back, which is never rolled.
    pub fn of(zone: Zone) -> Option<Position> {
        match zone {
            Zone::ItBandLeft | Zone::QuadLeft => Some(Position::SidePlank(Side::Left)),
            Zone::ItBandRight | Zone::QuadRight => Some(Position::SidePlank(Side::Right)),
            Zone::UpperBack | Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
                Some(Position::FaceUp)
            }
            Zone::LowerBack => None,
        }
    }
}

/// One step of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "card", content = "of", rename_all = "kebab-case")]
pub enum Card {
    /// First run only: contraindications and stop rules; Next acknowledges them.
    Safety,
    /// Optional 0–10 pain rating before rolling; manual.
    PainBefore,
    /// Get into a position; manual.
    Setup(Position),
    /// Roll onto the other side; manual.
    SwitchSide(Side),
    /// A short countdown before a zone (settings.get_ready_secs); timed.
    GetReady(Zone),
    /// Paced passes over a zone (passes_per_side × secs_per_pass); timed. Holds happen here.
    Roll(Zone),
    /// Deep breaths to finish (settings.breaths × [`BREATH_MS`]); timed.
    Breathe,
    /// Optional 0–10 pain rating after rolling; manual.
    PainAfter,
    /// The end.
    Summary,
}

impl Card {
    /// How long a timed card lasts; `None` for a manual card (it waits for Next).
    pub fn duration_ms(&self, s: &Settings) -> Option<u64> {
        match self {
            Card::GetReady(_) => Some(u64::from(s.get_ready_secs) * 1000),
            Card::Roll(zone) => {
                let s = s.for_zone(*zone);
                Some(u64::from(s.passes_per_side) * s.pass_ms())
            }
            Card::Breathe => Some(u64::from(s.breaths) * BREATH_MS),
            Card::Safety
            | Card::PainBefore
            | Card::Setup(_)
            | Card::SwitchSide(_)
            | Card::PainAfter
            | Card::Summary => None,
        }
    }

    /// Whether the card moves on by itself when its time is up.
    pub fn is_timed(&self) -> bool {
        matches!(self, Card::GetReady(_) | Card::Roll(_) | Card::Breathe)
    }

    /// The zone the card is about, if any.
    pub fn zone(&self) -> Option<Zone> {
        match *self {
            Card::GetReady(zone) | Card::Roll(zone) => Some(zone),
            _ => None,
        }
    }
}

/// The cards for a routine over `zones` (any order, duplicates and the lower back ignored).
pub fn plan(zones: &[Zone], include_safety: bool) -> Vec<Card> {
    let ordered: Vec<Zone> = ROLL_ORDER
        .into_iter()
        .filter(|z| zones.contains(z))
        .collect();
    plan_in_order(&ordered, include_safety)
}

/// The cards for a saved routine: its zones in its own order (duplicates and the lower
/// back ignored).
pub fn plan_in_order(zones: &[Zone], include_safety: bool) -> Vec<Card> {
    let mut cards = Vec::new();
    if include_safety {
        cards.push(Card::Safety);
    }
    cards.push(Card::PainBefore);
    let mut at: Option<Position> = None;
    for (i, &zone) in zones.iter().enumerate() {
        let Some(pos) = Position::of(zone) else {
            continue;
        };
        if zones[..i].contains(&zone) {
            continue;
        }
        match (at, pos) {
            (Some(was), now) if was == now => {}
            (Some(Position::SidePlank(_)), Position::SidePlank(side)) => {
                cards.push(Card::SwitchSide(side))
            }
            _ => cards.push(Card::Setup(pos)),
        }
        at = Some(pos);
        cards.push(Card::GetReady(zone));
        cards.push(Card::Roll(zone));
    }
    cards.extend([Card::Breathe, Card::PainAfter, Card::Summary]);
    cards
}

#[cfg(test)]
mod tests {
    use super::*;
    use Side::{Left, Right};
    use Zone::*;

    #[test]
    fn the_full_routine_follows_the_article() {
        let cards = plan(&Zone::FULL_ROUTINE, false);
        assert_eq!(
            cards,
            vec![
                Card::PainBefore,
                Card::Setup(Position::SidePlank(Left)),
                Card::GetReady(ItBandLeft),
                Card::Roll(ItBandLeft),
                Card::SwitchSide(Right),
                Card::GetReady(ItBandRight),
                Card::Roll(ItBandRight),
                Card::Setup(Position::FaceUp),
                Card::GetReady(UpperBack),
                Card::Roll(UpperBack),
                Card::GetReady(ShoulderBladeLeft),
                Card::Roll(ShoulderBladeLeft),
                Card::GetReady(ShoulderBladeRight),
                Card::Roll(ShoulderBladeRight),
                Card::Breathe,
                Card::PainAfter,
                Card::Summary,
            ]
        );
        assert_eq!(plan(&Zone::FULL_ROUTINE, true)[0], Card::Safety);
        assert_eq!(plan(&Zone::FULL_ROUTINE, true)[1..], cards[..]);
    }

    #[test]
    fn custom_sets_drop_the_lower_back_and_duplicates_and_keep_roll_order() {
        let cards = plan(
            &[UpperBack, LowerBack, QuadRight, ItBandRight, UpperBack],
            false,
        );
        assert_eq!(
            cards,
            vec![
                Card::PainBefore,
                Card::Setup(Position::SidePlank(Right)),
                Card::GetReady(ItBandRight),
                Card::Roll(ItBandRight),
                Card::GetReady(QuadRight),
                Card::Roll(QuadRight),
                Card::Setup(Position::FaceUp),
                Card::GetReady(UpperBack),
                Card::Roll(UpperBack),
                Card::Breathe,
                Card::PainAfter,
                Card::Summary,
            ]
        );
    }

    #[test]
    fn quads_share_their_sides_plank_and_switch_sides() {
        let cards = plan(&[QuadLeft, QuadRight, ShoulderBladeRight], false);
        assert_eq!(
            cards[1..8],
            [
                Card::Setup(Position::SidePlank(Left)),
                Card::GetReady(QuadLeft),
                Card::Roll(QuadLeft),
                Card::SwitchSide(Right),
                Card::GetReady(QuadRight),
                Card::Roll(QuadRight),
                Card::Setup(Position::FaceUp),
            ]
        );
    }

    #[test]
    fn no_rollable_zone_leaves_just_the_bookends() {
        let expected = vec![
            Card::PainBefore,
            Card::Breathe,
            Card::PainAfter,
            Card::Summary,
        ];
        assert_eq!(plan(&[LowerBack], false), expected);
        assert_eq!(plan(&[], false), expected);
    }

    #[test]
    fn timed_cards_take_their_durations_from_settings() {
        let s = Settings {
            passes_per_side: 4,
            secs_per_pass: 10,
            get_ready_secs: 5,
            breaths: 6,
            ..Settings::default()
        };
        assert_eq!(Card::GetReady(UpperBack).duration_ms(&s), Some(5_000));
        assert_eq!(Card::Roll(UpperBack).duration_ms(&s), Some(40_000));
        assert_eq!(Card::Breathe.duration_ms(&s), Some(60_000));
        for manual in [
            Card::Safety,
            Card::PainBefore,
            Card::Setup(Position::FaceUp),
            Card::SwitchSide(Left),
            Card::PainAfter,
            Card::Summary,
        ] {
            assert_eq!(manual.duration_ms(&s), None);
            assert!(!manual.is_timed());
        }
    }

    #[test]
    fn cards_serialize_with_a_tag() {
        let json = serde_json::to_string(&Card::Setup(Position::SidePlank(Left))).unwrap();
        assert_eq!(json, r#"{"card":"setup","of":{"side-plank":"left"}}"#);
        assert_eq!(
            serde_json::to_string(&Card::Breathe).unwrap(),
            r#"{"card":"breathe"}"#
        );
        for card in plan(&Zone::ALL, true) {
            let back: Card = serde_json::from_str(&serde_json::to_string(&card).unwrap()).unwrap();
            assert_eq!(back, card);
        }
    }
}
