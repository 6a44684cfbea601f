//! Bidirectional text (Unicode Bidirectional Algorithm, UAX #9) on top of egui's shaping.
//!
//! egui shapes each run of one font with harfrust, so the letters of an Arabic or Persian word
//! join and come out right to left, but it places the runs of a line from left to right in the
//! order they were typed: the words of "سلام فارسی" end up in the wrong order. This module
//! wraps a paragraph in logical order, then rebuilds each line in visual order with
//! `unicode-bidi`: right-to-left runs are split into words and neutral characters, which are
//! reversed (mirroring brackets), so egui only ever shapes single words.

use crate::model::Direction;
use egui::epaint::text::FontsView;
use egui::text::{LayoutJob, TextWrapping};
use egui::{Align, Color32, FontId, Galley};
use std::ops::Range;
use std::sync::Arc;
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

/// How the direction of a paragraph is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// From its first strong letter (rules P2–P3), else the given direction.
    Auto(Direction),
    /// Always this direction, whatever the text (generated labels such as KPI lines).
    Fixed(Direction),
}

/// Shaped text and the direction of its (first) paragraph.
pub struct Shaped {
    /// The text in visual order; right-to-left paragraphs are right-aligned, so the galley's
    /// rectangle may start at a negative x.
    pub galley: Arc<Galley>,
    /// The direction of the first paragraph, which decides where the block is aligned.
    pub direction: Direction,
}

/// Whether `c` is a right-to-left letter or an explicit right-to-left control.
fn is_rtl_char(c: char) -> bool {
    // Fast reject: everything below Hebrew is left-to-right or neutral.
    (c as u32) >= 0x0590
        && matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
        )
}

/// The direction of the first strong letter of `text`, if it has one (rules P2–P3).
pub fn first_strong(text: &str) -> Option<Direction> {
    text.chars().find_map(|c| match bidi_class(c) {
        BidiClass::L => Some(Direction::LeftToRight),
        BidiClass::R | BidiClass::AL => Some(Direction::RightToLeft),
        _ => None,
    })
}

/// The direction a paragraph is laid out in under `base`.
pub fn paragraph_direction(paragraph: &str, base: Base) -> Direction {
    match base {
        Base::Fixed(direction) => direction,
        Base::Auto(fallback) => first_strong(paragraph).unwrap_or(fallback),
    }
}

/// The character drawn for `c` inside a right-to-left run (rule L4), for the common pairs.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '≤' => '≥',
        '≥' => '≤',
        _ => c,
    }
}

/// Whether `c` belongs to a right-to-left word that must be shaped as one piece: letters,
/// combining marks, and the joiners (ZWNJ, the Persian half-space, and ZWJ).
fn joins_word(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::R | BidiClass::AL | BidiClass::NSM | BidiClass::BN
    )
}

