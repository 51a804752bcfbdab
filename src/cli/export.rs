//! `entente export IN -o OUT [--format FMT]`: writes a relations document
//! (or an article, extracted first) as JSON, CSV, GraphML, GEXF, DOT, SVG or
//! PNG, without a window. The format comes from `--format` or OUT's
//! extension. Pictures (and GEXF, whose positions Gephi shows) are laid out
//! by the force layout from a fixed seed, so the same input gives the same
//! file. `--filter FILE` applies a saved filter (the app's `Filter` as
//! JSON) so a filtered view can be exported from scripts too. CSV writes
//! `OUT_nodes.csv` and `OUT_edges.csv`. Files are written atomically.

use std::path::PathBuf;

use anyhow::{Context as _, bail};

use crate::analysis::filter::Filter;
use crate::io::export::{self, Format};
use crate::io::load::{self, Opened};
use crate::model::Model;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A relations document (.json) or an article (.txt) to export.
    pub input: PathBuf,

    /// Where to write (CSV: OUT_nodes.csv and OUT_edges.csv).
    #[arg(short, long)]
    pub output: PathBuf,

    /// json, csv, graphml, gexf, dot, svg or png; by default taken from the
    /// output's extension.
    #[arg(short, long)]
    pub format: Option<Format>,

    /// A filter saved as JSON (fields of the app's filter, all optional),
    /// e.g. {"hide_isolated": true, "hidden_entity_kinds": ["place"]}.
    #[arg(long)]
    pub filter: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let format = match args.format {
        Some(format) => format,
        None => match Format::from_path(&args.output) {
            Some(format) => format,
            None => bail!(
                "cannot tell the format from {}; pass --format (json, csv, graphml, gexf, dot, svg or png)",
                args.output.display()
            ),
        },
    };
    let document = match load::open_path(&args.input)? {
        Opened::Document(document) => document,
        Opened::Article { text, lossy } => {
            if lossy {
                eprintln!(
                    "note: {} is not valid UTF-8; unreadable bytes were replaced",
                    args.input.display()
                );
            }
            let name = args
                .input
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            crate::extract::extract_article(&name, &name, &text)
        }
    };
    let model = Model::from_document(document);
    let visibility = match &args.filter {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let filter: Filter = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a filter", path.display()))?;
            Some(filter.apply(&model))
        }
        None => None,
    };
    let positions = (format.needs_positions() || format == Format::Gexf)
        .then(|| export::positions_for(&model, visibility.as_ref()));
    let written = export::write_export(
        &model,
        visibility.as_ref(),
        positions.as_deref(),
        format,
        &args.output,
    )?;
    let (nodes, edges) = visibility
        .as_ref()
        .map_or((model.node_count(), model.edge_count()), |v| {
            (v.visible_node_count(), v.visible_edge_count())
        });
    for path in written {
        eprintln!(
            "wrote {} ({format}, {nodes} entities, {edges} relations)",
            path.display()
        );
    }
    Ok(())
}
