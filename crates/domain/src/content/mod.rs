//! The routine's words: what Unknot tells the person, in its own voice.
//!
//! Every fact and number of the source article reaches the person through this module,
//! rewritten as short coach-like lines, plus a careful physio's safety rules.

mod cards;
mod explainers;
mod more;
mod numbers;
mod safety;
#[cfg(test)]
mod tests;

pub use cards::{card_text, card_text_in, dose_line};
pub use explainers::{DOSE, FINISH, LOWER_BACK, TRIGGER_POINT, WHY};
pub use safety::{
    red_flags_due, SafetyGroup, SafetyLevel, SafetyLine, SafetyRule, Urgency, EASE_OFF,
    EMERGENCY_SIGNS, RED_FLAGS_HISTORY, RED_FLAGS_PAIN, RED_FLAG_LEAD, RED_FLAG_PAIN,
    SAFETY_ASK_FIRST, SAFETY_LEVELS, SAFETY_SKIP, SAFETY_STOP,
};

use crate::geometry::poses::PoseKind;
use crate::i18n::{msg, Catalogue, Tr};
use crate::routine::{Position, BREATH_IN_MS, BREATH_OUT_MS};
use crate::zone::{Side, Zone};

/// The product's name as shown on the home screen.
pub const APP_NAME: &str = "Unknot";
/// Home's heading (the name itself is in the top bar, once).
pub const HOME_TITLE: &str = msg("Ready to roll?");

/// The one-line promise on the home screen.
pub const PROMISE: &str = msg(
    "A few calm minutes on the roller for a looser back: outer thighs, upper back, then deep breaths.",
);

/// Seconds of each breath in during the breathing finish, from the routine's pacing.
pub const BREATH_IN_SECS: u64 = BREATH_IN_MS / 1000;
/// Seconds of each breath out: longer than the breath in, which calms.
pub const BREATH_OUT_SECS: u64 = BREATH_OUT_MS / 1000;

/// What one card says: a title, a few imperative steps, the numbers, a safety line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardText {
    pub title: String,
    /// Short imperative lines, in the order to do them.
    pub steps: Vec<String>,
    /// The article's ranges next to the person's own setting, e.g. "Hold 30 s (15–45 s)".
    pub numbers: Vec<String>,
    /// The one safety line that applies to this card, if any, with its level.
    pub safety: Option<SafetyLine>,
}

/// A titled set of short paragraphs the person can open for the "why".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explainer {
    pub title: &'static str,
    pub body: &'static [&'static str],
}

/// One line describing a set-up illustration, for its alt text and caption (English).
pub fn position_text(p: Position) -> String {
    pose_text_in(PoseKind::of_position(p), p.side(), &Catalogue::english())
}

/// One line describing a drawing, in the language of `tr`: its text alternative.
pub fn pose_text_in(kind: PoseKind, side: Option<Side>, tr: &Catalogue) -> String {
    let w = tr.t(side.map(Side::word).unwrap_or(""));
    let side = [("side", w.as_str())];
    match kind {
        PoseKind::ItBand => tr.tf(
            "Side plank on the {side} forearm, feet stacked, a foam roller across the outer {side} thigh; an arrow runs from hip to knee.",
            &side,
        ),
        PoseKind::UpperBack => tr.t("Face up, arms hugged across the chest, hips lifted, knees bent, feet flat, a foam roller under the back just below the shoulder blades; an arrow points to the neck."),
        PoseKind::Glutes => tr.tf(
            "Sitting on a foam roller, hands on the floor behind, {side} ankle crossed over the other knee, leaning onto the {side} buttock.",
            &side,
        ),
        PoseKind::Hamstrings => tr.tf(
            "Sitting with hands behind and hips lifted, a foam roller under the back of the {side} thigh; an arrow runs to just above the knee.",
            &side,
        ),
        PoseKind::Calves => tr.tf(
            "Sitting with hands behind and hips lifted, a foam roller under the {side} calf; an arrow runs to just above the ankle.",
            &side,
        ),
        PoseKind::Quads => tr.tf(
            "Face down on the forearms, a foam roller across the front of the {side} thigh just below the hip; an arrow runs towards the knee.",
            &side,
        ),
        PoseKind::HipFlexors => tr.tf(
            "Face down on the forearms, a foam roller just below the front of the {side} hip bone; an arrow runs a hand's width down the thigh.",
            &side,
        ),
        PoseKind::Lats => tr.tf(
            "Lying on the {side} side, {side} arm stretched overhead, a foam roller under the side of the back below the armpit.",
            &side,
        ),
        PoseKind::Breathing => tr.t("Lying on the back on the floor, knees bent, feet flat, hands resting on the belly."),
    }
}

/// What a routine over `zones` rolls, in the order it rolls them, for the line under
/// `Start routine`: "Left IT band · right IT band · upper back with tilts · deep breathing".
pub fn routine_summary(zones: &[Zone], tr: &Catalogue) -> String {
    use crate::routine::ROLL_ORDER;
    let picked: Vec<Zone> = ROLL_ORDER
        .into_iter()
        .filter(|z| zones.contains(z))
        .collect();
    let tilts = picked.contains(&Zone::UpperBack)
        && picked.contains(&Zone::ShoulderBladeLeft)
        && picked.contains(&Zone::ShoulderBladeRight);
    let mut parts: Vec<String> = Vec::new();
    for zone in picked {
        match zone {
            Zone::UpperBack if tilts => parts.push(tr.t("upper back with tilts")),
            Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight if tilts => {}
            Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
                parts.push(tr.tf("{zone} (tilt)", &[("zone", &tr.t(zone.phrase()))]))
            }
            _ => parts.push(tr.t(zone.phrase())),
        }
    }
    parts.push(tr.t("deep breathing"));
    let line = parts.join(" · ");
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => line,
    }
}
