//! Messages made in the domain (import errors and reports, storage notices, validation
//! reasons, the calendar file) come out in the language they are shown in, with every
//! detail inside them translated too: each is rendered here with the real language files.
#![cfg(not(target_arch = "wasm32"))]

use unknot_domain::app::{reduce, Action, AppState, RoutineAction};
use unknot_domain::i18n::{Catalogue, Lang};
use unknot_domain::routine::ics::{calendar, Reminder};
use unknot_domain::routine::{shown_name, Dose, Routine, Step, ARTICLE_ID, ARTICLE_NAME};
use unknot_domain::store::{self, MemoryKv, StoreError, MAX_IMPORT_BYTES};
use unknot_domain::zone::Zone;

fn catalogue(lang: Lang) -> Catalogue {
    let path = crate::support::repo_root()
        .join("public/lang")
        .join(format!("{}.json", lang.code()));
    Catalogue::parse(lang, &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Words of the English that must not survive into a translation of the same message.
fn assert_no_english(text: &str, english: &[&str]) {
    for word in english {
        assert!(!text.contains(word), "{word:?} left in {text:?}");
    }
}

#[test]
fn a_too_large_import_file_is_refused_in_german_with_its_numbers() {
    let text = " ".repeat(MAX_IMPORT_BYTES + 1);
    let state = reduce(AppState::default(), Action::Import(Ok(text)));
    let report = state.import_report.unwrap();
    let de = report.render(&catalogue(Lang::De));
    assert_eq!(
        de,
        "Die Datei ist zu groß (6\u{a0}MB); ein Unknot-Export hat höchstens 5\u{a0}MB. Nichts wurde geändert."
    );
    assert_eq!(
        report.to_string(),
        "The file is too large (6 MB); an Unknot export is at most 5 MB. Nothing was changed."
    );
}

#[test]
fn an_import_report_and_the_reasons_inside_it_are_in_german() {
    let file = r#"{"app":"unknot","v":2,"sessions":[
        {"id":"a","started_at":10,"ended_at":20,"routine":"full","zones":[],"completed":true,
         "passes":[],"hot_spots":[],"pain_before":11,"pain_after":null,"note":"","active_ms":10},
        {"id":"b","started_at":30,"ended_at":40,"routine":"full","zones":[],"completed":true,
         "passes":[],"hot_spots":[],"pain_before":null,"pain_after":null,"note":"","active_ms":10}
    ]}"#;
    let state = reduce(AppState::default(), Action::Import(Ok(file.into())));
    let report = state.import_report.clone().unwrap();
    assert_eq!(
        report.to_string(),
        "Added 1 session. 1 could not be imported (session 1 (id a): it has a pain rating above 10)."
    );
    let de = report.render(&catalogue(Lang::De));
    assert_eq!(
        de,
        "1 Einheit hinzugefügt. 1 Eintrag konnte nicht importiert werden \
         (Einheit 1 (ID a): sie hat eine Schmerzbewertung über 10)."
    );
    // A second import of the same file: the plural forms of each language.
    let again = reduce(state, Action::Import(Ok(file.into())));
    let fr = again.import_report.unwrap().render(&catalogue(Lang::Fr));
    assert!(fr.starts_with("0 séance ajoutée. 1 était déjà là."), "{fr}");
}

