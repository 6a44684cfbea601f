//! Cleaning text in place gives what cleaning a copy gives.

use super::super::*;

#[test]
fn cleaning_in_place_gives_what_cleaning_a_copy_gives() {
    let long = "ی".repeat(MAX_TEXT_CHARS + 3);
    let titles = [
        "مراحل آگاهی",
        "  padded ",
        "",
        " ",
        &"a".repeat(MAX_TITLE_CHARS),
        &"a".repeat(MAX_TITLE_CHARS + 1),
        &"ش".repeat(MAX_TITLE_CHARS + 1),
        &long,
    ];
    for title in titles {
        assert_eq!(
            cleaned_title(title.to_owned()),
            clean_title(title),
            "{title:?}"
        );
        assert_eq!(
            cleaned_text(title.to_owned()),
            clean_text(title),
            "{title:?}"
        );
    }
}

/// Undo puts back exactly what a delete took, even text that editing would have cleaned (a
/// hand-edited file's padded title): one card, and a run long enough to be applied at once.
#[test]
fn undoing_a_delete_gives_back_the_cards_as_they_were() {
    let mut journey = crate::templates::find("full-cycle")
        .and_then(|t| t.journey().ok())
        .expect("the full-cycle template");
    for card in &mut journey.cards {
        card.title = format!("  {} ", card.title);
    }
    let before = journey.clone();
    let one = Edit::RemoveCard(journey.cards[3].id).apply(&mut journey);
    one.apply(&mut journey);
    assert!(journey == before, "undo gave back other cards");
    let ids: Vec<_> = journey.cards.iter().map(|c| c.id).collect();
    assert!(ids.len() >= 2 * 16, "a run applied at once");
    let all = crate::edit::ops::delete_cards(&ids).apply(&mut journey);
    assert!(journey.cards.is_empty());
    all.apply(&mut journey);
    assert!(journey == before, "undo gave back other cards");
}

/// A new card's text is cleaned, one by one and in a run.
#[test]
fn an_added_card_is_cleaned() {
    let mut journey = crate::templates::find("full-cycle")
        .and_then(|t| t.journey().ok())
        .expect("the full-cycle template");
    let template = journey.cards[0].clone();
    let adds: Vec<Edit> = (0..20)
        .map(|n| {
            let mut card = template.clone();
            card.id = crate::model::CardId(1_000 + n);
            card.title = format!("  new {n} ");
            Edit::AddCard(card)
        })
        .collect();
    let mut single = adds[0].clone();
    if let Edit::AddCard(card) = &mut single {
        card.id = crate::model::CardId(999);
    }
    single.apply(&mut journey);
    Edit::Batch(adds).apply(&mut journey);
    let added: Vec<&str> = journey.cards[journey.cards.len() - 21..]
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(added[0], "new 0");
    assert_eq!(added[20], "new 19");
    assert!(added.iter().all(|t| t.trim() == *t), "{added:?}");
}
