//! Numbers as people type them, in any of the digits the map's languages use.

/// Parses a number typed with Latin, Persian (۰–۹) or Arabic-Indic (٠–٩) digits, with `.` or the
/// Arabic decimal separator `٫`; `None` for anything else.
pub fn parse_number(text: &str) -> Option<f64> {
    let latin: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '٫' => '.',
            '−' => '-',
            other => other,
        })
        .collect();
    latin.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn numbers_in_every_digit_form() {
        assert_eq!(parse_number("4.5"), Some(4.5));
        assert_eq!(parse_number("۴٫۵"), Some(4.5));
        assert_eq!(parse_number("٤٢"), Some(42.0));
        assert_eq!(parse_number(" -3 "), Some(-3.0));
        assert_eq!(parse_number("4,5x"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
