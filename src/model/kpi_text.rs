//! A KPI written out as one line of text, for the map, the presentation and the reports.

use super::{Kpi, Language};

impl Kpi {
    /// The KPI as one line in `language`, numbers in the digits they were typed with:
    /// `CSAT 4.1/5 · target 4.5/5`, `NPS ۴۱ · هدف ۵۰`.
    pub fn text(&self, language: Language) -> String {
        // Words ("min", "days") get a space before them; signs ("%", "/5") do not.
        let unit = if self.unit.starts_with(char::is_alphabetic) {
            format!(" {}", self.unit)
        } else {
            self.unit.clone()
        };
        let mut text = self.name.clone();
        if let Some(value) = self.value {
            text.push_str(&format!(" {}{unit}", self.digits.format(value)));
        }
        if let Some(target) = self.target {
            text.push_str(&format!(
                " · {} {}{unit}",
                language.target(),
                self.digits.format(target)
            ));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Digits;

    fn kpi(unit: &str, value: Option<f64>, target: Option<f64>) -> Kpi {
        Kpi {
            name: "CSAT".into(),
            value,
            target,
            unit: unit.into(),
            digits: Digits::Latin,
        }
    }

    #[test]
    fn kpi_lines_read_naturally() {
        let en = Language::English;
        assert_eq!(
            kpi("/5", Some(4.1), Some(4.5)).text(en),
            "CSAT 4.1/5 · target 4.5/5"
        );
        assert_eq!(kpi("min", Some(9.0), None).text(en), "CSAT 9 min");
        assert_eq!(kpi("", None, Some(50.0)).text(en), "CSAT · target 50");
    }

    #[test]
    fn kpi_lines_keep_persian_digits_and_speak_the_map_language() {
        let kpi = Kpi {
            digits: Digits::Persian,
            ..kpi("/5", Some(4.5), Some(4.8))
        };
        assert_eq!(kpi.text(Language::Persian), "CSAT ۴٫۵/5 · هدف ۴٫۸/5");
    }
}
