//! The added zones' words and the safety lists: every zone has its position, path,
//! pressure, dose and safety line; every red flag is listed, each at its level.

use crate::content::*;
use crate::routine::{plan, Card, Position};
use crate::settings::Settings;
use crate::zone::{Side, Zone};

/// English: the keys themselves.
static EN: std::sync::LazyLock<Catalogue> = std::sync::LazyLock::new(Catalogue::english);

/// Lower-case words, as in the main content tests.
fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// SPEC §6: the red flags and local contraindications, each as a keyword.
const RED_FLAGS: [&str; 17] = [
    "saddle",
    "bladder or bowel",
    "weakness in one or both legs",
    "fever",
    "cancer",
    "weight loss",
    "fall or accident",
    "osteoporosis",
    "severe pain at night",
    "steroid",
    "fracture",
    "open wound",
    "skin infection",
    "blood clot (dvt)",
    "blood thinners",
    "pregnant",
    "osteomyelitis",
];

#[test]
fn every_red_flag_and_contraindication_is_listed() {
    let all: String = SAFETY_LEVELS
        .iter()
        .flat_map(|l| l.items())
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for item in RED_FLAGS
        .iter()
        .chain(&[
            "myositis ossificans",
            "numbness",
            "tingling",
            "sharp",
            "shoots down",
            "dizz",
        ])
        .chain(&["knee", "hip bone", "spine", "inflamed", "swollen", "disc"])
    {
        assert!(all.contains(item), "safety lists should cover {item}");
    }
    assert_eq!(RED_FLAG_PAIN, 7);
}

#[test]
fn safety_levels_read_in_about_thirty_seconds() {
    // About 200 words a minute: 30 s is roughly 100 words of signs, plus the headings
    // and one lead per level.
    for level in SAFETY_LEVELS {
        for group in level.groups {
            assert!((2..=6).contains(&group.items.len()), "{}", group.key);
        }
    }
    let words: usize = SAFETY_LEVELS
        .iter()
        .flat_map(|l| l.items())
        .map(|s| words(s).len())
        .sum();
    assert!(words <= 160, "{words} words take too long to scan");
}

#[test]
fn nerve_compression_signs_are_an_emergency_and_come_first() {
    let [first, stop, clinician] = SAFETY_LEVELS;
    assert_eq!(first.urgency, Urgency::Emergency);
    assert_eq!(stop.urgency, Urgency::Stop);
    assert_eq!(clinician.urgency, Urgency::Clinician);
    let emergency: Vec<_> = first.items().map(str::to_lowercase).collect();
    for sign in ["saddle", "bladder or bowel", "one or both legs"] {
        assert!(
            emergency.iter().any(|i| i.contains(sign)),
            "{sign} is an emergency"
        );
    }
    assert_eq!(
        emergency.len(),
        3,
        "only the cauda equina signs are emergencies"
    );
    assert!(first.urgency.lead().contains("emergency department"));
    assert!(first.urgency.lead().contains("emergency number"));
    let calmer: String = stop.items().chain(clinician.items()).collect();
    assert!(!calmer.contains("saddle") && !calmer.contains("bladder"));
    assert!(clinician.items().any(|i| i.contains("fever")));
    assert!(clinician
        .items()
        .any(|i| i.contains("anticoagulants") && i.contains("antiplatelets")));
}

#[test]
fn card_safety_lines_carry_the_level_of_their_danger() {
    let s = Settings::default();
    let calf = card_text(Card::Roll(Zone::CalvesLeft), &s).safety.unwrap();
    assert_eq!(
        calf.urgency,
        Urgency::Clinician,
        "a possible clot needs a clinician"
    );
    assert!(calf.text.contains("clot"));
    let thigh = card_text(Card::Roll(Zone::ItBandLeft), &s).safety.unwrap();
    assert_eq!(thigh.urgency, Urgency::Stop);
    let after = card_text(Card::PainAfter, &s).safety.unwrap();
    assert_eq!(after.urgency, Urgency::Clinician);
    let dizzy = card_text(Card::Breathe, &s).safety.unwrap();
    assert_eq!(dizzy.urgency, Urgency::Stop);
    assert!(dizzy.text.starts_with("Feeling dizzy? Stop"));
}

