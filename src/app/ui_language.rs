//! The language of the window: chosen in View › Language, remembered in the config folder, and
//! taken from the system's locale the first time.

use crate::model::Language;
use std::path::{Path, PathBuf};

/// Where the chosen language is kept, and what it is.
#[derive(Debug, Default)]
pub struct UiLanguage {
    store: Option<PathBuf>,
    /// The language of the window.
    pub language: Language,
}

impl UiLanguage {
    /// The language remembered in `store`, or else the one of `locale` (the system's, such as
    /// `fa-IR`); English when it is none of the five.
    pub fn load(store: Option<PathBuf>, locale: Option<&str>) -> Self {
        let remembered = store
            .as_ref()
            .and_then(|s| std::fs::read_to_string(s).ok())
            .and_then(|code| Language::from_code(&code));
        let language = remembered.unwrap_or_else(|| crate::i18n::from_locale(locale));
        UiLanguage { store, language }
    }

    /// Switches to `language` and remembers it. Failing to write it is reported, not fatal.
    pub fn set(&mut self, language: Language) -> Result<(), String> {
        self.language = language;
        let Some(store) = &self.store else {
            return Ok(());
        };
        if let Some(folder) = store.parent() {
            std::fs::create_dir_all(folder).map_err(|e| said(folder, &e))?;
        }
        crate::file::write_atomic(store, language.code().as_bytes()).map_err(|e| said(store, &e))
    }
}

/// `path` and why it could not be written, in the window's language.
fn said(path: &Path, error: &std::io::Error) -> String {
    format!("{}: {}", path.display(), crate::file::system_reason(error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_is_remembered_and_the_locale_only_counts_the_first_time() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("config/ui-language.txt");
        let first = UiLanguage::load(Some(store.clone()), Some("ru-RU"));
        assert_eq!(first.language, Language::Russian);
        let mut chosen = UiLanguage::load(Some(store.clone()), Some("ru-RU"));
        chosen.set(Language::Persian).unwrap();
        assert_eq!(
            UiLanguage::load(Some(store), Some("tr_TR")).language,
            Language::Persian
        );
        assert_eq!(
            UiLanguage::load(None, Some("de-DE")).language,
            Language::English
        );
        assert_eq!(UiLanguage::load(None, None).language, Language::English);
    }
}
