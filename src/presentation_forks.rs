//! The forks of a stage in the spotlight: the places where the customer takes one route or
//! another, stepped through one at a time in a workshop, and the exits where customers leave.
//! Pure rules over the document; the app draws and reads what they pick.

use crate::model::{CardId, Connection, ConnectionKind, Journey, StageId};

/// The forks of `stage`, in reading order (by lane, then by the card's place in its cell): its
/// decision points, and any card with more than one path leaving it.
pub fn forks(journey: &Journey, stage: StageId) -> Vec<CardId> {
    let lane_rank = |lane| journey.lanes.iter().position(|l| l.id == lane);
    let mut cards: Vec<_> = journey
        .cards
        .iter()
        .filter(|c| c.stage == stage)
        .filter(|c| c.decision || branches(journey, c.id).len() > 1)
        .collect();
    cards.sort_by_key(|c| (lane_rank(c.lane), c.order, c.id));
    cards.into_iter().map(|c| c.id).collect()
}

/// The paths leaving `card`: its branches when it is a fork.
pub fn branches(journey: &Journey, card: CardId) -> Vec<&Connection> {
    journey
        .connections
        .iter()
        .filter(|c| c.from == card)
        .collect()
}

/// The exits leaving from the cards of `stage`, in the file's order.
pub fn exits(journey: &Journey, stage: StageId) -> Vec<&Connection> {
    journey
        .connections
        .iter()
        .filter(|c| c.kind == ConnectionKind::Exit)
        .filter(|c| journey.card(c.from).is_some_and(|card| card.stage == stage))
        .collect()
}

/// The fork highlighted after the key is pressed again: each of `count` forks in turn, then
/// none (all paths of the stage at full strength again).
pub fn next_fork(current: Option<usize>, count: usize) -> Option<usize> {
    match current {
        None if count > 0 => Some(0),
        Some(index) if index + 1 < count => Some(index + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forks_template_s_decision_stage_has_one_fork_with_an_exit_and_a_route_on() {
        let journey = crate::templates::find("forks").unwrap().journey().unwrap();
        let decision = journey.stages[3].id;
        let forks = forks(&journey, decision);
        assert_eq!(forks.len(), 1);
        let fork = journey.card(forks[0]).unwrap();
        assert!(fork.decision);
        let kinds: Vec<ConnectionKind> =
            branches(&journey, fork.id).iter().map(|c| c.kind).collect();
        assert!(kinds.contains(&ConnectionKind::Exit) && kinds.contains(&ConnectionKind::Next));
        let exits = exits(&journey, decision);
        assert_eq!(exits.len(), 1);
        assert_eq!(exits[0].share, Some(30));
        // The demo stage forks where the customer looks at a competitor.
        let demo = forks_of(&journey, 2);
        assert!(!demo.is_empty());
        assert_eq!(next_fork(None, 2), Some(0));
        assert_eq!(next_fork(Some(0), 2), Some(1));
        assert_eq!(next_fork(Some(1), 2), None);
        assert_eq!(next_fork(None, 0), None);
    }

    fn forks_of(journey: &Journey, stage: usize) -> Vec<CardId> {
        forks(journey, journey.stages[stage].id)
    }
}
