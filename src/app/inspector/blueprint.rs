//! The service blueprint's lines in the map inspector: for each of the three lines, the lane it
//! lies under, or none.

use super::choose;
use crate::app::actions::Actions;
use crate::app::shown;
use crate::edit::Edit;
use crate::i18n::{Arg, tr, tr_args};
use crate::model::{Journey, LaneId, LineKind};
use egui::Ui;

/// The message naming a line in the inspector.
fn line_message(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Interaction => "inspector-line-interaction",
        LineKind::Visibility => "inspector-line-visibility",
        LineKind::InternalInteraction => "inspector-line-internal",
    }
}

/// A picker per line: under which lane it is drawn, or nowhere. Each pick is one undoable edit.
pub(super) fn blueprint_lines(ui: &mut Ui, journey: &Journey, out: &mut Actions) {
    shown::label(ui, &tr("inspector-blueprint-lines"));
    let places: Vec<(Option<LaneId>, String)> = std::iter::once((None, tr("inspector-line-none")))
        .chain(journey.lanes.iter().map(|lane| {
            let below = tr_args(
                "inspector-line-below",
                &[("lane", Arg::from(lane.name.as_str()))],
            );
            (Some(lane.id), below)
        }))
        .collect();
    for kind in LineKind::ALL {
        let options = places.iter().map(|(lane, name)| (*lane, name.as_str()));
        let current = journey.blueprint_line(kind);
        if let Some(lane) = choose(
            ui,
            &tr(line_message(kind)),
            ("blueprint line", kind),
            current,
            options,
        ) {
            out.edit(Edit::SetBlueprintLine(kind, lane), None);
        }
    }
}
