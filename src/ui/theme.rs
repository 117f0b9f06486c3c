//! Applies the theme setting to `<html data-theme>`; "system" follows the device.

use leptos::prelude::*;

use crate::domain::settings::Theme;
use crate::ui::store::Store;

/// Keeps the document's theme attribute in step with the setting.
pub fn use_theme(store: Store) {
    let theme = store.select(|s| s.settings.theme);
    Effect::new(move |_| {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let _ = match theme.get() {
            Theme::System => root.remove_attribute("data-theme"),
            Theme::Light => root.set_attribute("data-theme", "light"),
            Theme::Dark => root.set_attribute("data-theme", "dark"),
        };
    });
}
