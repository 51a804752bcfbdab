//! An undirected, compact (CSR) adjacency of the visible part of the graph,
//! built once per question: paths, focus, betweenness and communities walk it
//! instead of filtering petgraph's directed edge lists at every step.
//!
//! Each visible node lists its `(neighbour, edge)` pairs over visible edges,
//! sorted by neighbour then edge, so parallel relations between the same two
//! entities are adjacent and walks are deterministic. Self-loops are left
//! out: they connect nothing.

use petgraph::visit::EdgeRef as _;

use super::filter::Visibility;
use crate::model::Model;

pub(crate) struct Adjacency {
    /// `offsets[i]..offsets[i + 1]` is node `i`'s slice of `links`.
    offsets: Vec<usize>,
    /// `(neighbour, edge)` index pairs.
    links: Vec<(usize, usize)>,
}

impl Adjacency {
    pub(crate) fn new(model: &Model, visible: &Visibility) -> Self {
        let node_count = model.node_count();
        let mut counts = vec![0_usize; node_count + 1];
        let mut pairs = Vec::new();
        for edge in model.graph.edge_references() {
            let (a, b) = (edge.source().index(), edge.target().index());
            if a == b || !visible.edge_index(edge.id().index()) {
                continue;
            }
            if !(visible.node_index(a) && visible.node_index(b)) {
                continue;
            }
            pairs.push((a, b, edge.id().index()));
            if let Some(count) = counts.get_mut(a) {
                *count += 1;
            }
            if let Some(count) = counts.get_mut(b) {
                *count += 1;
            }
        }
        let mut offsets = Vec::with_capacity(node_count + 1);
        let mut running = 0;
        for count in &counts[..node_count] {
            offsets.push(running);
            running += count;
        }
        offsets.push(running);
        let mut fill = offsets.clone();
        let mut links = vec![(0, 0); running];
        for (a, b, edge) in pairs {
            for (from, to) in [(a, b), (b, a)] {
                if let Some(slot) = fill.get_mut(from) {
                    if let Some(link) = links.get_mut(*slot) {
                        *link = (to, edge);
                    }
                    *slot += 1;
                }
            }
        }
        for node in 0..node_count {
            if let Some(slice) = links.get_mut(offsets[node]..offsets[node + 1]) {
                slice.sort_unstable();
            }
        }
        Self { offsets, links }
    }

    pub(crate) fn node_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// `(neighbour, edge)` pairs of a node; parallel edges appear once each.
    pub(crate) fn links(&self, node: usize) -> &[(usize, usize)] {
        match (self.offsets.get(node), self.offsets.get(node + 1)) {
            (Some(&start), Some(&end)) => self.links.get(start..end).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Distinct neighbours of a node, in ascending order.
    pub(crate) fn neighbours(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        let links = self.links(node);
        links
            .iter()
            .enumerate()
            .filter(move |&(i, link)| {
                i == 0 || links.get(i - 1).is_none_or(|prev| prev.0 != link.0)
            })
            .map(|(_, link)| link.0)
    }
}

/// Distinct neighbours only, as compact `u32` lists: what the hot loops of
/// betweenness need (half the memory traffic of `(neighbour, edge)` pairs,
/// no skipping of parallel edges).
pub(crate) struct SimpleAdjacency {
    offsets: Vec<usize>,
    targets: Vec<u32>,
}

impl SimpleAdjacency {
    pub(crate) fn new(adjacency: &Adjacency) -> Self {
        let node_count = adjacency.node_count();
        let mut offsets = Vec::with_capacity(node_count + 1);
        let mut targets = Vec::with_capacity(adjacency.links.len());
        for node in 0..node_count {
            offsets.push(targets.len());
            targets.extend(adjacency.neighbours(node).map(|n| n as u32));
        }
        offsets.push(targets.len());
        Self { offsets, targets }
    }

    pub(crate) fn node_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub(crate) fn neighbours(&self, node: usize) -> &[u32] {
        match (self.offsets.get(node), self.offsets.get(node + 1)) {
            (Some(&start), Some(&end)) => self.targets.get(start..end).unwrap_or(&[]),
            _ => &[],
        }
    }
}
