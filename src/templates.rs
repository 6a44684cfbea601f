//! The built-in maps, embedded from `assets/templates/` at build time, in every language.
//!
//! Each template is written once, in English (`assets/templates/NAME.journey.ron`); its text in
//! another language is a table from each English string to its translation
//! (`assets/templates/i18n/LANG/NAME.ron`), so the structure (stages, lanes, cards, scores) is
//! the same in every language and a missing translation is caught by the tests.

use crate::file::{self, LoadError};
use crate::model::{Journey, Language};
use std::collections::BTreeMap;
use std::path::Path;

mod pictures;
pub use pictures::{PICTURES, without_pictures, write_pictures};

/// A built-in map a new document can start from.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    /// The name used on the command line and in menus, e.g. `lifecycle`.
    pub name: &'static str,
    /// One line telling what the template is for.
    pub summary: &'static str,
    /// The map file text.
    pub text: &'static str,
}

/// Every built-in template; the first non-blank one is the example map shown at start.
pub const ALL: [Template; 6] = [
    Template {
        name: "blank",
        summary: "Three empty stages and the usual lanes",
        text: include_str!("../assets/templates/blank.journey.ron"),
    },
    Template {
        name: "lifecycle",
        summary: "Awareness, Acquisition, Onboarding, Engagement, Advocacy (an online mug shop)",
        text: include_str!("../assets/templates/lifecycle.journey.ron"),
    },
    Template {
        name: "buyer",
        summary: "Awareness, Consideration, Decision, with the questions to ask at each stage",
        text: include_str!("../assets/templates/buyer.journey.ron"),
    },
    Template {
        name: "full-cycle",
        summary: "Eight stages from information search to recommendation, with CSAT, NPS and CRR",
        text: include_str!("../assets/templates/full-cycle.journey.ron"),
    },
    Template {
        name: "service-blueprint",
        summary: "A hotel stay from booking to check-out, with backstage lanes",
        text: include_str!("../assets/templates/service-blueprint.journey.ron"),
    },
    Template {
        name: "forks",
        summary: "A B2B purchase with milestones, a decision point, detours and exits to a competitor",
        text: include_str!("../assets/templates/forks.journey.ron"),
    },
];

/// The template opened when the app starts without a file.
pub const EXAMPLE: &str = "full-cycle";

/// The template with this name.
pub fn find(name: &str) -> Option<&'static Template> {
    ALL.iter().find(|t| t.name == name)
}