#[test]
fn a_file_that_is_not_an_export_is_refused_in_each_language() {
    let state = reduce(
        AppState::default(),
        Action::Import(Ok(r#"{"app":"unknot","v":2"#.into())),
    );
    let report = state.import_report.unwrap();
    for lang in [Lang::De, Lang::Es, Lang::Fr, Lang::Pt] {
        let text = report.render(&catalogue(lang));
        assert_no_english(&text, &["not an", "damaged", "Nothing", "changed"]);
        assert!(text.contains("Unknot"), "{lang:?}: {text}");
    }
    let shape = reduce(
        AppState::default(),
        Action::Import(Ok(r#"{"app":"unknot","v":2,"sessions":3}"#.into())),
    );
    let es = shape.import_report.unwrap().render(&catalogue(Lang::Es));
    assert_eq!(
        es,
        "Este archivo parece una exportación de Unknot, pero sus sesiones no son una lista. \
         No se cambió nada."
    );
}

#[test]
fn adjusted_settings_are_listed_in_german_with_their_details() {
    let raw = r#"{"v":2,"settings":{"hold_secs":90,"passes_per_side":1}}"#;
    let kv = MemoryKv::from_entries([(store::SETTINGS_KEY, raw)]);
    let loaded = store::load(&kv, 1_800_000_000_000);
    assert_eq!(loaded.notices.len(), 1);
    let de = loaded.notices[0].line.render(&catalogue(Lang::De));
    assert!(
        de.starts_with(
            "Einige gespeicherte Einstellungen lagen außerhalb des sicheren Bereichs und wurden angepasst: "
        ),
        "{de}"
    );
    assert!(
        de.contains("Durchgänge pro Seite 1 → 3 (die Routine nutzt 3–5 Durchgänge pro Seite)"),
        "{de}"
    );
    assert!(
        de.contains("Haltezeit (Sekunden) 90 → 45 (ein Triggerpunkt wird 15–45 Sekunden gehalten)"),
        "{de}"
    );
    assert_no_english(&de, &["passes", "hold time", "seconds", "routine uses"]);
}

#[test]
fn start_up_notices_about_unreadable_data_are_in_german() {
    let kv = MemoryKv::from_entries([(store::SETTINGS_KEY, "{oops")]);
    let loaded = store::load(&kv, 1_800_000_000_000);
    let de = loaded.notices[0].line.render(&catalogue(Lang::De));
    assert!(de.starts_with("Deine gespeicherten Einstellungen"), "{de}");
    let corrupt = StoreError::Corrupt {
        key: "unknot:session:x".into(),
        reason: unknot_domain::i18n::Line::t("it is not valid JSON"),
    };
    let notice = store::Notice::from_error(&corrupt);
    assert_eq!(
        notice.line.render(&catalogue(Lang::De)),
        "Gespeicherte Daten unter „unknot:session:x“ konnten nicht gelesen werden: es ist kein gültiges JSON."
    );
    assert_eq!(
        notice.to_string(),
        "Saved data under “unknot:session:x” could not be read: it is not valid JSON."
    );
}

#[test]
fn a_routine_refused_on_save_says_why_in_german() {
    let routine = Routine {
        id: "r1".into(),
        name: String::new(),
        steps: vec![Step {
            zone: Zone::UpperBack,
            dose: Dose::default(),
        }],
    };
    let state = reduce(
        AppState::default(),
        Action::Routine(RoutineAction::Save(routine)),
    );
    let de = state.notices[0].render(&catalogue(Lang::De));
    assert_eq!(
        de,
        "Die Routine wurde nicht gespeichert. Gib der Routine einen Namen."
    );
}

#[test]
fn the_calendar_file_is_in_french_when_the_app_is() {
    let fr = catalogue(Lang::Fr);
    let reminder = Reminder {
        days: vec![0],
        hour: 7,
        minute: 30,
        minutes: 12,
        routine: shown_name(ARTICLE_ID, ARTICLE_NAME, &fr),
        app_address: "https://example.org/unknot/".into(),
        until: None,
    };
    let text = calendar(&reminder, 1_795_510_800_000, 0, "u", &fr).unwrap();
    let lines: Vec<String> = text
        .replace("\r\n ", "")
        .split("\r\n")
        .map(String::from)
        .collect();
    let summary = lines.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
    assert_eq!(
        summary,
        &format!(
            "SUMMARY:Rouleau de mousse\u{a0}: {}",
            fr.text(ARTICLE_NAME).replace(',', "\\,")
        )
    );
    assert_ne!(fr.text(ARTICLE_NAME), ARTICLE_NAME);
    assert!(
        lines.contains(&"DESCRIPTION:Ouvre Unknot\u{a0}: https://example.org/unknot/".to_string())
    );
    assert!(!text.contains("Foam rolling") && !text.contains("Open Unknot"));
}

#[test]
fn a_duration_and_a_time_of_day_are_two_words_in_french_and_german() {
    let fr = catalogue(Lang::Fr);
    let de = catalogue(Lang::De);
    assert_eq!(fr.text("Duration"), "Durée");
    assert_eq!(fr.text("Time of day"), "Heure");
    assert_eq!(de.text("Duration"), "Dauer");
    assert_eq!(de.text("Time of day"), "Uhrzeit");
}
