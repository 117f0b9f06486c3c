use super::*;

const DE: &str = r#"{"lang":"de","messages":{
  "Start routine":"Routine starten",
  "About {min} min":"Etwa {min} Min.",
  "{n} pass|{n} passes":{"one":"{n} Durchgang","other":"{n} Durchgänge"}
}}"#;

#[test]
fn english_is_the_key_itself() {
    let en = Catalogue::english();
    assert_eq!(en.text("Start routine"), "Start routine");
    assert_eq!(en.format("About {min} min", &[("min", "6")]), "About 6 min");
    assert_eq!(en.plural("{n} pass|{n} passes", 1, &[]), "1 pass");
    assert_eq!(en.plural("{n} pass|{n} passes", 0, &[]), "0 passes");
    assert_eq!(en.plural("{n} pass|{n} passes", 3, &[]), "3 passes");
}

#[test]
fn a_language_file_translates_and_falls_back_to_english() {
    let de = Catalogue::parse(Lang::De, DE).unwrap();
    assert_eq!(de.text("Start routine"), "Routine starten");
    assert_eq!(de.text("Settings"), "Settings");
    assert_eq!(de.format("About {min} min", &[("min", "6")]), "Etwa 6 Min.");
    assert_eq!(de.plural("{n} pass|{n} passes", 1, &[]), "1 Durchgang");
    assert_eq!(de.plural("{n} pass|{n} passes", 0, &[]), "0 Durchgänge");
}

#[test]
fn french_and_portuguese_say_one_for_zero() {
    let fr = r#"{"lang":"fr","messages":{"{n} pass|{n} passes":{"one":"{n} passage","other":"{n} passages"}}}"#;
    let fr = Catalogue::parse(Lang::Fr, fr).unwrap();
    assert_eq!(fr.plural("{n} pass|{n} passes", 0, &[]), "0 passage");
    assert_eq!(fr.plural("{n} pass|{n} passes", 2, &[]), "2 passages");
    assert!(Lang::Pt.is_one(0) && !Lang::Es.is_one(0));
}

#[test]
fn a_foreign_or_broken_file_is_refused_in_words() {
    assert!(matches!(
        Catalogue::parse(Lang::Fr, DE),
        Err(CatalogueError::WrongLanguage { .. })
    ));
    assert!(matches!(
        Catalogue::parse(Lang::De, "{not json"),
        Err(CatalogueError::Malformed(_))
    ));
}

#[test]
fn fill_keeps_unknown_and_unclosed_braces() {
    assert_eq!(fill("{a} and {b}", &[("a", "1")]), "1 and {b}");
    assert_eq!(fill("open { brace", &[]), "open { brace");
}

#[test]
fn the_device_language_is_the_first_supported_one() {
    assert_eq!(Lang::negotiate(&["nl-NL", "de-AT", "en"]), Lang::De);
    assert_eq!(Lang::negotiate(&["pt_BR"]), Lang::Pt);
    assert_eq!(Lang::negotiate(&["ja"]), Lang::En);
    assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
    for l in Lang::ALL {
        assert_eq!(Lang::from_tag(l.code()), Some(l));
    }
}

#[test]
fn plural_objects_need_other_and_ignore_categories_unused_for_integers() {
    let ok = r#"{"lang":"pt","messages":{"{n} pass|{n} passes":{"one":"{n} passada","many":"x","other":"{n} passadas"}}}"#;
    let pt = Catalogue::parse(Lang::Pt, ok).unwrap();
    assert_eq!(pt.plural("{n} pass|{n} passes", 1, &[]), "1 passada");
    assert_eq!(pt.plural("{n} pass|{n} passes", 5, &[]), "5 passadas");
    let no_other = r#"{"lang":"pt","messages":{"{n} pass|{n} passes":{"one":"{n} passada"}}}"#;
    assert!(matches!(
        Catalogue::parse(Lang::Pt, no_other),
        Err(CatalogueError::Malformed(_))
    ));
    let number = r#"{"lang":"pt","messages":{"Start routine":3}}"#;
    assert!(Catalogue::parse(Lang::Pt, number).is_err());
}
