//! Local calendar days from epoch milliseconds and the person's UTC offset.
//!
//! The domain never reads a clock or a time zone: callers pass `offset_minutes`,
//! local time minus UTC (CET is `60`, New York in winter `-300`), which is
//! `-new Date().getTimezoneOffset()` in the browser.

use crate::record::EpochMs;

/// Milliseconds in a day.
pub const DAY_MS: i64 = 86_400_000;

/// A local calendar day, counted from 1970-01-01 (day 0, a Thursday).
pub type DayNumber = i64;

/// Epoch milliseconds shifted into local time.
fn local_ms(at: EpochMs, offset_minutes: i32) -> i64 {
    i64::try_from(at).unwrap_or(i64::MAX) + i64::from(offset_minutes) * 60_000
}

/// The local calendar day an instant falls on.
pub fn local_day(at: EpochMs, offset_minutes: i32) -> DayNumber {
    local_ms(at, offset_minutes).div_euclid(DAY_MS)
}

/// The instant local midnight starts `day`.
pub fn day_start(day: DayNumber, offset_minutes: i32) -> EpochMs {
    let ms = day * DAY_MS - i64::from(offset_minutes) * 60_000;
    EpochMs::try_from(ms).unwrap_or(0)
}

/// Day of the week, Monday = 0 … Sunday = 6.
pub fn weekday(day: DayNumber) -> usize {
    // 1970-01-01 was a Thursday (index 3).
    (day + 3).rem_euclid(7) as usize
}

/// A date on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate {
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

impl LocalDate {
    /// The date of a day number (proleptic Gregorian; Howard Hinnant's `civil_from_days`).
    pub fn from_day(days: DayNumber) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        LocalDate { year, month, day }
    }

    /// The day number of this date (Hinnant's `days_from_civil`).
    pub fn to_day(self) -> DayNumber {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// Local time of day, "07:30".
pub fn time_label(at: EpochMs, offset_minutes: i32) -> String {
    let minutes = local_ms(at, offset_minutes).rem_euclid(DAY_MS) / 60_000;
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates_round_trip() {
        assert_eq!(
            LocalDate::from_day(0),
            LocalDate {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        let d = LocalDate {
            year: 2025,
            month: 3,
            day: 16,
        };
        assert_eq!(LocalDate::from_day(d.to_day()), d);
        assert_eq!(
            LocalDate {
                year: 2024,
                month: 2,
                day: 29
            }
            .to_day()
                + 1,
            LocalDate {
                year: 2024,
                month: 3,
                day: 1
            }
            .to_day()
        );
        for day in -1000..30_000 {
            assert_eq!(LocalDate::from_day(day).to_day(), day);
        }
    }

    #[test]
    fn weekdays_count_from_monday() {
        let sunday = LocalDate {
            year: 2025,
            month: 3,
            day: 16,
        }
        .to_day();
        assert_eq!(weekday(sunday), 6);
        assert_eq!(weekday(0), 3);
    }

    #[test]
    fn the_offset_moves_midnight() {
        // 2025-03-15 23:30 UTC is already the 16th in Berlin (UTC+1), still the 15th in New York.
        let sunday = LocalDate {
            year: 2025,
            month: 3,
            day: 16,
        }
        .to_day();
        let at = day_start(sunday, 0) - 30 * 60_000;
        assert_eq!(local_day(at, 0), sunday - 1);
        assert_eq!(local_day(at, 60), sunday);
        assert_eq!(local_day(at, -300), sunday - 1);
        assert_eq!(time_label(at, 60), "00:30");
        assert_eq!(local_day(day_start(sunday, 60), 60), sunday);
        assert_eq!(local_day(day_start(sunday, 60) - 1, 60), sunday - 1);
    }
}
