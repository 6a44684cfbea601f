//! The columns of a table of cards, named in any of the five map languages ("Stage", "Этап",
//! "Aşama", "مرحله", "المرحلة"), in any case, with or without spaces and underscores.

use crate::model::Language;

/// A column a table of cards can have.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// The stage's name (required).
    Stage,
    /// The card's title (required).
    Title,
    /// The lane's name.
    Lane,
    /// The lane's kind, when its name does not tell it (a lane called "Guest actions").
    LaneKind,
    /// The card's longer text.
    Body,
    /// A touchpoint's channel.
    Channel,
    /// A score from -2 to +2, for the row's persona.
    Emotion,
    /// Whose score `Emotion` is.
    Persona,
    /// The score of the named persona: a column `emotion:NAME`, one per persona.
    EmotionOf(String),
    /// How bad a pain point is.
    Severity,
    /// Tags, separated by commas.
    Tags,
    /// The card's own colour, `#rrggbb`.
    Colour,
    /// Dot votes.
    Votes,
    /// Whether the card is a decision point.
    Decision,
    /// Whether the card is a milestone.
    Milestone,
    /// The title of the card the usual next step leads to (a `Next` connection).
    Next,
    /// A picture file for the card, relative to the table's folder (and inside it).
    Image,
}

/// Each column's names: first the one journeymap writes in each language, in the order of
/// [`Language::ALL`], then other names people use.
const NAMES: [(Column, &[&str]); 16] = [
    (
        Column::Stage,
        &[
            "stage",
            "مرحله",
            "المرحلة",
            "aşama",
            "этап",
            "مرحلة",
            "step",
            "phase",
            "стадия",
            "etap",
        ],
    ),
    (
        Column::Title,
        &[
            "title",
            "عنوان",
            "العنوان",
            "başlık",
            "заголовок",
            "card",
            "name",
            "название",
            "карточка",
            "kart",
            "ad",
            "کارت",
            "البطاقة",
        ],
    ),
    (
        Column::Lane,
        &[
            "lane",
            "خط",
            "المسار",
            "kulvar",
            "дорожка",
            "row",
            "مسار",
            "satır",
            "строка",
            "ردیف",
        ],
    ),
    (
        Column::LaneKind,
        &[
            "lane kind",
            "نوع خط",
            "نوع المسار",
            "kulvar türü",
            "вид дорожки",
            "kind",
            "тип дорожки",
        ],
    ),
    (
        Column::Body,
        &[
            "body",
            "متن",
            "النص",
            "metin",
            "текст",
            "text",
            "description",
            "описание",
            "açıklama",
            "توضیح",
            "الوصف",
            "نص",
        ],
    ),
    (
        Column::Channel,
        &["channel", "کانال", "القناة", "kanal", "канал", "قناة"],
    ),
    (
        Column::Emotion,
        &[
            "emotion",
            "احساس",
            "الشعور",
            "duygu",
            "эмоция",
            "score",
            "оценка",
            "puan",
            "امتیاز",
            "الدرجة",
            "شعور",
            "feeling",
        ],
    ),
    (
        Column::Persona,
        &[
            "persona",
            "پرسونا",
            "الشخصية",
            "persona",
            "персона",
            "actor",
            "شخصية",
            "kişi",
            "персонаж",
        ],
    ),
    (
        Column::Severity,
        &[
            "severity",
            "شدت",
            "الشدة",
            "önem",
            "серьёзность",
            "серьезность",
            "شدة",
            "şiddet",
        ],
    ),
    (
        Column::Tags,
        &[
            "tags",
            "برچسب‌ها",
            "الوسوم",
            "etiketler",
            "метки",
            "tag",
            "برچسب",
            "وسوم",
            "etiket",
            "теги",
        ],
    ),
    (
        Column::Colour,
        &["colour", "رنگ", "اللون", "renk", "цвет", "color", "لون"],
    ),
    (
        Column::Votes,
        &[
            "votes",
            "رأی‌ها",
            "الأصوات",
            "oylar",
            "голоса",
            "رای‌ها",
            "أصوات",
            "oy",
            "голосов",
        ],
    ),
    (
        Column::Decision,
        &[
            "decision",
            "نقطه تصمیم",
            "نقطة قرار",
            "karar noktası",
            "решение",
            "decision point",
            "точка решения",
        ],
    ),
    (
        Column::Milestone,
        &[
            "milestone",
            "نقطه عطف",
            "معلم",
            "kilometre taşı",
            "веха",
            "milestones",
            "mihenk taşı",
        ],
    ),
    (
        Column::Next,
        &[
            "next",
            "بعدی",
            "التالي",
            "sonraki",
            "следующий",
            "next step",
            "далее",
            "گام بعد",
        ],
    ),
    (
        Column::Image,
        &[
            "image",
            "تصویر",
            "الصورة",
            "resim",
            "изображение",
            "picture",
            "photo",
            "screenshot",
            "عکس",
            "صورة",
            "görsel",
            "fotoğraf",
            "картинка",
            "фото",
        ],
    ),
];

