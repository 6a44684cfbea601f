//! Compare mode: this map shown with the marks of a diff against another map (File ▸ Compare
//! with…), the other map's curves dashed beneath, and a side list of the changes; a click on a
//! change selects it and brings it into view. The map is only looked at: edits wait until the
//! user leaves, and leaving changes nothing.

use super::JourneyApp;
use super::actions::{Action, Actions};
use super::canvas::CanvasAction;
use super::commands::Command;
use super::selection::Selection;
use super::shown;
use crate::diff::marks::{self, Compared, Mark};
use crate::diff::{Change, Item};
use crate::i18n::{tr, tr_args};
use crate::model::Journey;
use crate::scene::compare::Comparison;
use egui::Ui;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// What compare mode keeps.
pub(super) struct Comparing {
    /// The other map's file.
    other_path: PathBuf,
    /// The other map: the "before" of the diff.
    other: Journey,
    /// The changes from the other map to this one.
    changes: Vec<Change>,
    /// This map with the other's removed things as ghosts, and the marks.
    compared: Compared,
    /// A revision of its own for the canvas, never one the document uses.
    revision: u64,
    /// The change last clicked.
    shown: Option<usize>,
    /// The changes in words, and the window language they are in: worded once, not every frame
    /// (naming a removed card looks it up in both maps).
    words: (crate::model::Language, Vec<String>),
}

/// Revisions of compared maps: far above any the document reaches, and new for each comparison
/// so that the canvas never reuses a layout of another map.
static REVISIONS: AtomicU64 = AtomicU64::new(1 << 62);

impl Comparing {
    /// The map the canvas draws and the revision it is drawn at.
    pub(super) fn shown(&self) -> (&Journey, u64) {
        (&self.compared.journey, self.revision)
    }

    /// Words the changes again if the window's language changed.
    fn refresh_words(&mut self, new: &Journey) {
        let language = crate::i18n::language();
        if self.words.0 != language || self.words.1.len() != self.changes.len() {
            let old = &self.other;
            self.words = (
                language,
                self.changes
                    .iter()
                    .map(|c| words::change(c, old, new))
                    .collect(),
            );
        }
    }
}

impl JourneyApp {
    /// Whether compare mode is on.
    pub fn is_comparing(&self) -> bool {
        self.comparing.is_some()
    }

    /// The changes listed in compare mode, in words, as the side list shows them.
    pub fn compared_changes(&self) -> Vec<String> {
        self.comparing.as_ref().map_or_else(Vec::new, |c| {
            let new = self.document.journey();
            c.changes
                .iter()
                .map(|ch| words::change(ch, &c.other, new))
                .collect()
        })
    }

    /// File ▸ Compare with…: asks for the other map.
    pub(super) fn choose_comparison(&mut self) {
        if let Some(path) = super::files::open_dialog() {
            self.compare_with(&path);
        }
    }

    /// Compares this map with the map at `path` (migrated from its format version first).
    pub(super) fn compare_with(&mut self, path: &Path) {
        let other = match crate::file::load(path) {
            Ok(other) => other,
            Err(error) => return self.error(error.to_string()),
        };
        let new = self.document.journey();
        let changes = crate::diff::diff(&other, new);
        let compared = marks::compared(&other, new, &changes);
        self.canvas.options.compare = Some(Comparison::new(Arc::new(compared.marks.clone())));
        self.in_place = None;
        self.comparing = Some(Comparing {
            other_path: path.to_owned(),
            other,
            changes,
            compared,
            revision: REVISIONS.fetch_add(1, Ordering::Relaxed),
            shown: None,
            words: (crate::i18n::language(), Vec::new()),
        });
    }

    /// Leaves compare mode: the map as it was, with the selection kept where it still exists.
    pub(super) fn leave_comparison(&mut self) {
        self.comparing = None;
        self.canvas.options.compare = None;
        // The map's own conflict marks, if it has any, come back.
        self.conflict_marks = None;
    }

