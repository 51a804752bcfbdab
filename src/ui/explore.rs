//! The analyst's working state over one document: the filter, the focus on
//! a neighbourhood, expanded and collapsed nodes, the path being traced, and
//! how nodes are sized and coloured. What is shown is derived from these by
//! [`crate::analysis`], and recomputed only when one of them changes (the
//! [`ShowRequest`] is compared each frame, as rerun compares its layout
//! requests).

use petgraph::graph::{EdgeIndex, NodeIndex};

use crate::analysis::filter::{Filter, NodeOverrides, Visibility, focus};
use crate::analysis::metrics;
use crate::analysis::paths::{Hop, shortest_paths};
use crate::model::Model;

/// Filtered-out elements either disappear (and the layout closes up) or stay
/// in place, faded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FilterMode {
    #[default]
    Hide,
    Fade,
}

/// What node size stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SizeBy {
    #[default]
    Degree,
    Betweenness,
    PageRank,
    Uniform,
}

impl SizeBy {
    pub const ALL: [Self; 4] = [Self::Degree, Self::Betweenness, Self::PageRank, Self::Uniform];

    pub fn label(self) -> &'static str {
        match self {
            Self::Degree => "Degree",
            Self::Betweenness => "Betweenness",
            Self::PageRank => "PageRank",
            Self::Uniform => "Same size",
        }
    }
}

/// What node colour stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorBy {
    #[default]
    Kind,
    Community,
}

/// Everything that decides what is shown. Compared each frame.
#[derive(Clone, Debug, Default, PartialEq)]
struct ShowRequest {
    filter: Filter,
    focus: Option<(NodeIndex, u8)>,
    overrides: NodeOverrides,
}

/// Betweenness is exact up to this many nodes, sampled above.
const EXACT_BETWEENNESS_NODES: usize = 3_000;

#[derive(Default)]
pub struct ExploreState {
    pub filter: Filter,
    pub mode: FilterMode,
    /// Show only the neighbourhood of a node, to a depth of 1 to 3.
    pub focus: Option<(NodeIndex, u8)>,
    pub overrides: NodeOverrides,
    pub path_from: Option<NodeIndex>,
    pub path_to: Option<NodeIndex>,
    pub size_by: SizeBy,
    pub color_by: ColorBy,

    // Derived.
    shown_for: Option<ShowRequest>,
    /// What passes the filter (before focus), for expand / collapse.
    filtered: Option<Visibility>,
    shown: Option<Visibility>,
    paths_for: Option<(NodeIndex, NodeIndex, Vec<bool>)>,
    paths: Vec<Vec<Hop>>,
    sizes_for: Option<(SizeBy, Vec<bool>)>,
    node_radius: Vec<f32>,
    communities_for: Option<Vec<bool>>,
    community: Vec<usize>,
}

impl ExploreState {
    /// Forgets everything (a new document).
    pub fn reset(&mut self) {
        *self = Self {
            mode: self.mode,
            size_by: self.size_by,
            color_by: self.color_by,
            ..Self::default()
        };
    }

    fn request(&self) -> ShowRequest {
        ShowRequest {
            filter: self.filter.clone(),
            focus: self.focus,
            overrides: self.overrides.clone(),
        }
    }

    /// Recomputes what changed. Returns true when the set of shown elements
    /// changed (the layout should adapt).
    pub fn update(&mut self, model: &Model) -> bool {
        let request = self.request();
        let mut changed = false;
        if self.shown_for.as_ref() != Some(&request) || self.shown.is_none() {
            let filtered = self.filter.apply(model);
            let focused = match self.focus {
                Some((node, depth)) if filtered.node(node) => focus(model, &[node], depth, &filtered),
                _ => filtered.clone(),
            };
            let shown = self.overrides.apply(model, &filtered, &focused);
            self.filtered = Some(filtered);
            self.shown = Some(shown);
            self.shown_for = Some(request);
            changed = true;
        }
        let Some(shown) = &self.shown else { return changed };

        let key = (self.path_from, self.path_to);
        if let (Some(from), Some(to)) = key {
            let fresh = self
                .paths_for
                .as_ref()
                .is_none_or(|(f, t, v)| (*f, *t) != (from, to) || v != &shown.nodes);
            if fresh {
                self.paths = shortest_paths(model, shown, from, to, 10);
                self.paths_for = Some((from, to, shown.nodes.clone()));
            }
        } else {
            self.paths.clear();
            self.paths_for = None;
        }

        let fresh_sizes = self
            .sizes_for
            .as_ref()
            .is_none_or(|(by, v)| *by != self.size_by || v != &shown.nodes);
        if fresh_sizes {
            self.node_radius = node_radius(model, shown, self.size_by);
            self.sizes_for = Some((self.size_by, shown.nodes.clone()));
        }
        if self.color_by == ColorBy::Community
            && self.communities_for.as_ref() != Some(&shown.nodes)
        {
            let communities = metrics::communities(model, shown, 7);
            self.community = model
                .graph
                .node_indices()
                .map(|n| communities.of(n).unwrap_or(0))
                .collect();
            self.communities_for = Some(shown.nodes.clone());
        }
        changed
    }

