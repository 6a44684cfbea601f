//! The words of the window in five languages, from Project Fluent files
//! (`assets/i18n/LANG.ftl`, embedded): [`tr`] looks a message up in the language of the window.
//!
//! The language is per thread (the window draws on one thread; tests run in parallel, each with
//! its own language) and set by the app at the start of every frame. The map's own words
//! (channel names, "target" in KPIs, new lanes) follow the map's language, not this one: see
//! [`crate::model::Language`].

use crate::model::Language;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::{Cell, RefCell};

/// The Fluent source of each language, in the order of [`Language::ALL`].
pub const SOURCES: [(Language, &str); 5] = [
    (Language::English, include_str!("../../assets/i18n/en.ftl")),
    (Language::Persian, include_str!("../../assets/i18n/fa.ftl")),
    (Language::Arabic, include_str!("../../assets/i18n/ar.ftl")),
    (Language::Turkish, include_str!("../../assets/i18n/tr.ftl")),
    (Language::Russian, include_str!("../../assets/i18n/ru.ftl")),
];

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
    static BUNDLES: RefCell<Vec<Option<FluentBundle<FluentResource>>>> =
        RefCell::new((0..SOURCES.len()).map(|_| None).collect());
}

/// Makes `language` the language of the window (on this thread).
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The language of the window (on this thread).
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// The message `id` in the window's language.
pub fn tr(id: &str) -> String {
    format(language(), id, None)
}

/// The message `id` in the window's language, with its placeables filled from `args`: numbers
/// choose plural forms; they are written in the language's digits.
pub fn tr_args(id: &str, args: &[(&str, Arg)]) -> String {
    tr_args_in(language(), id, args)
}

/// The message `id` in `language` (words drawn on a map are in the map's language), with its
/// placeables filled from `args` as [`tr_args`] fills them.
pub fn tr_args_in(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_str())),
            Arg::Message(message) => fluent.set(*name, FluentValue::from(message.to_string())),
            Arg::Count(n) => {
                fluent.set(*name, FluentValue::from(*n as f64));
                // The number as the reader writes it, for messages that show it.
                let shown = format!("{name}-shown");
                fluent.set(shown, FluentValue::from(digits(language, *n)));
            }
        }
    }
    format(language, id, Some(&fluent))
}

/// A value for a placeable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A count: it picks the plural form, and is shown (as `$NAME-shown`) in the language's digits.
    Count(usize),
    /// Another message, worded in the same language.
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

/// `n` in the digits of `language`: ۱۲ in Persian, ١٢ in Arabic.
pub fn digits(language: Language, n: usize) -> String {
    let zero = match language {
        Language::Persian => '۰',
        Language::Arabic => '٠',
        _ => return n.to_string(),
    };
    n.to_string()
        .chars()
        .map(|c| {
            let offset = c.to_digit(10).unwrap_or(0);
            char::from_u32(zero as u32 + offset).unwrap_or(c)
        })
        .collect()
}

fn format(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let index = SOURCES
        .iter()
        .position(|(l, _)| *l == language)
        .unwrap_or(0);
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let bundle = bundles[index].get_or_insert_with(|| bundle(SOURCES[index]));
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing message is a bug the tests catch; the id at least says what was meant.
            return id.to_owned();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    })
}

/// The bundle of one language. The files are part of the program, and a test parses each.
fn bundle((language, source): (Language, &str)) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    let locale = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![locale]);
    // egui draws no isolation marks (and our bidi code orders the text itself).
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The window's language for the system's locale (`fa-IR` → Persian); English when it is none
/// of the five.
pub fn from_locale(locale: Option<&str>) -> Language {
    locale
        .and_then(|l| l.split(['-', '_', '.']).next())
        .and_then(Language::from_code)
        .unwrap_or(Language::English)
}

mod message;
pub use message::Message;

#[cfg(test)]
mod tests;
