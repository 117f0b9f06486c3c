//! This week's advice: what the plan does and the sentences that say why. The rules that
//! choose it are `adapt.rs`; what it does to the doses is `dose.rs`.

use crate::i18n::{Arg, Line};
use crate::zone::Zone;

/// What the plan does this week, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The routine as planned.
    AsPlanned { first_week: bool },
    /// After a flare: one pass fewer, shorter holds, maybe a sore zone left out.
    Gentler { why: Line, left_out: Option<Zone> },
    /// Two steady-or-better weeks and a load that felt right: a little more.
    More(Raise),
    /// Steady and ready for more, but already at the limits.
    AtTheMost,
    /// Worse twice, or high pain twice: stop and see a clinician.
    SeeClinician { why: Line },
}

/// What a steady fortnight adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Raise {
    /// One more pass on each zone that has room.
    Pass,
    /// The zone where knots recur most, not yet in the routine.
    Zone(Zone),
}

impl Advice {
    /// The sentences the plan card shows.
    pub fn lines(&self) -> Vec<Line> {
        match self {
            Advice::AsPlanned { first_week: true } => vec![Line::t(
                "Week 1 is your routine as it is. From next week, a short check-in tunes the load.",
            )],
            Advice::AsPlanned { first_week: false } => {
                vec![Line::t("Your routine as planned this week.")]
            }
            Advice::Gentler { why, left_out } => {
                let mut lines = vec![
                    why.clone(),
                    Line::t("One pass fewer on each zone and shorter holds, for a week."),
                ];
                if let Some(zone) = left_out {
                    lines.push(Line::tf(
                        "{zone} keeps hurting, so it is left out this week.",
                        vec![("zone", Arg::Key(zone.label()))],
                    ));
                }
                lines
            }
            Advice::More(Raise::Pass) => vec![Line::t(
                "One more pass this week: your back has been steady or better for two weeks.",
            )],
            Advice::More(Raise::Zone(zone)) => vec![Line::tf(
                "{zone} is added this week: knots keep coming back there, and your back has been steady or better for two weeks.",
                vec![("zone", Arg::Key(zone.label()))],
            )],
            Advice::AtTheMost => vec![Line::t(
                "Your back has been steady or better for two weeks. The routine is already at the most a plan gives, so it stays as it is.",
            )],
            Advice::SeeClinician { why } => vec![
                why.clone(),
                Line::t("Stop the plan for now and see a clinician about your back."),
            ],
        }
    }

    /// Whether this advice is the gentler load (after a flare, or while a clinician is advised).
    pub fn is_gentler(&self) -> bool {
        matches!(self, Advice::Gentler { .. } | Advice::SeeClinician { .. })
    }
}
