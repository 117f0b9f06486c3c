//! Browser entry point: install the panic hook and mount the app.

fn main() {
    console_error_panic_hook::set_once();
    // Before anything renders: the browser's install prompt comes once, maybe early.
    unknot::platform::install::listen();
    // The app mounts in a task of its own, after the one that instantiated the wasm
    // (two shorter tasks, not one long one). The pre-rendered opening screen goes and
    // the app takes its place in that same task, before the next paint
    // (`ui::prerender`).
    unknot::platform::prerendered::start_in_own_task(|| {
        let had_focus = unknot::platform::prerendered::take_over();
        leptos::mount::mount_to_body(unknot::App);
        if had_focus {
            unknot::platform::page::focus_main_heading();
        }
    });
}
