//! Where the time of an export goes. Each phase is marked as it ends; with the environment
//! variable `JOURNEYMAP_TIMINGS` set, `journeymap export` prints them on standard error (the
//! README's breakdown is made with it). Marks cost nothing when off.

use std::time::{Duration, Instant};

/// The phases of one export and how long each took.
pub struct Phases {
    /// When the last phase ended, if timings are on.
    last: Option<Instant>,
    marks: Vec<(&'static str, Duration)>,
}

impl Phases {
    /// Timings off: marks are ignored.
    pub fn off() -> Phases {
        Phases {
            last: None,
            marks: Vec::new(),
        }
    }

    /// Timings on from now.
    pub fn on() -> Phases {
        Phases {
            last: Some(Instant::now()),
            marks: Vec::new(),
        }
    }

    /// On if `JOURNEYMAP_TIMINGS` is set.
    pub fn from_env() -> Phases {
        if std::env::var_os("JOURNEYMAP_TIMINGS").is_some() {
            Phases::on()
        } else {
            Phases::off()
        }
    }

    /// Ends the phase `name`, which began when the last one ended.
    pub fn mark(&mut self, name: &'static str) {
        if let Some(last) = self.last {
            let now = Instant::now();
            self.marks.push((name, now - last));
            self.last = Some(now);
        }
    }

    /// One line per phase ("name: 12.3 ms"), and the total; empty when off.
    pub fn report(&self) -> String {
        if self.last.is_none() {
            return String::new();
        }
        let total: Duration = self.marks.iter().map(|(_, d)| *d).sum();
        let mut text = String::new();
        for (name, took) in self.marks.iter().chain([&("total", total)]) {
            text.push_str(&format!("{name}: {:.1} ms\n", took.as_secs_f64() * 1000.0));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_count_only_when_on() {
        let mut off = Phases::off();
        off.mark("layout");
        assert_eq!(off.report(), "");
        let mut on = Phases::on();
        on.mark("layout");
        on.mark("encode");
        let report = on.report();
        assert!(report.starts_with("layout: "), "{report}");
        assert!(report.contains("\nencode: ") && report.contains("\ntotal: "));
    }
}
