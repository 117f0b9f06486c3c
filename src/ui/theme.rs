//! Applies the theme setting to `<html data-theme>`; "system" follows the device.

use leptos::prelude::*;

use crate::domain::settings::Theme;
use crate::platform::page;
use crate::ui::reactive::effect;
use crate::ui::store::Store;

/// Keeps the document's theme attribute in step with the setting.
pub fn use_theme(store: Store) {
    let theme = store.select(|s| s.settings.theme);
    effect(move |_| {
        let value = match theme.get() {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        };
        page::set_root_attribute("data-theme", value);
    });
}
