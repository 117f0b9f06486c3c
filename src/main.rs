//! Browser entry point: install the panic hook and mount the app.

fn main() {
    console_error_panic_hook::set_once();
    // Before anything renders: the browser's install prompt comes once, maybe early.
    unknot::platform::install::listen();
    leptos::mount::mount_to_body(unknot::App);
}