#[test]
fn every_zone_has_position_path_pressure_dose_and_safety() {
    let s = Settings::default();
    for zone in Zone::ALL.into_iter().filter(|z| z.rollable()) {
        let position = Position::of(zone).unwrap();
        let setup = card_text(Card::Setup(position), &s);
        let roll = card_text(Card::Roll(zone), &s);
        let ready = card_text(Card::GetReady(zone), &s);
        assert!(setup.steps.len() >= 3, "{zone:?}: the position");
        let all = [&setup.steps[..], &roll.steps[..]]
            .concat()
            .join(" ")
            .to_lowercase();
        assert!(
            all.contains("more pressure")
                || all.contains("lean further")
                || zone == Zone::UpperBack
                || !zone.is_leg() && all.contains("tilt"),
            "{zone:?}: how to change the pressure"
        );
        let (start, _) = zone.path_ends();
        assert!(
            ready.steps.iter().any(|l| l.contains(start)),
            "{zone:?}: where to start"
        );
        let path = ["then back", "back and forth", "short strokes"];
        assert!(
            roll.steps
                .iter()
                .any(|l| path.iter().any(|p| l.contains(p))),
            "{zone:?}: the path"
        );
        if let Some(side) = zone.side() {
            assert!(roll.title.contains(side.word()), "{zone:?}: {}", roll.title);
        }
        // The dose as passes and as seconds: 4 passes × 10 s = 40 s.
        assert!(
            roll.numbers.contains(&"4 passes (3–5 a side)".to_string()),
            "{zone:?}"
        );
        assert!(roll
            .numbers
            .contains(&"40 s a zone: 4 passes × 10 s, plus holds".to_string()));
        assert!(roll.safety.is_some() && setup.safety.is_some() && ready.safety.is_some());
        assert!(!position_text(position).is_empty());
    }
}

#[test]
fn the_evidence_and_the_clinicians_caution_are_said_plainly() {
    let dose = DOSE.body.join(" ");
    assert!(dose.contains("30–120 s") && dose.contains("6") && dose.contains("slowly"));
    let lower = LOWER_BACK.body.join(" ");
    assert!(lower.contains("Clinicians advise") && lower.contains("not a proven harm"));
}

#[test]
fn a_pain_of_seven_or_more_shows_the_red_flags_before_the_first_roll_only() {
    let cards = plan(&[Zone::GlutesLeft, Zone::UpperBack], false);
    let at = |card: Card| cards.iter().position(|c| *c == card).unwrap();
    let setup = at(Card::Setup(Position::SeatedGlute(Side::Left)));
    assert!(red_flags_due(&cards, setup, Some(7)));
    assert!(red_flags_due(&cards, setup, Some(10)));
    assert!(!red_flags_due(&cards, setup, Some(6)));
    assert!(!red_flags_due(&cards, setup, None));
    // Not on the pain check itself, not once something was rolled, not at the finish.
    assert!(!red_flags_due(&cards, at(Card::PainBefore), Some(8)));
    assert!(red_flags_due(
        &cards,
        at(Card::Roll(Zone::GlutesLeft)),
        Some(8)
    ));
    assert!(!red_flags_due(
        &cards,
        at(Card::Setup(Position::FaceUp)),
        Some(8)
    ));
    assert!(!red_flags_due(&cards, at(Card::Breathe), Some(8)));
    assert!(!red_flags_due(&cards, 99, Some(8)));
    let nothing = plan(&[], false);
    assert!((0..nothing.len()).all(|i| !red_flags_due(&nothing, i, Some(9))));
}

#[test]
fn the_start_line_names_exactly_the_picked_zones_in_rolling_order() {
    assert_eq!(
        routine_summary(&Zone::FULL_ROUTINE, &EN),
        "Left IT band · right IT band · upper back with tilts · deep breathing"
    );
    assert_eq!(
        routine_summary(
            &[Zone::CalvesRight, Zone::GlutesLeft, Zone::ShoulderBladeLeft],
            &EN
        ),
        "Left glutes · right calf · left shoulder blade (tilt) · deep breathing"
    );
    assert_eq!(routine_summary(&[], &EN), "Deep breathing");
}

#[test]
fn settings_show_the_dose_as_time() {
    let s = Settings {
        passes_per_side: 5,
        secs_per_pass: 12,
        ..Settings::default()
    };
    assert_eq!(
        dose_line(&s, &EN),
        "Each zone gets 60 s (5 passes × 12 s), plus any holds. Studies suggest about 30–120 s per muscle."
    );
}
