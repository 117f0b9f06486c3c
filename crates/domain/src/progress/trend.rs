//! Pain before and after each session: the series, the average change and the
//! chart geometry (scales and ticks) the pain chart draws.

use super::dates::{day_start, local_day, weekday, DayNumber};
use crate::i18n::format::{decimal, short_date};
use crate::i18n::{Catalogue, Lang, Tr};
use crate::record::{EpochMs, SessionRecord};

/// One rated session.
#[derive(Clone, Debug, PartialEq)]
pub struct PainPoint {
    pub id: String,
    pub at: EpochMs,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// Sessions with at least one pain rating, oldest first.
pub fn pain_series(history: &[SessionRecord]) -> Vec<PainPoint> {
    let mut points: Vec<PainPoint> = history
        .iter()
        .filter(|r| r.pain_before.is_some() || r.pain_after.is_some())
        .map(|r| PainPoint {
            id: r.id.clone(),
            at: r.started_at,
            before: r.pain_before,
            after: r.pain_after,
        })
        .collect();
    crate::order::sort_by_key(&mut points, |p| p.at);
    points
}

/// Mean of (after − before) over sessions rated both times; negative means less pain after.
pub fn average_change(history: &[SessionRecord]) -> Option<f32> {
    let changes: Vec<f32> = history
        .iter()
        .filter_map(|r| Some(f32::from(r.pain_after?) - f32::from(r.pain_before?)))
        .collect();
    (!changes.is_empty()).then(|| changes.iter().sum::<f32>() / changes.len() as f32)
}

/// Space kept around the plot for the axes' labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Padding {
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub left: f32,
}

/// Maps time to x and pain (0–10) to y inside a `width` × `height` box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartScale {
    pub t0: EpochMs,
    pub t1: EpochMs,
    pub width: f32,
    pub height: f32,
    pub pad: Padding,
}

impl ChartScale {
    /// Left edge of the plot area.
    pub fn left(&self) -> f32 {
        self.pad.left
    }
    /// Right edge of the plot area.
    pub fn right(&self) -> f32 {
        self.width - self.pad.right
    }
    /// Top of the plot area (pain 10).
    pub fn top(&self) -> f32 {
        self.pad.top
    }
    /// Bottom of the plot area (pain 0).
    pub fn bottom(&self) -> f32 {
        self.height - self.pad.bottom
    }

    /// x for an instant; a zero-length range puts everything in the middle.
    pub fn x(&self, at: EpochMs) -> f32 {
        if self.t1 <= self.t0 {
            return (self.left() + self.right()) / 2.0;
        }
        let f = (at.saturating_sub(self.t0)) as f64 / (self.t1 - self.t0) as f64;
        self.left() + (f.clamp(0.0, 1.0) as f32) * (self.right() - self.left())
    }

    /// y for a pain score; 0 at the bottom, 10 at the top, clamped.
    pub fn y(&self, pain: f32) -> f32 {
        self.bottom() - pain.clamp(0.0, 10.0) / 10.0 * (self.bottom() - self.top())
    }
}

/// Up to about `max` round values (1, 2, 2.5 or 5 times a power of ten) covering `lo..=hi`.
pub fn nice_ticks(lo: f32, hi: f32, max: usize) -> Vec<f32> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || max < 2 {
        return vec![lo];
    }
    let raw = (hi - lo) / (max - 1) as f32;
    let power = 10f32.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw - f32::EPSILON)
        .unwrap_or(10.0 * power);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step + 1e-4).floor() as i64;
    (first..=last).map(|i| i as f32 * step).collect()
}

/// Date ticks at local midnights, every 1, 2, 7, 14 or 28 days (weekly ones on Mondays),
/// at most `max` of them, labelled in `lang`.
pub fn time_ticks(
    t0: EpochMs,
    t1: EpochMs,
    offset_minutes: i32,
    max: usize,
    lang: Lang,
) -> Vec<(EpochMs, String)> {
    let (first, last) = (local_day(t0, offset_minutes), local_day(t1, offset_minutes));
    let span = last - first + 1;
    let step = [1, 2, 7, 14, 28]
        .into_iter()
        .find(|s| span / s <= max.max(1) as DayNumber)
        .unwrap_or(28);
    let mut day = if step >= 7 {
        first + (7 - weekday(first) as DayNumber) % 7
    } else {
        first
    };
    let mut ticks = Vec::new();
    while day <= last {
        let at = day_start(day, offset_minutes);
        if at >= t0 && at <= t1 {
            ticks.push((at, short_date(lang, day)));
        }
        day += step;
    }
    ticks
}

