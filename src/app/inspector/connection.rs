//! The inspector of a connection: where it goes, its kind, label and share, and deleting it.

use super::{Field, key, text_of};
use crate::app::actions::Actions;
use crate::app::{Command, fields, shown};
use crate::edit::Edit;
use crate::i18n::{Arg, tr, tr_args};
use crate::model::{Connection, ConnectionKind, Journey};
use egui::Ui;

/// The words for each kind of connection.
pub fn kind_words(kind: ConnectionKind) -> String {
    tr(match kind {
        ConnectionKind::Next => "connection-next",
        ConnectionKind::Alternative => "connection-alternative",
        ConnectionKind::Exit => "connection-exit",
        ConnectionKind::Triggers => "connection-triggers",
    })
}

/// What the connection joins, in words ("From Ad to Product page").
pub fn describe(journey: &Journey, connection: &Connection) -> String {
    let title = |id| journey.card(id).map_or(String::new(), |c| c.title.clone());
    let from = Arg::Text(title(connection.from));
    match connection.to {
        Some(to) => tr_args(
            "inspector-connection-ends",
            &[("from", from), ("to", Arg::Text(title(to)))],
        ),
        None => tr_args("inspector-connection-leaves", &[("from", from)]),
    }
}

/// Shows the connection and records what the user changes.
pub(super) fn show(ui: &mut Ui, journey: &Journey, connection: &Connection, out: &mut Actions) {
    let replace = |changed: Connection| Edit::ReplaceConnection(Box::new(changed));
    shown::heading(ui, &tr("inspector-connection"));
    shown::label(ui, &describe(journey, connection));
    // An exit may leave the map; every other kind needs the card it goes to.
    let kinds = ConnectionKind::ALL
        .into_iter()
        .filter(|k| connection.to.is_some() || *k == ConnectionKind::Exit);
    shown::row(ui, |ui| {
        for kind in kinds {
            if shown::radio(ui, connection.kind == kind, &kind_words(kind)).clicked()
                && connection.kind != kind
            {
                let mut changed = connection.clone();
                changed.kind = kind;
                out.edit(replace(changed), None);
            }
        }
    });
    let id = connection.id.0;
    let label = Field::line(tr("inspector-connection-label"));
    let set_label = |c: &mut Connection, text: String| c.label = text;
    if let Some(changed) = text_of(ui, label, id, connection, &connection.label, set_label) {
        out.edit(replace(changed), key(format!("connection label {id}")));
    }
    if connection.kind == ConnectionKind::Exit {
        let current = connection.share.map(|s| s.to_string()).unwrap_or_default();
        let label = tr("inspector-connection-share");
        if let Some(text) = fields::text(ui, &label, id, &current, false) {
            let share = crate::model::parse_number(&text)
                .filter(|v| (0.0..=100.0).contains(v))
                .map(|v| v.round() as u8);
            if share.is_some() || text.trim().is_empty() {
                let mut changed = connection.clone();
                changed.share = share;
                out.edit(replace(changed), key(format!("connection share {id}")));
            }
        }
    }
    if shown::button(ui, &Command::Delete.button_text()).clicked() {
        out.command(Command::Delete);
    }
}
