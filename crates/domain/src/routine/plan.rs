//! The routine plan: which cards a session shows, in which order, and how long each lasts.

use serde::{Deserialize, Serialize};

use crate::settings::Settings;
use crate::zone::{Side, Zone};

/// Breathing in, one slow count of four.
pub const BREATH_IN_MS: u64 = 4_000;
/// Breathing out, longer than in, to calm down.
pub const BREATH_OUT_MS: u64 = 6_000;
/// One whole deep breath.
pub const BREATH_MS: u64 = BREATH_IN_MS + BREATH_OUT_MS;

/// The order zones are rolled in when the person only picks them: the IT bands in side
/// plank, then seated work (glutes, then each leg's hamstrings and calf), face down (each
/// side's quadriceps and hip flexor), on the side for the lats, and face up last.
pub const ROLL_ORDER: [Zone; 17] = [
    Zone::ItBandLeft,
    Zone::ItBandRight,
    Zone::GlutesLeft,
    Zone::GlutesRight,
    Zone::HamstringsLeft,
    Zone::CalvesLeft,
    Zone::HamstringsRight,
    Zone::CalvesRight,
    Zone::QuadLeft,
    Zone::HipFlexorLeft,
    Zone::QuadRight,
    Zone::HipFlexorRight,
    Zone::LatsLeft,
    Zone::LatsRight,
    Zone::UpperBack,
    Zone::ShoulderBladeLeft,
    Zone::ShoulderBladeRight,
];

/// How the body lies on the roller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// On one side, roller under the outer thigh.
    SidePlank(Side),
    /// On the back, roller across the upper back (tilt for a shoulder blade).
    FaceUp,
    /// Sitting on the roller, one ankle crossed over the other knee, leaning onto that
    /// side's buttock.
    SeatedGlute(Side),
    /// Sitting on the floor, hands behind, roller under one leg (hamstrings, then calf).
    SeatedLeg(Side),
    /// Face down on the forearms, roller under the front of one thigh or hip.
    Prone(Side),
    /// On one side, lower arm stretched overhead, roller under the side of the back.
    SideLying(Side),
}

impl Position {
    /// The position a zone is rolled in; `None` for the lower back, which is never rolled.
    pub fn of(zone: Zone) -> Option<Position> {
        let side = zone.side().unwrap_or(Side::Left);
        match zone {
            Zone::ItBandLeft | Zone::ItBandRight => Some(Position::SidePlank(side)),
            Zone::QuadLeft | Zone::QuadRight | Zone::HipFlexorLeft | Zone::HipFlexorRight => {
                Some(Position::Prone(side))
            }
            Zone::GlutesLeft | Zone::GlutesRight => Some(Position::SeatedGlute(side)),
            Zone::HamstringsLeft | Zone::HamstringsRight | Zone::CalvesLeft | Zone::CalvesRight => {
                Some(Position::SeatedLeg(side))
            }
            Zone::LatsLeft | Zone::LatsRight => Some(Position::SideLying(side)),
            Zone::UpperBack | Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
                Some(Position::FaceUp)
            }
            Zone::LowerBack => None,
        }
    }

    /// Every position, each side of the one-sided ones.
    pub const ALL: [Position; 11] = [
        Position::SidePlank(Side::Left),
        Position::SidePlank(Side::Right),
        Position::FaceUp,
        Position::SeatedGlute(Side::Left),
        Position::SeatedGlute(Side::Right),
        Position::SeatedLeg(Side::Left),
        Position::SeatedLeg(Side::Right),
        Position::Prone(Side::Left),
        Position::Prone(Side::Right),
        Position::SideLying(Side::Left),
        Position::SideLying(Side::Right),
    ];

    /// The side the position works, if it has one.
    pub fn side(self) -> Option<Side> {
        match self {
            Position::SidePlank(s)
            | Position::SeatedGlute(s)
            | Position::SeatedLeg(s)
            | Position::Prone(s)
            | Position::SideLying(s) => Some(s),
            Position::FaceUp => None,
        }
    }

    /// A stable key for CSS classes and test ids ("side-plank-left", "face-up").
    pub fn key(self) -> String {
        let kind = match self {
            Position::SidePlank(_) => "side-plank",
            Position::FaceUp => "face-up",
            Position::SeatedGlute(_) => "seated-glute",
            Position::SeatedLeg(_) => "seated-leg",
            Position::Prone(_) => "prone",
            Position::SideLying(_) => "side-lying",
        };
        match self.side() {
            Some(side) => format!("{kind}-{}", side.word()),
            None => kind.to_string(),
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

/// The cards for a routine over `zones` (any order, duplicates and the lower back ignored),
/// rolled in [`ROLL_ORDER`] so each position is set up once.
pub fn plan(zones: &[Zone], include_safety: bool) -> Vec<Card> {
    let ordered: Vec<Zone> = ROLL_ORDER
        .into_iter()
        .filter(|z| zones.contains(z))
        .collect();
    plan_in_order(&ordered, include_safety)
}

/// The cards for a routine that rolls `zones` in exactly the order given (a saved routine
/// the person arranged); repeats and the lower back are skipped, and a new set-up card
/// comes whenever the position changes.
pub fn plan_in_order(zones: &[Zone], include_safety: bool) -> Vec<Card> {
    let mut cards = Vec::new();
    if include_safety {
        cards.push(Card::Safety);
    }
    cards.push(Card::PainBefore);
    let mut at: Option<Position> = None;
    let mut seen: Vec<Zone> = Vec::new();
    for &zone in zones {
        if seen.contains(&zone) {
            continue;
        }
        seen.push(zone);
        let Some(pos) = Position::of(zone) else {
            continue;
        };
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
mod tests;
