//! The `journeymap` binary: the editor, or a command-line tool when given a command.

use clap::Parser;
use journeymap::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => {
            // The editor stays open for hours and should stay small; a short command-line
            // export is faster with huge pages for its image buffers.
            journeymap::memory::prefer_small_pages();
            match journeymap::app::run(args.file, args.compare) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("journeymap: {message}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
