//! File › Pictures…: the pictures stored beside the map in a table (name, size, pixels, the
//! maps that use them), and removing those no map in the folder uses, after asking.

use super::modal::Answer;
use super::shown;
use crate::file::pictures::inventory::{Inventory, PictureFile};
use crate::i18n::{Arg, tr, tr_args};
use egui::Ui;
use egui_extras::{Column, TableBuilder};

/// The dialog's state: what the folder holds, and whether removing is being asked.
#[derive(Clone, Debug, PartialEq)]
pub struct PicturesDialog {
    /// The folder listed.
    pub folder: std::path::PathBuf,
    /// Its pictures and who uses them.
    pub inventory: Inventory,
    /// Whether the user asked to remove the unused pictures and is being asked to confirm.
    pub confirming: bool,
}

/// How tall a row of the table is, in points.
const ROW_HEIGHT: f32 = 22.0;
/// The most the table grows before it scrolls, in points.
const TABLE_HEIGHT: f32 = 320.0;

/// Draws the dialog; returns the user's answer once there is one.
pub(super) fn show(ui: &mut Ui, dialog: &mut PicturesDialog, escape: bool) -> Option<Answer> {
    shown::heading(ui, &tr("pictures-heading"));
    let folder = dialog.folder.display().to_string();
    shown::label(
        ui,
        &tr_args("pictures-folder", &[("folder", folder.into())]),
    );
    if dialog.inventory.pictures.is_empty() {
        shown::label(ui, &tr("pictures-none"));
    } else {
        table(ui, &dialog.inventory.pictures);
    }
    if !dialog.inventory.unreadable.is_empty() {
        let maps = dialog.inventory.unreadable.join(", ");
        shown::label(
            ui,
            &tr_args("pictures-maps-unreadable", &[("maps", maps.into())]),
        );
    }
    ui.add_space(8.0);
    let unused: Vec<String> = dialog
        .inventory
        .unused()
        .iter()
        .map(|p| p.name.clone())
        .collect();
    let count = || [("n", Arg::Count(unused.len()))];
    let mut answer = None;
    if dialog.confirming {
        shown::label(ui, &tr_args("pictures-remove-confirm", &count()));
        shown::row(ui, |ui| {
            if shown::button(ui, &tr("pictures-remove")).clicked() {
                answer = Some(Answer::RemovePictures(unused.clone()));
            }
            if shown::button(ui, &tr("dialog-cancel")).clicked() || escape {
                dialog.confirming = false;
            }
        });
        return answer;
    }
    shown::row(ui, |ui| {
        let remove = tr_args("pictures-remove-unused", &count());
        let enabled = !unused.is_empty();
        if ui
            .add_enabled(enabled, egui::Button::new(shown::shown(&remove)))
            .clicked()
        {
            dialog.confirming = true;
        }
        if shown::button(ui, &tr("dialog-ok")).clicked() || escape {
            answer = Some(Answer::Dismiss);
        }
    });
    answer
}

/// The pictures, one row each.
fn table(ui: &mut Ui, pictures: &[PictureFile]) {
    TableBuilder::new(ui)
        .id_salt("pictures table")
        .striped(true)
        .max_scroll_height(TABLE_HEIGHT)
        .column(Column::auto().at_least(140.0))
        .column(Column::auto())
        .column(Column::auto())
        .column(Column::remainder().at_least(160.0))
        .header(ROW_HEIGHT, |mut header| {
            for id in [
                "pictures-name",
                "pictures-size",
                "pictures-pixels",
                "pictures-used-by",
            ] {
                header.col(|ui| {
                    ui.strong(shown::shown(&tr(id)));
                });
            }
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, pictures.len(), |mut row| {
                let picture = &pictures[row.index()];
                row.col(|ui| {
                    ui.label(short_name(&picture.name))
                        .on_hover_text(&picture.name);
                });
                row.col(|ui| {
                    let kilobytes = picture.bytes.div_ceil(1024) as usize;
                    shown::label(
                        ui,
                        &tr_args("pictures-kilobytes", &[("n", Arg::Count(kilobytes))]),
                    );
                });
                row.col(|ui| {
                    let pixels = match picture.pixels {
                        Some([width, height]) => tr_args(
                            "pictures-dimensions",
                            &[
                                ("width", Arg::Count(width as usize)),
                                ("height", Arg::Count(height as usize)),
                            ],
                        ),
                        None => tr("pictures-unreadable"),
                    };
                    shown::label(ui, &pixels);
                });
                row.col(|ui| {
                    let users = if picture.used_by.is_empty() {
                        tr("pictures-unused")
                    } else {
                        picture.used_by.join(", ")
                    };
                    shown::label(ui, &users);
                });
            });
        });
}

/// A stored name shortened for the table: the first twelve characters of the hash and the
/// ending (the whole name shows on hover).
fn short_name(name: &str) -> String {
    match name.split_once('.') {
        Some((hash, ending)) if hash.len() > 12 => format!("{}….{ending}", &hash[..12]),
        _ => name.to_owned(),
    }
}