/// Why a template could not be produced in a language.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// The English template itself does not load (a broken build).
    #[error(transparent)]
    Load(#[from] LoadError),
    /// There is no table for this template and language.
    #[error("template {template} has no {language} version")]
    NoTranslation {
        /// The template's name.
        template: &'static str,
        /// The language asked for.
        language: &'static str,
    },
    /// The translation table does not parse.
    #[error("{path}: {message}")]
    BadTable {
        /// Where the table lives in the source tree.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// The table lacks translations for some of the template's strings.
    #[error("{path}: no translation for {}", .missing.join(" | "))]
    Missing {
        /// Where the table lives in the source tree.
        path: String,
        /// The English strings without a translation.
        missing: Vec<String>,
    },
}

/// The translation table of one template in one language.
struct Translation {
    template: &'static str,
    language: Language,
    text: &'static str,
}

macro_rules! translations {
    ($(($lang:ident, $code:literal, $name:literal)),* $(,)?) => {
        [$(Translation {
            template: $name,
            language: Language::$lang,
            text: include_str!(concat!("../assets/templates/i18n/", $code, "/", $name, ".ron")),
        }),*]
    };
}

/// Every translation table, by language and template.
const TRANSLATIONS: [Translation; 24] = translations![
    (Persian, "fa", "blank"),
    (Persian, "fa", "lifecycle"),
    (Persian, "fa", "buyer"),
    (Persian, "fa", "full-cycle"),
    (Persian, "fa", "service-blueprint"),
    (Persian, "fa", "forks"),
    (Arabic, "ar", "blank"),
    (Arabic, "ar", "lifecycle"),
    (Arabic, "ar", "buyer"),
    (Arabic, "ar", "full-cycle"),
    (Arabic, "ar", "service-blueprint"),
    (Arabic, "ar", "forks"),
    (Turkish, "tr", "blank"),
    (Turkish, "tr", "lifecycle"),
    (Turkish, "tr", "buyer"),
    (Turkish, "tr", "full-cycle"),
    (Turkish, "tr", "service-blueprint"),
    (Turkish, "tr", "forks"),
    (Russian, "ru", "blank"),
    (Russian, "ru", "lifecycle"),
    (Russian, "ru", "buyer"),
    (Russian, "ru", "full-cycle"),
    (Russian, "ru", "service-blueprint"),
    (Russian, "ru", "forks"),
];

impl Template {
    /// The template as a document, in English.
    pub fn journey(&self) -> Result<Journey, LoadError> {
        let path = format!("<built-in template {}>", self.name);
        file::parse(self.text, Path::new(&path))
    }

    /// The template in `language`: its text translated, laid out in the language's direction,
    /// KPI numbers in its digits.
    pub fn journey_in(&self, language: Language) -> Result<Journey, TemplateError> {
        let mut journey = self.journey()?;
        if language == Language::English {
            return Ok(journey);
        }
        let translation = TRANSLATIONS
            .iter()
            .find(|t| t.template == self.name && t.language == language)
            .ok_or(TemplateError::NoTranslation {
                template: self.name,
                language: language.native_name(),
            })?;
        let path = format!(
            "assets/templates/i18n/{}/{}.ron",
            language.code(),
            self.name
        );
        let table: BTreeMap<String, String> =
            ron::from_str(translation.text).map_err(|e| TemplateError::BadTable {
                path: path.clone(),
                message: e.to_string(),
            })?;
        let mut missing = Vec::new();
        for_each_text(&mut journey, |text| {
            if text.trim().is_empty() {
                return;
            }
            match table.get(text.as_str()) {
                Some(translated) => text.clone_from(translated),
                None => missing.push(text.clone()),
            }
        });
        // Lanes still named after their kind need no table entry.
        for lane in &mut journey.lanes {
            if let Some(index) = missing.iter().position(|m| *m == lane.name)
                && lane.name == lane.kind.label()
            {
                missing.remove(index);
                lane.name = language.lane(lane.kind).to_owned();
            }
        }
        if !missing.is_empty() {
            missing.dedup();
            return Err(TemplateError::Missing { path, missing });
        }
        journey.language = language;
        journey.direction = language.direction();
        for kpi in journey.stages.iter_mut().flat_map(|s| &mut s.kpis) {
            kpi.digits = language.digits();
        }
        Ok(journey)
    }

    /// The English strings of the template that a translation table must cover.
    pub fn strings(&self) -> Result<Vec<String>, LoadError> {
        let mut journey = self.journey()?;
        let mut strings = Vec::new();
        for_each_text(&mut journey, |text| {
            if !text.trim().is_empty() && !strings.contains(text) {
                strings.push(text.clone());
            }
        });
        Ok(strings)
    }
}

/// Calls `f` on every piece of text a person wrote in `journey`.
fn for_each_text(journey: &mut Journey, mut f: impl FnMut(&mut String)) {
    f(&mut journey.title);
    f(&mut journey.description);
    for persona in &mut journey.personas {
        f(&mut persona.name);
        f(&mut persona.role);
        for list in [
            &mut persona.goals,
            &mut persona.needs,
            &mut persona.motivations,
            &mut persona.fears,
            &mut persona.triggers,
        ] {
            list.iter_mut().for_each(&mut f);
        }
    }
    for stage in &mut journey.stages {
        f(&mut stage.name);
        f(&mut stage.goal);
        stage.questions.iter_mut().for_each(&mut f);
        for kpi in &mut stage.kpis {
            f(&mut kpi.name);
            f(&mut kpi.unit);
        }
    }
    for lane in &mut journey.lanes {
        f(&mut lane.name);
    }
    for card in &mut journey.cards {
        f(&mut card.title);
        f(&mut card.body);
        card.tags.iter_mut().for_each(&mut f);
    }
    for connection in &mut journey.connections {
        f(&mut connection.label);
    }
}

/// The example map, for when there is no file to open.
pub fn example() -> Journey {
    find(EXAMPLE)
        .and_then(|t| t.journey().ok())
        // The templates are tested to load; this fallback only guards against a broken build.
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_exists_in_every_language() {
        for template in ALL {
            for language in Language::ALL {
                let journey = template
                    .journey_in(language)
                    .unwrap_or_else(|e| panic!("{} in {language:?}: {e}", template.name));
                assert_eq!(journey.language, language);
                assert_eq!(journey.direction, language.direction());
                let english = template.journey().unwrap();
                assert_eq!(journey.cards.len(), english.cards.len());
                assert_eq!(journey.stages.len(), english.stages.len());
            }
        }
    }

    #[test]
    fn the_forks_template_tells_seed_001s_story() {
        use crate::model::ConnectionKind;
        let journey = find("forks").unwrap().journey().unwrap();
        assert!(journey.problems().is_empty());
        for kind in ConnectionKind::ALL {
            assert!(
                journey.connections.iter().any(|c| c.kind == kind),
                "a {kind:?} path"
            );
        }
        assert!(
            journey
                .connections
                .iter()
                .any(|c| c.kind == ConnectionKind::Exit && c.to.is_none() && c.share == Some(30)),
            "30 % choose the competitor"
        );
        assert!(journey.cards.iter().any(|c| c.decision));
        assert!(journey.cards.iter().filter(|c| c.milestone).count() >= 2);
        // The alternative route through a competitor's review site comes back.
        let detours = journey
            .connections
            .iter()
            .filter(|c| c.kind == ConnectionKind::Alternative);
        let returning = detours.filter_map(|d| d.to).any(|side| {
            journey
                .connections
                .iter()
                .any(|c| c.from == side && c.kind == ConnectionKind::Next)
        });
        assert!(returning, "a detour that comes back");
        // Every label is translated with the rest of the map.
        let arabic = find("forks").unwrap().journey_in(Language::Arabic).unwrap();
        for (english, arabic) in journey.connections.iter().zip(&arabic.connections) {
            assert_eq!(english.label.is_empty(), arabic.label.is_empty());
            assert!(english.label.is_empty() || english.label != arabic.label);
        }
    }

    #[test]
    fn translation_tables_have_no_stale_entries() {
        for translation in &TRANSLATIONS {
            let template = find(translation.template).unwrap();
            let strings = template.strings().unwrap();
            let table: BTreeMap<String, String> = ron::from_str(translation.text).unwrap();
            let stale: Vec<&String> = table.keys().filter(|k| !strings.contains(k)).collect();
            assert!(
                stale.is_empty(),
                "{} {:?}: entries for strings the template does not have: {stale:?}",
                translation.template,
                translation.language
            );
            for (english, translated) in &table {
                assert!(
                    !translated.trim().is_empty(),
                    "{} {:?}: empty translation of {english:?}",
                    translation.template,
                    translation.language
                );
            }
        }
    }

    #[test]
    fn every_template_loads_and_round_trips() {
        for template in ALL {
            let journey = template
                .journey()
                .unwrap_or_else(|e| panic!("template {} does not load: {e}", template.name));
            assert!(!journey.stages.is_empty(), "{} has stages", template.name);
            let text = file::to_text(&journey);
            let back = file::parse(&text, Path::new("x")).unwrap();
            assert_eq!(back, journey, "{} round-trips", template.name);
        }
    }

    #[test]
    fn example_templates_are_real_maps() {
        for template in ALL.iter().filter(|t| t.name != "blank") {
            let journey = template.journey().unwrap();
            assert!(
                journey.cards.len() >= 20,
                "{} has example cards",
                template.name
            );
            assert!(
                journey.personas.len() >= 2,
                "{} has personas",
                template.name
            );
            for persona in &journey.personas {
                let scored = journey
                    .cards
                    .iter()
                    .filter(|c| c.emotions.contains_key(&persona.id))
                    .count();
                assert!(
                    scored >= 3,
                    "{} scores persona {}",
                    template.name,
                    persona.name
                );
            }
        }
        let stages: Vec<String> = find("full-cycle")
            .unwrap()
            .journey()
            .unwrap()
            .stages
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(stages.len(), 8);
    }
}
