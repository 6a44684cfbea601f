//! The built-in maps, embedded from `assets/templates/` at build time.

use crate::file::{self, LoadError};
use crate::model::Journey;
use std::path::Path;

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
pub const ALL: [Template; 5] = [
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
];

/// The template opened when the app starts without a file.
pub const EXAMPLE: &str = "full-cycle";

/// The template with this name.
pub fn find(name: &str) -> Option<&'static Template> {
    ALL.iter().find(|t| t.name == name)
}

impl Template {
    /// The template as a document.
    pub fn journey(&self) -> Result<Journey, LoadError> {
        let path = format!("<built-in template {}>", self.name);
        file::parse(self.text, Path::new(&path))
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
