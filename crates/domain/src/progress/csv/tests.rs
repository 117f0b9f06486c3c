//! The CSV writer: RFC 4180 quoting, the byte-order mark, CRLF, formula neutralising,
//! both tables even when empty, and headers in the chosen language.

use super::*;
use crate::i18n::Lang;
use crate::progress::test_support::{first_day, record_on, OFFSET};
use crate::record::{RoutineUsed, ZonePasses};
use crate::zone::Zone;

const EMPTY: &str = "\u{feff}Date,Time,Routine name,Zones,Minutes rolled,Passes,Holds,\
Pain before,Pain after,Highest tenderness,Ended early\r\n\
\r\n\
Date,Time,Session,Zone,Where on the muscle,Seconds held,Tenderness\r\n";

fn text(value: &str) -> String {
    let mut out = String::new();
    push_text(&mut out, value);
    out
}

fn used(name: &str) -> Option<RoutineUsed> {
    Some(RoutineUsed {
        id: "r-1".into(),
        name: name.into(),
        doses: vec![],
        minutes: None,
    })
}

/// Sunday 9 February 2025, 07:00 local (UTC+1): a full session with two hot spots.
fn rolled() -> SessionRecord {
    let mut r = record_on(first_day() + 6, 7, true);
    r.routine_used = used("Desk break");
    r.zones = vec![Zone::ItBandLeft, Zone::UpperBack];
    r.passes = vec![
        ZonePasses {
            zone: Zone::ItBandLeft,
            passes: 4,
        },
        ZonePasses {
            zone: Zone::UpperBack,
            passes: 3,
        },
    ];
    r.hot_spots = vec![
        HotSpot {
            zone: Zone::ItBandLeft,
            position: 0.7,
            found_at: r.started_at + 60_000,
            held_ms: 29_600,
            tenderness: Some(6),
        },
        HotSpot {
            zone: Zone::UpperBack,
            position: 0.1,
            found_at: r.started_at + 120_000,
            held_ms: 15_000,
            tenderness: None,
        },
    ];
    r.pain_before = Some(6);
    r.pain_after = Some(3);
    r.rolled_ms = 454_000;
    r
}

#[test]
fn an_empty_history_has_both_headers_after_the_byte_order_mark() {
    let csv = sessions_csv(&[], &Catalogue::english(), OFFSET);
    assert_eq!(csv, EMPTY);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.matches("\r\n").count(), csv.matches('\n').count());
}

#[test]
fn a_session_and_its_hot_spots() {
    let mut early = record_on(first_day(), 19, false);
    early.pain_before = Some(8);
    let csv = sessions_csv(&[rolled(), early], &Catalogue::english(), OFFSET);
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        rows[1],
        "2025-02-03,19:00,Back pain: IT bands and upper back,\
         left IT band; right IT band; upper back; left shoulder blade; right shoulder blade,\
         0.0,0,0,8,,,yes"
    );
    assert_eq!(
        rows[2],
        "2025-02-09,07:00,Desk break,left IT band; upper back,7.6,7,2,6,3,6,no"
    );
    assert_eq!(rows[3], "");
    assert_eq!(
        rows[5],
        "2025-02-09,07:00,2,left IT band,two thirds down,30,6"
    );
    assert_eq!(
        rows[6],
        "2025-02-09,07:00,2,upper back,just below the shoulder blades,15,"
    );
    assert_eq!(rows[7], "", "the file ends with CRLF");
    assert_eq!(rows.len(), 8);
}

#[test]
fn picked_zones_without_a_saved_routine_say_so() {
    let mut r = record_on(first_day(), 7, true);
    r.routine = RoutineKind::Custom;
    r.zones = vec![Zone::CalvesRight];
    let csv = sessions_csv(&[r], &Catalogue::english(), OFFSET);
    assert!(csv.contains("\r\n2025-02-03,07:00,Picked zones,right calf,"));
}

#[test]
fn fields_with_commas_quotes_and_line_breaks_are_quoted() {
    assert_eq!(text("Desk break"), "Desk break");
    assert_eq!(text("Legs, back"), "\"Legs, back\"");
    assert_eq!(text("The \"good\" one"), "\"The \"\"good\"\" one\"");
    assert_eq!(text("two\nlines"), "\"two\nlines\"");
    assert_eq!(text("two\r\nlines"), "\"two\r\nlines\"");
    assert_eq!(text(""), "");
}

