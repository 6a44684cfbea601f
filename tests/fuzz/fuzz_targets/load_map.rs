//! Any bytes given to the map loader: an error or a valid document, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(journey) = journeymap::file::parse(text, Path::new("fuzz.journey.ron"))
    {
        // Whatever loads must be consistent and save back to the same document.
        assert!(journey.problems().is_empty());
        let again = journeymap::file::parse(&journeymap::file::to_text(&journey), Path::new("again"));
        assert_eq!(again.ok().as_ref(), Some(&journey));
    }
});
