//! The routine's words: what Unknot tells the person, in its own voice.

/// The product's name as shown on the home screen.
pub const APP_NAME: &str = "Unknot";

/// The one-line promise on the home screen.
pub const PROMISE: &str = "Ten calm minutes on the roller for a looser back: outer thighs, upper back, then deep breaths.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promise_names_every_part_of_the_routine() {
        for part in ["thigh", "upper back", "breath"] {
            assert!(PROMISE.contains(part), "promise should mention {part}");
        }
    }
}
