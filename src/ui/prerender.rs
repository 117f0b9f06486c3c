//! The opening screens as HTML, rendered on the host at build time from the same
//! components the app mounts, so a phone paints them before any script has run.
//!
//! The post-build hook (`crates/postbuild`) runs the `prerender` binary (`build/prerender.rs`),
//! which prints [`opening`] as JSON,
//! and writes it into `index.html`. Both openings are in the page: the safety screen (a
//! first visit) and Home (a returning visitor). [`choose_script`], a tiny inline script
//! allowed by its hash in the CSP, marks `<html data-open>` from what `localStorage`
//! holds before the first paint, and `style/base.css` shows that one, or nothing
//! (a neutral frame) when the app will open on something else. With JavaScript off the
//! safety screen shows. The app removes the markup and mounts itself in the same task
//! (`platform::page::take_over_prerendered`).
//!
//! Rendering runs no effect (they are the browser's side: storage, timers, sound) and
//! touches no browser API: the store is in memory with the default state.

use std::rc::Rc;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::*;
use serde::Serialize;

use crate::domain::app::navigation;
use crate::domain::app::{AppState, Screen};
use crate::domain::i18n::Lang;
use crate::domain::store::{
    self, MemoryKv, CURRENT_VERSION, PREFIX, PROBE_KEY, SAFETY_KEY, SESSION_PREFIX, SETTINGS_KEY,
};
use crate::platform::prerendered::ROOT_ID;
use crate::ui::app::Shell;
use crate::ui::early_tap::keep_taps_script;
use crate::ui::persist::{Backend, BackendHandle};
use crate::ui::store::Store;

/// What goes into `index.html`: the script for `<head>` and the markup for `<body>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Opening {
    /// The inline script's text (without `<script>` tags): it sets `<html data-open>`.
    pub script: String,
    /// Both openings, each in a `<div class="prerender" data-screen=…>`, inside one
    /// `<div id="prerendered">`.
    pub markup: String,
}

/// The ids of a pre-rendered body diagram (`bd<n>-hatch`, `bd<n>-heat`) become
/// `bdpre-…`, the name `style/base.css` uses for its hatch pattern.
pub const DIAGRAM_IDS: &str = "bdpre";

/// Renders both opening screens and the script that picks one. Fails when the markup
/// needs a `style` attribute that `style/base.css` does not stand in for.
pub fn opening() -> Result<Opening, String> {
    // Effects are spawned as tasks: an executor that drops them keeps rendering pure.
    let _ = Executor::init_local_custom_executor(NoTasks);
    let safety = render(false)?;
    let home = render(true)?;
    Ok(Opening {
        script: format!("{};{}", choose_script(), keep_taps_script()),
        markup: format!(
            "<div id=\"{ROOT_ID}\">\
             <div class=\"prerender\" data-screen=\"safety\">{safety}</div>\
             <div class=\"prerender\" data-screen=\"home\">{home}</div>\
             </div>"
        ),
    })
}

/// The app's frame and opening screen for a first visit (`returning == false`: the
/// safety screen) or a returning one (Home), from an empty in-memory store.
pub fn render(returning: bool) -> Result<String, String> {
    let kv = MemoryKv::new();
    if returning {
        // What acknowledging the safety screen leaves in storage.
        let _ = store::save_safety(&kv, 1);
    }
    let loaded = store::load(&kv, 0);
    let state = AppState {
        settings: loaded.settings,
        safety_acknowledged_at: loaded.safety_acknowledged_at,
        ..AppState::default()
    };
    let state = navigation::open(state, Some(Screen::Home));
    let owner = Owner::new();
    owner.with(|| {
        provide_context(Store::new(state, 0));
        let backend: Backend = Rc::new(kv);
        provide_context(BackendHandle(StoredValue::new_local(backend)));
        // No signal is read to track it here: nothing re-renders on the host.
        let html = without_comments(&untrack(|| view! { <Shell /> }.to_html()));
        let (mut html, removed) = without_style_attributes(&html);
        for declaration in removed {
            let Some(id) = declaration
                .strip_prefix("--bd-hatch:url(#")
                .and_then(|rest| rest.strip_suffix("-hatch);"))
            else {
                return Err(format!(
                    "the pre-render needs style=\"{declaration}\", which the CSP refuses in \
                     HTML: set it in style/base.css (see `without_style_attributes`)"
                ));
            };
            html = html
                .replace(&format!("\"{id}-"), &format!("\"{DIAGRAM_IDS}-"))
                .replace(&format!("#{id}-"), &format!("#{DIAGRAM_IDS}-"));
        }
        Ok(html)
    })
}

