//! Checks that every fact of the article reaches the person, in Unknot's own words.

use super::*;
use crate::domain::routine::{plan, Card, Position};
use crate::domain::settings::Settings;
use crate::domain::zone::{Side, Zone};

/// The source article, kept beside the tests so the copy check needs nothing outside the repo.
const ARTICLE: &str = include_str!("article.txt");

/// Every fact and number of the article, each as keywords that must all appear somewhere.
const FACTS: &[&[&str]] = &[
    &["imbalance"],
    &["manual labo"],
    &["desk"],
    &["sedentary"],
    &["spine", "prone"],
    &["natural position"],
    &["stretch", "exercise"],
    &["foam roller", "pool noodle"],
    &["pressure", "tension"],
    &["self-massage", "hurt", "relax"],
    &["knot", "trigger point", "hard", "intensely sore"],
    &["outer thigh"],
    &["IT band", "quadriceps", "hips", "low back"],
    &["perpendicular"],
    &["side plank"],
    &["stack", "more pressure"],
    &["top foot", "for less"],
    &["slowly"],
    &["hip bone", "top of the knee"],
    &["extreme pressure"],
    &["3–5"],
    &["lean forward", "quadriceps"],
    &["hot spot", "15–45", "breathe deep"],
    &["tension lets go"],
    &["other side"],
    &["lower back", "lumbar", "harmful position"],
    &["mid and upper back"],
    &["shoulder blade", "base of your neck"],
    &["1–2 inches"],
    &["face up"],
    &["hug"],
    &["back and forth", "feet"],
    &["back rub"],
    &["tilt", "left", "right", "around your shoulder"],
    &["deep breath"],
];

/// Every card the app can show, with both sides and every zone.
fn all_cards() -> Vec<Card> {
    let mut cards = vec![
        Card::Safety,
        Card::PainBefore,
        Card::Setup(Position::SidePlank(Side::Left)),
        Card::Setup(Position::SidePlank(Side::Right)),
        Card::Setup(Position::FaceUp),
        Card::SwitchSide(Side::Left),
        Card::SwitchSide(Side::Right),
        Card::Breathe,
        Card::PainAfter,
        Card::Summary,
    ];
    cards.extend(Position::ALL.map(Card::Setup));
    for zone in Zone::ALL {
        cards.push(Card::GetReady(zone));
        cards.push(Card::Roll(zone));
    }
    cards
}

fn positions() -> [Position; 11] {
    Position::ALL
}

/// Every string the person can read, one entry per line of text.
fn corpus() -> Vec<String> {
    texts(&all_cards())
}

/// The explainers, the safety lists and the text of `cards`, one entry per line.
fn texts(cards: &[Card]) -> Vec<String> {
    let settings = Settings::default();
    let mut out: Vec<String> = vec![PROMISE.into(), EASE_OFF.into()];
    for e in [WHY, TRIGGER_POINT, LOWER_BACK, FINISH, DOSE] {
        out.push(e.title.into());
        out.extend(e.body.iter().map(|s| s.to_string()));
    }
    for group in SAFETY_GROUPS {
        out.push(group.title.into());
        out.extend(group.items.iter().map(|s| s.to_string()));
    }
    out.extend(DOSE.body.iter().map(|s| s.to_string()));
    for card in cards {
        let t = card_text(*card, &settings);
        out.push(t.title);
        out.extend(t.steps);
        out.extend(t.numbers);
        out.extend(t.safety.map(String::from));
    }
    out.extend(positions().iter().map(|p| position_text(*p).to_string()));
    out
}

/// Lower-case words, punctuation and dashes dropped, so "3-5" and "3–5" compare equal.
fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn promise_names_every_part_of_the_routine() {
    for part in ["thigh", "upper back", "breath"] {
        assert!(PROMISE.contains(part), "promise should mention {part}");
    }
}

#[test]
fn every_fact_of_the_article_reaches_the_person() {
    // The full routine alone must carry them: a person never sees the quad-only cards there.
    let all = texts(&plan(&Zone::FULL_ROUTINE, true))
        .join("\n")
        .to_lowercase();
    let missing: Vec<_> = FACTS
        .iter()
        .flat_map(|fact| fact.iter())
        .filter(|k| !all.contains(&k.to_lowercase()))
        .collect();
    assert!(missing.is_empty(), "missing facts: {missing:?}");
}

/// SPEC §6: the red flags and local contraindications, each as a keyword.
const RED_FLAGS: [&str; 17] = [
    "saddle",
    "bladder or bowel",
    "leg weakness",
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
    let all: String = SAFETY_GROUPS
        .iter()
        .flat_map(|g| g.items.iter())
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
    // The pain-before check repeats every red flag and contraindication.
    let again: String = RED_FLAG_GROUPS
        .iter()
        .flat_map(|g| g.items.iter())
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for item in RED_FLAGS {
        assert!(
            again.contains(item),
            "the pain ≥ 7 check should repeat {item}"
        );
    }
    assert_eq!(RED_FLAG_PAIN, 7);
}

#[test]
fn safety_groups_read_in_about_thirty_seconds() {
    // About 200 words a minute: 30 s is roughly 100 words of items, a few headings.
    for group in SAFETY_GROUPS {
        assert!((3..=6).contains(&group.items.len()), "{}", group.title);
    }
    let words: usize = SAFETY_GROUPS
        .iter()
        .flat_map(|g| g.items.iter())
        .map(|s| words(s).len())
        .sum();
    assert!(words <= 140, "{words} words take too long to scan");
}

