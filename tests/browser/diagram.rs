//! The body diagram: zones are buttons that toggle by click and keyboard.

use leptos::prelude::*;
use unknot::domain::zone::Zone;
use unknot::ui::body_diagram::BodyDiagram;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, KeyboardEvent};

use crate::support::{fresh_host, tick};

/// The zone `<g role="button">` named `name`.
fn zone(root: &Element, name: &str) -> Element {
    let selector = format!("[role=\"button\"][aria-label=\"{name}\"]");
    root.query_selector(&selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no zone button named {name:?}"))
}

fn click(el: &Element) {
    let ev = web_sys::MouseEvent::new("click").unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn press(el: &Element, key: &str) {
    // `new KeyboardEvent("keydown", { key, bubbles, cancelable })`, built by hand because
    // the crate does not enable web-sys's `KeyboardEventInit` (and `initKeyboardEvent`
    // ignores the key in Chrome).
    use js_sys::{Array, Function, Object, Reflect};
    let init = Object::new();
    Reflect::set(&init, &"key".into(), &key.into()).unwrap();
    Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    let ctor: Function = Reflect::get(&js_sys::global(), &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    let ev: KeyboardEvent = Reflect::construct(&ctor, &Array::of2(&"keydown".into(), &init))
        .unwrap()
        .unchecked_into();
    assert_eq!(ev.key(), key);
    el.dispatch_event(&ev).unwrap();
}

/// Mounts an interactive diagram whose selection toggles; returns the selection and taps.
fn mount(host: &web_sys::HtmlElement) -> (RwSignal<Vec<Zone>>, RwSignal<Vec<Zone>>, impl Drop) {
    let selected = RwSignal::new(vec![Zone::UpperBack]);
    let taps = RwSignal::new(Vec::<Zone>::new());
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <BodyDiagram
                selected=selected
                on_toggle=Callback::new(move |z: Zone| {
                    taps.update(|t| t.push(z));
                    if z.rollable() {
                        selected.update(|s| {
                            if let Some(i) = s.iter().position(|x| *x == z) {
                                s.remove(i);
                            } else {
                                s.push(z);
                            }
                        });
                    }
                })
            />
        }
    });
    (selected, taps, mounted)
}

#[wasm_bindgen_test]
async fn every_zone_is_a_named_button() {
    let host = fresh_host();
    let (_selected, _taps, mounted) = mount(&host);
    tick().await;
    for z in Zone::ALL {
        let el = zone(&host, z.label());
        assert_eq!(el.get_attribute("tabindex").as_deref(), Some("0"), "{z:?}");
    }
    assert_eq!(
        host.query_selector_all("[role=\"button\"]")
            .unwrap()
            .length(),
        Zone::ALL.len() as u32
    );
    let pressed = |name| zone(&host, name).get_attribute("aria-pressed");
    assert_eq!(pressed("Upper back").as_deref(), Some("true"));
    assert_eq!(pressed("IT band, left").as_deref(), Some("false"));
    // The lower back is not a toggle: it explains instead.
    assert_eq!(pressed("Lower back (do not roll)"), None);
    drop(mounted);
}

#[wasm_bindgen_test]
async fn clicking_a_zone_toggles_it() {
    let host = fresh_host();
    let (selected, taps, mounted) = mount(&host);
    tick().await;

    click(&zone(&host, "IT band, left"));
    tick().await;
    assert_eq!(taps.get_untracked(), vec![Zone::ItBandLeft]);
    assert!(selected.get_untracked().contains(&Zone::ItBandLeft));
    let it = zone(&host, "IT band, left");
    assert_eq!(it.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(it.class_list().contains("is-selected"));

    click(&zone(&host, "IT band, left"));
    tick().await;
    assert_eq!(
        zone(&host, "IT band, left")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );

    click(&zone(&host, "Lower back (do not roll)"));
    tick().await;
    assert_eq!(taps.get_untracked().last(), Some(&Zone::LowerBack));
    drop(mounted);
}

#[wasm_bindgen_test]
async fn enter_and_space_toggle_a_focused_zone() {
    let host = fresh_host();
    let (selected, taps, mounted) = mount(&host);
    tick().await;

    press(&zone(&host, "Shoulder blade, right"), "Enter");
    tick().await;
    assert_eq!(taps.get_untracked(), vec![Zone::ShoulderBladeRight]);
    assert_eq!(
        zone(&host, "Shoulder blade, right")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    press(&zone(&host, "Upper back"), " ");
    tick().await;
    assert!(!selected.get_untracked().contains(&Zone::UpperBack));
    // Other keys do nothing.
    press(&zone(&host, "Quadriceps, left"), "a");
    tick().await;
    assert_eq!(taps.get_untracked().len(), 2);
    drop(mounted);
}

#[wasm_bindgen_test]
async fn a_picture_diagram_has_no_buttons_but_draws_the_session() {
    let host = fresh_host();
    let active = RwSignal::new(Some(Zone::ItBandRight));
    let roller = RwSignal::new(Some(0.0f32));
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <BodyDiagram
                selected=Signal::derive(|| vec![Zone::ItBandRight])
                on_toggle=Callback::new(|_| {})
                active=active
                roller=roller
                hot_spots=Signal::derive(|| vec![(Zone::ItBandRight, 0.7), (Zone::UpperBack, 0.2)])
                heat=Signal::derive(|| vec![(Zone::ItBandLeft, 0.3, 0.5)])
                interactive=false
            />
        }
    });
    tick().await;
    assert_eq!(
        host.query_selector_all("[role=\"button\"]")
            .unwrap()
            .length(),
        0
    );
    assert_eq!(host.query_selector_all("[tabindex]").unwrap().length(), 0);
    let svg = host.query_selector("svg").unwrap().unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        host.query_selector_all(".body-diagram__spot")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(
        host.query_selector_all(".body-diagram__heat-glow")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(
        host.query_selector_all(".body-diagram__glow")
            .unwrap()
            .length(),
        1
    );
    // The glow breathes on an HTML layer of its own (the compositor animates its
    // opacity), never inside the diagram's SVG, where it repainted the figure.
    let layer = host
        .query_selector(".body-diagram__glow")
        .unwrap()
        .unwrap()
        .closest(".body-diagram-glow")
        .unwrap()
        .unwrap();
    assert_eq!(layer.tag_name(), "DIV");
    assert_eq!(layer.get_attribute("aria-hidden").as_deref(), Some("true"));
    assert!(host
        .query_selector("svg.body-diagram .body-diagram__glow")
        .unwrap()
        .is_none());

    let marker = host
        .query_selector(".body-diagram__roller")
        .unwrap()
        .unwrap();
    let style = marker.get_attribute("style").unwrap();
    // Just below the right hip bone, on the front view (facing us, their right is on
    // the viewer's left): figure x 127 moved 78 left, y 214.
    assert!(style.contains("translate(49px, 214px)"), "{style}");
    roller.set(Some(1.0));
    tick().await;
    let style = host
        .query_selector(".body-diagram__roller")
        .unwrap()
        .unwrap()
        .get_attribute("style")
        .unwrap();
    assert!(style.contains("translate(49px, 290px)"), "{style}");
    active.set(None);
    tick().await;
    assert!(host
        .query_selector(".body-diagram__roller")
        .unwrap()
        .is_none());
    let _ = svg.dyn_into::<web_sys::SvgElement>().unwrap();
    drop(mounted);
}
