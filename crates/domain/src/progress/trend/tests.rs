use super::*;
use crate::i18n::Lang;
use crate::progress::dates::{day_start, LocalDate};
use crate::progress::test_support::{first_day, fixture, record_on, OFFSET};

#[test]
fn fixture_series_and_average() {
    let history = fixture();
    let series = pain_series(&history);
    assert_eq!(series.len(), 27);
    assert!(series.windows(2).all(|w| w[0].at <= w[1].at));
    assert_eq!(series.iter().filter(|p| p.after.is_some()).count(), 24);
    assert_eq!(average_change(&history), Some(-2.0));
    assert_eq!(
        describe_change(-2.0),
        "On average, pain after rolling was 2.0 points lower than before."
    );
    assert_eq!(
        describe_change(0.5),
        "On average, pain after rolling was 0.5 points higher than before."
    );
    assert_eq!(
        describe_change(0.0),
        "On average, pain was about the same before and after rolling."
    );
    assert_eq!(average_change(&[]), None);
}

#[test]
fn fixture_chart_points() {
    let chart = pain_chart(&fixture(), 340.0, 200.0, OFFSET, Lang::En).unwrap();
    assert_eq!(chart.before.len(), 27);
    assert_eq!(chart.after.len(), 24);
    let s = chart.scale;
    // The axis spans whole local days: Mon 3 Feb 00:00 to Sat 15 Mar 24:00.
    assert_eq!(s.t0, day_start(first_day(), OFFSET));
    assert_eq!(s.t1, day_start(first_day() + 41, OFFSET));
    // The first session: Mon 3 Feb 07:30, pain 7 → 3.
    let first = &chart.before[0];
    let x = 30.0 + (7.5 / 24.0) / 41.0 * 298.0;
    assert!((first.x - x).abs() < 0.01, "{} vs {x}", first.x);
    assert_eq!((first.value, first.y), (7, 174.0 - 0.7 * 162.0));
    assert_eq!(
        (chart.after[0].value, chart.after[0].y),
        (3, 174.0 - 0.3 * 162.0)
    );
    // The last: Sat 15 Mar 07:30, 4 → 4.
    let last = chart.after.last().unwrap();
    assert_eq!(last.value, 4);
    assert!(chart
        .before
        .iter()
        .chain(&chart.after)
        .all(|p| p.x >= s.left() && p.x <= s.right()));
    assert_eq!(
        chart.y_ticks.iter().map(|t| t.1).collect::<Vec<_>>(),
        vec![0, 2, 4, 6, 8, 10]
    );
    assert_eq!((chart.y_ticks[0].0, chart.y_ticks[5].0), (174.0, 12.0));
    let labels: Vec<&str> = chart.x_ticks.iter().map(|t| t.1.as_str()).collect();
    // Weekly ticks would touch at this width: every other one is kept.
    assert_eq!(labels, vec!["3 Feb", "17 Feb", "3 Mar"]);
    assert_eq!(chart.average_change, Some(-2.0));
    assert!(line_d(&chart.after).starts_with("M"));
    assert_eq!(line_d(&chart.after).matches(" L").count(), 23);
}

#[test]
fn a_narrow_chart_uses_fewer_date_ticks() {
    let chart = pain_chart(&fixture(), 200.0, 160.0, OFFSET, Lang::En).unwrap();
    let labels: Vec<&str> = chart.x_ticks.iter().map(|t| t.1.as_str()).collect();
    assert_eq!(labels, vec!["3 Feb", "3 Mar"]);
}

#[test]
fn scale_maps_the_corners() {
    let s = ChartScale {
        t0: 1000,
        t1: 2000,
        width: 100.0,
        height: 50.0,
        pad: Padding {
            top: 5.0,
            right: 10.0,
            bottom: 5.0,
            left: 10.0,
        },
    };
    assert_eq!((s.x(1000), s.x(2000), s.x(1500)), (10.0, 90.0, 50.0));
    assert_eq!((s.x(0), s.x(9999)), (10.0, 90.0));
    assert_eq!(
        (s.y(0.0), s.y(10.0), s.y(5.0), s.y(42.0)),
        (45.0, 5.0, 25.0, 5.0)
    );
    let flat = ChartScale { t1: 1000, ..s };
    assert_eq!(flat.x(1000), 50.0);
}

#[test]
fn one_rated_session_still_charts() {
    let mut r = record_on(first_day(), 8, true);
    r.pain_before = Some(5);
    let chart = pain_chart(&[r], 300.0, 180.0, OFFSET, Lang::En).unwrap();
    assert_eq!((chart.before.len(), chart.after.len()), (1, 0));
    assert_eq!(chart.average_change, None);
    assert!(pain_chart(
        &[record_on(first_day(), 8, true)],
        300.0,
        180.0,
        OFFSET,
        Lang::En
    )
    .is_none());
}

#[test]
fn nice_ticks_are_round() {
    assert_eq!(
        nice_ticks(0.0, 10.0, 6),
        vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    );
    assert_eq!(nice_ticks(0.0, 10.0, 3), vec![0.0, 5.0, 10.0]);
    assert_eq!(
        nice_ticks(0.0, 10.0, 11),
        (0..=10).map(|v| v as f32).collect::<Vec<_>>()
    );
    assert_eq!(nice_ticks(3.0, 17.0, 4), vec![5.0, 10.0, 15.0]);
    assert_eq!(nice_ticks(0.0, 1.0, 5), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
    assert_eq!(nice_ticks(4.0, 4.0, 5), vec![4.0]);
}

#[test]
fn daily_ticks_for_a_short_span() {
    let d = LocalDate {
        year: 2025,
        month: 3,
        day: 10,
    }
    .to_day();
    let ticks = time_ticks(
        day_start(d, OFFSET),
        day_start(d + 3, OFFSET),
        OFFSET,
        6,
        Lang::En,
    );
    let labels: Vec<&str> = ticks.iter().map(|t| t.1.as_str()).collect();
    assert_eq!(labels, vec!["10 Mar", "11 Mar", "12 Mar", "13 Mar"]);
}

#[test]
fn date_labels_never_touch_at_any_width_in_any_language() {
    let history = fixture();
    for (lang, width) in Lang::ALL
        .into_iter()
        .flat_map(|l| [240.0, 300.0, 340.0, 600.0].map(|w| (l, w)))
    {
        let chart = pain_chart(&history, width, 190.0, OFFSET, lang).unwrap();
        assert!(chart.x_ticks.len() >= 2, "at {width}: {:?}", chart.x_ticks);
        for pair in chart.x_ticks.windows(2) {
            let ((a, la), (b, lb)) = (&pair[0], &pair[1]);
            let room = b - a - (label_width(la) + label_width(lb)) / 2.0;
            assert!(room >= 8.0, "at {width}: {la} and {lb} are {room} apart");
        }
        for (x, label) in &chart.x_ticks {
            let half = label_width(label) / 2.0;
            assert!(
                x - half >= 0.0 && x + half <= width,
                "{label} at {x} spills out"
            );
        }
    }
}
