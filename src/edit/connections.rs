//! Applying the edits of connections, and taking a card's connections away with it. Each
//! function returns the inverse.

use super::{Edit, clean_title, nothing};
use crate::model::{CardId, Connection, ConnectionId, ConnectionKind, Journey};
use std::collections::HashSet;

/// Whether `connection` may be in `journey` (leaving out the connection `except`, which it
/// replaces): its cards exist, it does not go from a card to itself, only an exit leaves the map,
/// a share is a percentage, and no other connection of its kind joins the same cards.
fn fits(journey: &Journey, connection: &Connection, except: Option<ConnectionId>) -> bool {
    // Through the card index: pasting rows with many steps into a long map checks each end.
    let exists = |id: CardId| journey.card_if_listed(id).is_some();
    let ends = exists(connection.from) && connection.to.is_none_or(exists);
    let target = connection.to.is_some() || connection.kind == ConnectionKind::Exit;
    let duplicate = journey.connections.iter().any(|c| {
        Some(c.id) != except
            && c.kind == connection.kind
            && c.from == connection.from
            && c.to == connection.to
    });
    ends && target
        && connection.to != Some(connection.from)
        && connection.share.is_none_or(|s| s <= 100)
        && !duplicate
}

fn clean(mut connection: Connection) -> Connection {
    connection.label = clean_title(&connection.label);
    connection
}

pub(super) fn insert(journey: &mut Journey, index: usize, connection: Connection) -> Edit {
    if journey.connection(connection.id).is_some() || !fits(journey, &connection, None) {
        return nothing();
    }
    let id = connection.id;
    let index = index.min(journey.connections.len());
    journey.connections.insert(index, clean(connection));
    Edit::RemoveConnection(id)
}

pub(super) fn remove(journey: &mut Journey, id: ConnectionId) -> Edit {
    match journey.connections.iter().position(|c| c.id == id) {
        Some(index) => Edit::InsertConnection(index, Box::new(journey.connections.remove(index))),
        None => nothing(),
    }
}

pub(super) fn replace(journey: &mut Journey, connection: Connection) -> Edit {
    if !fits(journey, &connection, Some(connection.id)) {
        return nothing();
    }
    let connection = clean(connection);
    match journey
        .connections
        .iter_mut()
        .find(|c| c.id == connection.id)
    {
        Some(slot) if *slot != connection => {
            Edit::ReplaceConnection(Box::new(std::mem::replace(slot, connection)))
        }
        _ => nothing(),
    }
}

/// Removes the connections that touch any of `cards`, returning the edits that put them back
/// where they were (to be applied after the cards are back).
pub(super) fn remove_touching(journey: &mut Journey, cards: &HashSet<CardId>) -> Vec<Edit> {
    if journey.connections.is_empty() {
        return Vec::new();
    }
    let mut restore = Vec::new();
    let mut kept = Vec::with_capacity(journey.connections.len());
    for (index, connection) in std::mem::take(&mut journey.connections)
        .into_iter()
        .enumerate()
    {
        let touches =
            cards.contains(&connection.from) || connection.to.is_some_and(|to| cards.contains(&to));
        if touches {
            restore.push(Edit::InsertConnection(index, Box::new(connection)));
        } else {
            kept.push(connection);
        }
    }
    journey.connections = kept;
    restore
}
