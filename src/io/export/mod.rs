//! Exports of what is shown, for other tools and for people: the v1 JSON
//! document, CSV tables, GraphML and GEXF (Gephi, networkx, Cytoscape),
//! Graphviz DOT, and an SVG or PNG picture of the diagram.
//!
//! Every format takes the model, an optional [`Visibility`] (an export of a
//! filtered view holds only the visible entities, and the relations whose
//! two ends are visible) and optional node positions. The graph formats
//! carry every attribute an analyst filters on (kind, label, negation,
//! modality, dates, confidence, evidence sentences) as typed attributes; the
//! pictures draw with [`crate::palette`], as the window does. When the
//! pictures get no positions, [`positions_for`] runs the force layout.
//!
//! CSV is two files, one per table: [`export_files`] names them
//! `OUT_nodes.csv` and `OUT_edges.csv` (an `.csv` extension on `OUT` is
//! dropped first), which is what Gephi's spreadsheet import and
//! `pandas.read_csv` expect. Every other format is one file. XML is written
//! with `quick-xml`, so names and sentences are escaped properly.

mod csv;
mod dot;
mod gexf;
mod graphml;
mod json;
mod png;
mod svg;
mod xml;

use std::path::{Path, PathBuf};
use std::str::FromStr;

use petgraph::graph::EdgeIndex;

use crate::analysis::filter::Visibility;
use crate::model::{Entity, Model, Relation};

pub use csv::CsvTables;
pub use png::png_from_svg;
pub use svg::node_radius_px;

use csv::to_csv;
use dot::to_dot;
use gexf::to_gexf;
use graphml::to_graphml;
use json::to_json;
use png::to_png;
use svg::to_svg;

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Json,
    Csv,
    Graphml,
    Gexf,
    Dot,
    Svg,
    Png,
}

impl Format {
    pub const ALL: [Self; 7] = [
        Self::Json,
        Self::Csv,
        Self::Graphml,
        Self::Gexf,
        Self::Dot,
        Self::Svg,
        Self::Png,
    ];

    /// The name used on the command line, e.g. `"graphml"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Csv => "csv",
            Self::Graphml => "graphml",
            Self::Gexf => "gexf",
            Self::Dot => "dot",
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Csv => "csv",
            Self::Graphml => "graphml",
            Self::Gexf => "gexf",
            Self::Dot => "gv",
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }

    /// Words for a menu or a file dialog filter.
    pub fn description(self) -> &'static str {
        match self {
            Self::Json => "Entente relations document (JSON)",
            Self::Csv => "CSV tables (nodes and edges)",
            Self::Graphml => "GraphML (Gephi, networkx, Cytoscape, yEd)",
            Self::Gexf => "GEXF (Gephi, networkx)",
            Self::Dot => "Graphviz DOT",
            Self::Svg => "SVG picture",
            Self::Png => "PNG picture",
        }
    }

    /// True for the pictures, which are drawn from node positions. GEXF uses
    /// positions when given but does not need them.
    pub fn needs_positions(self) -> bool {
        matches!(self, Self::Svg | Self::Png)
    }

    /// The format a file name's extension suggests (`gv` and `dot` are DOT,
    /// `xml` is GraphML).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "gv" | "dot" => Some(Self::Dot),
            "xml" => Some(Self::Graphml),
            other => other.parse().ok(),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = ExportError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let lower = text.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|format| format.as_str() == lower)
            .or(match lower.as_str() {
                "gv" => Some(Self::Dot),
                _ => None,
            })
            .ok_or_else(|| ExportError::UnknownFormat(text.to_owned()))
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "unknown export format {0:?} (expected one of json, csv, graphml, gexf, dot, svg, png)"
    )]
    UnknownFormat(String),

    #[error("CSV is two files (nodes and edges): use export_files or export_csv")]
    SeveralFiles,

    #[error("{count} positions given for {nodes} entities")]
    PositionCount { count: usize, nodes: usize },

    #[error("the picture would be {width_px} x {height_px} pixels, more than a PNG export allows")]
    TooLarge { width_px: u32, height_px: u32 },

    #[error("cannot render the picture: {0}")]
    Render(String),

    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("writing XML: {0}")]
    Xml(#[from] std::io::Error),
}

