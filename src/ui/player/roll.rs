//! The rolling card: the diagram with the moving roller, the pass's seconds, where to
//! roll to, and `Hot spot`. While a hot spot is held, the hold takes the info column.

use leptos::prelude::*;

use crate::domain::geometry::poses::PoseKind;
use crate::domain::session::{Event, PassInfo};
use crate::domain::zone::Zone;
use crate::ui::body_diagram::BodyDiagram;
use crate::ui::i18n::{t, tf};
use crate::ui::illustration::{pass_ms_for, InStep, PosePicture};
use crate::ui::player::beat::BigNumber;
use crate::ui::player::hold::HoldPanel;
use crate::ui::player::send;
use crate::ui::player::tender::TendernessAsk;
use crate::ui::store::use_store;

/// Rolls one zone: passes are paced and counted; a hot spot starts a hold.
#[component]
pub fn RollCard(
    /// The zone being rolled.
    zone: Zone,
) -> impl IntoView {
    let store = use_store();
    let now = store.now;
    // The passes stand still while a hot spot is held (or the session is paused): then
    // the memo does not read the clock, so the ticks of a hold wake nothing here.
    let pass = Memo::new(move |_| {
        store.state.with(|s| {
            s.session.as_ref().and_then(|x| {
                let at = if x.clock.is_running() {
                    now.get()
                } else {
                    x.latest
                };
                x.pass(at)
            })
        })
    });
    let number = Memo::new(move |_| pass.get().map(|p| (p.number, p.of, p.outward)));
    let holding = store.select(|s| s.session.as_ref().is_some_and(|x| x.is_holding()));
    let hot_spots = store.select(move |s| {
        s.session
            .as_ref()
            .map(|x| {
                x.hot_spots
                    .iter()
                    .filter(|h| h.zone == zone)
                    .map(|h| (h.zone, h.position))
                    .chain(x.hold.iter().map(|h| (h.zone, h.position)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let roller = Signal::derive(move || pass.get().map(|p: PassInfo| p.position));
    view! {
        <div class="stage__visual">
            <BodyDiagram
                selected=Signal::derive(move || vec![zone])
                on_toggle=Callback::new(|_| {})
                active=Signal::derive(move || Some(zone))
                roller
                hot_spots=Signal::derive(move || hot_spots.get())
                interactive=false
            />
            <PassInset zone pass />
        </div>
        <Show when=move || holding.get() fallback=move || view! { <Rolling zone number /> }>
            <HoldPanel />
        </Show>
    }
}

/// A small drawing of the position in the diagram's corner, moving once through each
/// pass in step with the pass clock. Made afresh at each pass, so it can never drift.
#[component]
fn PassInset(zone: Zone, pass: Memo<Option<PassInfo>>) -> impl IntoView {
    let store = use_store();
    let kind = PoseKind::of_zone(zone);
    let pass_ms = pass_ms_for(Some(zone));
    let held = store.select(|s| {
        s.session
            .as_ref()
            .is_some_and(|x| x.is_holding() || x.is_paused())
    });
    // Made afresh at each pass and on each resume. Gone while the pass stands still (a
    // hold has its own panel), so a hold animates nothing on the SVG.
    let turn = Memo::new(move |_| pass.get().map(|p| (p.number, p.outward, held.get())));
    let side = if kind == Some(PoseKind::UpperBack) {
        None
    } else {
        zone.side()
    };
    move || {
        let (kind, (_, _, still)) = (kind?, turn.get()?);
        if still {
            return None;
        }
        let p = pass.get_untracked()?;
        let elapsed = if p.outward {
            p.position
        } else {
            1.0 - p.position
        };
        let in_step = InStep {
            outward: p.outward,
            elapsed,
        };
        Some(view! {
            <div class="pose-inset" aria-hidden="true">
                <PosePicture kind side pass_ms in_step />
            </div>
        })
    }
}

/// The passes: the pass's seconds, `Pass N of M` with where to roll to, `Hot spot`.
#[component]
fn Rolling(zone: Zone, number: Memo<Option<(u8, u8, bool)>>) -> impl IntoView {
    let store = use_store();
    let paused = store.select(|s| s.session.as_ref().is_some_and(|x| x.is_paused()));
    let asking = Memo::new(move |_| {
        let now = store.now.get();
        store
            .state
            .with(|s| s.session.as_ref().is_some_and(|x| x.asks_tenderness(now)))
    });
    let (start, end) = zone.path_ends();
    let direction = move || match number.get() {
        _ if paused.get() => t("Paused: Resume when you are ready"),
        Some((_, _, true)) => tf("Roll to {end}", &[("end", &t(end))]),
        Some((_, _, false)) => tf("Roll back to {start}", &[("start", &t(start))]),
        None => String::new(),
    };
    view! {
        <div class="stage__info">
            <BigNumber />
            <div class="cue">
                <p class="cue__main">
                    {move || number.get().map(|(n, of, _)| tf("Pass {n} of {of}", &[("n", &n.to_string()), ("of", &of.to_string())]))}
                </p>
                <Show when=move || asking.get() fallback=move || view! {
                    <p class="cue__sub">{direction}</p>
                    <Pips number />
                }>
                    <TendernessAsk />
                </Show>
            </div>
            <button
                class="button button--hot button--big button--wide stage__action"
                disabled=move || paused.get()
                aria-keyshortcuts="H"
                on:click=move |_| send(store, |now| Event::HotSpot { now })
            >
                {t("Hot spot")}
            </button>
        </div>
    }
}

/// The zone's progress, quietly: one pip per pass, filled when done.
#[component]
fn Pips(number: Memo<Option<(u8, u8, bool)>>) -> impl IntoView {
    view! {
        <div class="pips" aria-hidden="true">
            {move || {
                number
                    .get()
                    .map(|(n, of, _)| {
                        (1..=of)
                            .map(|i| {
                                let class = if i < n {
                                    "pips__pip pips__pip--done"
                                } else if i == n {
                                    "pips__pip pips__pip--now"
                                } else {
                                    "pips__pip"
                                };
                                view! { <span class=class></span> }
                            })
                            .collect_view()
                    })
            }}
        </div>
    }
}