/// A drawn point of the pain chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPoint {
    pub id: String,
    pub at: EpochMs,
    pub value: u8,
    pub x: f32,
    pub y: f32,
}

/// Everything the pain chart draws.
#[derive(Clone, Debug, PartialEq)]
pub struct PainChart {
    pub scale: ChartScale,
    pub before: Vec<ChartPoint>,
    pub after: Vec<ChartPoint>,
    /// (y, value) for 0, 2, … 10.
    pub y_ticks: Vec<(f32, u8)>,
    /// (x, "3 Mar").
    pub x_ticks: Vec<(f32, String)>,
    pub average_change: Option<f32>,
}

/// The padding the chart uses: room for the pain numbers on the left and dates below.
pub const CHART_PADDING: Padding = Padding {
    top: 12.0,
    right: 12.0,
    bottom: 26.0,
    left: 30.0,
};

/// Lays out the pain chart in a `width` × `height` box, dates in `lang`; `None` when
/// nothing is rated.
pub fn pain_chart(
    history: &[SessionRecord],
    width: f32,
    height: f32,
    offset_minutes: i32,
    lang: Lang,
) -> Option<PainChart> {
    let series = pain_series(history);
    let (first, last) = (series.first()?, series.last()?);
    // Whole local days either side, so the first and last points sit inside the axis.
    let t0 = day_start(local_day(first.at, offset_minutes), offset_minutes);
    let t1 = day_start(local_day(last.at, offset_minutes) + 1, offset_minutes);
    let scale = ChartScale {
        t0,
        t1,
        width,
        height,
        pad: CHART_PADDING,
    };
    let line = |pick: fn(&PainPoint) -> Option<u8>| -> Vec<ChartPoint> {
        series
            .iter()
            .filter_map(|p| {
                let value = pick(p)?;
                Some(ChartPoint {
                    id: p.id.clone(),
                    at: p.at,
                    value,
                    x: scale.x(p.at),
                    y: scale.y(f32::from(value)),
                })
            })
            .collect()
    };
    let max_x_ticks = ((width - CHART_PADDING.left - CHART_PADDING.right) / 44.0).max(2.0) as usize;
    Some(PainChart {
        before: line(|p| p.before),
        after: line(|p| p.after),
        y_ticks: nice_ticks(0.0, 10.0, 6)
            .into_iter()
            .map(|v| (scale.y(v), v as u8))
            .collect(),
        x_ticks: spaced_labels(
            time_ticks(t0, t1, offset_minutes, max_x_ticks, lang)
                .into_iter()
                .map(|(at, label)| (scale.x(at), label))
                .collect(),
            width,
        ),
        average_change: average_change(history),
        scale,
    })
}

/// How wide a date label is drawn, roughly, in user units (13.5 px text, as styled).
pub fn label_width(label: &str) -> f32 {
    label.chars().count() as f32 * 8.4
}

/// Keeps the date labels that fit: each wholly inside the chart and at least a gap
/// away from the last one kept, so no two ever touch.
fn spaced_labels(ticks: Vec<(f32, String)>, width: f32) -> Vec<(f32, String)> {
    const GAP: f32 = 8.0;
    let mut kept: Vec<(f32, String)> = Vec::new();
    for (x, label) in ticks {
        let half = label_width(&label) / 2.0;
        let inside = x - half >= 0.0 && x + half <= width;
        let clear = kept
            .last()
            .is_none_or(|(px, pl)| x - px >= label_width(pl) / 2.0 + half + GAP);
        if inside && clear {
            kept.push((x, label));
        }
    }
    kept
}

/// SVG path data joining the points in order.
pub fn line_d(points: &[ChartPoint]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{:.1} {:.1}", if i == 0 { "M" } else { " L" }, p.x, p.y))
        .collect()
}

/// "2.0 points lower after rolling, on average" and friends.
pub fn describe_change(change: f32) -> String {
    describe_change_in(change, &Catalogue::english())
}

/// [`describe_change`] in the language of `tr`.
pub fn describe_change_in(change: f32, tr: &Catalogue) -> String {
    let size = change.abs();
    let points = [("points", decimal(tr.lang(), size, 1))];
    let args: Vec<(&str, &str)> = points.iter().map(|(k, v)| (*k, v.as_str())).collect();
    if size < 0.05 {
        tr.t("On average, pain was about the same before and after rolling.")
    } else if change < 0.0 {
        tr.tf(
            "On average, pain after rolling was {points} points lower than before.",
            &args,
        )
    } else {
        tr.tf(
            "On average, pain after rolling was {points} points higher than before.",
            &args,
        )
    }
}

#[cfg(test)]
mod tests;
