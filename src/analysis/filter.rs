//! Which entities and relations are shown: the user's [`Filter`] (kinds,
//! negated / prospective / asserted, minimum degree, isolated nodes, a date
//! range), the neighbourhood [`focus`] around a selection, and the manual
//! expand / collapse of a node's neighbours ([`NodeOverrides`]).
//!
//! Each step yields a [`Visibility`], one flag per node and per edge, and
//! the steps chain: filter, then focus on the filtered graph, then overrides.
//! An edge is visible only when both its ends are. The degree criteria are
//! applied once, on the degrees in the graph left by the other criteria (as
//! Gephi's degree filter does), not repeated until nothing changes: hiding a
//! low-degree node may leave a neighbour below the minimum, and that
//! neighbour stays, which keeps the result easy to predict.
//!
//! The filter stores *hidden* kinds rather than shown ones, so the default
//! value shows everything and a kind added by a later format version is shown
//! until the user hides it.

use std::collections::{BTreeSet, VecDeque};

use petgraph::graph::{EdgeIndex, NodeIndex};
use serde::{Deserialize, Serialize};

use super::adjacency::Adjacency;
use super::timeline::DateSpan;
use crate::model::{EntityKind, Model, Relation, RelationKind};

/// What the user chose to see. `Filter::default()` shows everything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Entity kinds left out, with every relation touching them.
    pub hidden_entity_kinds: BTreeSet<EntityKind>,

    /// Relation kinds left out.
    pub hidden_relation_kinds: BTreeSet<RelationKind>,

    /// Relations stated as facts (modality asserted, reported or unknown).
    pub show_asserted: bool,

    /// Planned, expected or proposed relations (not negated).
    pub show_prospective: bool,

    /// Relations the text denies, whatever their modality.
    pub show_negated: bool,

    /// Weak relations guessed from parties named together
    /// ([`Relation::is_weak`]).
    pub show_weak: bool,

    /// Entities with fewer visible relations than this are hidden.
    pub min_degree: usize,

    /// Entities without any visible relation are hidden.
    pub hide_isolated: bool,

    /// Earliest date shown, an ISO prefix (`2023`, `2023-05`, `2023-05-24`);
    /// a relation is kept when its date overlaps the range.
    pub date_from: Option<String>,

    /// Latest date shown, an ISO prefix; `2023-05` includes all of May.
    pub date_to: Option<String>,

    /// When a date range is set, also hide relations without a usable date.
    pub undated_hidden: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            hidden_entity_kinds: BTreeSet::new(),
            hidden_relation_kinds: BTreeSet::new(),
            show_asserted: true,
            show_prospective: true,
            show_negated: true,
            show_weak: true,
            min_degree: 0,
            hide_isolated: false,
            date_from: None,
            date_to: None,
            undated_hidden: false,
        }
    }
}

/// One flag per node (entity) and per edge (relation) of a [`Model`], in
/// index order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visibility {
    pub nodes: Vec<bool>,
    pub edges: Vec<bool>,
}

impl Visibility {
    /// Everything visible.
    pub fn all(model: &Model) -> Self {
        Self {
            nodes: vec![true; model.node_count()],
            edges: vec![true; model.edge_count()],
        }
    }

    /// Nothing visible.
    pub fn none(model: &Model) -> Self {
        Self {
            nodes: vec![false; model.node_count()],
            edges: vec![false; model.edge_count()],
        }
    }

    pub fn node(&self, node: NodeIndex) -> bool {
        self.node_index(node.index())
    }

    pub fn edge(&self, edge: EdgeIndex) -> bool {
        self.edge_index(edge.index())
    }

    /// Out-of-range indices are not visible.
    pub fn node_index(&self, index: usize) -> bool {
        self.nodes.get(index).copied().unwrap_or(false)
    }

    /// Out-of-range indices are not visible.
    pub fn edge_index(&self, index: usize) -> bool {
        self.edges.get(index).copied().unwrap_or(false)
    }

