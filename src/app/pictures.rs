//! Adding pictures: Picture… in the inspector (a file dialog), image files dropped on the
//! window and images pasted from the clipboard. Each is stored once in the map's assets folder
//! (the data folder's for a map not saved yet), then one undoable edit puts it on the selected
//! card or persona, or makes a storyboard card of it in the stage in the middle of the view.

use super::JourneyApp;
use super::selection::Selection;
use crate::edit::pictures::{NewPicture, PictureTarget, add_pictures, remove_picture};
use crate::file::pictures::inventory::{inventory, remove_pictures};
use crate::file::pictures::{PictureError, Stored, store, store_file};
use crate::i18n::tr;
use crate::model::Picture;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// The file name endings of the pictures journeymap reads.
pub(super) const PICTURE_EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "webp", "gif"];

/// Whether `path` names a picture file by its ending (a dropped map opens instead).
pub(super) fn is_picture_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PICTURE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Answers for the next file dialogs, given instead of asking (tests and scripted runs).
#[derive(Debug, Default)]
pub(super) struct FileAnswers(pub(super) Option<VecDeque<PathBuf>>);

impl JourneyApp {
    /// Where a picture dropped or pasted now goes: the one selected card, else the persona
    /// open in the panel, else a new card in the stage in the middle of the view.
    fn picture_target(&self) -> Option<PictureTarget> {
        if let Selection::Cards(cards) = &self.selection
            && cards.len() == 1
        {
            return cards.first().map(|id| PictureTarget::Card(*id));
        }
        if let Some(persona) = self.personas.open {
            return Some(PictureTarget::Persona(persona));
        }
        let stage = self
            .canvas
            .stage_in_middle()
            .or_else(|| self.document.journey().stages.first().map(|s| s.id))?;
        Some(PictureTarget::NewCards(stage))
    }

    /// The next answer given in advance, if answers were given; else what `dialog` asks.
    pub(super) fn ask_file(&mut self, dialog: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        match &mut self.file_answers.0 {
            Some(answers) => answers.pop_front(),
            None => dialog(),
        }
    }

    /// Asks for a picture file (or takes the next answer given), then puts it on `target`.
    pub(super) fn choose_picture(&mut self, target: PictureTarget) {
        let chosen = self.ask_file(|| {
            rfd::FileDialog::new()
                .set_title(tr("picture-choose-title"))
                .add_filter(tr("picture-files"), &PICTURE_EXTENSIONS)
                .pick_file()
        });
        if let Some(path) = chosen {
            self.add_picture_files(Some(target), vec![path]);
        }
    }

    /// Stores the pictures in `files` and adds them to `target` (where a drop goes, if
    /// `None`), as one undo step; files that cannot be added are reported.
    pub(super) fn add_picture_files(&mut self, target: Option<PictureTarget>, files: Vec<PathBuf>) {
        let Some(assets) = self.assets() else {
            self.status = Some(tr("picture-no-folder"));
            return;
        };
        let stored = files
            .iter()
            .map(|file| {
                let title = file
                    .file_stem()
                    .map(|stem| stem.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (store_file(&assets, file), title)
            })
            .collect();
        self.add_stored(target, stored);
    }

    /// Stores `image`, pasted from the clipboard, as PNG and adds it where a drop goes.
    pub(super) fn paste_picture(&mut self, image: &egui::ColorImage) {
        let Some(assets) = self.assets() else {
            self.status = Some(tr("picture-no-folder"));
            return;
        };
        let [width, height] = image.size.map(|side| side as u32);
        let rgba: Vec<u8> = image
            .pixels
            .iter()
            .flat_map(|pixel| pixel.to_srgba_unmultiplied())
            .collect();
        let stored = crate::file::pictures::png_bytes(width, height, rgba)
            .and_then(|bytes| store(&assets, &bytes));
        let title = self
            .document
            .journey()
            .language
            .new_card(crate::model::LaneKind::Images)
            .to_owned();
        self.add_stored(None, vec![(stored, title)]);
    }

    /// Takes the picture off a card or the photo off a persona, as one undo step. The file
    /// stays in the assets folder (undo puts the picture back; File › Pictures… tidies up).
    pub(super) fn remove_picture(&mut self, target: PictureTarget) {
        if let Some(edit) = remove_picture(self.document.journey(), target) {
            self.document.apply(edit);
        }
    }

    /// Stores the built-in pictures a map made from a template names in the data folder (the
    /// map is not saved yet), so it shows them.
    pub(super) fn store_template_pictures(&mut self) {
        if self.document.path().is_some() {
            return;
        }
        let Some(folder) = &self.unsaved_assets else {
            return;
        };
        if let Err(error) = crate::templates::write_pictures(self.document.journey(), folder) {
            self.status = Some(error.to_string());
        }
    }

    /// Opens File › Pictures… on the map's assets folder.
    pub(super) fn show_pictures(&mut self) {
        let Some(folder) = self.assets() else {
            self.status = Some(tr("picture-no-folder"));
            return;
        };
        let name = self.document.display_name();
        let journey = self.document.journey();
        let mut in_use: Vec<&str> = journey.pictures().map(|p| p.name.as_str()).collect();
        in_use.extend(self.document.history_pictures());
        // Recovery copies of unsaved work may name pictures too.
        let recovery = self.autosave.store().map(|store| store.dir());
        let also: Vec<&Path> = recovery.into_iter().collect();
        let inventory = inventory(&folder, Some((&name, in_use)), &also);
        self.modals.push(super::modal::Modal::Pictures(
            super::pictures_dialog::PicturesDialog {
                folder,
                inventory,
                confirming: false,
            },
        ));
    }

    /// Removes the stored pictures `names` from `folder` (the user confirmed: no map uses them).
    pub(super) fn remove_stored_pictures(&mut self, folder: &Path, names: &[String]) {
        match remove_pictures(folder, names) {
            Ok(removed) => {
                let count = [("n", crate::i18n::Arg::Count(removed))];
                self.status = Some(crate::i18n::tr_args("pictures-removed", &count));
            }
            Err(error) => self.error(error.to_string()),
        }
    }

    fn add_stored(
        &mut self,
        target: Option<PictureTarget>,
        stored: Vec<(Result<Stored, PictureError>, String)>,
    ) {
        let mut pictures = Vec::new();
        let mut problems = Vec::new();
        for (result, title) in stored {
            match result {
                Ok(Stored { name, size }) => pictures.push(NewPicture {
                    picture: Picture { name, size },
                    title,
                }),
                Err(error) => problems.push(error.message().to_string()),
            }
        }
        if !problems.is_empty() {
            self.error(problems.join("\n"));
        }
        let Some(target) = target.or_else(|| self.picture_target()) else {
            return;
        };
        if pictures.is_empty() {
            return;
        }
        let edit = add_pictures(self.document.journey(), target, pictures);
        self.document.apply(edit);
    }
}