    /// Selects the `index`th change's item and moves the view onto it.
    pub(super) fn show_change(&mut self, index: usize, now: f64) {
        let Some(comparing) = &mut self.comparing else {
            return;
        };
        let Some(item) = comparing.changes.get(index).map(|c| c.item) else {
            return;
        };
        comparing.shown = Some(index);
        self.select_and_show(item, now);
    }

    /// Selects `item` if this map has it and glides the view onto it (in compare mode, onto a
    /// removed thing's ghost too).
    pub(super) fn select_and_show(&mut self, item: Item, now: f64) {
        let journey = self.document.journey();
        let other = self.comparing.as_ref().map(|c| &c.other);
        let layout = self.canvas.layout();
        let card_rect =
            |id| layout.and_then(|l| l.cards.iter().find(|c| c.id == id).map(|c| c.rect));
        let (selection, target) = match item {
            Item::Card(id) => (journey.card(id).map(|_| Selection::only(id)), card_rect(id)),
            Item::Stage(id) => (
                journey.stage(id).map(|_| Selection::Stage(id)),
                layout.and_then(|l| l.stages.iter().find(|s| s.id == id).map(|s| s.header)),
            ),
            Item::Lane(id) => (
                journey.lane(id).map(|_| Selection::Lane(id)),
                layout.and_then(|l| l.lanes.iter().find(|s| s.id == id).map(|s| s.label)),
            ),
            Item::Connection(id) => {
                let there = journey.connection(id);
                let connection = there.or_else(|| other.and_then(|o| o.connection(id)));
                (
                    there.map(|_| Selection::Connection(id)),
                    connection.and_then(|c| card_rect(c.from)),
                )
            }
            Item::Map | Item::Persona(_) | Item::Line(_) => (Some(Selection::Nothing), None),
        };
        let view = target.map(|t| crate::layout::view_onto(self.canvas.view(), t));
        if let Some(selection) = selection {
            self.selection = selection;
        }
        if let Some(view) = view {
            self.canvas.animate_to(view, now);
        }
    }
}

/// The side list of compare mode: what is compared, the marks' meaning, the changes.
pub(super) fn panel(
    ui: &mut Ui,
    comparing: &mut Comparing,
    (new, theme): (&Journey, crate::scene::ThemeKind),
    out: &mut Actions,
) {
    shown::column(ui, |ui| {
        let file = comparing.other_path.file_name().map_or_else(
            || comparing.other_path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        shown::heading(ui, &tr_args("compare-heading", &[("file", file.into())]));
        let count = comparing.changes.len();
        let summary = tr_args(
            "compare-summary",
            &[("count", crate::i18n::Arg::Count(count))],
        );
        shown::label(ui, &summary);
        shown::label(ui, &tr("compare-legend"));
        let leave = Command::LeaveCompare;
        if shown::button(ui, &leave.button_text())
            .on_hover_text(shown::shown(&leave.tooltip()))
            .clicked()
        {
            out.command(leave);
        }
        ui.separator();
        list(ui, comparing, (new, theme), out);
    });
}

/// The changes, one line each (the whole change on hover): only the rows in view are drawn, so
/// a list of thousands costs what a screenful does.
fn list(
    ui: &mut Ui,
    comparing: &mut Comparing,
    (new, theme): (&Journey, crate::scene::ThemeKind),
    out: &mut Actions,
) {
    let theme = crate::scene::Theme::new(theme);
    let font = egui::TextStyle::Button.resolve(ui.style());
    let row_height = ui.fonts_mut(|f| f.row_height(&font)) + 2.0 * ui.spacing().button_padding.y;
    comparing.refresh_words(new);
    let comparing = &*comparing;
    let (words, marks) = (&comparing.words.1, &comparing.compared.marks);
    egui::ScrollArea::vertical()
        .id_salt("changes")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, words.len(), |ui, rows| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            let width = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
            shown::column(ui, |ui| {
                for index in rows {
                    let text = &words[index];
                    let row = shown::selectable_short(
                        ui,
                        comparing.shown == Some(index),
                        &fitting(ui, text, &font, width),
                        text,
                    );
                    let row = row.on_hover_text(shown::shown(text));
                    if let Some(mark) = mark_of(marks, comparing.changes[index].item) {
                        let color = crate::scene::compare::mark_color(&theme, mark);
                        let edge = if shown::mirrored() {
                            row.rect.right() + 1.0
                        } else {
                            row.rect.left() - 4.0
                        };
                        let bar = egui::Rect::from_min_max(
                            egui::pos2(edge, row.rect.top()),
                            egui::pos2(edge + 3.0, row.rect.bottom()),
                        );
                        ui.painter().rect_filled(bar, 0.0, color);
                    }
                    if row.clicked() {
                        out.push(Action::ShowChange(index));
                    }
                }
            });
        });
}

