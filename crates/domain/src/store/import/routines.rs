//! `Import data`, the routines in the file (format 3): each readable one is kept, by id,
//! for the app to merge; an unreadable one or a second one with the same id is listed
//! with its reason.

use serde_json::Value;

use crate::i18n::{msg, Arg, Line};

use super::optional_list;
use super::outcome::{ImportError, ImportReport, Rejected};
use crate::store::routines::decode_routine_value;

/// Reads the file's `routines` list into `report`; a list that is not a list refuses the
/// whole file.
pub(super) fn read_routines(
    value: Option<Value>,
    report: &mut ImportReport,
) -> Result<(), ImportError> {
    let items = optional_list(value, msg("its routines are not a list"))?;
    for (i, item) in items.into_iter().enumerate() {
        let name = Line::tf("routine {n}", vec![("n", Arg::Number(i as u64 + 1))]);
        match decode_routine_value(item) {
            Ok(r) if report.routines.iter().any(|k| k.id == r.id) => {
                report.rejected.push(Rejected {
                    item: name,
                    reason: Line::t("another routine in this file has the same id"),
                })
            }
            Ok(r) => report.routines.push(r),
            Err(reason) => report.rejected.push(Rejected { item: name, reason }),
        }
    }
    crate::order::sort_by(&mut report.routines, |a, b| a.id.cmp(&b.id));
    Ok(())
}
