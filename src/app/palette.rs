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
            LaneKind::Images,
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
            (LaneKind::Images, None) => "palette-image",
        };
        tr(id)
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
            (LaneKind::Images, None) => "🖼",
            _ => "📝",
        }
    }

    /// What a card dropped from this entry starts with, in the map's `language`: the text
    /// goes on the map, so it speaks the map's language, not the window's.
    pub fn seed(&self, language: crate::model::Language) -> CardSeed {
        let title = match self.channel {
            Some(channel) => language.channel(channel).to_owned(),
            None => language.new_card(self.kind).to_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn new_cards_speak_the_map_s_language_whatever_the_window_s() {
        crate::i18n::set_language(Language::Russian);
        let email = PaletteItem {
            kind: LaneKind::Touchpoints,
            channel: Some(Channel::Email),
        };
        let thought = PaletteItem {
            kind: LaneKind::Thoughts,
            channel: None,
        };
        assert_eq!(email.seed(Language::Persian).title, "ایمیل");
        assert_eq!(thought.seed(Language::Persian).title, "فکر تازه");
        assert_eq!(thought.seed(Language::English).title, "New thought");
        assert_eq!(
            thought.label(),
            "Мысль",
            "the palette itself speaks the window's"
        );
        crate::i18n::set_language(Language::English);
    }
}