    pub fn visible_node_count(&self) -> usize {
        self.nodes.iter().filter(|&&shown| shown).count()
    }

    pub fn visible_edge_count(&self) -> usize {
        self.edges.iter().filter(|&&shown| shown).count()
    }

    /// True when every node and edge is visible.
    pub fn is_everything(&self) -> bool {
        self.nodes.iter().all(|&shown| shown) && self.edges.iter().all(|&shown| shown)
    }

    /// Hides every edge one of whose ends is hidden.
    pub fn hide_dangling_edges(&mut self, model: &Model) {
        for (index, shown) in self.edges.iter_mut().enumerate() {
            if !*shown {
                continue;
            }
            let Some((a, b)) = model.ends(EdgeIndex::new(index)) else {
                *shown = false;
                continue;
            };
            let ends_shown = |n: NodeIndex| self.nodes.get(n.index()).copied().unwrap_or(false);
            *shown = ends_shown(a) && ends_shown(b);
        }
    }

    /// Number of visible edges at each node (a self-loop counts twice, as in
    /// [`Model::degree`]).
    pub fn degrees(&self, model: &Model) -> Vec<usize> {
        let mut degrees = vec![0; model.node_count()];
        for (index, &shown) in self.edges.iter().enumerate() {
            if !shown {
                continue;
            }
            let Some((a, b)) = model.ends(EdgeIndex::new(index)) else {
                continue;
            };
            for end in [a, b] {
                if let Some(degree) = degrees.get_mut(end.index()) {
                    *degree += 1;
                }
            }
        }
        degrees
    }
}

impl Filter {
    /// True when the filter shows everything (the "reset" state).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// True when a date range is set.
    pub fn has_date_range(&self) -> bool {
        self.date_from.is_some() || self.date_to.is_some()
    }

    /// Which elements of `model` this filter shows.
    pub fn apply(&self, model: &Model) -> Visibility {
        let nodes = model
            .document
            .entities
            .iter()
            .map(|entity| !self.hidden_entity_kinds.contains(&entity.kind))
            .collect();
        let range = self.date_range();
        let edges = model
            .document
            .relations
            .iter()
            .map(|relation| self.keeps_relation(relation, range))
            .collect();
        let mut visibility = Visibility { nodes, edges };
        visibility.hide_dangling_edges(model);

        if self.min_degree > 0 || self.hide_isolated {
            let degrees = visibility.degrees(model);
            let min_degree = if self.hide_isolated {
                self.min_degree.max(1)
            } else {
                self.min_degree
            };
            for (shown, degree) in visibility.nodes.iter_mut().zip(degrees) {
                *shown = *shown && degree >= min_degree;
            }
            visibility.hide_dangling_edges(model);
        }
        visibility
    }

    /// The relation-level criteria: kind, negation / modality and date.
    pub fn keeps_relation(&self, relation: &Relation, range: Option<DateSpan>) -> bool {
        if self.hidden_relation_kinds.contains(&relation.kind) || !self.show_weak && relation.is_weak() {
            return false;
        }
        let by_modality = if relation.negated {
            self.show_negated
        } else if relation.modality.is_prospective() {
            self.show_prospective
        } else {
            self.show_asserted
        };
        if !by_modality {
            return false;
        }
        let Some(range) = range else {
            return true;
        };
        match relation.date_iso.as_deref().and_then(DateSpan::parse) {
            Some(span) => span.overlaps(range),
            None => !self.undated_hidden,
        }
    }

    /// The date range as sortable numbers, or `None` when no bound is set.
    /// An unparsable bound is ignored (treated as open).
    pub fn date_range(&self) -> Option<DateSpan> {
        if !self.has_date_range() {
            return None;
        }
        let first = self
            .date_from
            .as_deref()
            .and_then(DateSpan::parse)
            .map_or(DateSpan::EARLIEST, |span| span.first);
        let last = self
            .date_to
            .as_deref()
            .and_then(DateSpan::parse)
            .map_or(DateSpan::LATEST, |span| span.last);
        Some(DateSpan { first, last })
    }
}

