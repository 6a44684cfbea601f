//! Edits of the service blueprint's lines.

use super::{Edit, nothing};
use crate::model::{BlueprintLine, Journey, LaneId, LineKind};

/// Puts the line `kind` under `lane`, or takes it away (`None`); the inverse puts back what
/// was there. A lane that does not exist changes nothing. Lines are kept in the order of their
/// kinds, so a file lists them the same way however they were set.
pub(super) fn set_line(journey: &mut Journey, kind: LineKind, lane: Option<LaneId>) -> Edit {
    if lane.is_some_and(|id| journey.lane(id).is_none()) {
        return nothing();
    }
    let before = journey.blueprint_line(kind);
    if before == lane {
        return nothing();
    }
    journey.blueprint_lines.retain(|l| l.kind != kind);
    if let Some(below_lane) = lane {
        let at = journey.blueprint_lines.partition_point(|l| l.kind < kind);
        journey
            .blueprint_lines
            .insert(at, BlueprintLine { kind, below_lane });
    }
    Edit::SetBlueprintLine(kind, before)
}

/// Takes away the lines under lane `id` (which is being removed); the edits that put them
/// back.
pub(super) fn remove_lines_under(journey: &mut Journey, id: LaneId) -> Vec<Edit> {
    let kinds: Vec<LineKind> = journey
        .blueprint_lines
        .iter()
        .filter(|l| l.below_lane == id)
        .map(|l| l.kind)
        .collect();
    kinds
        .into_iter()
        .map(|kind| set_line(journey, kind, None))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_follows_its_lane_and_goes_with_it_undoably() {
        let mut journey = crate::templates::find("service-blueprint")
            .unwrap()
            .journey()
            .unwrap();
        journey.blueprint_lines.clear();
        let lane = journey.lanes[1].id;
        let set = Edit::SetBlueprintLine(LineKind::Visibility, Some(lane)).apply(&mut journey);
        assert_eq!(journey.blueprint_line(LineKind::Visibility), Some(lane));
        Edit::SetBlueprintLine(LineKind::Interaction, Some(journey.lanes[0].id))
            .apply(&mut journey);
        // Kept in the order of their kinds, whatever order they were set in.
        let kinds: Vec<LineKind> = journey.blueprint_lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [LineKind::Interaction, LineKind::Visibility]);
        Edit::MoveLane(lane, 4).apply(&mut journey);
        assert_eq!(journey.blueprint_line(LineKind::Visibility), Some(lane));
        let before = journey.clone();
        let undo = Edit::RemoveLane(lane).apply(&mut journey);
        assert_eq!(journey.blueprint_line(LineKind::Visibility), None);
        assert!(journey.problems().is_empty());
        undo.apply(&mut journey);
        assert_eq!(journey, before);
        // A lane that is not there changes nothing; setting the same again neither.
        let missing = Edit::SetBlueprintLine(LineKind::Visibility, Some(LaneId(999)));
        assert!(matches!(missing.apply(&mut journey), Edit::Batch(b) if b.is_empty()));
        assert_eq!(journey, before);
        let unset = set.apply(&mut journey);
        assert_eq!(journey.blueprint_line(LineKind::Visibility), None);
        unset.apply(&mut journey);
        assert_eq!(journey, before);
    }
}
