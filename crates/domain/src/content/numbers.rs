//! The person's dose numbers as card lines, in the card's language.

use crate::i18n::{Catalogue, Tr};
use crate::settings::{Settings, BREATHS, HOLD_SECS, PASSES, SECS_PER_PASS};

/// The person's numbers, clamped to the article's ranges so a card never shows nonsense.
pub(super) struct Numbers<'a> {
    /// The language the card is shown in.
    pub(super) tr: &'a Catalogue,
    pub(super) passes: u8,
    pub(super) hold: u8,
    pub(super) pass_secs: u8,
    pub(super) get_ready: u8,
    pub(super) breaths: u8,
}

impl<'a> Numbers<'a> {
    pub(super) fn from(tr: &'a Catalogue, s: &Settings) -> Self {
        let clamp = |v: u8, r: std::ops::RangeInclusive<u8>| v.clamp(*r.start(), *r.end());
        Numbers {
            tr,
            passes: clamp(s.passes_per_side, PASSES),
            hold: clamp(s.hold_secs, HOLD_SECS),
            pass_secs: clamp(s.secs_per_pass, SECS_PER_PASS),
            get_ready: s.get_ready_secs,
            breaths: clamp(s.breaths, BREATHS),
        }
    }

    pub(super) fn passes(&self) -> String {
        self.tr.tf(
            "{n} passes ({min}–{max} a side)",
            &[
                ("n", &self.passes.to_string()),
                ("min", &PASSES.start().to_string()),
                ("max", &PASSES.end().to_string()),
            ],
        )
    }

    pub(super) fn hold(&self) -> String {
        self.tr.tf(
            "Hold {secs} s ({min}–{max} s)",
            &[
                ("secs", &self.hold.to_string()),
                ("min", &HOLD_SECS.start().to_string()),
                ("max", &HOLD_SECS.end().to_string()),
            ],
        )
    }

    pub(super) fn pace(&self) -> String {
        self.tr.tf(
            "{secs} s per pass, slow",
            &[("secs", &self.pass_secs.to_string())],
        )
    }

    /// The dose as time: the seconds a zone gets from the passes alone.
    pub(super) fn dose(&self) -> String {
        self.tr.tf(
            "{secs} s a zone: {passes} passes × {pass} s, plus holds",
            &[
                (
                    "secs",
                    &(u32::from(self.passes) * u32::from(self.pass_secs)).to_string(),
                ),
                ("passes", &self.passes.to_string()),
                ("pass", &self.pass_secs.to_string()),
            ],
        )
    }
}
