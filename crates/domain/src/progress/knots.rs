//! The knot map: where along each zone hot spots recur, how often, and whether the
//! tenderness there is easing.

use std::collections::BTreeMap;

use crate::i18n::{msg, Catalogue, Tr};
use crate::record::SessionRecord;
use crate::zone::Zone;

pub use super::bins::Bins;

/// Which way tenderness at a spot is heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    /// Less tender lately.
    Easing,
    Steady,
    /// More tender lately.
    Rising,
    /// Fewer than three tenderness ratings.
    Unknown,
}

impl Trend {
    /// An arrow to show next to the words (decorative; the words carry the meaning).
    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Easing => "↓",
            Trend::Steady => "→",
            Trend::Rising => "↑",
            Trend::Unknown => "·",
        }
    }

    /// Plain words.
    pub fn words(self) -> &'static str {
        match self {
            Trend::Easing => msg("easing"),
            Trend::Steady => msg("about the same"),
            Trend::Rising => msg("more tender lately"),
            Trend::Unknown => msg("not enough ratings yet"),
        }
    }
}

/// Slopes smaller than this (tenderness points per session) count as steady.
pub const STEADY_SLOPE: f32 = 0.1;

/// One spot of the knot map over the recent sessions.
#[derive(Clone, Debug, PartialEq)]
pub struct SpotStats {
    pub zone: Zone,
    pub bins: Bins,
    pub bin: usize,
    /// How many of the recent sessions found a hot spot here.
    pub sessions: u32,
    /// How many recent sessions were looked at.
    pub window: u32,
    /// Average tenderness of the rated hot spots here.
    pub mean_tenderness: Option<f32>,
    /// Least-squares slope of tenderness per session.
    pub slope: Option<f32>,
    pub trend: Trend,
}

impl SpotStats {
    /// The middle of the spot along the zone's path.
    pub fn position(&self) -> f32 {
        self.bins.centre(self.bin)
    }

    /// sessions / window, for colouring the map.
    pub fn intensity(&self) -> f32 {
        if self.window == 0 {
            0.0
        } else {
            self.sessions as f32 / self.window as f32
        }
    }

    /// "Right IT band, two thirds down: 6 of the last 8 sessions".
    pub fn describe(&self) -> String {
        self.describe_in(&Catalogue::english())
    }

    /// [`SpotStats::describe`] in the language of `tr`.
    pub fn describe_in(&self, tr: &Catalogue) -> String {
        let phrase = tr.t(self.zone.phrase());
        let mut chars = phrase.chars();
        let name = match chars.next() {
            Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
            None => phrase.clone(),
        };
        let place = tr.t(self.bins.phrase(self.zone, self.bin));
        let args = [
            ("zone", name.as_str()),
            ("place", place.as_str()),
            ("sessions", &self.sessions.to_string()),
        ];
        if self.window == 1 {
            tr.tf("{zone}, {place}: your last session", &args)
        } else {
            tr.tn(
                "{zone}, {place}: {sessions} of the last {n} session|{zone}, {place}: {sessions} of the last {n} sessions",
                i64::from(self.window),
                &args,
            )
        }
    }
}

/// Least-squares slope of y over x; `None` with fewer than two distinct x.
pub fn slope(points: &[(f32, f32)]) -> Option<f32> {
    let n = points.len() as f32;
    if points.len() < 2 {
        return None;
    }
    let mx = points.iter().map(|p| p.0).sum::<f32>() / n;
    let my = points.iter().map(|p| p.1).sum::<f32>() / n;
    let sxx: f32 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f32 = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    (sxx > f32::EPSILON).then(|| sxy / sxx)
}

/// A session (by index in the window) that found a hot spot in a bin, and how tender it was.
type Sighting = (usize, Option<u8>);

/// Every spot with a hot spot in the last `window` sessions, ranked: most sessions
/// first, then the more tender, then body order.
pub fn knot_map(history: &[SessionRecord], window: usize, bins: Bins) -> Vec<SpotStats> {
    let mut recent: Vec<&SessionRecord> = history.iter().collect();
    crate::order::sort_by_key(&mut recent, |r| r.started_at);
    let recent = &recent[recent.len().saturating_sub(window)..];
    // (zone, bin) -> per session index: the highest tenderness found there (None if unrated).
    let mut found: BTreeMap<(Zone, usize), Vec<Sighting>> = BTreeMap::new();
    for (i, record) in recent.iter().enumerate() {
        for spot in &record.hot_spots {
            let seen = found
                .entry((spot.zone, bins.bin_of(spot.position)))
                .or_default();
            match seen.last_mut() {
                Some((j, t)) if *j == i => *t = (*t).max(spot.tenderness),
                _ => seen.push((i, spot.tenderness)),
            }
        }
    }
    let mut stats: Vec<SpotStats> = found
        .into_iter()
        .map(|((zone, bin), seen)| {
            let rated: Vec<(f32, f32)> = seen
                .iter()
                .filter_map(|&(i, t)| Some((i as f32, f32::from(t?))))
                .collect();
            let mean_tenderness = (!rated.is_empty())
                .then(|| rated.iter().map(|p| p.1).sum::<f32>() / rated.len() as f32);
            let slope = if rated.len() >= 3 {
                slope(&rated)
            } else {
                None
            };
            let trend = match slope {
                None => Trend::Unknown,
                Some(s) if s <= -STEADY_SLOPE => Trend::Easing,
                Some(s) if s >= STEADY_SLOPE => Trend::Rising,
                Some(_) => Trend::Steady,
            };
            SpotStats {
                zone,
                bins,
                bin,
                sessions: seen.len() as u32,
                window: recent.len() as u32,
                mean_tenderness,
                slope,
                trend,
            }
        })
        .collect();
    crate::order::sort_by(&mut stats, |a, b| {
        b.sessions
            .cmp(&a.sessions)
            .then(
                b.mean_tenderness
                    .unwrap_or(0.0)
                    .total_cmp(&a.mean_tenderness.unwrap_or(0.0)),
            )
            .then(a.zone.cmp(&b.zone))
            .then(a.bin.cmp(&b.bin))
    });
    stats
}

/// The spot that recurs most (ties go to the more tender one).
pub fn hottest(history: &[SessionRecord], window: usize, bins: Bins) -> Option<SpotStats> {
    knot_map(history, window, bins).into_iter().next()
}

/// The map's heat, ready for `BodyDiagram`'s `heat` prop: (zone, position, intensity).
pub fn heat(stats: &[SpotStats]) -> Vec<(Zone, f32, f32)> {
    stats
        .iter()
        .map(|s| (s.zone, s.position(), s.intensity()))
        .collect()
}

#[cfg(test)]
mod tests;
