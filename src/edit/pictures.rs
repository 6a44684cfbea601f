//! The edits for pictures: put one on a card or a persona, take it off, or make storyboard
//! cards of new pictures (in the map's Images lane, added at the top if the map has none).
//! The pictures are stored before these edits name them, so undoing an edit only changes what
//! the map names, never the files.

use super::Edit;
use crate::model::{Card, CardId, Journey, Lane, LaneKind, PersonaId, Picture, StageId};

/// What a picture is added to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureTarget {
    /// This card's picture, replacing the one it has.
    Card(CardId),
    /// This persona's photo, replacing the one it has.
    Persona(PersonaId),
    /// New cards in the Images lane of this stage.
    NewCards(StageId),
}

/// A stored picture and the title a card made for it gets (the file's name, say).
#[derive(Clone, Debug, PartialEq)]
pub struct NewPicture {
    /// The picture, stored in the map's assets folder.
    pub picture: Picture,
    /// The title of a card made for it.
    pub title: String,
}

/// The edit that adds `pictures` to `target`: the first goes on a card or persona target,
/// and every other becomes a card of its own in the Images lane of `stage` (the target card's
/// stage, or the target's own), after the cards there. Empty when there is nothing to add or
/// the target is gone.
pub fn add_pictures(journey: &Journey, target: PictureTarget, pictures: Vec<NewPicture>) -> Edit {
    let mut pictures = pictures.into_iter();
    let mut edits = Vec::new();
    let stage = match target {
        PictureTarget::Card(id) => {
            let Some(card) = journey.card(id) else {
                return Edit::Batch(Vec::new());
            };
            if let Some(first) = pictures.next() {
                edits.push(set_card_picture(card, Some(first.picture)));
            }
            card.stage
        }
        PictureTarget::Persona(id) => {
            let Some(persona) = journey.persona(id) else {
                return Edit::Batch(Vec::new());
            };
            if let Some(first) = pictures.next() {
                let mut changed = persona.clone();
                changed.photo = Some(first.picture);
                edits.push(Edit::ReplacePersona(Box::new(changed)));
            }
            journey.stages.first().map_or(StageId(0), |s| s.id)
        }
        PictureTarget::NewCards(stage) => stage,
    };
    let rest: Vec<NewPicture> = pictures.collect();
    if !rest.is_empty() && journey.stage(stage).is_some() {
        edits.extend(storyboard_cards(journey, stage, rest));
    }
    Edit::Batch(edits)
}

/// The edit that takes the picture off a card or the photo off a persona; `None` when there is
/// none to take off.
pub fn remove_picture(journey: &Journey, target: PictureTarget) -> Option<Edit> {
    match target {
        PictureTarget::Card(id) => {
            let card = journey.card(id)?;
            card.image.as_deref()?;
            Some(set_card_picture(card, None))
        }
        PictureTarget::Persona(id) => {
            let mut persona = journey.persona(id)?.clone();
            persona.photo.take()?;
            Some(Edit::ReplacePersona(Box::new(persona)))
        }
        PictureTarget::NewCards(_) => None,
    }
}

impl Edit {
    /// Adds to `names` the pictures this edit puts on cards or personas.
    pub fn picture_names<'a>(&'a self, names: &mut Vec<&'a str>) {
        match self {
            Edit::AddCard(card) | Edit::InsertCard(_, card) | Edit::ReplaceCard(card) => {
                names.extend(card.image.as_deref().map(|p| p.name.as_str()));
            }
            Edit::InsertPersona(_, persona) | Edit::ReplacePersona(persona) => {
                names.extend(persona.photo.as_ref().map(|p| p.name.as_str()));
            }
            Edit::Batch(edits) => {
                for edit in edits {
                    edit.picture_names(names);
                }
            }
            // Listed, not `_`: a new edit that carries cards or personas must be added above.
            Edit::SetTitle(_)
            | Edit::SetDescription(_)
            | Edit::SetState(_)
            | Edit::SetDirection(_)
            | Edit::SetLanguage(_)
            | Edit::RemoveCard(_)
            | Edit::MoveCard(..)
            | Edit::SetScore(..)
            | Edit::InsertStage(..)
            | Edit::RemoveStage(_)
            | Edit::ReplaceStage(_)
            | Edit::MoveStage(..)
            | Edit::InsertLane(..)
            | Edit::RemoveLane(_)
            | Edit::ReplaceLane(_)
            | Edit::MoveLane(..)
            | Edit::RemovePersona(_)
            | Edit::InsertConnection(..)
            | Edit::RemoveConnection(_)
            | Edit::ReplaceConnection(_)
            | Edit::SetBlueprintLine(..)
            | Edit::SetConflicts(_) => {}
        }
    }
}

fn set_card_picture(card: &Card, picture: Option<Picture>) -> Edit {
    let mut changed = card.clone();
    changed.image = picture.map(Box::new);
    Edit::ReplaceCard(Box::new(changed))
}

