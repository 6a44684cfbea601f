//! Any text given to the CSV importer: an error or a valid document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(imported) = journeymap::interop::csv_import::import(text, Path::new("fuzz.csv"))
    {
        assert!(imported.journey.problems().is_empty());
    }
});
