//! Browser entry point: install the panic hook and mount the app.

fn main() {
    console_error_panic_hook::set_once();
    // Before anything renders: the browser's install prompt comes once, maybe early.
    unknot::platform::install::listen();
    // The pre-rendered opening screen goes and the app takes its place in this same
    // task, before the next paint (`ui::prerender`).
    let had_focus = unknot::platform::prerendered::take_over();
    leptos::mount::mount_to_body(unknot::App);
    if had_focus {
        unknot::platform::page::focus_main_heading();
    }
}
