//! `entente extract ARTICLE.txt... [-o OUT.json]`: reads articles (files or
//! folders of `*.txt`) and writes one relations document, merged across
//! articles, to stdout or atomically to `-o`. Warnings go to stderr.

use std::path::PathBuf;

use anyhow::Context as _;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Article text files, or folders of `.txt` articles.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,

    /// Write the document here instead of to standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let (document, warnings) = crate::extract::extract_paths(&args.inputs)?;
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    let json = document.to_json();
    match &args.output {
        Some(path) => {
            crate::io::atomic::write_atomic(path, json.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "{} entities, {} relations written to {}",
                document.entities.len(),
                document.relations.len(),
                path.display()
            );
        }
        None => println!("{json}"),
    }
    Ok(())
}
