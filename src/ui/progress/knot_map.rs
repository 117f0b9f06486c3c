//! The knot map: the body diagram glowing where hot spots recur, and the spots
//! ranked in words with their tenderness trend.

use leptos::prelude::*;

use crate::domain::progress::knots::{heat, knot_map, Bins, Trend};
use crate::domain::progress::RECENT_SESSIONS;
use crate::domain::record::SessionRecord;
use crate::ui::body_diagram::BodyDiagram;
use crate::ui::i18n::{t, tf, tn, with_catalogue};

/// The map and the ranked list.
#[component]
pub(crate) fn KnotMap(
    /// The history.
    history: Signal<Vec<SessionRecord>>,
    /// Look at every session given (the report's period), not only the recent ones.
    #[prop(optional)]
    every_session: bool,
) -> impl IntoView {
    let window = move |h: &[SessionRecord]| {
        if every_session {
            h.len().max(1)
        } else {
            RECENT_SESSIONS
        }
    };
    let spots = Memo::new(move |_| history.with(|h| knot_map(h, window(h), Bins::Fifths)));
    let glow = Signal::derive(move || spots.with(|s| heat(s)));
    let counted = move || history.with(|h| h.len().min(window(h)));
    view! {
        <div class="knot-map">
            <p class="knot-map__intro">
                {move || tn(
                    "Where your hot spots were in the last {n} session. The brighter the glow, the more often.|Where your hot spots were in the last {n} sessions. The brighter the glow, the more often.",
                    counted() as i64,
                    &[],
                )}
            </p>
            <div class="knot-map__figure">
                <BodyDiagram
                    selected=Signal::derive(Vec::new)
                    on_toggle=Callback::new(|_| {})
                    heat=glow
                    interactive=false
                    label=t("Knot map: where hot spots recur")
                />
            </div>
            {move || {
                let all = spots.get();
                if all.is_empty() {
                    return view! {
                        <p class="progress__hint">
                            {t("No hot spots in your recent sessions. When a spot feels tender, tap Hot spot and hold it: it will show up here.")}
                        </p>
                    }
                    .into_any();
                }
                let recurring: Vec<_> = all.iter().filter(|s| s.sessions >= 2).cloned().collect();
                let hottest = all[0].clone();
                let others: Vec<_> = recurring.into_iter().skip(usize::from(hottest.sessions >= 2)).collect();
                let has_others = !others.is_empty();
                let rest = others
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| {
                        view! {
                            <li class="knot-map__item">
                                <p class="knot-map__where">
                                    <span class="knot-map__rank" aria-hidden="true">{i + 2}</span>
                                    {with_catalogue(|c| s.describe_in(c))}
                                </p>
                                <TrendLine trend=s.trend />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="knot-map__hottest">
                        <p class="knot-map__eyebrow">
                            <span class="knot-map__rank" aria-hidden="true">"1"</span>
                            {t("Hottest spot")}
                        </p>
                        <p class="knot-map__where knot-map__where--hottest">{with_catalogue(|c| hottest.describe_in(c))}</p>
                        <TrendLine trend=hottest.trend />
                    </div>
                    <Show when=move || has_others>
                        <h3 class="knot-map__subtitle">{t("Also coming back")}</h3>
                    </Show>
                    <ol class="knot-map__list">{rest}</ol>
                }
                .into_any()
            }}
        </div>
    }
}

/// "↓ Tenderness easing" and friends; the arrow is decoration, the words carry it.
#[component]
fn TrendLine(
    /// Which way the tenderness is heading.
    trend: Trend,
) -> impl IntoView {
    let class = format!("knot-map__trend knot-map__trend--{:?}", trend).to_lowercase();
    view! {
        <p class=class>
            <span class="knot-map__arrow" aria-hidden="true">{trend.arrow()}</span>
            " "
            {tf("Tenderness: {trend}", &[("trend", &t(trend.words()))])}
        </p>
    }
}
