//! The routine's words: what Unknot tells the person, in its own voice.
//!
//! Every fact and number of the source article reaches the person through this module,
//! rewritten as short coach-like lines, plus a careful physio's safety rules.

mod cards;
mod explainers;
mod more;
mod safety;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod zone_tests;

pub use cards::{card_text, dose_line};
pub use explainers::{DOSE, FINISH, LOWER_BACK, TRIGGER_POINT, WHY};
pub use safety::{
    red_flags_due, SafetyGroup, EASE_OFF, RED_FLAGS_HISTORY, RED_FLAGS_PAIN, RED_FLAG_GROUPS,
    RED_FLAG_PAIN, SAFETY_ASK_FIRST, SAFETY_GROUPS, SAFETY_SKIP, SAFETY_STOP,
};

use crate::domain::routine::{Position, BREATH_IN_MS, BREATH_OUT_MS};
use crate::domain::zone::{Side, Zone};

/// The product's name as shown on the home screen.
pub const APP_NAME: &str = "Unknot";
/// Home's heading (the name itself is in the top bar, once).
pub const HOME_TITLE: &str = "Ready to roll?";

/// The one-line promise on the home screen.
pub const PROMISE: &str = "A few calm minutes on the roller for a looser back: outer thighs, upper back, then deep breaths.";

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
    /// The one safety line that applies to this card, if any.
    pub safety: Option<&'static str>,
}

/// A titled set of short paragraphs the person can open for the "why".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explainer {
    pub title: &'static str,
    pub body: &'static [&'static str],
}

/// One line describing a set-up illustration, for its alt text and caption.
pub fn position_text(p: Position) -> String {
    let w = p.side().map(Side::word).unwrap_or("");
    match p {
        Position::SidePlank(_) => format!(
            "Side plank on the {w} forearm, feet stacked, a foam roller across the outer {w} thigh; an arrow runs from hip to knee."
        ),
        Position::FaceUp => "Face up, arms hugged across the chest, hips lifted, knees bent, feet flat, a foam roller under the back just below the shoulder blades; an arrow points to the neck.".to_string(),
        Position::SeatedGlute(_) => format!(
            "Sitting on a foam roller, hands on the floor behind, {w} ankle crossed over the other knee, leaning onto the {w} buttock."
        ),
        Position::SeatedLeg(_) => format!(
            "Sitting with hands behind and hips lifted, a foam roller under the back of the {w} thigh; an arrow runs down to the calf."
        ),
        Position::Prone(_) => format!(
            "Face down on the forearms, a foam roller across the front of the {w} thigh just below the hip; an arrow runs towards the knee."
        ),
        Position::SideLying(_) => format!(
            "Lying on the {w} side, {w} arm stretched overhead, a foam roller under the side of the back below the armpit."
        ),
    }
}

/// What a routine over `zones` rolls, in the order it rolls them, for the line under
/// `Start routine`: "Left IT band · right IT band · upper back with tilts · deep breathing".
pub fn routine_summary(zones: &[Zone]) -> String {
    use crate::domain::routine::ROLL_ORDER;
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
            Zone::UpperBack if tilts => parts.push("upper back with tilts".into()),
            Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight if tilts => {}
            Zone::ShoulderBladeLeft | Zone::ShoulderBladeRight => {
                parts.push(format!("{} (tilt)", zone.phrase()))
            }
            _ => parts.push(zone.phrase().into()),
        }
    }
    parts.push("deep breathing".into());
    let mut line = parts.join(" · ");
    if let Some(first) = line.get(..1) {
        line = first.to_uppercase() + &line[1..];
    }
    line
}
