//! The text of a table file, whatever a spreadsheet wrote: UTF-8 with or without a byte-order
//! mark, UTF-16 with a mark (Excel's "Unicode text"), or the single-byte Windows code page of a
//! map language (1251 Cyrillic, 1254 Turkish, 1256 Arabic), which Excel's plain "CSV" is in a
//! Russian, Turkish or Arabic locale. A file is decoded whole or not at all: never half.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1251, WINDOWS_1254, WINDOWS_1256};

/// An encoding a table file may be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16, little-endian (what Excel's "Unicode text" writes), with its mark.
    Utf16Le,
    /// UTF-16, big-endian, with its mark.
    Utf16Be,
    /// Windows code page 1251: Russian and the other Cyrillic languages.
    Windows1251,
    /// Windows code page 1254: Turkish.
    Windows1254,
    /// Windows code page 1256: Arabic and Persian.
    Windows1256,
}

impl TextEncoding {
    /// The single-byte code pages, which a file cannot name: they are told apart by their text.
    pub const CODE_PAGES: [TextEncoding; 3] = [
        TextEncoding::Windows1251,
        TextEncoding::Windows1254,
        TextEncoding::Windows1256,
    ];

    /// The name `--encoding` takes and messages use.
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1251 => "windows-1251",
            TextEncoding::Windows1254 => "windows-1254",
            TextEncoding::Windows1256 => "windows-1256",
        }
    }

    /// The encoding a name stands for: `utf-8`, `utf-16` (either order, by its mark),
    /// `windows-1251`, `cp1251` or `1251`, and so on; any case.
    pub fn from_name(name: &str) -> Option<Self> {
        let key: String = name
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let number = key.trim_start_matches("windows").trim_start_matches("cp");
        Some(match (key.as_str(), number) {
            ("utf8", _) => TextEncoding::Utf8,
            ("utf16" | "utf16le" | "unicode", _) => TextEncoding::Utf16Le,
            ("utf16be", _) => TextEncoding::Utf16Be,
            (_, "1251") => TextEncoding::Windows1251,
            (_, "1254") => TextEncoding::Windows1254,
            (_, "1256") => TextEncoding::Windows1256,
            _ => return None,
        })
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            TextEncoding::Utf8 => UTF_8,
            TextEncoding::Utf16Le => UTF_16LE,
            TextEncoding::Utf16Be => UTF_16BE,
            TextEncoding::Windows1251 => WINDOWS_1251,
            TextEncoding::Windows1254 => WINDOWS_1254,
            TextEncoding::Windows1256 => WINDOWS_1256,
        }
    }

    /// `bytes` as text in this encoding, without its byte-order mark; `None` if a byte does not
    /// fit the encoding. A mark of another encoding wins over this one, as in every decoder.
    pub fn decode(self, bytes: &[u8]) -> Option<String> {
        let (encoding, start) = match Encoding::for_bom(bytes) {
            Some((marked, length)) => (marked, length),
            None => (self.encoding(), 0),
        };
        encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[start..])
            .map(std::borrow::Cow::into_owned)
    }
}

/// What the bytes of a file say about their encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Guess {
    /// A byte-order mark, valid UTF-8, or one code page that alone reads as words.
    Sure(TextEncoding),
    /// Several code pages could be meant, the likeliest first.
    Unsure(Vec<TextEncoding>),
}

/// The encoding of `bytes`: its byte-order mark, else UTF-8 if it is valid UTF-8, else the code
/// page whose text reads as words of one script each (see [`plausibility`]).
pub fn guess(bytes: &[u8]) -> Guess {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return Guess::Sure(if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            TextEncoding::Utf16Be
        } else {
            TextEncoding::Utf8
        });
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Guess::Sure(TextEncoding::Utf8);
    }
    let mut scored: Vec<(f32, TextEncoding)> = TextEncoding::CODE_PAGES
        .iter()
        .filter_map(|&page| Some((plausibility(&page.decode(bytes)?, page), page)))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    match scored.as_slice() {
        [(best, page), rest @ ..] if *best >= 0.9 && rest.iter().all(|(s, _)| *s < best - 0.3) => {
            Guess::Sure(*page)
        }
        _ => Guess::Unsure(scored.into_iter().map(|(_, page)| page).collect()),
    }
}