/// One file of an export: where it goes and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportedFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The bytes of a single-file export. CSV, which is two files, gives
/// [`ExportError::SeveralFiles`]: use [`export_files`] or [`export_csv`].
pub fn export(
    model: &Model,
    visibility: Option<&Visibility>,
    positions: Option<&[[f32; 2]]>,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    let shown = Shown::new(model, visibility);
    if let Some(positions) = positions
        && positions.len() != model.node_count()
    {
        return Err(ExportError::PositionCount {
            count: positions.len(),
            nodes: model.node_count(),
        });
    }
    let computed;
    let positions_or_layout = match positions {
        Some(given) => Some(given),
        None if format.needs_positions() => {
            computed = positions_for(model, visibility);
            Some(computed.as_slice())
        }
        None => None,
    };
    match format {
        Format::Json => Ok(to_json(&shown).into_bytes()),
        Format::Csv => Err(ExportError::SeveralFiles),
        Format::Graphml => to_graphml(&shown, positions),
        Format::Gexf => to_gexf(&shown, positions),
        Format::Dot => Ok(to_dot(&shown, positions).into_bytes()),
        Format::Svg => to_svg(&shown, positions_or_layout.unwrap_or_default()),
        Format::Png => to_png(&shown, positions_or_layout.unwrap_or_default()),
    }
}

/// The files of an export to `path`: one file, or for CSV `STEM_nodes.csv`
/// and `STEM_edges.csv` beside it.
pub fn export_files(
    model: &Model,
    visibility: Option<&Visibility>,
    positions: Option<&[[f32; 2]]>,
    format: Format,
    path: &Path,
) -> Result<Vec<ExportedFile>, ExportError> {
    if format != Format::Csv {
        let bytes = export(model, visibility, positions, format)?;
        return Ok(vec![ExportedFile {
            path: path.to_owned(),
            bytes,
        }]);
    }
    let tables = to_csv(&Shown::new(model, visibility), positions);
    let [nodes_path, edges_path] = csv_paths(path);
    Ok(vec![
        ExportedFile {
            path: nodes_path,
            bytes: tables.nodes.into_bytes(),
        },
        ExportedFile {
            path: edges_path,
            bytes: tables.edges.into_bytes(),
        },
    ])
}

/// The two CSV tables (nodes, edges) of what is shown.
pub fn export_csv(
    model: &Model,
    visibility: Option<&Visibility>,
    positions: Option<&[[f32; 2]]>,
) -> CsvTables {
    to_csv(&Shown::new(model, visibility), positions)
}

/// Exports to `path` and writes the file(s) atomically; returns the paths
/// written.
pub fn write_export(
    model: &Model,
    visibility: Option<&Visibility>,
    positions: Option<&[[f32; 2]]>,
    format: Format,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let files = export_files(model, visibility, positions, format, path)?;
    let mut written = Vec::with_capacity(files.len());
    for file in files {
        crate::io::atomic::write_atomic(&file.path, &file.bytes).map_err(|source| {
            ExportError::Write {
                path: file.path.clone(),
                source,
            }
        })?;
        written.push(file.path);
    }
    Ok(written)
}

/// `OUT_nodes.csv` and `OUT_edges.csv` for an export to `OUT` or `OUT.csv`.
pub fn csv_paths(path: &Path) -> [PathBuf; 2] {
    let has_csv_extension = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let stem = if has_csv_extension {
        path.with_extension("")
    } else {
        path.to_owned()
    };
    let with_suffix = |suffix: &str| {
        let mut name = stem.file_name().unwrap_or_default().to_os_string();
        name.push(suffix);
        stem.with_file_name(name)
    };
    [with_suffix("_nodes.csv"), with_suffix("_edges.csv")]
}