/// Letters and digits only, lower case: "Pain points", "pain_points" and "PainPoints" match, and
/// so do "برچسب‌ها" and "برچسب ها", and Turkish "BAŞLIK" and "başlık" (dotless ı is taken as i,
/// as the capitals of i and ı lower-case alike outside Turkish).
pub fn squash(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect()
}

impl Column {
    /// The column a header names, if it is one of them. `emotion:NAME` (in any language's word
    /// for emotion) is the score of persona NAME.
    pub fn from_header(header: &str) -> Option<Column> {
        let header = header.trim();
        if let Some((word, persona)) = header.split_once(':')
            && Column::from_header(word) == Some(Column::Emotion)
            && !persona.trim().is_empty()
        {
            return Some(Column::EmotionOf(persona.trim().to_owned()));
        }
        let key = squash(header);
        NAMES
            .iter()
            .find(|(_, names)| names.iter().any(|n| squash(n) == key))
            .map(|(column, _)| column.clone())
    }

    /// The header journeymap writes for this column in `language`.
    pub fn header(&self, language: Language) -> String {
        match self {
            Column::EmotionOf(persona) => {
                format!("{}:{persona}", Column::Emotion.header(language))
            }
            other => {
                let names = NAMES
                    .iter()
                    .find(|(column, _)| column == other)
                    .map_or(&[][..], |(_, names)| *names);
                let index = Language::ALL
                    .iter()
                    .position(|l| *l == language)
                    .unwrap_or(0);
                let name = names.get(index).copied().unwrap_or_default();
                // Capitalised, as a spreadsheet's headers are: "Stage", "Этап", "Aşama".
                let mut chars = name.chars();
                chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            }
        }
    }

    /// The map language a header is written in, when it is the name journeymap writes for its
    /// column in that language ("Этап": Russian).
    pub fn language_of(header: &str) -> Option<Language> {
        let key = squash(header);
        NAMES.iter().find_map(|(_, names)| {
            let index = names
                .iter()
                .take(Language::ALL.len())
                .position(|n| squash(n) == key)?;
            Some(Language::ALL[index])
        })
    }

    /// The names accepted for the columns, one line per column, for messages and the README.
    pub fn known_names() -> String {
        NAMES
            .iter()
            .map(|(_, names)| names.join(" / "))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_in_every_language() {
        for (header, column) in [
            ("Stage", Column::Stage),
            ("ЭТАП", Column::Stage),
            ("Aşama", Column::Stage),
            ("مرحله", Column::Stage),
            ("المرحلة", Column::Stage),
            ("Заголовок", Column::Title),
            ("Lane_Kind", Column::LaneKind),
            ("BAŞLIK", Column::Title),
            ("برچسب ها", Column::Tags),
            ("Эмоция: Светлана", Column::EmotionOf("Светлана".into())),
            ("emotion:Mina", Column::EmotionOf("Mina".into())),
        ] {
            assert_eq!(Column::from_header(header), Some(column), "{header}");
        }
        assert_eq!(Column::from_header("Owner"), None);
    }

    #[test]
    fn what_is_written_is_read_back() {
        for language in Language::ALL {
            for (column, _) in &NAMES {
                assert_eq!(
                    Column::from_header(&column.header(language)).as_ref(),
                    Some(column),
                    "{column:?} in {language:?}"
                );
            }
        }
    }
}