/// The markup without `style` attributes, and what they said. The app sets those
/// through CSSOM, which the strict CSP allows; in HTML the CSP would refuse them (with
/// a console error), so `style/base.css` says the same for the pre-render (the
/// body diagram's `--bd-hatch`, with its ids renamed to [`DIAGRAM_IDS`]).
fn without_style_attributes(html: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(html.len());
    let mut removed = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(" style=\"") {
        out.push_str(&rest[..start]);
        let value = &rest[start + " style=\"".len()..];
        let end = value.find('"').unwrap_or(value.len());
        removed.push(value[..end].to_string());
        rest = value.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    (out, removed)
}

/// The markup without the comments Leptos leaves as placeholders (`<!>`) and debug
/// marks: the app mounts fresh and needs none of them. Text never holds `<!`: Leptos
/// escapes `<` in text.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|i| i + 3)
        } else {
            after.find('>').map(|i| i + 1)
        };
        rest = end.map_or("", |end| &after[end..]);
    }
    out.push_str(rest);
    out
}

/// The inline script: `<html data-open="safety">` when this browser holds nothing of
/// Unknot's (a first visit), `"home"` when it holds only the safety answer and finished
/// sessions (what Home shows then is exactly the pre-render), `"none"` otherwise: a
/// device whose first supported language is not English (the pre-render is English), an
/// address other than Home (a shared routine's link, `#/settings`), a stored session,
/// saved routines or settings, unreadable data or storage turned off. It also sets
/// `data-theme` from the settings, so not even the background flashes.
pub fn choose_script() -> String {
    let codes = Lang::ALL.map(Lang::code).join(" ");
    format!(
        "(function(){{var d=document.documentElement,o='none';try{{\
         var h=location.hash,s=localStorage,k=[],i,n,a;\
         for(i=0;i<s.length;i++){{n=s.key(i);if(n.indexOf('{PREFIX}')===0&&n!=='{PROBE_KEY}')k.push(n)}}\
         try{{n=JSON.parse(s.getItem('{SETTINGS_KEY}')).settings.theme;if(n==='light'||n==='dark')d.dataset.theme=n}}catch(e){{}}\
         var l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''],e=true,j,p;\
         for(j=0;j<l.length;j++){{p=String(l[j]).split(/[-_]/)[0].toLowerCase();if('{codes}'.split(' ').indexOf(p)>=0){{e=p==='en';break}}}}\
         if(e&&(h===''||h==='#'||h==='#/')){{\
         if(!k.length)o='safety';\
         else{{a=JSON.parse(s.getItem('{SAFETY_KEY}'));\
         if(a&&a.v>=2&&a.v<={CURRENT_VERSION}&&typeof a.acknowledged_at==='number'&&\
         k.every(function(n){{return n==='{SAFETY_KEY}'||n.indexOf('{SESSION_PREFIX}')===0}}))o='home'}}}}\
         }}catch(e){{}}d.dataset.open=o}})()"
    )
}

/// An executor that drops every task: effects never run while rendering on the host.
struct NoTasks;

impl CustomExecutor for NoTasks {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_openings_are_rendered_from_the_app_s_components() {
        let opening = opening().unwrap();
        let markup = &opening.markup;
        assert!(markup.starts_with("<div id=\"prerendered\">"));
        let safety = markup.find("data-screen=\"safety\"").unwrap();
        let home = markup.find("data-screen=\"home\"").unwrap();
        assert!(
            safety < home,
            "without JavaScript the first one (safety) is the one read"
        );
        assert!(markup[safety..home].contains("Before you roll"));
        assert!(markup[home..].contains("Ready to roll?"));
        assert!(markup[home..].contains("Start routine"));
        // The frame is the app's own: the nav with its four places, the main region.
        assert_eq!(markup.matches("<main id=\"main\"").count(), 2);
        assert!(
            !markup.contains("<!"),
            "no placeholder comments are shipped"
        );
    }

    #[test]
    fn the_script_knows_the_storage_keys_and_says_none_by_default() {
        let script = choose_script();
        for key in [SAFETY_KEY, SETTINGS_KEY, SESSION_PREFIX, PREFIX, PROBE_KEY] {
            assert!(script.contains(&format!("'{key}'")), "{key}");
        }
        assert!(script.contains("o='none'") && script.contains("d.dataset.open=o"));
        // A German, Spanish, French or Portuguese device is not shown the English page.
        assert!(script.contains("'en de es fr pt'") && script.contains("e=p==='en'"));
        assert!(!script.contains("</script"));
    }

    #[test]
    fn style_attributes_go_and_the_stylesheet_says_the_same() {
        let css = include_str!("../../style/base.css");
        assert!(css.contains(&format!("--bd-hatch: url(#{DIAGRAM_IDS}-hatch)")));
        let markup = opening().unwrap().markup;
        assert!(!markup.contains(" style=\""));
        assert!(markup.contains(&format!("id=\"{DIAGRAM_IDS}-hatch\"")));
        let (html, removed) = without_style_attributes("<svg style=\"--a:b;\" x=\"1\"></svg>");
        assert_eq!(
            (html.as_str(), removed),
            ("<svg x=\"1\"></svg>", vec!["--a:b;".to_string()])
        );
    }

    #[test]
    fn comments_go_and_text_stays() {
        assert_eq!(without_comments("<p>a<!>b<!--<() />-->c</p>"), "<p>abc</p>");
    }
}