#[test]
fn the_safety_card_carries_all_three_lists() {
    let card = card_text(Card::Safety, &Settings::default());
    for line in SAFETY_GROUPS.iter().flat_map(|g| g.items.iter()) {
        assert!(card.steps.iter().any(|s| s == line), "missing {line}");
    }
    assert!(card.safety.is_some());
}

#[test]
fn no_sentence_of_the_article_is_copied() {
    let article = words(ARTICLE);
    let windows: Vec<String> = article.windows(8).map(|w| w.join(" ")).collect();
    for line in corpus() {
        let ours = format!(" {} ", words(&line).join(" "));
        for w in &windows {
            assert!(
                !ours.contains(&format!(" {w} ")),
                "copied from the article: {w:?} in {line:?}"
            );
        }
    }
}

#[test]
fn ranges_use_an_en_dash() {
    for line in corpus() {
        let b = line.as_bytes();
        let hyphen_range = b
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'-' && w[2].is_ascii_digit());
        assert!(!hyphen_range, "use an en dash for ranges: {line:?}");
    }
}

#[test]
fn numbers_show_the_articles_range_and_the_setting() {
    let s = Settings {
        passes_per_side: 4,
        hold_secs: 30,
        ..Settings::default()
    };
    let t = card_text(Card::Roll(Zone::ItBandLeft), &s);
    assert!(t.numbers.contains(&"4 passes (3–5 a side)".to_string()));
    assert!(t.numbers.contains(&"Hold 30 s (15–45 s)".to_string()));

    let wild = Settings {
        passes_per_side: 9,
        hold_secs: 90,
        ..Settings::default()
    };
    let t = card_text(Card::Roll(Zone::UpperBack), &wild);
    assert!(t.numbers.contains(&"5 passes (3–5 a side)".to_string()));
    assert!(t.numbers.contains(&"Hold 45 s (15–45 s)".to_string()));
}

#[test]
fn every_timed_card_has_the_right_safety_line() {
    let s = Settings::default();
    for zone in Zone::ALL {
        for card in [Card::GetReady(zone), Card::Roll(zone)] {
            let line = card_text(card, &s)
                .safety
                .expect("timed cards carry a safety line");
            let expected = match zone {
                Zone::ItBandLeft | Zone::ItBandRight | Zone::QuadLeft | Zone::QuadRight => "knee",
                Zone::HamstringsLeft
                | Zone::HamstringsRight
                | Zone::CalvesLeft
                | Zone::CalvesRight => "back of the knee",
                Zone::HipFlexorLeft | Zone::HipFlexorRight => "around the front of the hip bone",
                _ => "lower back",
            };
            assert!(line.contains(expected), "{zone:?}: {line}");
        }
    }
    let back = card_text(Card::Setup(Position::FaceUp), &s);
    assert!(back.safety.is_some_and(|l| l.contains("lumbar")));
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
fn sides_are_named_on_side_cards() {
    let s = Settings::default();
    for side in [Side::Left, Side::Right] {
        let setup = card_text(Card::Setup(Position::SidePlank(side)), &s);
        assert!(setup.title.contains(side.word()));
        let switch = card_text(Card::SwitchSide(side), &s);
        assert!(switch.title.contains(side.word()));
        assert!(switch.steps.iter().any(|l| l.contains("other side")));
        assert!(position_text(Position::SidePlank(side)).contains(side.word()));
    }
    let tilt = card_text(Card::Roll(Zone::ShoulderBladeLeft), &s);
    assert!(tilt
        .steps
        .iter()
        .any(|l| l.contains("tilt") && l.contains("left")));
}

#[test]
fn the_lower_back_card_says_do_not_roll() {
    let t = card_text(Card::Roll(Zone::LowerBack), &Settings::default());
    assert!(t.steps.iter().any(|l| l.contains("Do not roll")));
    assert!(t.numbers.is_empty(), "nothing to count on a no-roll zone");
}

#[test]
fn lines_stay_short_enough_to_read_on_the_floor() {
    for line in corpus() {
        let n = words(&line).len();
        let limit = if Position::ALL.iter().any(|p| position_text(*p) == line) {
            30
        } else {
            20
        };
        assert!(n <= limit, "{n} words is too long: {line:?}");
    }
}

#[test]
fn breathing_is_paced_longer_out_than_in() {
    let t = card_text(Card::Breathe, &Settings::default());
    assert!(t.numbers.iter().any(|l| l.contains("4 s in, 6 s out")));
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
        routine_summary(&Zone::FULL_ROUTINE),
        "Left IT band · right IT band · upper back with tilts · deep breathing"
    );
    assert_eq!(
        routine_summary(&[Zone::CalvesRight, Zone::GlutesLeft, Zone::ShoulderBladeLeft]),
        "Left glutes · right calf · left shoulder blade (tilt) · deep breathing"
    );
    assert_eq!(routine_summary(&[]), "Deep breathing");
}

#[test]
fn settings_show_the_dose_as_time() {
    let s = Settings {
        passes_per_side: 5,
        secs_per_pass: 12,
        ..Settings::default()
    };
    assert_eq!(
        dose_line(&s),
        "Each zone gets 60 s (5 passes × 12 s), plus any holds. Studies suggest about 30–120 s per muscle."
    );
}
