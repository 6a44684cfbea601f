//! The command line: `journeymap [FILE]`, `new`, `export`, `import`, `check`, `fmt`, `info`.

use crate::export::{self, ExportOptions};
use crate::file;
use crate::interop;
use crate::interop::table::{self, Separator, TableOptions, TextEncoding};
use crate::model::Language;
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
    /// Open the editor comparing FILE with this map (as File › Compare with… does): FILE is
    /// shown with what changed since this one.
    #[arg(long, value_name = "OTHER", requires = "file")]
    pub compare: Option<PathBuf>,
    /// What to do instead of opening the editor.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// The commands that work without a window.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Create a new map from a built-in template.
    New {
        /// The template: blank, lifecycle, buyer, full-cycle or service-blueprint.
        #[arg(long, short, default_value = "blank")]
        template: String,
        /// Where to write the map (.journey.ron). Refuses to overwrite an existing file.
        #[arg(long, short, required_unless_present = "list")]
        output: Option<PathBuf>,
        /// The language of the map's text: en, fa, ar, tr or ru. Persian and Arabic maps read
        /// from right to left.
        #[arg(long, default_value = "en")]
        lang: String,
        /// List the templates instead.
        #[arg(long)]
        list: bool,
        /// Add this many generated cards (long and short text, every lane kind, scores for
        /// several personas): a large map for benchmarks or for trying the editor at scale.
        #[arg(long, value_name = "N")]
        cards: Option<usize>,
    },
    /// Export a map: a PNG image, a Mermaid journey (.mmd), a Markdown report (.md) or a table
    /// of its cards for a spreadsheet (.csv, .tsv), by the output's extension.
    Export {
        /// The map to export.
        input: PathBuf,
        /// List every item a note is about (cards left out, …), not only the first five.
        #[arg(long)]
        verbose: bool,
        /// The file to write: .png, .mmd (or .mermaid), .md, .csv or .tsv.
        #[arg(long, short)]
        output: PathBuf,
        /// The column separator of a .csv: `,` (the default), `;` (for Excel where the comma is
        /// the decimal mark: Russian, Turkish, German…) or `tab`.
        #[arg(long, value_parser = parse_separator)]
        separator: Option<Separator>,
        /// Pixels per map point: 1 for screens, 2 or 4 for print.
        #[arg(long, short, default_value_t = 1.0)]
        scale: f32,
        /// Light or dark.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
    },
    /// Make a map from a Mermaid journey (.mmd, .mermaid, or a .md with a ```mermaid block) or a
    /// table of cards (.csv, .tsv, or Excel's "Unicode text" .txt).
    Import {
        /// The file to read.
        input: PathBuf,
        /// The encoding of a table, when it cannot be told: utf-8, utf-16, windows-1251,
        /// windows-1254 or windows-1256.
        #[arg(long, value_parser = parse_encoding)]
        encoding: Option<TextEncoding>,
        /// The column separator of a table, when it cannot be told: `,`, `;` or `tab`.
        #[arg(long, value_parser = parse_separator)]
        separator: Option<Separator>,
        /// The map to write (.journey.ron). Refuses to overwrite an existing file.
        #[arg(long, short)]
        output: PathBuf,
        /// List every item a warning is about, not only the first five.
        #[arg(long)]
        verbose: bool,
    },
    /// Check map files; prints FILE:LINE:COL: message for each problem, and a warning for each
    /// picture that cannot be shown (missing, unreadable, or not inside the map's assets folder).
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Rewrite maps in the canonical form the editor saves: in place, atomically, keeping links and
    /// permissions, no backup. A map that does not load is reported and left as it is.
    Fmt {
        /// The maps to rewrite.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; name the files that are not in canonical form and exit with 1 if any.
        #[arg(long)]
        check: bool,
    },
    /// What changed between two maps, matched by id: in words grouped by stage, or JSON.
    /// Exit 0 when it ran, 1 on bad input, 2 on wrong usage; with --exit-code, 3 when the maps
    /// differ
    Diff {
        /// The map before.
        old: PathBuf,
        /// The map after.
        new: PathBuf,
        /// Print JSON for tools (a stable shape: see the README).
        #[arg(long)]
        json: bool,
        /// Print long texts in full instead of shortened.
        #[arg(long)]
        full: bool,
        /// Exit with 3 when the maps differ, so scripts can tell.
        #[arg(long)]
        exit_code: bool,
        /// Also draw the changes on the new map into this PNG: added cards outlined in one
        /// colour, changed ones in another, removed ones as ghosts, old curves dashed.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Pixels per map point of the picture.
        #[arg(long, short, default_value_t = 1.0)]
        scale: f32,
        /// Light or dark picture.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
    },
    /// Merge two people's versions of a map by id: git's merge driver (`journeymap merge %O %A
    /// %B`, see the README), or, with two files and no base, the "conflicted copies" of a synced
    /// folder (every difference recorded as a conflict). The result goes over OURS, or to
    /// --output. Exit 0 clean, 1 with conflicts (recorded in the map) or bad input, 2 wrong usage
    Merge {
        /// BASE OURS THEIRS, or OURS THEIRS without a common base.
        #[arg(num_args = 2..=3, required = true, value_name = "FILES")]
        files: Vec<PathBuf>,
        /// Write the result here instead of over OURS.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// git's external diff driver: set `diff.journeymap.command` to `journeymap git-diff` and
    /// mark maps `diff=journeymap` in .gitattributes (see the README). Always exits 0
    #[command(name = "git-diff")]
    GitDiff {
        /// What git passes: path, old file, old hash, old mode, new file, new hash, new mode
        /// (and new path and a note for a rename), or just the path when it is unmerged.
        #[arg(num_args = 1..=9, allow_hyphen_values = true, required = true)]
        args: Vec<String>,
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

fn parse_separator(name: &str) -> Result<Separator, String> {
    Separator::from_name(name).ok_or_else(|| format!("{name:?}: expected `,`, `;` or `tab`"))
}

fn parse_encoding(name: &str) -> Result<TextEncoding, String> {
    TextEncoding::from_name(name).ok_or_else(|| {
        format!("{name:?}: expected utf-8, utf-16, windows-1251, windows-1254 or windows-1256")
    })
}

/// The export themes, as the command line spells them.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ThemeArg {
    /// Dark text on light paper.
    Light,
    /// Light text on a dark background.
    Dark,
    /// Black on white, high contrast, for projectors.
    ProjectorLight,
    /// White on black, high contrast, for projectors.
    ProjectorDark,
}

impl From<ThemeArg> for ThemeKind {
    fn from(value: ThemeArg) -> Self {
        match value {
            ThemeArg::Light => ThemeKind::Light,
            ThemeArg::Dark => ThemeKind::Dark,
            ThemeArg::ProjectorLight => ThemeKind::ProjectorLight,
            ThemeArg::ProjectorDark => ThemeKind::ProjectorDark,
        }
    }
}

/// Runs a command that needs no window; prints its messages and returns the exit code.
pub fn run(command: CliCommand) -> ExitCode {
    stop_quietly_when_the_reader_leaves();
    if let CliCommand::Diff {
        old,
        new,
        json,
        full,
        exit_code,
        output,
        scale,
        theme,
    } = &command
    {
        let options = crate::cli_diff::DiffOptions {
            json: *json,
            full: *full,
            exit_code: *exit_code,
            picture: output.as_ref().map(|path| crate::cli_diff::Picture {
                path: path.clone(),
                options: crate::export::ExportOptions {
                    scale: *scale,
                    theme: (*theme).into(),
                    // The pictures the new map names are beside it.
                    pictures: Some(crate::file::pictures::assets_dir(new)),
                },
            }),
        };
        return crate::cli_diff::run(old, new, options);
    }
    if let CliCommand::Merge { files, output } = &command {
        return crate::cli_merge::run(files, output.as_deref());
    }
    if let CliCommand::GitDiff { args } = &command {
        return crate::cli_diff::git_driver(args);
    }
    let result = match command {
        CliCommand::New {
            template,
            output,
            lang,
            list,
            cards,
        } => new(&template, output.as_deref(), &lang, list, cards),
        CliCommand::Export {
            input,
            verbose,
            output,
            separator,
            scale,
            theme,
        } => export_map(
            &input,
            &output,
            &ExportOptions {
                scale,
                theme: theme.into(),
                pictures: Some(crate::file::pictures::assets_dir(&input)),
            },
            verbose,
            separator,
        ),
        CliCommand::Import {
            input,
            encoding,
            separator,
            output,
            verbose,
        } => {
            let options = TableOptions {
                encoding,
                separator,
            };
            import(&input, &output, verbose, options)
        }
        CliCommand::Check { files, strict } => crate::cli_files::check(&files, strict),
        CliCommand::Fmt { files, check } => crate::cli_files::fmt(&files, check),
        CliCommand::Info { file, json: _ } => crate::cli_files::info(&file),
        // Handled above: they choose their own exit codes.
        CliCommand::Diff { .. } | CliCommand::GitDiff { .. } | CliCommand::Merge { .. } => Ok(()),
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

fn new(
    template: &str,
    output: Option<&Path>,
    lang: &str,
    list: bool,
    cards: Option<usize>,
) -> Result<(), String> {
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
    let language = Language::from_code(lang).ok_or_else(|| {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        format!(
            "unknown language {lang:?}; expected one of: {}",
            codes.join(", ")
        )
    })?;
    if output.exists() {
        return Err(format!(
            "{}: already exists; choose another name or delete it first",
            output.display()
        ));
    }
    let mut journey = found.journey_in(language).map_err(|e| e.to_string())?;
    if let Some(count) = cards {
        // The template's own cards count too: a map over the limit could not be opened.
        let room = crate::file::MAX_CARDS.saturating_sub(journey.cards.len());
        if count > room {
            return Err(format!(
                "--cards {count} is more than a map may hold ({}): the template {} has {} cards \
                 of its own, so at most {room} can be added",
                crate::file::MAX_CARDS,
                found.name,
                journey.cards.len()
            ));
        }
        journey = crate::generate::generate(journey, count);
    }
    // The pictures first: the map never names a picture its folder lacks.
    templates::write_pictures(&journey, &file::pictures::assets_dir(output))
        .map_err(|e| e.to_string())?;
    file::save(&journey, output).map_err(|e| e.to_string())?;
    println!(
        "{}: created from template {} ({})",
        output.display(),
        found.name,
        language.native_name()
    );
    Ok(())
}

fn export_map(
    input: &Path,
    output: &Path,
    options: &ExportOptions,
    verbose: bool,
    separator: Option<Separator>,
) -> Result<(), String> {
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !matches!(
        extension.as_str(),
        "png" | "mmd" | "mermaid" | "md" | "csv" | "tsv"
    ) {
        return Err(format!(
            "{}: unknown output format; expected a name ending in .png, .mmd, .mermaid, .md, .csv \
             or .tsv",
            output.display()
        ));
    }
    if same_file(input, output) {
        return Err(format!(
            "{}: the output would overwrite the input",
            output.display()
        ));
    }
    let mut phases = export::Phases::from_env();
    let journey = file::load(input).map_err(|e| e.to_string())?;
    phases.mark("loading the map");
    let text = match extension.as_str() {
        "png" => {
            let result = export::export_png_timed(&journey, output, options, &mut phases);
            eprint!("{}", phases.report());
            let problems = result.map_err(|e| match e {
                export::ExportError::Write { .. } => e.to_string(),
                other => format!("{}: {other}", input.display()),
            })?;
            for problem in problems {
                eprintln!("{}: {problem}", input.display());
            }
            return Ok(());
        }
        "md" => interop::markdown::export(&journey),
        "csv" | "tsv" => {
            let default = if extension == "tsv" {
                Separator::Tab
            } else {
                Separator::Comma
            };
            let table = table::export(&journey, None, separator.unwrap_or(default), "\r\n");
            // A byte-order mark, so that Excel reads the file as UTF-8.
            format!("\u{feff}{table}")
        }
        _ => {
            let (text, notes) = interop::mermaid::export(&journey);
            for note in notes {
                eprintln!("journeymap: note: {}", note.show(verbose));
            }
            text
        }
    };
    file::write_atomic(output, text.as_bytes())
        .map_err(|e| format!("{}: cannot write: {e}", output.display()))
}

fn import(input: &Path, output: &Path, verbose: bool, options: TableOptions) -> Result<(), String> {
    if output.exists() {
        return Err(format!(
            "{}: already exists; choose another name or delete it first",
            output.display()
        ));
    }
    let mut imported = interop::import_with(input, options).map_err(|e| e.to_string())?;
    // Beside the new map, where it will look for them.
    imported.store_pictures(&file::pictures::assets_dir(output));
    for warning in &imported.warnings {
        eprintln!("journeymap: warning: {}", warning.show(verbose));
    }
    file::save(&imported.journey, output).map_err(|e| e.to_string())?;
    let journey = &imported.journey;
    println!(
        "{}: imported {} stages, {} cards, {} personas from {}",
        output.display(),
        journey.stages.len(),
        journey.cards.len(),
        journey.personas.len(),
        input.display()
    );
    Ok(())
}

/// Whether two paths name the same existing file.
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Lets the system end the process when what it prints into has closed (`journeymap info MAP |
/// head`), as other command-line tools end, instead of a panic at the next line printed. Rust
/// ignores that signal, which turns the closed pipe into an error of every `println!`.
fn stop_quietly_when_the_reader_leaves() {
    #[cfg(unix)]
    {
        // SAFETY: restores the default action of one signal; no handler of ours is involved.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    }
}
