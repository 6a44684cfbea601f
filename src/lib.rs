//! journeymap: a fast, local-first desktop editor for customer journey maps.
//!
//! The layers, from the inside out: [`model`] (plain data), [`edit`] (changes with inverses),
//! [`file`] (RON load and save), [`templates`] (built-in maps), [`layout`] (geometry and hit
//! testing), [`scene`] (shapes), [`export`] (PNG on the CPU), [`app`] (the window), and [`cli`].

// The app is where functions grew long before: keep them short (threshold in .clippy.toml).
#[warn(clippy::too_many_lines)]
pub mod app;
pub mod cli;
pub mod cli_diff;
pub mod cli_files;
pub mod cli_merge;
pub mod diff;
pub mod edit;
pub mod export;
pub mod file;
pub mod fonts;
pub mod generate;
pub mod i18n;
pub mod info;
pub mod interop;
pub mod layout;
pub mod memory;
pub mod merge;
pub mod model;
pub mod presentation_forks;
pub mod presentation_rules;
pub mod scene;
pub mod templates;

#[cfg(test)]
mod layers_tests;

/// Every frame tessellates meshes of megabytes; the system allocator hands such blocks back to
/// the kernel when they are freed and faults fresh zeroed pages in on the next frame, which cost
/// more than drawing. mimalloc keeps and reuses them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
