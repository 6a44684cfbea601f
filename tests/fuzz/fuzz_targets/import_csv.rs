//! Any bytes given to the table importer (every encoding and separator it guesses): an error or
//! a valid document. Pasting the same bytes as cells onto a map gives a valid map too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use journeymap::interop::table::{self, PasteTarget, TableOptions};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = table::import(data, Path::new("fuzz.csv"), TableOptions::default()) {
        assert!(imported.journey.problems().is_empty());
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let mut journey = journeymap::templates::find("blank")
            .and_then(|t| t.journey().ok())
            .expect("the blank template");
        let target = PasteTarget {
            stage: journey.stages[0].id,
            lane: journey.lanes[0].id,
        };
        if let Some((edit, _)) = table::paste(&journey, text, target) {
            edit.apply(&mut journey);
            assert!(journey.problems().is_empty());
        }
    }
});
