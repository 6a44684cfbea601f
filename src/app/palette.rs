//! The palette of card kinds: one entry per channel for touchpoints, and one per other lane kind.
//! Entries are dragged onto the canvas.

use crate::app::shown;
use crate::edit::ops::CardSeed;
use crate::i18n::tr;
use crate::model::{Channel, LaneKind};
use egui::Ui;

/// One kind of card the palette offers; it is also the drag-and-drop payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaletteItem {
    /// The kind of lane the card is meant for.
    pub kind: LaneKind,
    /// The channel, for touchpoints.
    pub channel: Option<Channel>,
}

impl PaletteItem {
    /// Every entry: touchpoints by channel, then action, thought, pain point, opportunity,
    /// backstage step and note.
    pub fn all() -> Vec<PaletteItem> {
        let touchpoints = Channel::ALL.iter().map(|c| PaletteItem {
            kind: LaneKind::Touchpoints,
            channel: Some(*c),
        });
        let others = [
            LaneKind::Actions,
            LaneKind::Thoughts,
            LaneKind::PainPoints,
            LaneKind::Opportunities,
            LaneKind::Backstage,
            LaneKind::Notes,
        ]
        .into_iter()
        .map(|kind| PaletteItem {
            kind,
            channel: None,
        });
        touchpoints.chain(others).collect()
    }

    /// The entry's name in the window's language, also its accessibility label:
    /// "Touchpoint: Email", "Pain point".
    pub fn label(&self) -> String {
        let id = match (self.kind, self.channel) {
            (_, Some(channel)) => {
                let name = crate::i18n::language().channel(channel);
                return crate::i18n::tr_args("palette-touchpoint", &[("channel", name.into())]);
            }
            (LaneKind::Actions, None) => "palette-action",
            (LaneKind::Thoughts, None) => "palette-thought",
            (LaneKind::PainPoints, None) => "palette-pain-point",
            (LaneKind::Opportunities, None) => "palette-opportunity",
            (LaneKind::Backstage, None) => "palette-backstage",
            (LaneKind::Emotions, None) => "palette-emotion",
            (LaneKind::Touchpoints, None) => "palette-touchpoint-plain",
            (LaneKind::Notes, None) => "palette-note",
        };
        tr(id)
    }

    /// The entry's name in English, for the title of a new card.
    fn english(&self) -> &'static str {
        match self.kind {
            LaneKind::Actions => "Action",
            LaneKind::Thoughts => "Thought",
            LaneKind::PainPoints => "Pain point",
            LaneKind::Opportunities => "Opportunity",
            LaneKind::Backstage => "Backstage step",
            LaneKind::Emotions => "Emotion",
            LaneKind::Touchpoints => "Touchpoint",
            LaneKind::Notes => "Note",
        }
    }

    /// The entry's icon, from the emoji font egui ships.
    pub fn icon(&self) -> &'static str {
        match (self.kind, self.channel) {
            (_, Some(channel)) => channel.icon(),
            (LaneKind::Actions, None) => "🏃",
            (LaneKind::Thoughts, None) => "💭",
            (LaneKind::PainPoints, None) => "⚠",
            (LaneKind::Opportunities, None) => "💡",
            (LaneKind::Backstage, None) => "⚙",
            _ => "📝",
        }
    }

    /// What a card dropped from this entry starts with.
    pub fn seed(&self) -> CardSeed {
        let title = match (self.kind, self.channel) {
            (_, Some(channel)) => channel.label().to_owned(),
            _ => format!("New {}", self.english().to_lowercase()),
        };
        CardSeed {
            title,
            channel: self.channel,
        }
    }
}

/// Shows the palette; dragging an entry carries it as egui's drag-and-drop payload.
pub fn show(ui: &mut Ui) {
    shown::label(ui, &tr("palette-heading"));
    egui::ScrollArea::vertical()
        .id_salt("palette")
        .max_height(ui.available_height() * 0.5)
        .show(ui, |ui| {
            for item in PaletteItem::all() {
                let id = egui::Id::unique(("palette", item.label()));
                let icon = item.icon();
                let response = ui.dnd_drag_source(id, item, |ui| {
                    shown::label(ui, &format!("{icon}  {}", item.label()));
                });
                let label = item.label();
                response
                    .response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                response
                    .response
                    .on_hover_text(shown::shown(&tr("palette-tip")));
            }
        });
}
