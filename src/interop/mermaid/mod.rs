//! Mermaid `journey` diagrams: import and export.
//!
//! ```text
//! journey
//!     title My working day
//!     section Go to work
//!       Make tea: 5: Me
//!       Do work: 1: Me, Cat
//! ```
//!
//! Sections become stages, tasks become touchpoint cards in journey order, actors become
//! personas, and a task's score 1..5 becomes the emotion -2..+2 of each actor named. A task
//! without actors scores for a persona named [`NO_ACTOR`].
//!
//! The text rules follow Mermaid's own grammar (`journey.jison` and `journeyDb`): keywords in any
//! case; `#` starts a comment anywhere, `%%` at the start of a line; a section is a step in a
//! sequence, so a name that comes again is a new section; `#35;`-style entities stand for the
//! characters the grammar reserves, and `<br>` is a line break.

mod export;
mod import;

pub use export::export;
pub use import::import;

/// The persona that holds the scores of tasks that name no actor.
pub const NO_ACTOR: &str = "Customer";

/// Names of entities Mermaid's renderer knows, beside numeric ones (`#35;`).
const NAMED_ENTITIES: [(&str, char); 7] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("num", '#'),
];

/// The length of the entity (`#35;`, `#quot;`) at the start of `text`, if one is there. Mermaid
/// takes `#` followed by word characters and `;` as an entity before it reads comments.
fn entity_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix('#')?;
    let end = body.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    (end > 0 && body[end..].starts_with(';')).then_some(end + 2)
}

/// `text` up to its first `#` comment (entities are not comments) or any of `stops`, and what
/// stopped it.
fn until_comment<'a>(text: &'a str, stops: &[char]) -> (&'a str, Option<char>) {
    let mut index = 0;
    while let Some(offset) = text[index..].find(|c: char| c == '#' || stops.contains(&c)) {
        let at = index + offset;
        let found = text[at..].chars().next().unwrap_or('#');
        if found == '#'
            && let Some(len) = entity_len(&text[at..])
        {
            index = at + len;
            continue;
        }
        return (&text[..at], Some(found));
    }
    (text, None)
}

/// Text as Mermaid shows it: entities decoded, `<br>` (and `<br/>`, `<br />`) as line breaks.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['#', '<']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(len) = entity_len(rest)
            && let Some(c) = entity_char(&rest[1..len - 1])
        {
            out.push(c);
            rest = &rest[len..];
        } else if let Some(len) = line_break_len(rest) {
            out.push('\n');
            rest = &rest[len..];
        } else {
            out.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

fn entity_char(name: &str) -> Option<char> {
    if name.bytes().all(|b| b.is_ascii_digit()) {
        return name.parse().ok().and_then(char::from_u32);
    }
    NAMED_ENTITIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
}

/// The length of a `<br>` tag at the start of `text`, as Mermaid's `/<br\s*\/?>/i` finds them.
fn line_break_len(text: &str) -> Option<usize> {
    let head = text.get(..3)?;
    if !head.eq_ignore_ascii_case("<br") {
        return None;
    }
    let after = text[3..].trim_start();
    let after = after.strip_prefix('/').unwrap_or(after);
    after.starts_with('>').then(|| text.len() - after.len() + 1)
}

/// Text as one Mermaid name: the characters the grammar reserves as entities (`#`, `;`, and the
/// separators in `reserved`), line breaks as `<br>`, runs of spaces as one.
fn encode(text: &str, reserved: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            out.push_str("<br>");
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let line = words.join(" ");
        for (at, c) in line.char_indices() {
            // A `<` that would read back as a line break is written as an entity too.
            let tag = c == '<' && line_break_len(&line[at..]).is_some();
            if c == '#' || c == ';' || tag || reserved.contains(&c) {
                out.push_str(&format!("#{};", u32::from(c)));
            } else {
                out.push(c);
            }
        }
    }
    let trimmed = out.trim_matches(|c: char| c == ' ' || c == '\n');
    if trimmed.is_empty() {
        // Mermaid needs at least one character where a name goes; an encoded space reads back
        // as an empty name.
        "#32;".to_owned()
    } else {
        trimmed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_line_breaks_decode_as_mermaid_shows_them() {
        assert_eq!(decode("a #35; b#59;c"), "a # b;c");
        assert_eq!(
            decode("#quot;hi#quot; #amp; #unknown; #"),
            "\"hi\" & #unknown; #"
        );
        assert_eq!(
            decode("Line1<br>Line2<br/>Line3<BR />Line4<br\t/>5"),
            "Line1\nLine2\nLine3\nLine4\n5"
        );
        assert_eq!(decode("a < b <b>"), "a < b <b>");
    }

    #[test]
    fn encoding_reads_back_to_the_same_text() {
        for text in [
            "Pay: by card #1; fast",
            "two\nlines",
            "",
            "  ",
            "A, B",
            "#35;",
            "a <br> b",
        ] {
            let encoded = encode(text, &[':', ',']);
            assert!(!encoded.contains([':', ',', '\n']), "{encoded}");
            let (kept, stop) = until_comment(&encoded, &[':', ';']);
            assert_eq!((kept, stop), (encoded.as_str(), None));
            let expected = text.lines().map(str::trim).collect::<Vec<_>>().join("\n");
            assert_eq!(decode(&encoded).trim(), expected.trim(), "{text:?}");
        }
    }

    #[test]
    fn comments_start_at_a_hash_that_is_no_entity() {
        assert_eq!(
            until_comment("Tea #35;1 # good", &[]),
            ("Tea #35;1 ", Some('#'))
        );
        assert_eq!(until_comment("Tea: 5", &[':']), ("Tea", Some(':')));
        assert_eq!(until_comment("Tea", &[':']), ("Tea", None));
    }
}
