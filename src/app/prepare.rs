//! Making a document ready to show, off the UI thread: reading a file,
//! extracting an article, and building the model with every index the
//! window needs (geometry, entity lists, mentions, search, timeline, the
//! initial layout). The app swaps the result in whole, in one frame.

use std::path::{Path, PathBuf};

use crate::analysis::search::SearchIndex;
use crate::analysis::timeline::Timeline;
use crate::io::load::{self, Opened};
use crate::layout::force::{ForceLayout, ForceParams};
use crate::model::{Document, Model};
use crate::ui::graph_view::GraphGeometry;
use crate::ui::panels::article::MentionIndex;
use crate::ui::panels::legend::EntityLists;

/// Seed of the force layout: the same file gives the same picture.
pub const LAYOUT_SEED: u64 = 7;

/// Where the open document came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Sample,
    File(PathBuf),
    Pasted(String),
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Self::Sample => "sample (built in)".to_owned(),
            Self::File(path) => path.display().to_string(),
            Self::Pasted(title) => format!("pasted: {title}"),
        }
    }
}

/// A document made ready off the UI thread: the model and everything derived
/// from it that is expensive at scale.
pub struct Prepared {
    pub model: Model,
    pub geometry: GraphGeometry,
    pub lists: EntityLists,
    pub mentions: MentionIndex,
    pub search: SearchIndex,
    pub timeline: Timeline,
    pub force: ForceLayout,
    pub source: Source,
    pub warnings: Vec<String>,
}

impl Prepared {
    pub fn from_document(document: Document, source: Source, warnings: Vec<String>) -> Self {
        let model = Model::from_document(document);
        let geometry = GraphGeometry::from_model(&model);
        let lists = EntityLists::from_model(&model);
        let mentions = MentionIndex::from_model(&model);
        let search = SearchIndex::new(&model);
        let timeline = Timeline::new(&model);
        let force = ForceLayout::with_params(
            model.node_count(),
            &model.edge_pairs(),
            LAYOUT_SEED,
            app_force_params(),
        );
        Self {
            model,
            geometry,
            lists,
            mentions,
            search,
            timeline,
            force,
            source,
            warnings,
        }
    }
}

/// The window's force constants: more room between nodes than the library
/// default, since every node carries a label.
pub fn app_force_params() -> ForceParams {
    let defaults = ForceParams::default();
    ForceParams {
        link_distance: defaults.link_distance * 1.4,
        repulsion: defaults.repulsion * 2.0,
        min_node_distance: 0.8 * crate::layout::LINK_DISTANCE,
        ..defaults
    }
}

/// Reads and prepares a file (worker thread).
pub fn prepare_path(path: &Path, progress: &dyn Fn(f32)) -> Result<Prepared, String> {
    match load::open_path(path) {
        Ok(opened) => prepare_opened(path, opened, progress),
        Err(err) => Err(err.to_string()),
    }
}

fn prepare_opened(
    path: &Path,
    opened: Opened,
    progress: &dyn Fn(f32),
) -> Result<Prepared, String> {
    match opened {
        Opened::Document(document) => Ok(Prepared::from_document(
            document,
            Source::File(path.to_owned()),
            Vec::new(),
        )),
        Opened::Article { text, lossy } => {
            let mut warnings = Vec::new();
            if lossy {
                warnings.push("The file is not valid UTF-8; unreadable bytes were replaced.".to_owned());
            }
            let stem = path
                .file_stem()
                .map_or_else(|| "article".to_owned(), |s| s.to_string_lossy().into_owned());
            let mut prepared = prepare_article(&stem, &stem, &text, warnings, progress)?;
            prepared.source = Source::File(path.to_owned());
            Ok(prepared)
        }
    }
}

/// Extracts an article and prepares its graph (worker thread).
pub fn prepare_article(
    id: &str,
    title: &str,
    text: &str,
    warnings: Vec<String>,
    progress: &dyn Fn(f32),
) -> Result<Prepared, String> {
    if text.trim().is_empty() {
        return Err("The article is empty: there is nothing to extract".to_owned());
    }
    let document = crate::extract::extract_article_with_progress(id, title, text, progress);
    if document.entities.is_empty() {
        return Err(format!("Found no entities in {title}: is it an English news article?"));
    }
    Ok(Prepared::from_document(
        document,
        Source::Pasted(title.to_owned()),
        warnings,
    ))
}