/// `text` as it fits in `width` on one line: cut in typed order with an ellipsis, so a
/// right-to-left line keeps its beginning (egui would cut the end of the drawn, visual line).
fn fitting(ui: &Ui, text: &str, font: &egui::FontId, width: f32) -> String {
    let measure = |s: &str| {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(shown::shown(s), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
    };
    if measure(text) <= width {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let cut = |n: usize| format!("{}…", chars[..n].iter().collect::<String>());
    // The most characters that fit, found by halving.
    let (mut fits, mut too_many) = (0, chars.len());
    while too_many - fits > 1 {
        let middle = (fits + too_many) / 2;
        if measure(&cut(middle)) <= width {
            fits = middle;
        } else {
            too_many = middle;
        }
    }
    cut(fits)
}

/// The mark a change's item carries on the map, if it is drawn there.
fn mark_of(marks: &marks::Marks, item: Item) -> Option<Mark> {
    match item {
        Item::Card(id) => marks.cards.get(&id).copied(),
        Item::Stage(id) => marks.stages.get(&id).copied(),
        Item::Lane(id) => marks.lanes.get(&id).copied(),
        _ => None,
    }
}

/// Whether `action` may run in compare mode: looking, selecting, saving and leaving may; edits
/// may not (the map on screen is this map and the other's ghosts).
pub(super) fn allowed(action: &Action) -> bool {
    match action {
        Action::Command(command) => matches!(
            command,
            Command::NewBlank
                | Command::Open
                | Command::Save
                | Command::SaveAs
                | Command::ShowExport
                | Command::ExportMermaid
                | Command::ExportMarkdown
                | Command::Quit
                | Command::CopyMermaid
                | Command::CopyTable
                | Command::SelectUp
                | Command::SelectDown
                | Command::SelectLeft
                | Command::SelectRight
                | Command::ClearSelection
                | Command::FitMap
                | Command::ZoomIn
                | Command::ZoomOut
                | Command::Compare
                | Command::LeaveCompare
        ),
        Action::Canvas(gesture) => matches!(
            gesture,
            CanvasAction::Click(..) | CanvasAction::ZoomTo(..) | CanvasAction::SelectCards(..)
        ),
        Action::Edit(..)
        | Action::SettleConflict(..)
        | Action::AddStage(_)
        | Action::AddLane(..)
        | Action::CommitTitle
        | Action::Paste(_)
        | Action::CopyCards { cut: true } => false,
        _ => true,
    }
}

/// The words of the side list.
mod words {
    use crate::diff::{Change, ChangeKind, Item};
    use crate::i18n::{Arg, tr, tr_args};
    use crate::model::{CardId, Journey};

    /// Texts longer than this are shortened in the list.
    const SHORT: usize = 48;

    fn short(text: &str) -> String {
        if text.chars().count() <= SHORT {
            text.to_owned()
        } else {
            let cut: String = text.chars().take(SHORT - 1).collect();
            format!("{cut}…")
        }
    }

    fn card(id: CardId, old: &Journey, new: &Journey) -> String {
        let card = new.card(id).or_else(|| old.card(id));
        card.map_or_else(|| id.written(), |c| short(&c.title))
    }

    /// What a change is about, by name.
    fn name(item: Item, old: &Journey, new: &Journey) -> String {
        match item {
            Item::Map => tr("compare-map"),
            Item::Persona(id) => {
                let persona = new.persona(id).or_else(|| old.persona(id));
                persona.map_or_else(|| id.written(), |p| short(&p.name))
            }
            Item::Stage(id) => {
                let stage = new.stage(id).or_else(|| old.stage(id));
                stage.map_or_else(|| id.written(), |s| short(&s.name))
            }
            Item::Lane(id) => {
                let lane = new.lane(id).or_else(|| old.lane(id));
                lane.map_or_else(|| id.written(), |l| short(&l.name))
            }
            Item::Card(id) => card(id, old, new),
            Item::Connection(id) => {
                let connection = new.connection(id).or_else(|| old.connection(id));
                let Some(c) = connection else {
                    return id.written();
                };
                let to =
                    c.to.map_or_else(|| tr("compare-path-out"), |t| card(t, old, new));
                let from = card(c.from, old, new);
                tr_args("compare-path", &[("from", from.into()), ("to", to.into())])
            }
            Item::Line(kind) => new.language.blueprint_line(kind).to_owned(),
        }
    }

    /// Fields whose values are the user's own text, shown old → new.
    const TEXT_FIELDS: &[&str] = &[
        "title",
        "body",
        "name",
        "goal",
        "description",
        "label",
        "role",
    ];

    /// A score with its sign, in the window's digits: +١ in Persian.
    fn signed(score: i8) -> String {
        let sign = if score < 0 { '-' } else { '+' };
        let digits = crate::i18n::digits(crate::i18n::language(), score.unsigned_abs().into());
        format!("{sign}{digits}")
    }

    /// One change in words, in the window's language.
    pub(super) fn change(change: &Change, old: &Journey, new: &Journey) -> String {
        let name = name(change.item, old, new);
        match &change.kind {
            ChangeKind::Added => tr_args("compare-added", &[("name", name.into())]),
            ChangeKind::Removed => tr_args("compare-removed", &[("name", name.into())]),
            ChangeKind::Field {
                field,
                old: was,
                new: now,
            } => {
                let field_name = tr_args("compare-field", &[("field", (*field).into())]);
                if TEXT_FIELDS.contains(field) {
                    let args = [
                        ("name", Arg::from(name)),
                        ("field", field_name.into()),
                        ("old", short(was).into()),
                        ("new", short(now).into()),
                    ];
                    tr_args("compare-changed-to", &args)
                } else {
                    let args = [("name", Arg::from(name)), ("field", field_name.into())];
                    tr_args("compare-changed", &args)
                }
            }
            ChangeKind::MovedCell { to, .. } => {
                let stage = new.stage(to.0).map_or_else(String::new, |s| short(&s.name));
                let lane = new.lane(to.1).map_or_else(String::new, |l| short(&l.name));
                let args = [
                    ("name", Arg::from(name)),
                    ("stage", stage.into()),
                    ("lane", lane.into()),
                ];
                tr_args("compare-moved", &args)
            }
            ChangeKind::Reordered => tr_args("compare-reordered", &[("name", name.into())]),
            ChangeKind::Score {
                persona,
                old: was,
                new: now,
            } => {
                let who = new.persona(*persona).or_else(|| old.persona(*persona));
                let who = who.map_or_else(|| persona.written(), |p| short(&p.name));
                let score = |s: Option<i8>| s.map_or_else(|| tr("compare-no-score"), signed);
                let args = [
                    ("name", Arg::from(name)),
                    ("persona", who.into()),
                    ("old", score(*was).into()),
                    ("new", score(*now).into()),
                ];
                tr_args("compare-score", &args)
            }
        }
    }
}
