use crate::i18n::Catalogue;
use crate::routine::ics::{calendar, Reminder};

fn en() -> Catalogue {
    Catalogue::english()
}

const NOW: u64 = 1_795_510_800_000; // Tue 2026-11-24 09:00 UTC

fn reminder(days: Vec<usize>) -> Reminder {
    Reminder {
        days,
        hour: 7,
        minute: 30,
        minutes: 12,
        routine: "Desk break; legs, back\\ & more".into(),
        app_address: "https://example.org/unknot/".into(),
        until: None,
    }
}

/// Unfolds content lines (RFC 5545 §3.1).
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .map(String::from)
        .collect()
}

#[test]
fn the_file_has_the_fields_rfc_5545_requires() {
    let text = calendar(
        &reminder(vec![4, 0, 2, 2]),
        NOW,
        60,
        "1795510800000-ab12",
        &en(),
    )
    .unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "folded at 75 octets: {line:?}");
    }
    let lines = unfold(&text);
    let has = |l: &str| lines.iter().any(|x| x == l);
    assert_eq!(lines[0], "BEGIN:VCALENDAR");
    assert!(has("VERSION:2.0"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    assert!(has("BEGIN:VEVENT") && has("END:VEVENT") && has("END:VCALENDAR"));
    assert!(has("UID:1795510800000-ab12@unknot"));
    assert!(has("DTSTAMP:20261124T090000Z"));
    // The first chosen day from today (Tuesday 24th, local time): Wednesday 25th.
    assert!(has("DTSTART:20261125T073000"), "{lines:?}");
    assert!(has("DURATION:PT12M"));
    assert!(has("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR"));
    assert!(has(
        "SUMMARY:Foam rolling: Desk break\\; legs\\, back\\\\ & more"
    ));
    assert!(has("URL:https://example.org/unknot/"));
    assert!(has("BEGIN:VALARM") && has("ACTION:DISPLAY") && has("TRIGGER:PT0M"));
    let begins = lines.iter().filter(|l| l.starts_with("BEGIN:")).count();
    let ends = lines.iter().filter(|l| l.starts_with("END:")).count();
    assert_eq!(begins, ends);
}

#[test]
fn today_counts_when_it_is_a_chosen_day_and_no_day_gives_no_file() {
    let text = calendar(&reminder(vec![1]), NOW, 0, "u", &en()).unwrap();
    assert!(unfold(&text).contains(&"DTSTART:20261124T073000".to_string()));
    assert_eq!(calendar(&reminder(vec![]), NOW, 0, "u", &en()), None);
    assert_eq!(calendar(&reminder(vec![9]), NOW, 0, "u", &en()), None);
}

#[test]
fn long_names_are_folded_without_splitting_characters() {
    let mut r = reminder(vec![0]);
    r.routine = "Rücken und Schultern für lange Bürotage 🧘".repeat(3);
    let text = calendar(&r, NOW, 0, "u", &en()).unwrap();
    for line in text.split("\r\n") {
        assert!(line.len() <= 75);
    }
    let summary = unfold(&text)
        .into_iter()
        .find(|l| l.starts_with("SUMMARY:"))
        .unwrap();
    assert_eq!(summary, format!("SUMMARY:Foam rolling: {}", r.routine));
}

#[test]
fn a_plans_reminder_repeats_on_its_days_until_its_last_day() {
    use crate::progress::dates::LocalDate;
    let last = LocalDate {
        year: 2026,
        month: 12,
        day: 20,
    }
    .to_day();
    let plan = Reminder {
        until: Some(last),
        ..reminder(vec![0, 3])
    };
    let text = calendar(&plan, NOW, 60, "u", &en()).unwrap();
    let lines = unfold(&text);
    // One event series; the floating end matches the floating start.
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert!(
        lines.iter().any(|l| l == "DTSTART:20261126T073000"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l == "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20261220T235959"),
        "{lines:?}"
    );
}
