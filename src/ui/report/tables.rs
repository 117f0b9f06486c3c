//! The report's zones table and its list of flares.

use leptos::prelude::*;

use crate::domain::progress::report::Report;
use crate::ui::i18n::language::{day_label, decimal};
use crate::ui::i18n::{t, tf};

/// Each zone rolled: sessions, passes, time and the typical hot-spot hold.
#[component]
pub(super) fn ZoneTable(figures: Memo<Report>) -> impl IntoView {
    move || {
        figures.with(|r| {
            if r.zones.is_empty() {
                return view! { <p class="report__none">{t("No sessions in this period.")}</p> }
                    .into_any();
            }
            let rows = r
                .zones
                .iter()
                .map(|z| {
                    let minutes = decimal(z.secs as f32 / 60.0, 1);
                    let hold = z.typical_hold_secs.map_or_else(
                        || "—".to_owned(),
                        |s| tf("{secs} s", &[("secs", &s.to_string())]),
                    );
                    view! {
                        <tr>
                            <th scope="row">{t(z.zone.label())}</th>
                            <td>{z.sessions}</td>
                            <td>{z.passes}</td>
                            <td>{minutes}</td>
                            <td>{z.hot_spots}</td>
                            <td>{hold}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="report__table-wrap" tabindex="0" role="group" aria-labelledby="report-zones"><table class="report__table">
                    <thead>
                        <tr>
                            <th scope="col">{t("Zone")}</th>
                            <th scope="col">{t("Sessions")}</th>
                            <th scope="col">{t("Passes")}</th>
                            <th scope="col">{t("Minutes")}</th>
                            <th scope="col">{t("Hot spots")}</th>
                            <th scope="col">{t("Typical hold")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table></div>
            }
            .into_any()
        })
    }
}

/// The sessions that started at high pain or ended 2 or more points higher.
#[component]
pub(super) fn FlareList(figures: Memo<Report>) -> impl IntoView {
    move || {
        figures.with(|r| {
            if r.flares.is_empty() {
                return view! {
                    <p class="report__none">{t("None in this period: no session started at 7 or more, or ended 2 or more points higher.")}</p>
                }
                .into_any();
            }
            let show = |v: Option<u8>| v.map_or_else(|| "—".to_owned(), |v| v.to_string());
            let items = r
                .flares
                .iter()
                .map(|f| {
                    view! {
                        <li>
                            {tf(
                                "{day}: pain {before} before, {after} after",
                                &[("day", &day_label(f.day)), ("before", &show(f.before)), ("after", &show(f.after))],
                            )}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="report__flares">{items}</ul> }.into_any()
        })
    }
}
