//! `entente eval PRED.json GOLD.json`: scores a relations document against a
//! hand annotation with the rules of `shared/gold/README.md` (see
//! [`crate::eval`]) and prints a table, the misses with `--verbose`, or the
//! whole [`crate::eval::Scores`] as JSON with `--json`.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::eval::{Gold, score};
use crate::model::Document;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The predicted relations document (format v1), e.g. from `entente extract`.
    pub pred: PathBuf,

    /// The gold annotation (the format of `shared/gold/*.gold.json`).
    pub gold: PathBuf,

    /// Also list missed and wrongly predicted entities and relations.
    #[arg(long)]
    pub verbose: bool,

    /// Print the scores as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let pred_bytes =
        std::fs::read(&args.pred).with_context(|| format!("reading {}", args.pred.display()))?;
    let pred = Document::from_json_bytes(&pred_bytes)
        .with_context(|| format!("reading the predicted document {}", args.pred.display()))?;
    let gold_text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let gold = Gold::from_json(&gold_text)
        .with_context(|| format!("reading the gold file {}", args.gold.display()))?;

    let scores = score(&pred, &gold);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&scores)?);
    } else {
        print!("{}", scores.report(args.verbose));
    }
    Ok(())
}
