//! The command line: `entente [FILE]` opens the app; verbs do the same work
//! without a window (extract, eval, generate, export, bench). Each verb lives
//! in its own file with its clap arguments and a `run` function.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub mod bench;
pub mod eval;
pub mod export;
pub mod extract;
pub mod generate;

/// Entente turns English news articles into a map of who relates to whom.
#[derive(Parser, Debug)]
#[command(name = "entente", version, about)]
pub struct Cli {
    /// A relations document (.json) or an article (.txt) to open in the app.
    /// Without one the app opens the built-in sample.
    pub file: Option<PathBuf>,

    /// Start with default settings, ignoring the remembered window state.
    #[arg(long)]
    pub fresh: bool,

    #[command(subcommand)]
    pub command: Option<Verb>,
}

#[derive(Subcommand, Debug)]
pub enum Verb {
    /// Extract relations from articles (.txt files or folders) into one document.
    Extract(extract::Args),
    /// Score a relations document against a gold annotation.
    Eval(eval::Args),
    /// Export a document (or an article) as json, csv, graphml, gexf, dot, svg or png.
    Export(export::Args),
    /// Measure loading, layout and drawing on a generated graph.
    Bench(bench::Args),
    /// Write a synthetic relations document of a given size (for benchmarks).
    Generate(generate::Args),
}
