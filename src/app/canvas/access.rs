//! What screen readers and UI tests see of the map: labels, and widget bounds on screen.

use super::Canvas;
use crate::i18n::tr;
use crate::model::{CardId, Journey};
use egui::{Id, Rect, Ui};

/// The words the canvas gives its widgets, in one place.
pub(super) mod words {
    /// A card without a title.
    pub const UNTITLED_CARD: &str = "canvas-untitled-card";

    /// A stage header: "Stage 2: Acquisition".
    use crate::i18n::{Arg, tr_args};

    pub fn stage(number: usize, name: &str) -> String {
        tr_args(
            "canvas-stage",
            &[("number", Arg::Count(number)), ("name", name.into())],
        )
    }

    /// A lane label: "Lane: Touchpoints".
    pub fn lane(name: &str) -> String {
        tr_args("canvas-lane", &[("name", name.into())])
    }

    /// A face on a curve: "Mina at Ad for the mug".
    pub fn point(persona: &str, card: &str) -> String {
        tr_args(
            "canvas-point",
            &[("persona", persona.into()), ("card", card.into())],
        )
    }
}

/// The accessibility label of a connection: "From Ad to Checkout, another route: if the price is
/// too high".
pub fn connection_label(journey: &Journey, connection: &crate::model::Connection) -> String {
    use crate::i18n::{Arg, tr_args};
    let ends = crate::app::inspector::connection::describe(journey, connection);
    let kind = crate::app::inspector::connection::kind_words(connection.kind);
    let mut args = vec![("ends", Arg::Text(ends)), ("kind", Arg::Text(kind))];
    if connection.label.trim().is_empty() {
        tr_args("canvas-connection", &args)
    } else {
        args.push(("label", Arg::Text(connection.label.clone())));
        tr_args("canvas-connection-labelled", &args)
    }
}

/// The accessibility label of a card: its title.
pub fn card_label(title: &str) -> String {
    if title.trim().is_empty() {
        tr(words::UNTITLED_CARD).to_owned()
    } else {
        title.to_owned()
    }
}

/// The title of card `id`, found through `index`.
pub(super) fn card_title(journey: &Journey, id: CardId) -> &str {
    journey.card(id).map_or("", |c| c.title.as_str())
}

impl Canvas {
    /// Gives a widget on the map its place on screen in the accessibility tree: egui reports
    /// widget bounds in the layer's own units, which on this zoomed and panned layer are map
    /// units. Screen readers and UI tests need screen positions.
    pub(super) fn screen_bounds(&self, ui: &Ui, id: Id, rect: Rect) {
        let r = self.view.to_screen * rect;
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_bounds(egui::accesskit::Rect {
                x0: r.min.x.into(),
                y0: r.min.y.into(),
                x1: r.max.x.into(),
                y1: r.max.y.into(),
            });
        });
    }
}