/// The share of the words with letters beyond ASCII that read as words when `text` was decoded
/// from `page`: each in one script (mojibake mixes Cyrillic into Latin, Latin into Arabic), cased
/// as words are (a Cyrillic reading of Arabic bytes puts capitals inside words), and, for the
/// Turkish page, with no Latin letters beyond Turkish's own (a Turkish reading of Cyrillic bytes
/// gives à, ð, ò…). 0 when no word has such letters.
pub fn plausibility(text: &str, page: TextEncoding) -> f32 {
    let mut words = 0;
    let mut good = 0;
    // Words as a reader sees them: between spaces and punctuation. What else a word holds must
    // be letters (and the Persian half-space), so the stray marks a wrong page gives (a
    // direction mark for a Turkish "ş" read as Arabic) count against it.
    let breaks = |c: char| c.is_whitespace() || (c.is_ascii_punctuation()) || c.is_ascii_digit();
    for word in text.split(breaks) {
        if word.is_ascii() {
            continue;
        }
        words += 1;
        if reads_as_a_word(word, page) {
            good += 1;
        }
    }
    if words == 0 {
        0.0
    } else {
        good as f32 / words as f32
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other,
}

fn script(c: char) -> Script {
    match c as u32 {
        0..=0x024F => Script::Latin,
        0x0400..=0x04FF => Script::Cyrillic,
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        _ => Script::Other,
    }
}

/// Turkish's letters beyond ASCII: all a Turkish text in code page 1254 has.
const TURKISH: &str = "çğıöşüÇĞİÖŞÜâîûÂÎÛ";

fn reads_as_a_word(word: &str, page: TextEncoding) -> bool {
    let word: String = word.chars().filter(|c| *c != '\u{200C}').collect();
    if !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let first_script = script(first);
    if first_script == Script::Other || word.chars().any(|c| script(c) != first_script) {
        return false;
    }
    if page == TextEncoding::Windows1254
        && word.chars().any(|c| !c.is_ascii() && !TURKISH.contains(c))
    {
        return false;
    }
    // A capital after the first letter of a word that is not all capitals.
    let rest: Vec<char> = chars.collect();
    let all_capitals = first.is_uppercase() && rest.iter().all(|c| !c.is_lowercase());
    all_capitals || rest.iter().all(|c| !c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(text: &str, page: TextEncoding) -> Vec<u8> {
        let (bytes, _, unmappable) = page.encoding().encode(text);
        assert!(!unmappable, "{text} fits {}", page.name());
        bytes.into_owned()
    }

    #[test]
    fn marks_and_utf8_are_sure() {
        assert_eq!(guess(b"\xEF\xBB\xBFa,b"), Guess::Sure(TextEncoding::Utf8));
        assert_eq!(guess(b"\xFF\xFEa\0"), Guess::Sure(TextEncoding::Utf16Le));
        assert_eq!(guess(b"\xFE\xFF\0a"), Guess::Sure(TextEncoding::Utf16Be));
        assert_eq!(
            guess("Этап;Заголовок".as_bytes()),
            Guess::Sure(TextEncoding::Utf8)
        );
        assert_eq!(
            TextEncoding::Utf16Le
                .decode(b"\xFF\xFEa\0,\0b\0")
                .as_deref(),
            Some("a,b")
        );
    }

    #[test]
    fn each_code_page_is_told_by_its_words() {
        let samples = [
            (
                "Этап;Заголовок;Дорожка\nЗаселение;Стойка регистрации;Точки контакта\n",
                TextEncoding::Windows1251,
            ),
            (
                "Aşama;Başlık;Kulvar\nKarar;Fiyat karşılaştırması çok zor;Sorunlu noktalar\n",
                TextEncoding::Windows1254,
            ),
            (
                "المرحلة,العنوان,المسار\nالوعي,إعلان على إنستغرام,نقاط الاتصال\n",
                TextEncoding::Windows1256,
            ),
            // Code page 1256 has no Persian yeh (ی): Persian Windows writes the Arabic ي.
            (
                "مرحله,عنوان\nآگاهي,تبليغ در شبکه‌هاي اجتماعي\n",
                TextEncoding::Windows1256,
            ),
        ];
        for (text, page) in samples {
            assert_eq!(guess(&encoded(text, page)), Guess::Sure(page), "{text}");
            assert_eq!(page.decode(&encoded(text, page)).as_deref(), Some(text));
        }
    }

    #[test]
    fn too_little_text_to_tell_is_unsure() {
        // One accented letter: a Turkish "ç" or a Cyrillic "з" alike.
        let Guess::Unsure(pages) = guess(b"stage,title\nA,\xE7\n") else {
            panic!("a single letter cannot be told");
        };
        assert!(pages.len() >= 2, "{pages:?}");
    }

    #[test]
    fn names_are_read_the_ways_people_write_them() {
        assert_eq!(
            TextEncoding::from_name("CP1251"),
            Some(TextEncoding::Windows1251)
        );
        assert_eq!(
            TextEncoding::from_name("windows-1254"),
            Some(TextEncoding::Windows1254)
        );
        assert_eq!(
            TextEncoding::from_name("1256"),
            Some(TextEncoding::Windows1256)
        );
        assert_eq!(TextEncoding::from_name("UTF8"), Some(TextEncoding::Utf8));
        assert_eq!(TextEncoding::from_name("latin1"), None);
    }
}
