//! Cells pasted from a spreadsheet (tab-separated text, as every spreadsheet copies cells), as
//! one undoable edit:
//! - a block whose first row names at least the stage and title columns is read like a CSV file:
//!   rows become cards in their named stages and lanes, which are created at the end if missing;
//! - any other block is cells: each non-empty cell becomes a card titled with its text, the
//!   block's columns going to consecutive stages from the target's (new stages at the end when it
//!   runs past the last), its rows stacking in the target's lane;
//! - text that is not a table (one line, no tab) is one card in the target cell.

use super::Separator;
use super::columns::Column;
use crate::edit::Edit;
use crate::interop::build::Builder;
use crate::model::{CardId, Journey, LaneId, StageId};

/// Where pasted cells go: the cell under the pointer, else the selected card's, else the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PasteTarget {
    /// The first column's stage.
    pub stage: StageId,
    /// The lane the rows stack in.
    pub lane: LaneId,
}

/// The edit that pastes `text` into `journey` at `target`, and the new cards; `None` when the
/// text has nothing to paste (only blanks).
pub fn paste(journey: &Journey, text: &str, target: PasteTarget) -> Option<(Edit, Vec<CardId>)> {
    let text = text.trim_end_matches(['\n', '\r']);
    if text.trim().is_empty() {
        return None;
    }
    let cells = cells(text);
    let has_header = cells.first().is_some_and(|header| {
        let columns: Vec<_> = header
            .iter()
            .filter_map(|h| Column::from_header(h))
            .collect();
        columns.contains(&Column::Stage) && columns.contains(&Column::Title)
    });
    // Rows with a header when they read as such, else a block of cells. Each try starts from
    // the map's frame, none of its cards copied: the builder holds only the new ones.
    let as_rows = has_header
        .then(|| {
            let mut builder = Builder::adding_to(journey);
            let read = super::rows::read(text, Separator::Tab, &mut builder);
            read.is_ok().then_some(builder)
        })
        .flatten();
    let builder = as_rows.unwrap_or_else(|| {
        let mut builder = Builder::adding_to(journey);
        place_cells(&mut builder, &cells, target);
        builder
    });
    let ids = builder.journey.cards.iter().map(|c| c.id).collect();
    Some((difference(journey, builder.journey), ids))
}

/// The cells of tab-separated `text`, row by row; one row of one cell when it is not a table.
fn cells(text: &str) -> Vec<Vec<String>> {
    if !text.contains('\t') && !text.contains('\n') {
        return vec![vec![text.trim().to_owned()]];
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .flexible(true)
        .quoting(text.contains('"'))
        .from_reader(text.as_bytes());
    reader
        .records()
        .map_while(Result::ok)
        .map(|r| r.iter().map(|c| c.trim().to_owned()).collect())
        .collect()
}

/// Each non-empty cell as a card: column `j` in the `j`-th stage from the target's, the rows
/// stacking in the target's lane.
fn place_cells(builder: &mut Builder, cells: &[Vec<String>], target: PasteTarget) {
    let start = builder
        .journey
        .stages
        .iter()
        .position(|s| s.id == target.stage)
        .unwrap_or(0);
    let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
    let new_stage = builder.journey.language.new_stage().to_owned();
    let stages: Vec<StageId> = (0..columns)
        .map(|j| match builder.journey.stages.get(start + j) {
            Some(stage) => stage.id,
            None => builder.new_stage(&new_stage),
        })
        .collect();
    for row in cells {
        for (j, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                builder.card(stages[j], target.lane, cell);
            }
        }
    }
}

/// The edit that adds to `before` what a [`Builder`] adding to it made: the stages, lanes,
/// personas and connections of `after` past the ends of `before`'s, and every card of `after`
/// (it holds only the new ones).
fn difference(before: &Journey, after: Journey) -> Edit {
    let mut edits = Vec::new();
    for (index, stage) in after.stages.iter().enumerate().skip(before.stages.len()) {
        edits.push(Edit::InsertStage(index, Box::new(stage.clone())));
    }
    for (index, lane) in after.lanes.iter().enumerate().skip(before.lanes.len()) {
        edits.push(Edit::InsertLane(index, Box::new(lane.clone())));
    }
    for (index, persona) in after
        .personas
        .iter()
        .enumerate()
        .skip(before.personas.len())
    {
        edits.push(Edit::InsertPersona(index, Box::new(persona.clone())));
    }
    edits.extend(after.cards.into_iter().map(Edit::AddCard));
    // The rows' `Next` steps, once the cards they join are in.
    let connections = after.connections.into_iter().enumerate();
    for (index, connection) in connections.skip(before.connections.len()) {
        edits.push(Edit::InsertConnection(index, Box::new(connection)));
    }
    Edit::Batch(edits)
}