/// The neighbourhood of `seeds` within `depth` links over what `visible`
/// shows: the nodes reached and every visible edge between them. Seeds that
/// are not visible are ignored; depth 0 keeps the seeds alone.
pub fn focus(model: &Model, seeds: &[NodeIndex], depth: u8, visible: &Visibility) -> Visibility {
    let adjacency = Adjacency::new(model, visible);
    let mut result = Visibility::none(model);
    let mut queue = VecDeque::new();
    let mut distance = vec![u8::MAX; model.node_count()];
    for seed in seeds {
        let index = seed.index();
        if visible.node_index(index) && distance.get(index) == Some(&u8::MAX) {
            distance[index] = 0;
            queue.push_back(index);
        }
    }
    while let Some(node) = queue.pop_front() {
        if let Some(shown) = result.nodes.get_mut(node) {
            *shown = true;
        }
        let here = distance.get(node).copied().unwrap_or(u8::MAX);
        if here >= depth {
            continue;
        }
        for next in adjacency.neighbours(node) {
            if let Some(d) = distance.get_mut(next)
                && *d == u8::MAX
            {
                *d = here + 1;
                queue.push_back(next);
            }
        }
    }
    for (index, shown) in result.edges.iter_mut().enumerate() {
        *shown = visible.edge_index(index);
    }
    result.hide_dangling_edges(model);
    result
}

/// Nodes the user explicitly added to or removed from the view by expanding
/// or collapsing a node, applied on top of a focus. Indices are node indices
/// (plain numbers so that the set can be saved with the view state).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NodeOverrides {
    pub shown: BTreeSet<usize>,
    pub hidden: BTreeSet<usize>,
}

impl NodeOverrides {
    pub fn is_empty(&self) -> bool {
        self.shown.is_empty() && self.hidden.is_empty()
    }

    pub fn clear(&mut self) {
        self.shown.clear();
        self.hidden.clear();
    }

    /// Shows every neighbour of `node` that `available` (usually the filter's
    /// result) allows, linked to it by an available edge.
    pub fn expand(&mut self, model: &Model, available: &Visibility, node: NodeIndex) {
        let adjacency = Adjacency::new(model, available);
        for neighbour in adjacency.neighbours(node.index()) {
            self.hidden.remove(&neighbour);
            self.shown.insert(neighbour);
        }
    }

    /// Hides the neighbours of `node` that hang off it alone in the current
    /// view (no other visible neighbour), so collapsing never cuts the rest
    /// of the picture apart. `current` is the view after these overrides.
    pub fn collapse(&mut self, model: &Model, current: &Visibility, node: NodeIndex) {
        let adjacency = Adjacency::new(model, current);
        let centre = node.index();
        let leaves: Vec<usize> = adjacency
            .neighbours(centre)
            .filter(|&neighbour| adjacency.neighbours(neighbour).all(|n| n == centre))
            .collect();
        for leaf in leaves {
            self.shown.remove(&leaf);
            self.hidden.insert(leaf);
        }
    }

    /// `view` plus the shown nodes, minus the hidden ones, never showing what
    /// `available` does not; edges are the available edges between visible
    /// nodes.
    pub fn apply(&self, model: &Model, available: &Visibility, view: &Visibility) -> Visibility {
        let mut result = view.clone();
        for &node in &self.shown {
            if let Some(shown) = result.nodes.get_mut(node) {
                *shown = available.node_index(node);
            }
        }
        for &node in &self.hidden {
            if let Some(shown) = result.nodes.get_mut(node) {
                *shown = false;
            }
        }
        for (index, shown) in result.edges.iter_mut().enumerate() {
            *shown = available.edge_index(index);
        }
        result.hide_dangling_edges(model);
        result
    }
}
