//! Any text given to the Mermaid importer: an error or a valid document that exports again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(imported) = journeymap::interop::mermaid::import(text, Path::new("fuzz.mmd"))
    {
        assert!(imported.journey.problems().is_empty());
        let (exported, _) = journeymap::interop::mermaid::export(&imported.journey);
        assert!(journeymap::interop::mermaid::import(&exported, Path::new("again.mmd")).is_ok());
    }
});