/// Positions for a picture when the caller has none: the force layout of
/// the visible graph, run until it settles (at most a few hundred steps),
/// from a fixed seed so the same document gives the same picture.
pub fn positions_for(model: &Model, visibility: Option<&Visibility>) -> Vec<[f32; 2]> {
    const MAX_STEPS: usize = 800;
    let mut layout = crate::layout::ForceLayout::new(model.node_count(), &model.edge_pairs(), 1);
    if let Some(visibility) = visibility {
        layout.set_active(Some(&visibility.nodes));
    }
    for _ in 0..MAX_STEPS {
        if !layout.step() {
            break;
        }
    }
    layout.positions().to_vec()
}

/// The visible part of a model, as the formats walk it: node and edge
/// indices in model order, and each node's visible degree.
pub(crate) struct Shown<'a> {
    pub model: &'a Model,
    pub nodes: Vec<usize>,
    pub edges: Vec<usize>,
    pub degrees: Vec<usize>,
}

impl<'a> Shown<'a> {
    pub(crate) fn new(model: &'a Model, visibility: Option<&Visibility>) -> Self {
        let mut visible = visibility
            .cloned()
            .unwrap_or_else(|| Visibility::all(model));
        visible.nodes.resize(model.node_count(), false);
        visible.edges.resize(model.edge_count(), false);
        visible.hide_dangling_edges(model);
        let nodes = (0..model.node_count())
            .filter(|&i| visible.node_index(i))
            .collect();
        let edges = (0..model.edge_count())
            .filter(|&i| visible.edge_index(i))
            .collect();
        let degrees = visible.degrees(model);
        Self {
            model,
            nodes,
            edges,
            degrees,
        }
    }

    pub(crate) fn entities(&self) -> impl Iterator<Item = (usize, &'a Entity)> + '_ {
        self.nodes
            .iter()
            .filter_map(|&i| Some((i, self.model.document.entities.get(i)?)))
    }

    /// `(edge index, relation, subject entity, object entity)`.
    pub(crate) fn relations(
        &self,
    ) -> impl Iterator<Item = (usize, &'a Relation, &'a Entity, &'a Entity)> + '_ {
        self.edges.iter().filter_map(|&i| {
            let (a, b) = self.model.ends(EdgeIndex::new(i))?;
            Some((
                i,
                self.model.document.relations.get(i)?,
                self.model.entity(a)?,
                self.model.entity(b)?,
            ))
        })
    }

    pub(crate) fn degree(&self, node: usize) -> usize {
        self.degrees.get(node).copied().unwrap_or(0)
    }
}

/// The words shown for a relation: its own label, or its kind's.
pub(crate) fn relation_label(relation: &Relation) -> String {
    match &relation.label {
        Some(label) if !label.trim().is_empty() => label.clone(),
        _ => relation.kind.label().to_owned(),
    }
}

/// The typed attributes every edge carries in GraphML and GEXF, in the order
/// they are written; dates and evidence are left out when absent. One list,
/// so the two formats cannot drift apart.
pub(crate) fn relation_attributes(relation: &Relation) -> Vec<(&'static str, String)> {
    let mut attributes = vec![
        ("kind", relation.kind.as_str().to_owned()),
        ("symmetric", graphml::bool_text(relation.kind.is_symmetric()).to_owned()),
        ("negated", graphml::bool_text(relation.negated).to_owned()),
        ("modality", relation.modality.as_str().to_owned()),
    ];
    if let Some(date) = &relation.date {
        attributes.push(("date", date.clone()));
    }
    if let Some(date_iso) = &relation.date_iso {
        attributes.push(("date_iso", date_iso.clone()));
    }
    attributes.push(("confidence", relation.confidence.to_string()));
    attributes.push(("support", relation.evidence.len().to_string()));
    if !relation.evidence.is_empty() {
        attributes.push(("evidence", evidence_text(relation)));
        let mut documents: Vec<&str> = relation.evidence.iter().map(|e| e.document.as_str()).collect();
        documents.sort_unstable();
        documents.dedup();
        attributes.push(("documents", documents.join("; ")));
    }
    attributes
}

/// All evidence sentences of a relation, one per line.
pub(crate) fn evidence_text(relation: &Relation) -> String {
    relation
        .evidence
        .iter()
        .map(|e| e.sentence.trim())
        .collect::<Vec<_>>()
        .join("\n")
}
