//! The command line: `journeymap [FILE]`, `new`, `export`, `check`, `info`.

use crate::export::{self, ExportOptions};
use crate::file;
use crate::scene::ThemeKind;
use crate::templates;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// journeymap: a fast, local-first editor for customer journey maps.
///
/// With no command, opens the editor on FILE, or on an example map.
#[derive(Debug, Parser)]
#[command(name = "journeymap", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A map file (.journey.ron) to open in the editor.
    pub file: Option<PathBuf>,
    /// What to do instead of opening the editor.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands that work without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new map from a built-in template.
    New {
        /// The template: blank, lifecycle, buyer, full-cycle or service-blueprint.
        #[arg(long, short, default_value = "blank")]
        template: String,
        /// Where to write the map (.journey.ron). Refuses to overwrite an existing file.
        #[arg(long, short, required_unless_present = "list")]
        output: Option<PathBuf>,
        /// List the templates instead.
        #[arg(long)]
        list: bool,
    },
    /// Render a map to a PNG image.
    Export {
        /// The map to render.
        input: PathBuf,
        /// The PNG to write.
        #[arg(long, short)]
        output: PathBuf,
        /// Pixels per map point: 1 for screens, 2 or 4 for print.
        #[arg(long, short, default_value_t = 1.0)]
        scale: f32,
        /// Light or dark.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
    },
    /// Check map files; prints FILE:LINE:COL: message for each problem.
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Describe a map: title, personas, lanes, stages and cards.
    Info {
        /// The map to describe.
        file: PathBuf,
        /// Print JSON (the only format for now).
        #[arg(long)]
        json: bool,
    },
}

/// The export themes, as the command line spells them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ThemeArg {
    /// Dark text on light paper.
    Light,
    /// Light text on a dark background.
    Dark,
}

impl From<ThemeArg> for ThemeKind {
    fn from(value: ThemeArg) -> Self {
        match value {
            ThemeArg::Light => ThemeKind::Light,
            ThemeArg::Dark => ThemeKind::Dark,
        }
    }
}

/// Runs a command that needs no window; prints its messages and returns the exit code.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::New {
            template,
            output,
            list,
        } => new(&template, output.as_deref(), list),
        Command::Export {
            input,
            output,
            scale,
            theme,
        } => export_map(&input, &output, scale, theme.into()),
        Command::Check { files } => check(&files),
        Command::Info { file, json: _ } => info(&file),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("journeymap: {message}");
            }
            ExitCode::FAILURE
        }
    }
}

fn new(template: &str, output: Option<&Path>, list: bool) -> Result<(), String> {
    if list {
        for t in templates::ALL {
            println!("{:<18} {}", t.name, t.summary);
        }
        return Ok(());
    }
    let Some(output) = output else {
        return Err("new: --output is required".into());
    };
    let names: Vec<&str> = templates::ALL.iter().map(|t| t.name).collect();
    let found = templates::find(template).ok_or_else(|| {
        format!(
            "unknown template {template:?}; expected one of: {}",
            names.join(", ")
        )
    })?;
    if output.exists() {
        return Err(format!(
            "{}: already exists; choose another name or delete it first",
            output.display()
        ));
    }
    let journey = found.journey().map_err(|e| e.to_string())?;
    file::save(&journey, output).map_err(|e| e.to_string())?;
    println!("{}: created from template {}", output.display(), found.name);
    Ok(())
}

fn export_map(input: &Path, output: &Path, scale: f32, theme: ThemeKind) -> Result<(), String> {
    let journey = file::load(input).map_err(|e| e.to_string())?;
    export::export_png(&journey, output, &ExportOptions { scale, theme }).map_err(|e| match e {
        export::ExportError::Write { .. } => e.to_string(),
        other => format!("{}: {other}", input.display()),
    })
}

fn check(files: &[PathBuf]) -> Result<(), String> {
    let mut failed = false;
    for path in files {
        match file::load(path) {
            Ok(journey) => println!(
                "{}: ok ({} stages, {} lanes, {} cards)",
                path.display(),
                journey.stages.len(),
                journey.lanes.len(),
                journey.cards.len()
            ),
            Err(error) => {
                failed = true;
                for line in error.lines() {
                    println!("{line}");
                }
            }
        }
    }
    // The problems are already printed, one per line, on stdout.
    if failed { Err(String::new()) } else { Ok(()) }
}

fn info(path: &Path) -> Result<(), String> {
    let journey = file::load(path).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&crate::info::Info::of(&journey))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    println!("{json}");
    Ok(())
}
