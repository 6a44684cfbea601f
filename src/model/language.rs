//! The language a map is written in, and the few words the program itself writes on a map
//! (channel names, severities, "target", default lane names) in each language. The editor's
//! menus stay in English; what ends up on the map and in its PNG speaks the map's language.

use super::{Channel, Direction, LaneKind, Severity};
use serde::{Deserialize, Serialize};

/// A language journeymap has templates and map words for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English.
    #[default]
    English,
    /// Persian (Farsi), written right to left.
    Persian,
    /// Arabic, written right to left.
    Arabic,
    /// Turkish.
    Turkish,
    /// Russian.
    Russian,
}

/// One word or phrase in every language, in the order of [`Language::ALL`] (and of the variants).
type Words = [&'static str; 5];

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::Persian,
        Language::Arabic,
        Language::Turkish,
        Language::Russian,
    ];

    /// The ISO 639-1 code used on the command line (`--lang fa`).
    pub fn code(self) -> &'static str {
        self.pick(["en", "fa", "ar", "tr", "ru"])
    }

    /// The language named by an ISO 639-1 code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's own name for itself.
    pub fn native_name(self) -> &'static str {
        self.pick(["English", "فارسی", "العربية", "Türkçe", "Русский"])
    }

    /// The reading direction of the language's script.
    pub fn direction(self) -> Direction {
        match self {
            Language::Persian | Language::Arabic => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The digits numbers are written with by default.
    pub fn digits(self) -> Digits {
        match self {
            Language::Persian => Digits::Persian,
            Language::Arabic => Digits::ArabicIndic,
            _ => Digits::Latin,
        }
    }

    /// This language's entry of `words`; the variants are declared in the order of [`Language::ALL`].
    fn pick(self, words: Words) -> &'static str {
        words[self as usize]
    }

    /// The name of a channel, as printed on touchpoint cards.
    pub fn channel(self, channel: Channel) -> &'static str {
        self.pick(match channel {
            Channel::Store => ["Store", "فروشگاه", "المتجر", "Mağaza", "Магазин"],
            Channel::Phone => ["Phone", "تلفن", "الهاتف", "Telefon", "Телефон"],
            Channel::MailCatalog => [
                "Mail & catalog",
                "پست و کاتالوگ",
                "البريد والكتالوج",
                "Posta ve katalog",
                "Почта и каталог",
            ],
            Channel::Email => ["Email", "ایمیل", "البريد الإلكتروني", "E-posta", "Эл. почта"],
            Channel::Website => ["Website", "وب‌سایت", "الموقع", "Web sitesi", "Веб-сайт"],
            Channel::ForumBlog => [
                "Forum & blog",
                "انجمن و وبلاگ",
                "المنتدى والمدونة",
                "Forum ve blog",
                "Форум и блог",
            ],
            Channel::Social => [
                "Social",
                "شبکه‌های اجتماعی",
                "وسائل التواصل",
                "Sosyal medya",
                "Соцсети",
            ],
            Channel::Messaging => [
                "Messaging & SMS",
                "پیام‌رسان و پیامک",
                "الرسائل وSMS",
                "Mesajlaşma ve SMS",
                "Сообщения и SMS",
            ],
            Channel::ClickCollect => [
                "Click & collect",
                "خرید آنلاین، تحویل حضوری",
                "اطلب واستلم",
                "Tıkla ve al",
                "«Нажми и собери»",
            ],
            Channel::QrCode => ["QR code", "کد QR", "رمز QR", "QR kod", "QR-код"],
            Channel::Ads => [
                "Ads & TV",
                "تبلیغات و تلویزیون",
                "الإعلانات والتلفزيون",
                "Reklam ve TV",
                "Реклама и ТВ",
            ],
            Channel::Event => ["Event", "رویداد", "فعالية", "Etkinlik", "Мероприятие"],
            Channel::WordOfMouth => [
                "Word of mouth",
                "توصیه دیگران",
                "التوصية الشفهية",
                "Tavsiye",
                "Сарафанное радио",
            ],
            Channel::App => ["App", "اپلیکیشن", "التطبيق", "Uygulama", "Приложение"],
        })
    }

    /// "Severity: high", as printed on pain point cards.
    pub fn severity_caption(self, severity: Severity) -> String {
        let word = self.pick(["Severity", "شدت", "الشدة", "Önem", "Серьёзность"]);
        format!("{word}: {}", self.severity(severity))
    }

    /// How bad a pain point is, in a word ("high").
    pub fn severity(self, severity: Severity) -> &'static str {
        self.pick(match severity {
            Severity::Low => ["low", "کم", "منخفضة", "düşük", "низкая"],
            Severity::Medium => ["medium", "متوسط", "متوسطة", "orta", "средняя"],
            Severity::High => ["high", "زیاد", "عالية", "yüksek", "высокая"],
        })
    }

    /// The word before a KPI's target ("CSAT 4.1 · target 4.5").
    pub fn target(self) -> &'static str {
        self.pick(["target", "هدف", "الهدف", "hedef", "цель"])
    }

    /// The title of a new card in a lane of `kind` (from the palette, or a double-click).
    pub fn new_card(self, kind: LaneKind) -> &'static str {
        self.pick(match kind {
            LaneKind::Actions => [
                "New action",
                "اقدام تازه",
                "إجراء جديد",
                "Yeni eylem",
                "Новое действие",
            ],
            LaneKind::Touchpoints => [
                "New touchpoint",
                "نقطهٔ تماس تازه",
                "نقطة اتصال جديدة",
                "Yeni temas noktası",
                "Новая точка контакта",
            ],
            LaneKind::Thoughts => [
                "New thought",
                "فکر تازه",
                "فكرة جديدة",
                "Yeni düşünce",
                "Новая мысль",
            ],
            LaneKind::Emotions => [
                "New emotion",
                "احساس تازه",
                "شعور جديد",
                "Yeni duygu",
                "Новая эмоция",
            ],
            LaneKind::PainPoints => [
                "New pain point",
                "نقطهٔ درد تازه",
                "نقطة ألم جديدة",
                "Yeni sorunlu nokta",
                "Новая болевая точка",
            ],
            LaneKind::Opportunities => [
                "New opportunity",
                "فرصت تازه",
                "فرصة جديدة",
                "Yeni fırsat",
                "Новая возможность",
            ],
            LaneKind::Backstage => [
                "New backstage step",
                "گام پشت صحنهٔ تازه",
                "خطوة جديدة خلف الكواليس",
                "Yeni kulis adımı",
                "Новый закулисный шаг",
            ],
            LaneKind::Images => [
                "New picture",
                "تصویر تازه",
                "صورة جديدة",
                "Yeni görsel",
                "Новое изображение",
            ],
            LaneKind::Notes => [
                "New note",
                "یادداشت تازه",
                "ملاحظة جديدة",
                "Yeni not",
                "Новая заметка",
            ],
        })
    }

    /// The name of the `n`th persona added by hand: "Persona 3".
    pub fn new_persona(self, n: usize) -> String {
        let word = self.pick(["Persona", "پرسونا", "شخصية", "Persona", "Персона"]);
        format!("{word} {n}")
    }

    /// The label drawn on the map along a blueprint line of `kind`.
    pub fn blueprint_line(self, kind: super::LineKind) -> &'static str {
        use super::LineKind;
        self.pick(match kind {
            LineKind::Interaction => [
                "Line of interaction",
                "خط تعامل",
                "خط التفاعل",
                "Etkileşim çizgisi",
                "Линия взаимодействия",
            ],
            LineKind::Visibility => [
                "Line of visibility",
                "خط دید",
                "خط الرؤية",
                "Görünürlük çizgisi",
                "Линия видимости",
            ],
            LineKind::InternalInteraction => [
                "Line of internal interaction",
                "خط تعامل درونی",
                "خط التفاعل الداخلي",
                "İç etkileşim çizgisi",
                "Линия внутреннего взаимодействия",
            ],
        })
    }

    /// The name of a new stage.
    pub fn new_stage(self) -> &'static str {
        self.pick([
            "New stage",
            "مرحلهٔ تازه",
            "مرحلة جديدة",
            "Yeni aşama",
            "Новый этап",
        ])
    }

    /// The default name of a new lane of `kind`.
    pub fn lane(self, kind: LaneKind) -> &'static str {
        self.pick(match kind {
            LaneKind::Actions => ["Actions", "اقدامات", "الإجراءات", "Eylemler", "Действия"],
            LaneKind::Touchpoints => [
                "Touchpoints",
                "نقاط تماس",
                "نقاط الاتصال",
                "Temas noktaları",
                "Точки соприкосновения",
            ],
            LaneKind::Thoughts => ["Thoughts", "افکار", "الأفكار", "Düşünceler", "Мысли"],
            LaneKind::Emotions => ["Emotions", "احساسات", "المشاعر", "Duygular", "Эмоции"],
            LaneKind::PainPoints => [
                "Pain points",
                "نقاط درد",
                "نقاط الألم",
                "Sorunlu noktalar",
                "Болевые точки",
            ],
            LaneKind::Opportunities => [
                "Opportunities",
                "فرصت‌ها",
                "الفرص",
                "Fırsatlar",
                "Возможности",
            ],
            LaneKind::Backstage => [
                "Backstage",
                "پشت صحنه",
                "خلف الكواليس",
                "Sahne arkası",
                "За кулисами",
            ],
            LaneKind::Notes => ["Notes", "یادداشت‌ها", "ملاحظات", "Notlar", "Заметки"],
            LaneKind::Images => [
                "Storyboard",
                "استوری‌بورد",
                "لوحة القصة",
                "Hikâye panosu",
                "Раскадровка",
            ],
        })
    }
}

