//! Cell values as people type them: scores with a `+`, in Persian or Arabic-Indic digits, with a
//! minus where a right-to-left writer puts it; lane kinds, channels and severities by their names
//! in any of the five map languages.

use super::columns::squash;
use crate::i18n::Message;
use crate::model::{Channel, LaneKind, Language, Rgb, Score, Severity, parse_number};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A whole number in any digits, with a leading `+` or `-` (or a trailing `-`, as a right-to-left
/// writer may put it).
fn whole_number(text: &str) -> Option<i64> {
    let text = text.trim();
    let moved;
    let text = match text.strip_suffix(['-', '−']) {
        Some(number) if !number.is_empty() => {
            moved = format!("-{number}");
            moved.as_str()
        }
        _ => text,
    };
    let value = parse_number(text)?;
    (value.fract() == 0.0 && value.abs() < 1e15).then_some(value as i64)
}

/// An emotion score, -2 to +2: `2`, `+2`, `-1`, `۲`, `-۱`, `٢`.
pub fn emotion(text: &str) -> Result<Score, Message> {
    let value = whole_number(text)
        .ok_or_else(|| Message::new("csv-emotion-not-number").text("found", text))?;
    Score::new(value)
}

/// A number of votes: a whole number from 0, in any digits.
pub fn votes(text: &str) -> Result<u32, Message> {
    whole_number(text)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| Message::new("csv-votes").text("found", text))
}

/// A colour, `#rrggbb`.
pub fn colour(text: &str) -> Result<Rgb, Message> {
    text.trim()
        .parse()
        .map_err(|_| Message::new("csv-colour").text("found", text))
}

/// A mark a cell sets: `1`, `yes`, `x`, `✓` or yes in a map language; empty, `0` or no unset it.
pub fn flag(text: &str) -> Result<bool, Message> {
    const YES: [&str; 12] = [
        "1", "true", "yes", "x", "✓", "✔", "+", "بله", "آری", "نعم", "evet", "да",
    ];
    const NO: [&str; 8] = ["0", "false", "no", "-", "خیر", "لا", "hayır", "нет"];
    let key = text.trim().to_lowercase();
    if YES.contains(&key.as_str()) {
        Ok(true)
    } else if key.is_empty() || NO.contains(&key.as_str()) {
        Ok(false)
    } else {
        Err(Message::new("csv-flag").text("found", text))
    }
}

/// Tags, separated by commas (or the Arabic comma).
pub fn tags(text: &str) -> Vec<String> {
    text.split([',', '،'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// How bad a pain point is, by its word in any map language or its name in files.
pub fn severity(text: &str) -> Result<Severity, Message> {
    static NAMES: OnceLock<HashMap<String, Severity>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for severity in [Severity::Low, Severity::Medium, Severity::High] {
            names.insert(squash(&format!("{severity:?}")), severity);
            for language in Language::ALL {
                names.insert(squash(language.severity(severity)), severity);
            }
        }
        names
    });
    names
        .get(&squash(text))
        .copied()
        .ok_or_else(|| Message::new("csv-severity").text("found", text))
}

/// The lane kind a lane name stands for: its name in files, or a lane's default name in any map
/// language ("Touchpoints", "Точки соприкосновения", "نقاط تماس").
pub fn lane_kind(name: &str) -> Option<LaneKind> {
    static NAMES: OnceLock<HashMap<String, LaneKind>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for kind in LaneKind::ALL {
            names.insert(squash(kind.label()), kind);
            names.insert(squash(&format!("{kind:?}")), kind);
            for language in Language::ALL {
                names.insert(squash(language.lane(kind)), kind);
            }
        }
        names
    });
    names.get(&squash(name)).copied()
}

/// The channel a name stands for: its label, its name in files or in any map language, or a
/// common alias ("sms", "tv", "web").
pub fn channel(name: &str) -> Option<Channel> {
    static NAMES: OnceLock<HashMap<String, Channel>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for channel in Channel::ALL {
            names.insert(squash(channel.label()), channel);
            names.insert(squash(&format!("{channel:?}")), channel);
            for language in Language::ALL {
                names.insert(squash(language.channel(channel)), channel);
            }
        }
        for (aliases, channel) in ALIASES {
            for alias in aliases {
                names.insert((*alias).to_owned(), channel);
            }
        }
        names
    });
    names.get(&squash(name)).copied()
}

/// Other names people give channels, squashed.
const ALIASES: [(&[&str], Channel); 12] = [
    (
        &["sms", "chat", "whatsapp", "messenger"],
        Channel::Messaging,
    ),
    (&["web", "site", "marketplace", "online"], Channel::Website),
    (
        &["tv", "ad", "advert", "advertising", "radio", "billboard"],
        Channel::Ads,
    ),
    (&["qr"], Channel::QrCode),
    (
        &["socialmedia", "socialnetwork", "socialnetworks"],
        Channel::Social,
    ),
    (
        &["mail", "catalog", "catalogue", "post"],
        Channel::MailCatalog,
    ),
    (
        &["call", "coldcall", "callcenter", "callcentre", "telephone"],
        Channel::Phone,
    ),
    (&["shop", "branch", "frontdesk"], Channel::Store),
    (&["forum", "blog"], Channel::ForumBlog),
    (&["tradeshow", "events"], Channel::Event),
    (&["referral", "friends"], Channel::WordOfMouth),
    (&["mobileapp"], Channel::App),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_as_people_type_them() {
        for (text, value) in [
            ("2", 2),
            ("+2", 2),
            ("-1", -1),
            ("۲", 2),
            ("-۱", -1),
            ("۱-", -1),
            ("٢", 2),
            ("−2", -2),
            (" 0 ", 0),
        ] {
            assert_eq!(emotion(text).map(|s| s.value()), Ok(value), "{text}");
        }
        assert!(emotion("3").is_err());
        assert!(emotion("1.5").is_err());
        assert!(emotion("good").is_err());
    }

    #[test]
    fn names_in_every_language() {
        assert_eq!(
            lane_kind("Точки соприкосновения"),
            Some(LaneKind::Touchpoints)
        );
        assert_eq!(lane_kind("نقاط درد"), Some(LaneKind::PainPoints));
        assert_eq!(lane_kind("pain_points"), Some(LaneKind::PainPoints));
        assert_eq!(channel("Эл. почта"), Some(Channel::Email));
        assert_eq!(channel("وب‌سایت"), Some(Channel::Website));
        assert_eq!(channel("sms"), Some(Channel::Messaging));
        assert_eq!(severity("YÜKSEK"), Ok(Severity::High));
        assert_eq!(severity("متوسط"), Ok(Severity::Medium));
        assert_eq!(votes("۳"), Ok(3));
        assert!(votes("-1").is_err());
        assert_eq!(tags("a, b،c ,"), ["a", "b", "c"]);
    }
}
