//! The content comes out in the language of the catalogue it is given: keys with their
//! placeholders filled by translated words, numbers from the person's settings.

use crate::content::*;
use crate::i18n::{Arg, Catalogue, Lang, Line};
use crate::routine::Card;
use crate::settings::Settings;

const DE: &str = r#"{"lang":"de","messages":{
  "Roll your {side} IT band":"Rolle dein {side}es IT-Band",
  "left":"link",
  "Hold {secs} s ({min}–{max} s)":"Halten {secs} s ({min}–{max} s)",
  "Roll on muscle only: keep the roller off the knee and the hip bone.":"Nur auf dem Muskel rollen.",
  "Pass {n} of {of}":"Durchgang {n} von {of}"
}}"#;

#[test]
fn a_card_is_built_from_translated_keys() {
    let de = Catalogue::parse(Lang::De, DE).unwrap();
    let card = card_text_in(Card::Roll(Zone::ItBandLeft), &Settings::default(), &de);
    assert_eq!(card.title, "Rolle dein linkes IT-Band");
    assert!(
        card.numbers.contains(&"Halten 30 s (15–45 s)".to_string()),
        "{:?}",
        card.numbers
    );
    assert_eq!(
        card.safety.map(|l| l.text).as_deref(),
        Some("Nur auf dem Muskel rollen.")
    );
    // A key the file lacks stays English rather than breaking.
    assert!(card.steps[0].starts_with("Roll slowly"));
}

#[test]
fn a_spoken_line_is_rendered_when_said() {
    let de = Catalogue::parse(Lang::De, DE).unwrap();
    let line = Line::tf(
        "Pass {n} of {of}",
        vec![("n", Arg::Number(2)), ("of", Arg::Number(4))],
    );
    assert_eq!(line.render(&de), "Durchgang 2 von 4");
    assert_eq!(line.to_string(), "Pass 2 of 4");
}