/// Appends a right-to-left run in visual order: its words reversed, each word kept in logical
/// order for egui to shape (harfrust draws it right to left), neutral characters mirrored.
fn push_rtl_run(run: &str, out: &mut String) {
    let mut pieces: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in run.char_indices() {
        if joins_word(c) {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                pieces.push(&run[s..i]);
            }
            pieces.push(&run[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        pieces.push(&run[s..]);
    }
    for piece in pieces.into_iter().rev() {
        let mut chars = piece.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => out.push(mirrored(c)),
            _ => out.push_str(piece),
        }
    }
}

/// Whether `c` is written in the Arabic script, which the shaper always lays out right to left.
fn is_arabic_script(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Appends a left-to-right run. Persian and Arabic-Indic digits in it ("NPS ۴۱", "۲٫۱٪") are
/// Arabic script: egui's shaper guesses right to left for them and would draw "۱۴". Each such
/// stretch is put in backwards, so the shaper's reversal brings it back to reading order.
fn push_ltr_run(run: &str, out: &mut String) {
    let mut chars = run.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_arabic_script(c) {
            out.push(c);
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            if !is_arabic_script(next) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        out.extend(run[start..end].chars().rev());
    }
}

/// One line (a byte range of `paragraph`) in visual order.
fn visual_line(info: &ParagraphBidiInfo<'_>, paragraph: &str, line: Range<usize>) -> String {
    let mut out = String::with_capacity(line.len());
    if line.is_empty() {
        // `visual_runs` indexes the line's first byte, which an empty line does not have.
        return out;
    }
    let (levels, runs) = info.visual_runs(line);
    for run in runs {
        let text = &paragraph[run.clone()];
        if levels[run.start].is_rtl() {
            push_rtl_run(text, &mut out);
        } else {
            push_ltr_run(text, &mut out);
        }
    }
    out
}

/// Splits `paragraph` into rows no wider than `wrap` points, as byte ranges in logical
/// order: greedy, breaking at spaces, and inside a word only when it alone is too wide.
///
/// egui's own wrapping cannot be reused: for right-to-left runs its rows hold more glyphs
/// than characters, so they cannot be mapped back onto the text.
fn wrapped_rows(
    fonts: &mut FontsView<'_>,
    paragraph: &str,
    font: &FontId,
    wrap: f32,
) -> Vec<Range<usize>> {
    if !wrap.is_finite() {
        return std::iter::once(0..paragraph.len()).collect();
    }
    let mut width = |text: &str| {
        fonts
            .layout_no_wrap(text.to_owned(), font.clone(), Color32::PLACEHOLDER)
            .size()
            .x
    };
    let mut rows = Vec::new();
    let mut row_start = 0;
    let mut row_width = 0.0;
    let mut row_has_word = false;
    for (start, token) in tokens(paragraph) {
        if token.starts_with(char::is_whitespace) {
            // Spaces may hang past the edge: they are trimmed from the row when drawn.
            row_width += width(token);
            continue;
        }
        let token_width = width(token);
        if row_has_word && row_width + token_width > wrap {
            rows.push(row_start..start);
            row_start = start;
            row_width = 0.0;
            row_has_word = false;
        }
        if token_width <= wrap || row_has_word {
            row_width += token_width;
        } else {
            // A word wider than the row is cut where it overflows, character by character.
            for (offset, c) in token.char_indices() {
                let w = width(&token[offset..offset + c.len_utf8()]);
                if row_has_word && row_width + w > wrap {
                    rows.push(row_start..start + offset);
                    row_start = start + offset;
                    row_width = 0.0;
                }
                row_width += w;
                row_has_word = true;
            }
        }
        row_has_word = true;
    }
    rows.push(row_start..paragraph.len());
    rows
}

/// The words and runs of spaces of `text`, with their byte offsets.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text;
    let mut offset = 0;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let len = rest
            .char_indices()
            .find(|&(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let token = (offset, &rest[..len]);
        rest = &rest[len..];
        offset += len;
        Some(token)
    })
}

/// The bidi analysis of one paragraph, in the direction `base` gives it.
fn paragraph_info(paragraph: &str, base: Base) -> ParagraphBidiInfo<'_> {
    let level = match paragraph_direction(paragraph, base) {
        Direction::RightToLeft => Level::rtl(),
        Direction::LeftToRight => Level::ltr(),
    };
    ParagraphBidiInfo::new(paragraph, Some(level))
}

/// `text` with each of its lines (paragraphs) in visual order, unwrapped: the string a widget
/// that draws text left to right (any of egui's) must be given so it reads right, words of
/// right-to-left runs kept in typed order for the shaper. It has the same characters as `text`
/// (brackets mirrored), so a text field can lay it out in place of its buffer. Text without
/// right-to-left letters comes back as it is.
pub fn visual_text(text: &str, base: Base) -> String {
    if !text.chars().any(is_rtl_char) {
        return text.to_owned();
    }
    let mut visual = String::with_capacity(text.len() + 8);
    for (index, paragraph) in text.split('\n').enumerate() {
        if index > 0 {
            visual.push('\n');
        }
        let info = paragraph_info(paragraph, base);
        visual.push_str(&visual_line(&info, paragraph, 0..paragraph.len()));
    }
    visual
}

