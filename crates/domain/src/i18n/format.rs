//! Dates and numbers in each language: a small table instead of the browser's `Intl`, so
//! every engine shows the same text and the native tests check it (see the README's
//! "Languages" for the measured cost of both).
//!
//! Day numbers are local calendar days (`domain::progress::dates`).

use super::Lang;
use crate::progress::dates::{weekday, DayNumber, LocalDate};

/// Short weekday names, Monday first, as each language abbreviates them in a date.
const WEEKDAYS: [[&str; 7]; 5] = [
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
];

/// Full month names, January first.
const MONTHS: [[&str; 12]; 5] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
];

/// Abbreviated month names for chart axes, January first.
const SHORT_MONTHS: [[&str; 12]; 5] = [
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.",
        "Dez.",
    ],
    [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
    ],
    [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    [
        "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.",
        "dez.",
    ],
];

fn row(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::De => 1,
        Lang::Es => 2,
        Lang::Fr => 3,
        Lang::Pt => 4,
    }
}

fn month_index(date: LocalDate) -> usize {
    usize::from(date.month.clamp(1, 12)) - 1
}

/// Short weekday names, Monday first.
pub fn weekday_names(lang: Lang) -> [&'static str; 7] {
    WEEKDAYS[row(lang)]
}

/// The full name of month `month` (1–12).
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    MONTHS[row(lang)][usize::from(month.clamp(1, 12)) - 1]
}

/// A day with its weekday, in the language's order: "Sun 16 March", "So., 16. März",
/// "dom, 16 de marzo", "dim. 16 mars", "dom., 16 de março".
pub fn day_label(lang: Lang, day: DayNumber) -> String {
    let date = LocalDate::from_day(day);
    let (wd, d) = (weekday_names(lang)[weekday(day)], date.day);
    let month = MONTHS[row(lang)][month_index(date)];
    match lang {
        Lang::En => format!("{wd} {d} {month}"),
        Lang::De => format!("{wd}, {d}. {month}"),
        Lang::Es => format!("{wd}, {d} de {month}"),
        Lang::Fr => format!("{wd} {d} {month}"),
        Lang::Pt => format!("{wd}, {d} de {month}"),
    }
}

/// A short day and month for a chart axis: "16 Mar", "16. März", "16 mar", "16 mars".
pub fn short_date(lang: Lang, day: DayNumber) -> String {
    let date = LocalDate::from_day(day);
    let month = SHORT_MONTHS[row(lang)][month_index(date)];
    match lang {
        Lang::De => format!("{}. {month}", date.day),
        _ => format!("{} {month}", date.day),
    }
}

/// The separator between whole and fraction: a point in English, a comma in the others.
pub fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::De | Lang::Es | Lang::Fr | Lang::Pt => ',',
    }
}

/// `value` with `digits` decimals in the language: `1.5` is "1.5" in English, "1,5" in
/// German, Spanish, French and Portuguese.
pub fn decimal(lang: Lang, value: f32, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    match decimal_separator(lang) {
        '.' => text,
        sep => text.replacen('.', &sep.to_string(), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-03-15 (a Sunday) as a day number.
    fn sunday_15_march() -> DayNumber {
        LocalDate {
            year: 2026,
            month: 3,
            day: 15,
        }
        .to_day()
    }

    #[test]
    fn a_day_reads_in_each_languages_order() {
        let day = sunday_15_march();
        assert_eq!(day_label(Lang::En, day), "Sun 15 March");
        assert_eq!(day_label(Lang::De, day), "So., 15. März");
        assert_eq!(day_label(Lang::Es, day), "dom, 15 de marzo");
        assert_eq!(day_label(Lang::Fr, day), "dim. 15 mars");
        assert_eq!(day_label(Lang::Pt, day), "dom., 15 de março");
    }

    #[test]
    fn english_reads_as_the_app_always_showed_dates() {
        let sunday = LocalDate {
            year: 2025,
            month: 3,
            day: 16,
        }
        .to_day();
        assert_eq!(day_label(Lang::En, sunday), "Sun 16 March");
        assert_eq!(short_date(Lang::En, sunday), "16 Mar");
        assert_eq!(
            weekday_names(Lang::En),
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        );
    }

    #[test]
    fn chart_dates_are_short() {
        let day = sunday_15_march();
        assert_eq!(short_date(Lang::De, day), "15. März");
        assert_eq!(short_date(Lang::Es, day), "15 mar");
        assert_eq!(short_date(Lang::Fr, day), "15 mars");
        assert_eq!(short_date(Lang::Pt, day), "15 mar.");
        for lang in Lang::ALL {
            for month in 1..=12u8 {
                let day = LocalDate {
                    year: 2026,
                    month,
                    day: 28,
                }
                .to_day();
                assert!(
                    short_date(lang, day).chars().count() <= 8,
                    "{lang:?} {month}"
                );
            }
        }
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_january_in_every_language() {
        let monday = sunday_15_march() + 1;
        for lang in Lang::ALL {
            assert!(day_label(lang, monday).starts_with(weekday_names(lang)[0]));
            let names: std::collections::HashSet<_> = weekday_names(lang).into_iter().collect();
            assert_eq!(names.len(), 7, "{lang:?}");
        }
        assert_eq!(month_name(Lang::Pt, 1), "janeiro");
        assert_eq!(month_name(Lang::Fr, 8), "août");
        assert_eq!(month_name(Lang::De, 12), "Dezember");
        assert_eq!(month_name(Lang::Es, 0), "enero", "out of range is clamped");
    }

    #[test]
    fn decimals_use_the_languages_separator() {
        assert_eq!(decimal(Lang::En, 1.5, 1), "1.5");
        assert_eq!(decimal(Lang::De, 1.5, 1), "1,5");
        assert_eq!(decimal(Lang::Fr, 2.24, 1), "2,2");
        assert_eq!(decimal(Lang::Pt, -0.75, 2), "-0,75");
        assert_eq!(decimal(Lang::Es, 3.0, 0), "3");
        assert_eq!(decimal_separator(Lang::Es), ',');
    }
}
