//! The routine's words: what Unknot tells the person, in its own voice.
//!
//! Every fact and number of the source article reaches the person through this module,
//! rewritten as short coach-like lines, plus a careful physio's safety rules.

mod cards;
mod explainers;
mod safety;
#[cfg(test)]
mod tests;

pub use cards::card_text;
pub use explainers::{FINISH, LOWER_BACK, TRIGGER_POINT, WHY};
pub use safety::{EASE_OFF, SAFETY_ASK_FIRST, SAFETY_SKIP, SAFETY_STOP};

use crate::domain::routine::{Position, BREATH_IN_MS, BREATH_OUT_MS};
use crate::domain::zone::Side;

/// The product's name as shown on the home screen.
pub const APP_NAME: &str = "Unknot";

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

/// One line describing a set-up illustration, for its alt text.
pub fn position_text(p: Position) -> &'static str {
    match p {
        Position::SidePlank(Side::Left) => {
            "A person in a side plank on the left forearm, a foam roller across the outer left thigh, feet stacked."
        }
        Position::SidePlank(Side::Right) => {
            "A person in a side plank on the right forearm, a foam roller across the outer right thigh, feet stacked."
        }
        Position::FaceUp => {
            "A person lying face up with arms hugged across the chest, a foam roller across the back just under the shoulder blades, knees bent, feet on the floor."
        }
    }
}