#[test]
fn every_formula_prefix_is_neutralised() {
    assert_eq!(text("=1+1"), "'=1+1");
    assert_eq!(text("+1"), "'+1");
    assert_eq!(text("-1"), "'-1");
    assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(text("\tcmd"), "'\tcmd");
    assert_eq!(text("\rcmd"), "\"'\rcmd\"");
    // Only at the start: inside a name they are just characters.
    assert_eq!(text("Back = legs"), "Back = legs");
}

#[test]
fn a_hostile_routine_name_is_quoted_and_neutralised() {
    let hostile = r#"=HYPERLINK("x"),"a""#;
    assert_eq!(text(hostile), r#""'=HYPERLINK(""x""),""a""""#);
    let mut r = rolled();
    r.routine_used = used(hostile);
    let csv = sessions_csv(&[r], &Catalogue::english(), OFFSET);
    assert!(csv.contains(r#",07:00,"'=HYPERLINK(""x""),""a""",left IT band"#));
}

#[test]
fn numbers_are_never_prefixed() {
    let mut r = rolled();
    r.pain_before = Some(0);
    let csv = sessions_csv(&[r], &Catalogue::english(), OFFSET);
    assert!(csv.contains(",7.6,7,2,0,3,6,no\r\n"));
    assert!(!csv.contains(",'"));
}

#[test]
fn a_thousand_sessions_make_a_thousand_rows() {
    let history: Vec<SessionRecord> = (0..1000)
        .map(|i| {
            let mut r = rolled();
            r.started_at += i * 86_400_000;
            r
        })
        .collect();
    let csv = sessions_csv(&history, &Catalogue::english(), OFFSET);
    let rows: Vec<&str> = csv.split("\r\n").collect();
    // Header, 1,000 sessions, the empty line, header, 2,000 hot spots, the final CRLF.
    assert_eq!(rows.len(), 1 + 1000 + 1 + 1 + 2000 + 1);
    assert_eq!(rows[1001], "");
    assert!(rows[1000].starts_with("2027-11-05,07:00,Desk break,"));
    assert!(rows[3002].starts_with("2027-11-05,07:00,1000,upper back,"));
}

const DE: &str = r#"{"lang":"de","messages":{
  "Date":"Datum", "Time":"Uhrzeit", "Routine name":"Name der Routine", "Zones":"Zonen",
  "Minutes rolled":"Minuten auf der Rolle", "Passes":"Durchgänge", "Holds":"Haltephasen",
  "Pain before":"Schmerz vorher", "Pain after":"Schmerz nachher",
  "Highest tenderness":"Höchste Empfindlichkeit", "Ended early":"Früh beendet",
  "Session":"Einheit", "Zone":"Zone", "Where on the muscle":"Stelle am Muskel",
  "Seconds held":"Sekunden gehalten", "Tenderness":"Empfindlichkeit",
  "no":"nein", "left IT band":"linkes IT-Band"
}}"#;

#[test]
fn headers_and_words_come_in_the_chosen_language() {
    let de = Catalogue::parse(Lang::De, DE).unwrap();
    let csv = sessions_csv(&[rolled()], &de, OFFSET);
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        rows[0],
        "\u{feff}Datum,Uhrzeit,Name der Routine,Zonen,Minuten auf der Rolle,Durchgänge,Haltephasen,\
         Schmerz vorher,Schmerz nachher,Höchste Empfindlichkeit,Früh beendet"
    );
    assert!(rows[1].starts_with("2025-02-09,07:00,Desk break,linkes IT-Band; upper back,7.6,"));
    assert!(rows[1].ends_with(",nein"));
    assert_eq!(
        rows[3],
        "Datum,Uhrzeit,Einheit,Zone,Stelle am Muskel,Sekunden gehalten,Empfindlichkeit"
    );
}

#[test]
fn the_file_is_named_for_the_local_day() {
    // 2025-03-15 23:30 UTC is already the 16th in Berlin.
    let at = 1_742_081_400_000;
    assert_eq!(csv_file_name(at, 60), "unknot-sessions-2025-03-16.csv");
    assert_eq!(csv_file_name(at, 0), "unknot-sessions-2025-03-15.csv");
}
