//! Which character separates the columns: `,` (most locales), `;` (Excel where the comma is the
//! decimal mark: Russian, Turkish, German…) or a tab (copied cells, "Unicode text"). Told from the
//! header row, outside quotes, and checked against the rows that follow.

/// A column separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Separator {
    /// `,`
    Comma,
    /// `;`
    Semicolon,
    /// A tab.
    Tab,
}

impl Separator {
    /// Every separator, in the order a tie is reported.
    pub const ALL: [Separator; 3] = [Separator::Comma, Separator::Semicolon, Separator::Tab];

    /// The byte itself.
    pub fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
        }
    }

    /// The name `--separator` takes: `,`, `;` or `tab`.
    pub fn name(self) -> &'static str {
        match self {
            Separator::Comma => ",",
            Separator::Semicolon => ";",
            Separator::Tab => "tab",
        }
    }

    /// The separator a name stands for: `,` `comma`, `;` `semicolon`, `tab` `\t`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim_matches(' ').to_ascii_lowercase().as_str() {
            "," | "comma" => Some(Separator::Comma),
            ";" | "semicolon" => Some(Separator::Semicolon),
            "tab" | "\t" | "\\t" => Some(Separator::Tab),
            _ => None,
        }
    }
}

/// What the header row says about the separator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeparatorGuess {
    /// One separator fits.
    Sure(Separator),
    /// Several fit the header and the rows alike.
    Unsure(Vec<Separator>),
    /// The header has none of them: one column, or another separator.
    None,
}

/// How many of each separator the first row of `text` has outside quotes.
fn header_counts(text: &str) -> [usize; 3] {
    let mut counts = [0; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if quoted => {}
            ',' => counts[0] += 1,
            ';' => counts[1] += 1,
            '\t' => counts[2] += 1,
            _ => {}
        }
    }
    counts
}

/// Whether the first rows of `text` split by `separator` all have as many fields as its header.
fn rows_agree(text: &str, separator: Separator) -> bool {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator.byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lengths = reader.records().take(20).map(|r| r.map(|r| r.len()));
    let Some(Ok(header)) = lengths.next() else {
        return false;
    };
    lengths.all(|length| length.is_ok_and(|l| l == header || l == 1))
}

/// The separator of `text`: of those its header row has, the ones its first rows agree with;
/// where several agree, the one the header has most of, unless that is a tie.
pub fn guess(text: &str) -> SeparatorGuess {
    let counts = header_counts(text);
    let present: Vec<(usize, Separator)> = Separator::ALL
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| (n, s))
        .collect();
    if present.is_empty() {
        return SeparatorGuess::None;
    }
    let agreeing: Vec<(usize, Separator)> = present
        .iter()
        .copied()
        .filter(|(_, s)| rows_agree(text, *s))
        .collect();
    let mut candidates = if agreeing.is_empty() {
        present
    } else {
        agreeing
    };
    candidates.sort_by_key(|c| std::cmp::Reverse(c.0));
    // Tabs are never part of a column's name: a header with tabs is tab-separated.
    if let Some(tab) = candidates.iter().find(|(_, s)| *s == Separator::Tab) {
        return SeparatorGuess::Sure(tab.1);
    }
    match candidates.as_slice() {
        [(_, only)] => SeparatorGuess::Sure(*only),
        [(most, first), (next, _), ..] if most > next => SeparatorGuess::Sure(*first),
        _ => SeparatorGuess::Unsure(candidates.into_iter().map(|(_, s)| s).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_tells_the_separator() {
        assert_eq!(
            guess("Stage,Title\nA,B"),
            SeparatorGuess::Sure(Separator::Comma)
        );
        assert_eq!(
            guess("Этап;Заголовок;Эмоция\nА;Б;1,5"),
            SeparatorGuess::Sure(Separator::Semicolon)
        );
        assert_eq!(
            guess("stage\ttitle\nA\tB, C"),
            SeparatorGuess::Sure(Separator::Tab)
        );
        // A quoted comma is not a separator.
        assert_eq!(
            guess("\"Stage, the column\";Title\nA;B"),
            SeparatorGuess::Sure(Separator::Semicolon)
        );
    }

    #[test]
    fn rows_settle_a_header_that_has_both() {
        // "Stage;Title,Lane": the rows have three fields by `;` (with commas inside a field)…
        assert_eq!(
            guess("Stage;Title;Lane, kind\nA;B, C;D\nE;F;G\n"),
            SeparatorGuess::Sure(Separator::Semicolon)
        );
        // …but a header and rows that split either way cannot be told.
        assert_eq!(
            guess("Stage,Title;Lane\nA,B;C\n"),
            SeparatorGuess::Unsure(vec![Separator::Comma, Separator::Semicolon])
        );
        assert_eq!(guess("Stage\nA\n"), SeparatorGuess::None);
    }
}
