//! Everything the app shows, in one value.

use super::route::Screen;
use crate::i18n::Line;
use crate::record::{EpochMs, SessionRecord};
use crate::routine::Routine;
use crate::session::Session;
use crate::settings::Settings;
use crate::store::Backup;
use crate::weekly::WeeklyPlan;
use crate::zone::Zone;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    pub settings: Settings,
    pub safety_acknowledged_at: Option<EpochMs>,
    /// Finished sessions, oldest first.
    pub history: Vec<SessionRecord>,
    /// The session in progress, or the one just finished (until closed).
    pub session: Option<Session>,
    /// Plain-words messages for the person (storage trouble, import reports), kept as
    /// message keys and arguments: shown in the language of the screen when shown.
    pub notices: Vec<Line>,
    /// The zone whose explanation is open (the lower back's "why not").
    pub explaining: Option<Zone>,
    /// The browser's Back paused the session: the player asks "resume or end?".
    pub held_by_back: bool,
    /// What the last `Import data` did, as a message to show in the language of the
    /// screen (cleared when the screen changes).
    pub import_report: Option<Line>,
    /// Kept copies of unreadable data that came in an imported file; the persistence
    /// effect writes those not yet stored ([`super::persist`]).
    pub imported_backups: Vec<Backup>,
    /// Saved routines, by name (the article's routine is not stored: it is always there).
    pub routines: Vec<Routine>,
    /// The routine just deleted, while its undo is offered.
    pub routine_undo: Option<Routine>,
    /// The weekly plan, if one runs (one at a time).
    pub plan: Option<WeeklyPlan>,
    /// The plan just ended, while its undo is offered.
    pub plan_undo: Option<WeeklyPlan>,
    /// The session as it was just before `End session`, while `Undo` can bring it back.
    pub ended: Option<Session>,
}
