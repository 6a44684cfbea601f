//! Paths between cards: the usual next step, forks to other routes, exits where the customer
//! leaves (to a competitor, or nowhere in the map), and customer steps that set backstage work
//! going. The journey is not a straight line.

use super::{CardId, ConnectionId};
use serde::{Deserialize, Serialize};

/// What a connection means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ConnectionKind {
    /// The usual path from one step to the next.
    Next,
    /// A fork: another route ("if the price is too high").
    Alternative,
    /// The customer leaves here: out of the map, or to a card that stands for the competitor.
    Exit,
    /// A customer-facing step sets a backstage or support process going.
    Triggers,
}

impl ConnectionKind {
    /// Every kind, in the order menus list them.
    pub const ALL: [ConnectionKind; 4] = [
        ConnectionKind::Next,
        ConnectionKind::Alternative,
        ConnectionKind::Exit,
        ConnectionKind::Triggers,
    ];

    /// The kind's name in files and on the command line: `next`, `alternative`, `exit`,
    /// `triggers`.
    pub fn name(self) -> &'static str {
        match self {
            ConnectionKind::Next => "next",
            ConnectionKind::Alternative => "alternative",
            ConnectionKind::Exit => "exit",
            ConnectionKind::Triggers => "triggers",
        }
    }
}

/// A path from one card to another, or out of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Connection {
    /// Stable id.
    pub id: ConnectionId,
    /// What the path means.
    pub kind: ConnectionKind,
    /// The card the path leaves.
    pub from: CardId,
    /// The card it goes to; none for an exit out of the map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<CardId>,
    /// A short label ("if the price is too high").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// For an exit: the share of customers who take it, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<u8>,
}
