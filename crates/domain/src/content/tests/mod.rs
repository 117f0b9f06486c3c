//! Checks that every fact of the article reaches the person, in Unknot's own words.

mod lang;
mod zone;

use super::*;
use crate::routine::{plan, Card, Position};
use crate::settings::Settings;
use crate::zone::{Side, Zone};

/// The source article, kept beside the tests so the copy check needs nothing outside the repo.
const ARTICLE: &str = include_str!("../article.txt");

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
    for level in SAFETY_LEVELS {
        out.push(level.urgency.title().into());
        out.push(level.urgency.lead().into());
        out.extend(
            level
                .groups
                .iter()
                .filter_map(|g| g.title.map(String::from)),
        );
        out.extend(level.items().map(String::from));
    }
    out.extend(DOSE.body.iter().map(|s| s.to_string()));
    for card in cards {
        let t = card_text(*card, &settings);
        out.push(t.title);
        out.extend(t.steps);
        out.extend(t.numbers);
        out.extend(t.safety.map(|l| l.text));
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

#[test]
fn the_safety_card_carries_every_level_and_the_ease_off_rule() {
    let card = card_text(Card::Safety, &Settings::default());
    for line in SAFETY_LEVELS.iter().flat_map(|l| l.items()) {
        assert!(card.steps.iter().any(|s| s == line), "missing {line}");
    }
    assert!(card.steps.iter().any(|s| s == EASE_OFF));
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
            assert!(line.text.contains(expected), "{zone:?}: {}", line.text);
        }
    }
    let back = card_text(Card::Setup(Position::FaceUp), &s);
    assert!(back.safety.is_some_and(|l| l.text.contains("lumbar")));
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
