//! `entente generate --nodes N --edges M --seed S -o big.json`: writes a
//! synthetic relations document (see [`crate::generate`]) for benchmarks and
//! for trying the app on big graphs. The JSON is compact unless `--pretty`
//! (a 100k/300k document is about half the size that way). `--edge-list`
//! also writes the graph as "subject object" node-index lines, one edge a
//! line, for other graph tools (e.g. `scripts/igraph_baseline.py`).

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::generate::generate;
use crate::io::atomic::write_atomic;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Number of entities.
    #[arg(long, default_value_t = 1000)]
    pub nodes: usize,

    /// Number of relations.
    #[arg(long, default_value_t = 3000)]
    pub edges: usize,

    /// Seed: the same seed gives the same document.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,

    /// Where to write the document; standard output when left out.
    #[arg(short, long)]
    pub output: Option<PathBuf>,

    /// Indent the JSON (bigger, easier to read).
    #[arg(long)]
    pub pretty: bool,

    /// Also write the edges as "subject object" node-index lines here.
    #[arg(long)]
    pub edge_list: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let document = generate(args.nodes, args.edges, args.seed);
    let json = if args.pretty {
        serde_json::to_vec_pretty(&document)
    } else {
        serde_json::to_vec(&document)
    }
    .context("serialising the generated document")?;

    match &args.output {
        Some(path) => write_atomic(path, &json).with_context(|| format!("writing {}", path.display()))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&json).context("writing to standard output")?;
            stdout.write_all(b"\n").context("writing to standard output")?;
        }
    }

    if let Some(path) = &args.edge_list {
        let mut lines = String::with_capacity(document.relations.len() * 14);
        let index_of = |id: &str| id.strip_prefix('e').and_then(|n| n.parse::<usize>().ok());
        for relation in &document.relations {
            let (Some(subject), Some(object)) = (index_of(&relation.subject), index_of(&relation.object)) else {
                anyhow::bail!("generated relation {} has an unexpected entity id", relation.id);
            };
            lines.push_str(&format!("{subject} {object}\n"));
        }
        write_atomic(path, lines.as_bytes()).with_context(|| format!("writing {}", path.display()))?;
    }

    eprintln!(
        "generated {} entities, {} relations ({:.1} MB) in {:.2} s",
        document.entities.len(),
        document.relations.len(),
        json.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