    /// What is shown; everything before the first [`Self::update`].
    pub fn shown(&self) -> Option<&Visibility> {
        self.shown.as_ref()
    }

    /// True when anything hides elements.
    pub fn is_filtering(&self) -> bool {
        !self.filter.is_default() || self.focus.is_some() || !self.overrides.is_empty()
    }

    /// The node flags to hide by, in [`FilterMode::Hide`].
    pub fn hidden_mask(&self) -> Option<&Visibility> {
        match self.mode {
            FilterMode::Hide if self.is_filtering() => self.shown.as_ref(),
            _ => None,
        }
    }

    /// The node flags to fade by, in [`FilterMode::Fade`].
    pub fn faded_mask(&self) -> Option<&Visibility> {
        match self.mode {
            FilterMode::Fade if self.is_filtering() => self.shown.as_ref(),
            _ => None,
        }
    }

    pub fn paths(&self) -> &[Vec<Hop>] {
        &self.paths
    }

    /// Every edge of every found path.
    pub fn path_edges(&self) -> Vec<EdgeIndex> {
        let mut edges: Vec<EdgeIndex> = self.paths.iter().flatten().flat_map(|hop| hop.edges()).collect();
        edges.sort_unstable();
        edges.dedup();
        edges
    }

    /// Node radii in world units for the chosen size metric.
    pub fn node_radius(&self) -> &[f32] {
        &self.node_radius
    }

    /// Community of each node, when colouring by community.
    pub fn community(&self) -> Option<&[usize]> {
        match self.color_by {
            ColorBy::Community if !self.community.is_empty() => Some(&self.community),
            _ => None,
        }
    }

    /// What passes the filter before focus.
    pub fn filtered(&self) -> Option<&Visibility> {
        self.filtered.as_ref()
    }
}

/// Betweenness within an interactive budget: exact up to
/// [`EXACT_BETWEENNESS_NODES`], above that sampled from as many sources as
/// keep the work near a few million edge visits (a fraction of a second),
/// since the window waits for it.
pub fn interactive_betweenness(model: &Model, shown: &Visibility) -> Vec<f64> {
    if model.node_count() <= EXACT_BETWEENNESS_NODES {
        return metrics::betweenness(model, shown);
    }
    let sources = (5_000_000 / model.edge_count().max(1)).clamp(16, 200);
    metrics::betweenness_sampled(model, shown, sources, 7)
}

/// Radius 8 to 26 world units, by the square root of the metric's share of
/// its maximum, so that area follows the metric.
fn node_radius(model: &Model, shown: &Visibility, size_by: SizeBy) -> Vec<f32> {
    let values: Vec<f64> = match size_by {
        SizeBy::Uniform => return vec![12.0; model.node_count()],
        SizeBy::Degree => metrics::degrees(model, shown).into_iter().map(|d| d as f64).collect(),
        SizeBy::Betweenness => interactive_betweenness(model, shown),
        SizeBy::PageRank => metrics::page_rank(model, shown),
    };
    let max = values.iter().copied().fold(0.0_f64, f64::max);
    values
        .iter()
        .map(|&v| {
            let share = if max > 0.0 { (v / max).clamp(0.0, 1.0) } else { 0.0 };
            8.0 + 18.0 * share.sqrt() as f32
        })
        .collect()
}
