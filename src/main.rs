//! The `entente` binary: parses the command line, then either runs a verb or
//! opens the window.

use clap::Parser as _;

use entente::app::{APP_NAME, EntenteApp, StartOptions};
use entente::cli::{Cli, Verb};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(verb) => run_verb(verb),
        None => run_app(StartOptions {
            file: cli.file,
            fresh: cli.fresh,
        }),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("entente: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run_verb(verb: Verb) -> anyhow::Result<()> {
    match verb {
        Verb::Extract(args) => entente::cli::extract::run(args),
        Verb::Bench(args) => entente::cli::bench::run(args),
        Verb::Eval(args) => entente::cli::eval::run(args),
        Verb::Export(args) => entente::cli::export::run(args),
        Verb::Generate(args) => entente::cli::generate::run(args),
    }
}

fn run_app(options: StartOptions) -> anyhow::Result<()> {
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_NAME)
            .with_app_id("entente")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        APP_NAME,
        native_options,
        Box::new(move |cc| Ok(Box::new(EntenteApp::from_creation_context(cc, &options)))),
    )
    .map_err(|err| anyhow::anyhow!("could not open the window: {err}"))
}
