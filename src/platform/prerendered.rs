//! The opening screens pre-rendered into `index.html` (`ui::prerender`), handed over to
//! the app when it starts.

/// The id of the element that holds the pre-rendered screens.
pub const ROOT_ID: &str = "prerendered";

/// Removes the pre-rendered screens (and the `data-open` mark that picked one) so the
/// app mounts in their place. Call it right before mounting, in the same task: the
/// browser never paints a frame with both or neither. Returns whether the focus was in
/// them (someone tabbed in before the app arrived), so the caller can move it on.
pub fn take_over() -> bool {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return false;
    };
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-open");
    }
    let Some(shown) = document.get_element_by_id(ROOT_ID) else {
        return false;
    };
    let had_focus = document
        .active_element()
        .is_some_and(|focused| shown.contains(Some(&focused)));
    shown.remove();
    had_focus
}
