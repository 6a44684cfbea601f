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