/// The digits a number is written with, so a value typed as "۴٫۵" is shown as "۴٫۵" again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Digits {
    /// 0123456789 with a full stop.
    #[default]
    Latin,
    /// Persian digits ۰۱۲۳۴۵۶۷۸۹ with the Arabic decimal separator ٫.
    Persian,
    /// Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩ with the Arabic decimal separator ٫.
    ArabicIndic,
}

impl Digits {
    /// Whether these are the Latin digits (the default, left out of files).
    pub fn is_latin(&self) -> bool {
        *self == Digits::Latin
    }

    /// The digits `text` is written with: those of its first digit, Latin if it has none.
    pub fn of(text: &str) -> Digits {
        text.chars()
            .find_map(|c| match c {
                '0'..='9' => Some(Digits::Latin),
                '۰'..='۹' => Some(Digits::Persian),
                '٠'..='٩' => Some(Digits::ArabicIndic),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// `value` written with these digits: whole numbers without a fraction, others as short as
    /// they can be while reading back the same.
    pub fn format(self, value: f64) -> String {
        let latin = if value.fract() == 0.0 && value.abs() < 1e15 {
            format!("{}", value as i64)
        } else {
            format!("{value}")
        };
        let zero = match self {
            Digits::Latin => return latin,
            Digits::Persian => '۰',
            Digits::ArabicIndic => '٠',
        };
        latin
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(zero as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
                '.' => '٫',
                '-' => '−',
                other => other,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_number;

    #[test]
    fn codes_round_trip() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code("FA"), Some(Language::Persian));
        assert_eq!(Language::from_code("de"), None);
    }

    #[test]
    fn numbers_keep_their_digits() {
        assert_eq!(Digits::of("۴٫۵"), Digits::Persian);
        assert_eq!(Digits::of("٤٢"), Digits::ArabicIndic);
        assert_eq!(Digits::of("4.5"), Digits::Latin);
        assert_eq!(Digits::Persian.format(4.5), "۴٫۵");
        assert_eq!(Digits::ArabicIndic.format(42.0), "٤٢");
        assert_eq!(Digits::Persian.format(-3.25), "−۳٫۲۵");
        for digits in [Digits::Latin, Digits::Persian, Digits::ArabicIndic] {
            for value in [0.0, 4.5, -12.75, 1234.0, 0.1] {
                assert_eq!(parse_number(&digits.format(value)), Some(value));
            }
        }
    }

    #[test]
    fn every_language_picks_its_own_words() {
        for (index, language) in Language::ALL.into_iter().enumerate() {
            assert_eq!(language as usize, index, "ALL follows the variants");
        }
        assert_eq!(Language::Russian.lane(LaneKind::Thoughts), "Мысли");
        assert_eq!(Language::English.channel(Channel::QrCode), "QR code");
    }

    #[test]
    fn right_to_left_languages() {
        assert_eq!(Language::Persian.direction(), Direction::RightToLeft);
        assert_eq!(Language::Arabic.direction(), Direction::RightToLeft);
        assert_eq!(Language::Russian.direction(), Direction::LeftToRight);
    }
}
