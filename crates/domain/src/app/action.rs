//! Everything that can change the app: the reducer's vocabulary.

use super::plan_actions::PlanAction;
use super::route::Screen;
use super::routine_actions::RoutineAction;
use crate::i18n::{Lang, Line};
use crate::record::{EpochMs, SessionRecord};
use crate::session::Event;
use crate::settings::Settings;
use crate::zone::Zone;

/// Everything that can change the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A tap that opens a screen (the address follows, as a new history entry).
    Navigate(Screen),
    /// The address changed under the app: Back, Forward, a pasted link. `None` is an
    /// address Unknot does not know. Leaving a running session first pauses it.
    Arrive {
        screen: Option<Screen>,
        now: EpochMs,
    },
    /// Start a session over the selected zones (or the full routine).
    Start {
        id: String,
        now: EpochMs,
        full: bool,
    },
    /// An event for the running session.
    Session(Event),
    /// Take back `End session`: the session continues where it was, its record is removed.
    UndoEnd {
        now: EpochMs,
    },
    /// Leave the summary of a finished session, for Home.
    CloseSession,
    /// Leave the summary of a finished session, for another screen.
    CloseSessionTo(Screen),
    /// Select or deselect a zone for today's routine (the lower back opens its explanation).
    ToggleZone(Zone),
    CloseExplanation,
    UpdateSettings(Settings),
    /// The `Language` select: the language to show and speak, saved with the settings.
    ChooseLanguage(Lang),
    /// The safety screen was read and accepted: remembered, and on to Home.
    AcknowledgeSafety {
        now: EpochMs,
    },
    /// A notice to show (once, however often it is asked for).
    Notify(Line),
    DismissNotice(usize),
    /// Another tab, or an import, changed the stored history: take the union.
    MergeHistory(Vec<SessionRecord>),
    /// `Import data`: the chosen file's text, or the browser's words for why it could not be read.
    Import(Result<String, String>),
    /// The weekly plan: start, change, end, check in, start today's session.
    Plan(PlanAction),
    /// Saved routines: build, delete, undo, start (see [`RoutineAction`]).
    Routine(RoutineAction),
}
