//! The fonts every text of the map is drawn with, on screen, in tests and in the PNG export:
//! egui's own fonts first, then the bundled fallbacks for what they lack (Arabic script with
//! the Persian letters, and the emoji egui's Noto Emoji subset leaves out). See
//! `assets/fonts/README.md` for where the files come from and their licences.

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// Vazirmatn, Non-Latin build: Arabic, Persian, Arabic-Indic and Persian digits, ZWNJ.
const VAZIRMATN: &[u8] = include_bytes!("../assets/fonts/Vazirmatn-NL-Regular.ttf");
/// The emoji of Noto Emoji that egui's bundled copy does not have.
const NOTO_EMOJI_SUPPLEMENT: &[u8] = include_bytes!("../assets/fonts/NotoEmoji-Supplement.ttf");

/// The bundled fallback fonts, by the name they are registered under, in priority order.
pub const BUNDLED: [(&str, &[u8]); 2] = [
    ("Vazirmatn-NL", VAZIRMATN),
    ("NotoEmoji-Supplement", NOTO_EMOJI_SUPPLEMENT),
];

/// egui's default fonts with the bundled fallbacks appended to every family.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in BUNDLED {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(name.to_owned());
        }
    }
    fonts
}

/// Installs [`definitions`] in `ctx`; they are used from the next pass on.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// A context with the journeymap fonts already active, for headless rendering and tests.
pub fn context() -> egui::Context {
    let ctx = egui::Context::default();
    install(&ctx);
    // Fonts set before the first pass apply to it: egui swaps them in at `begin_pass`.
    ctx
}

/// Runs `f` with the journeymap fonts of a context that has begun a pass, as layout needs
/// (tests).
#[cfg(test)]
pub(crate) fn with_fonts<T>(f: impl FnOnce(&mut egui::epaint::text::FontsView<'_>) -> T) -> T {
    thread_local! {
        // Loading the fonts once per thread: it is most of a small layout's time.
        static CTX: egui::Context = context();
    }
    let ctx = CTX.with(Clone::clone);
    let (mut f, mut result) = (Some(f), None);
    let output = ctx.run_ui(egui::RawInput::default(), |ui| {
        if let Some(f) = f.take() {
            result = Some(ui.ctx().fonts_mut(f));
        }
    });
    output.drop_without_applying_deltas();
    result.expect("the pass ran")
}