/// New cards for `pictures` at the end of `stage`'s cell in the first Images lane, which is
/// added at the top of the map when there is none.
fn storyboard_cards(journey: &Journey, stage: StageId, pictures: Vec<NewPicture>) -> Vec<Edit> {
    let mut edits = Vec::new();
    let lane = match journey.lanes.iter().find(|l| l.kind == LaneKind::Images) {
        Some(lane) => lane.id,
        None => {
            let id = journey.new_lane_id();
            let lane = Lane {
                id,
                kind: LaneKind::Images,
                name: journey.language.lane(LaneKind::Images).to_owned(),
                hidden: false,
            };
            edits.push(Edit::InsertLane(0, Box::new(lane)));
            id
        }
    };
    let after = journey
        .cards_in(stage, lane)
        .iter()
        .map(|c| c.order + 1)
        .max()
        .unwrap_or(0);
    let mut ids = journey.new_card_ids();
    for (index, new) in pictures.into_iter().enumerate() {
        let mut card = Card::new(ids.draw(), stage, lane, after + index as u32, &new.title);
        card.image = Some(Box::new(new.picture));
        edits.push(Edit::AddCard(Box::new(card)));
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn journey() -> Journey {
        let lifecycle = crate::templates::find("lifecycle").unwrap();
        crate::templates::without_pictures(lifecycle.journey().unwrap())
    }

    fn picture(n: u8) -> NewPicture {
        NewPicture {
            picture: Picture {
                name: format!("{}.png", format!("{n:02x}").repeat(32)),
                size: [300, 200],
            },
            title: format!("Screen {n}"),
        }
    }

    /// Applies `edit`, checks that undoing it gives `journey` back exactly, and returns the map
    /// with the edit applied.
    fn applied(journey: &Journey, edit: Edit) -> Journey {
        let mut after = journey.clone();
        let inverse = edit.apply(&mut after);
        let mut undone = after.clone();
        inverse.apply(&mut undone);
        assert_eq!(&undone, journey);
        after
    }

    #[test]
    fn a_picture_goes_on_the_card_and_the_rest_become_storyboard_cards_in_a_new_lane() {
        let journey = journey();
        assert!(journey.lanes.iter().all(|l| l.kind != LaneKind::Images));
        let card = journey.cards[3].clone();
        let edit = add_pictures(
            &journey,
            PictureTarget::Card(card.id),
            vec![picture(1), picture(2), picture(3)],
        );
        let after = applied(&journey, edit);
        assert_eq!(
            after.card(card.id).unwrap().image.as_deref(),
            Some(&picture(1).picture)
        );
        let lane = &after.lanes[0];
        assert_eq!(lane.kind, LaneKind::Images);
        let storyboard = after.cards_in(card.stage, lane.id);
        let titles: Vec<&str> = storyboard.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["Screen 2", "Screen 3"]);
        assert!(after.problems().is_empty());
        // More pictures for the same stage go after them, in the same lane.
        let edit = add_pictures(
            &after,
            PictureTarget::NewCards(card.stage),
            vec![picture(4)],
        );
        let again = applied(&after, edit);
        let titles: Vec<String> = again
            .cards_in(card.stage, lane.id)
            .iter()
            .map(|c| c.title.clone())
            .collect();
        assert_eq!(titles, ["Screen 2", "Screen 3", "Screen 4"]);
        assert_eq!(again.lanes.len(), after.lanes.len());
    }

    #[test]
    fn a_persona_photo_is_set_replaced_and_removed() {
        let journey = journey();
        let persona = journey.personas[0].id;
        let target = PictureTarget::Persona(persona);
        let with = applied(&journey, add_pictures(&journey, target, vec![picture(1)]));
        assert_eq!(
            with.persona(persona).unwrap().photo,
            Some(picture(1).picture)
        );
        let replaced = applied(&with, add_pictures(&with, target, vec![picture(2)]));
        assert_eq!(
            replaced.persona(persona).unwrap().photo,
            Some(picture(2).picture)
        );
        let removed = applied(&replaced, remove_picture(&replaced, target).unwrap());
        assert_eq!(removed.persona(persona).unwrap().photo, None);
        assert_eq!(remove_picture(&removed, target), None, "nothing to remove");
    }

    #[test]
    fn the_history_names_the_pictures_undo_and_redo_would_bring_back() {
        let mut journey = journey();
        let mut history = crate::edit::History::default();
        let card = journey.cards[0].id;
        let target = PictureTarget::Card(card);
        let edit = add_pictures(&journey, target, vec![picture(1)]);
        history.apply(&mut journey, edit);
        history.seal();
        let edit = add_pictures(&journey, target, vec![picture(2)]);
        history.apply(&mut journey, edit);
        history.seal();
        // Picture 1 is named only by the step that undoes the replacement.
        assert_eq!(history.picture_names(), [picture(1).picture.name.as_str()]);
        history.undo(&mut journey);
        history.undo(&mut journey);
        let mut names = history.picture_names();
        names.sort();
        let expected = [picture(1), picture(2)].map(|p| p.picture.name);
        assert_eq!(
            names,
            expected.iter().map(String::as_str).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_target_that_is_gone_gets_nothing() {
        let journey = journey();
        let gone = add_pictures(
            &journey,
            PictureTarget::Card(CardId(u64::MAX)),
            vec![picture(1)],
        );
        assert_eq!(gone, Edit::Batch(Vec::new()));
        let card = journey.cards[0].id;
        assert_eq!(remove_picture(&journey, PictureTarget::Card(card)), None);
    }
}