/// Shapes `text` at `font`, wrapped at `wrap` points, each paragraph in its own direction.
pub fn shape(fonts: &mut FontsView<'_>, text: &str, font: FontId, wrap: f32, base: Base) -> Shaped {
    let first = text
        .split('\n')
        .find(|p| !p.trim().is_empty())
        .unwrap_or(text);
    let direction = paragraph_direction(first, base);
    let needs_bidi = text
        .split('\n')
        .any(|p| paragraph_direction(p, base) == Direction::RightToLeft)
        || text.chars().any(is_rtl_char);
    if !needs_bidi {
        // Plain left-to-right text, by far the most common: egui alone lays it out.
        let job = LayoutJob::simple(text.to_owned(), font, Color32::PLACEHOLDER, wrap);
        return Shaped {
            galley: fonts.layout_job(job),
            direction,
        };
    }

    let mut visual = String::with_capacity(text.len() + 8);
    for (index, paragraph) in text.split('\n').enumerate() {
        if index > 0 {
            visual.push('\n');
        }
        let info = paragraph_info(paragraph, base);
        for (row_index, row) in wrapped_rows(fonts, paragraph, &font, wrap)
            .into_iter()
            .enumerate()
        {
            if row_index > 0 {
                visual.push('\n');
            }
            // Trailing spaces where the line was broken would push a right-aligned row inwards.
            let line = &paragraph[row.clone()];
            let trimmed = row.start..row.start + line.trim_end().len();
            visual.push_str(&visual_line(&info, paragraph, trimmed));
        }
    }
    let mut job = LayoutJob::simple(visual, font, Color32::PLACEHOLDER, f32::INFINITY);
    job.wrap = TextWrapping::no_max_width();
    job.halign = match direction {
        Direction::RightToLeft => Align::RIGHT,
        Direction::LeftToRight => Align::LEFT,
    };
    Shaped {
        galley: fonts.layout_job(job),
        direction,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The visual order of a one-line paragraph, as the string handed to egui: words of
    /// right-to-left runs in reading order for the shaper, everything else left to right.
    fn visual(text: &str, direction: Direction) -> String {
        let level = match direction {
            Direction::RightToLeft => Level::rtl(),
            Direction::LeftToRight => Level::ltr(),
        };
        let info = ParagraphBidiInfo::new(text, Some(level));
        visual_line(&info, text, 0..text.len())
    }

    #[test]
    fn visual_text_reorders_each_line_and_keeps_every_character() {
        let base = Base::Auto(Direction::LeftToRight);
        assert_eq!(visual_text("نقاط تماس", base), "تماس نقاط");
        assert_eq!(visual_text("Touchpoints", base), "Touchpoints");
        let two = "ماگ‌های گربه: از اولین تبلیغ\nNPS (۴۱)";
        let shown = visual_text(two, base);
        assert_eq!(shown.lines().next(), Some("تبلیغ اولین از :گربه ماگ‌های"));
        assert_eq!(shown.chars().count(), two.chars().count());
    }

    #[test]
    fn persian_words_run_right_to_left() {
        // Read from the right: "سلام" first. Each word stays in typed order for the shaper.
        assert_eq!(visual("سلام فارسی", Direction::RightToLeft), "فارسی سلام");
    }

    #[test]
    fn latin_words_and_numbers_inside_rtl_keep_their_order() {
        assert_eq!(
            visual("مرحله آگاهی (Awareness)", Direction::RightToLeft),
            "(Awareness) آگاهی مرحله"
        );
        assert_eq!(
            visual("امتیاز NPS 42", Direction::RightToLeft),
            "NPS 42 امتیاز"
        );
        // Persian digits are European numbers to the algorithm: they join the Latin word
        // before them into one left-to-right phrase. Arabic-Indic digits are Arabic numbers:
        // they stand alone, read after CSAT, so they are drawn to its left. (Digit stretches
        // are stored backwards for the shaper, which reverses them again.)
        assert_eq!(visual("CSAT ۴٫۵", Direction::RightToLeft), "CSAT ۵٫۴");
        assert_eq!(visual("CSAT ٤٫٥", Direction::RightToLeft), "٥٫٤ CSAT");
    }

    #[test]
    fn an_arabic_phrase_inside_english_is_reversed_by_word() {
        assert_eq!(
            visual("The shop «سلام فارسی» today", Direction::LeftToRight),
            "The shop «فارسی سلام» today"
        );
    }

    #[test]
    fn arabic_script_digits_are_stored_backwards_for_the_shaper() {
        // egui shapes "۴۱" right to left; stored as "۱۴" it comes out as ۴۱ (forty-one).
        assert_eq!(visual("NPS ۴۱", Direction::RightToLeft), "NPS ۱۴");
        assert_eq!(
            visual("Score ٤٫٥ today", Direction::LeftToRight),
            "Score ٥٫٤ today"
        );
        assert_eq!(visual("NPS 41", Direction::RightToLeft), "NPS 41");
    }

    #[test]
    fn brackets_are_mirrored_in_rtl_runs() {
        assert_eq!(visual("سفر (مشتری)", Direction::RightToLeft), "(مشتری) سفر");
    }

    #[test]
    fn zwnj_keeps_a_persian_word_whole() {
        assert_eq!(
            visual("می‌خواهم بخرم", Direction::RightToLeft),
            "بخرم می‌خواهم"
        );
    }

    #[test]
    fn tokens_alternate_words_and_spaces() {
        let tokens: Vec<(usize, &str)> = tokens("می‌خواهم  بخرم x").collect();
        assert_eq!(
            tokens,
            vec![
                (0, "می‌خواهم"),
                (17, "  "),
                (19, "بخرم"),
                (27, " "),
                (28, "x")
            ]
        );
    }

    #[test]
    fn direction_comes_from_the_first_strong_letter() {
        let auto = Base::Auto(Direction::LeftToRight);
        assert_eq!(
            paragraph_direction("۴۲ مشتری", auto),
            Direction::RightToLeft
        );
        assert_eq!(paragraph_direction("NPS ۴۲", auto), Direction::LeftToRight);
        assert_eq!(paragraph_direction("42 %", auto), Direction::LeftToRight);
        assert_eq!(
            paragraph_direction("42 %", Base::Auto(Direction::RightToLeft)),
            Direction::RightToLeft
        );
        assert_eq!(
            paragraph_direction("CSAT", Base::Fixed(Direction::RightToLeft)),
            Direction::RightToLeft
        );
    }
}
