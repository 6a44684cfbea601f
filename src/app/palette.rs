//! The palette of card kinds: one entry per channel for touchpoints, and one per other lane kind.
//! Entries are dragged onto the canvas.

use crate::edit::ops::CardSeed;
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

    /// The entry's name, also its accessibility label: "Touchpoint: Email", "Pain point".
    pub fn label(&self) -> String {
        match (self.kind, self.channel) {
            (_, Some(channel)) => format!("Touchpoint: {}", channel.label()),
            (LaneKind::Actions, None) => "Action".to_owned(),
            (LaneKind::Thoughts, None) => "Thought".to_owned(),
            (LaneKind::PainPoints, None) => "Pain point".to_owned(),
            (LaneKind::Opportunities, None) => "Opportunity".to_owned(),
            (LaneKind::Backstage, None) => "Backstage step".to_owned(),
            (kind, None) => kind.label().trim_end_matches('s').to_owned(),
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
            _ => format!("New {}", self.label().to_lowercase()),
        };
        CardSeed {
            title,
            channel: self.channel,
        }
    }
}

/// Shows the palette; dragging an entry carries it as egui's drag-and-drop payload.
pub fn show(ui: &mut Ui) {
    ui.label("Drag onto the map:");
    egui::ScrollArea::vertical()
        .id_salt("palette")
        .max_height(ui.available_height() * 0.5)
        .show(ui, |ui| {
            for item in PaletteItem::all() {
                let id = egui::Id::unique(("palette", item.label()));
                let icon = item.icon();
                let response = ui.dnd_drag_source(id, item, |ui| {
                    ui.add(egui::Label::new(format!("{icon}  {}", item.label())).selectable(false));
                });
                let label = item.label();
                response
                    .response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                response
                    .response
                    .on_hover_text("Drag onto a cell of the map");
            }
        });
}
