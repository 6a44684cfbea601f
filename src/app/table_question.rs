//! The question a table file raises when its encoding or separator cannot be told: each reading
//! with the first rows it gives, so the user picks the one whose words and columns look right.
//! Nothing is imported until then, and nothing half-decoded.

use super::modal::Answer;
use super::shown;
use crate::i18n::{Arg, tr, tr_args};
use crate::interop::table::{Reading, TableOptions};
use egui::Ui;
use std::path::PathBuf;

/// How many rows of each reading are shown.
pub const PREVIEW_ROWS: usize = 4;
/// How many columns of each reading are shown.
const PREVIEW_COLUMNS: usize = 5;
/// How many characters of a cell are shown.
const PREVIEW_CHARS: usize = 24;

/// A table file waiting for the user to say how it is written.
#[derive(Clone, Debug, PartialEq)]
pub struct TableQuestion {
    /// The file.
    pub path: PathBuf,
    /// The readings to choose from.
    pub readings: Vec<Reading>,
    /// The one chosen so far.
    pub chosen: usize,
}

/// Draws the question; the answer is the reading chosen, or `None` to cancel.
pub fn show(ui: &mut Ui, question: &mut TableQuestion, escape: bool) -> Option<Answer> {
    shown::heading(ui, &tr("table-question-heading"));
    let file = question.path.display().to_string();
    shown::label(
        ui,
        &tr_args("table-question-text", &[("file", Arg::Text(file))]),
    );
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            for (index, reading) in question.readings.iter().enumerate() {
                let name = reading_name(reading.options);
                if shown::radio(ui, question.chosen == index, &name).clicked() {
                    question.chosen = index;
                }
                preview(ui, index, &reading.rows);
                ui.add_space(4.0);
            }
        });
    ui.add_space(8.0);
    let mut answer = None;
    shown::row(ui, |ui| {
        if shown::button(ui, &tr("table-question-import")).clicked() {
            let options = question.readings.get(question.chosen).map(|r| r.options);
            answer = Some(Answer::ReadTable(options));
        }
        if shown::button(ui, &tr("dialog-cancel")).clicked() || escape {
            answer = Some(Answer::ReadTable(None));
        }
    });
    answer
}

/// "windows-1251 · columns by ;", in the window's words.
fn reading_name(options: TableOptions) -> String {
    let encoding = options.encoding.map_or("", |e| e.name());
    let separator = match options.separator.map(|s| s.name()) {
        Some("tab") => tr("table-question-tab"),
        Some(other) => other.to_owned(),
        None => String::new(),
    };
    tr_args(
        "table-question-reading",
        &[
            ("encoding", Arg::Text(encoding.to_owned())),
            ("separator", Arg::Text(separator)),
        ],
    )
}

/// The first rows of a reading, cell by cell, each cell cut short.
fn preview(ui: &mut Ui, index: usize, rows: &[Vec<String>]) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::Grid::new(("table preview", index))
            .num_columns(PREVIEW_COLUMNS)
            .show(ui, |ui| {
                for row in rows {
                    let mut cells: Vec<&String> = row.iter().take(PREVIEW_COLUMNS).collect();
                    if shown::mirrored() {
                        cells.reverse();
                    }
                    for cell in cells {
                        let short: String = cell.chars().take(PREVIEW_CHARS).collect();
                        shown::label(ui, &short);
                    }
                    ui.end_row();
                }
            });
    });
}
