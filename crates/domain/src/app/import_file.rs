//! `Import data` as one change of the app state: the file's sessions join the history,
//! its settings apply on a device still at the defaults, its safety answer counts, its
//! weekly plan is taken when none runs here (the same plan's check-ins are joined), and
//! its kept copies wait for the persistence effect to write them. A bad file changes nothing.

use super::routine_actions::{reduce_routine, RoutineAction};
use super::state::AppState;
use crate::i18n::{Arg, Line};
use crate::settings::Settings;
use crate::store;

/// The state after importing a file: `Ok(text)` of the chosen file, or `Err(detail)`, the
/// browser's words for why it could not be read. The outcome, as a message, goes to
/// `import_report`.
pub fn import_file(mut state: AppState, file: Result<String, String>) -> AppState {
    let message = match file {
        Err(detail) => Line::tf(
            "That file could not be read ({detail}). Nothing was changed.",
            vec![("detail", Arg::Text(detail))],
        ),
        Ok(text) => match store::import(&text, &state.history) {
            Err(e) => Line::sentences(vec![e.line(), Line::t("Nothing was changed.")]),
            Ok(report) => {
                state.history = store::merge(&state.history, &report.added);
                reduce_routine(&mut state, RoutineAction::Merge(report.routines.clone()));
                if state.settings == Settings::default() {
                    if let Some(settings) = report.settings_in_file.clone() {
                        state.settings = settings.clamped().0;
                    }
                }
                if let Some(plan) = report.plan.clone() {
                    state.plan = Some(match state.plan.take() {
                        Some(here) => here.merged(plan),
                        None => plan,
                    });
                }
                if let Some(at) = report.safety_acknowledged_at {
                    state.safety_acknowledged_at.get_or_insert(at);
                }
                state
                    .imported_backups
                    .extend(report.backups.iter().cloned());
                report.summary()
            }
        },
    };
    state.import_report = Some(message);
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{reduce, Action};

    /// The import report in English.
    fn report(state: &AppState) -> String {
        state
            .import_report
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    fn import(state: AppState, text: &str) -> AppState {
        reduce(state, Action::Import(Ok(text.to_string())))
    }

    const FILE: &str = r#"{"app":"unknot","v":2,"exported_at":1,"settings":{"hold_secs":31},
        "safety_acknowledged_at":5,"sessions":[{"id":"a","started_at":10,"ended_at":20,
        "routine":"full","zones":[],"completed":true,"passes":[],"hot_spots":[],
        "pain_before":null,"pain_after":null,"note":"","active_ms":10}],
        "backups":[{"key":"unknot:backup:unknot:settings:1","raw":"{oops"}]}"#;

    #[test]
    fn a_good_file_merges_once_and_says_so() {
        let state = import(AppState::default(), FILE);
        assert_eq!(state.history.len(), 1);
        assert_eq!(state.settings.hold_secs, 31);
        assert_eq!(state.safety_acknowledged_at, Some(5));
        assert_eq!(state.imported_backups.len(), 1);
        assert_eq!(report(&state), "Added 1 session.");
        let state = import(state, FILE);
        assert_eq!(state.history.len(), 1);
        assert_eq!(report(&state), "Added 0 sessions. 1 was already here.");
    }

    #[test]
    fn settings_from_a_file_never_replace_the_persons_own() {
        let mut state = AppState::default();
        state.settings.hold_secs = 20;
        assert_eq!(import(state, FILE).settings.hold_secs, 20);
    }

    #[test]
    fn a_broken_file_changes_nothing_and_reads_as_plain_sentences() {
        let before = AppState::default();
        let after = import(before.clone(), r#"{"app":"unknot","v":2,"#);
        let text = report(&after);
        assert_eq!(
            text,
            "This file is not an Unknot export: it is damaged, cut short, or another kind \
             of file. Nothing was changed."
        );
        assert!(!text.contains("line 1") && !text.contains(".."), "{text}");
        assert_eq!(
            AppState {
                import_report: None,
                ..after
            },
            before
        );
        let unreadable = reduce(
            AppState::default(),
            Action::Import(Err("NotReadableError".into())),
        );
        assert!(report(&unreadable).ends_with("Nothing was changed."));
    }
}
