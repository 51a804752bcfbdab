//! Shortest paths between two entities over the visible graph, with the
//! relations of each hop, so the UI can highlight them and list the evidence
//! sentence by sentence.
//!
//! Links are undirected ("how is A connected to B" does not care who visits
//! whom) and unweighted: a path is short when it has few hops. One
//! breadth-first pass from the start gives every node's distance; the
//! shortest paths are then read back from the target along nodes one step
//! closer, in ascending node order, stopping at `max_paths`. That enumerates
//! *all* shortest paths, which petgraph's `dijkstra` / `astar` (one distance
//! per node, one predecessor) cannot, in O(nodes + edges) plus the paths
//! returned. Paths differ by their nodes; parallel relations between the
//! same two entities are not extra paths but extra evidence for the same hop
//! ([`Hop::other_edges`]).

use std::collections::VecDeque;

use petgraph::graph::{EdgeIndex, NodeIndex};

use super::adjacency::Adjacency;
use super::filter::Visibility;
use crate::model::Model;

/// One step of a path. `from` and `to` are in path order, which may be
/// against the direction of the relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hop {
    pub from: NodeIndex,
    pub to: NodeIndex,
    /// The first (lowest-index) visible relation between the two.
    pub edge: EdgeIndex,
    /// The other visible relations between the same two entities.
    pub other_edges: Vec<EdgeIndex>,
}

impl Hop {
    /// `edge` followed by `other_edges`.
    pub fn edges(&self) -> impl Iterator<Item = EdgeIndex> + '_ {
        std::iter::once(self.edge).chain(self.other_edges.iter().copied())
    }
}

/// Up to `max_paths` shortest paths from `from` to `to` over visible nodes
/// and edges, each a list of hops, in a stable order. No path (different
/// components, a hidden end, `max_paths == 0`) gives an empty list; `from ==
/// to` gives one path of no hops.
pub fn shortest_paths(
    model: &Model,
    visible: &Visibility,
    from: NodeIndex,
    to: NodeIndex,
    max_paths: usize,
) -> Vec<Vec<Hop>> {
    let (start, target) = (from.index(), to.index());
    if max_paths == 0 || !visible.node_index(start) || !visible.node_index(target) {
        return Vec::new();
    }
    if start == target {
        return vec![Vec::new()];
    }
    let adjacency = Adjacency::new(model, visible);
    let Some(distance) = distances_until(&adjacency, start, target) else {
        return Vec::new();
    };

    // Walk back from the target: each step goes to a neighbour one hop
    // closer to the start. `stack` holds the partial path (target first) and,
    // per node, which neighbour to try next.
    let mut paths = Vec::new();
    let mut stack: Vec<(usize, usize)> = vec![(target, 0)];
    while let Some(top) = stack.last_mut() {
        let node = top.0;
        if node == start {
            paths.push(hops_of(&adjacency, &stack));
            if paths.len() >= max_paths {
                break;
            }
            stack.pop();
            continue;
        }
        let one_closer = distance.get(node).and_then(|d| d.checked_sub(1));
        let links = adjacency.links(node);
        let mut chosen = None;
        while let Some(&(neighbour, _)) = links.get(top.1) {
            // Parallel edges list the same neighbour again: try it once.
            let repeated = (top.1 > 0)
                && links
                    .get(top.1 - 1)
                    .is_some_and(|previous| previous.0 == neighbour);
            top.1 += 1;
            if !repeated && distance.get(neighbour).copied() == one_closer {
                chosen = Some(neighbour);
                break;
            }
        }
        match chosen {
            Some(neighbour) => stack.push((neighbour, 0)),
            None => {
                stack.pop();
            }
        }
    }
    paths
}

/// Hop counts from `start` by breadth-first search, stopping once the layer
/// holding `target` is complete; `None` when `target` is unreachable.
fn distances_until(adjacency: &Adjacency, start: usize, target: usize) -> Option<Vec<usize>> {
    let mut distance = vec![usize::MAX; adjacency.node_count()];
    *distance.get_mut(start)? = 0;
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        let here = distance.get(node).copied().unwrap_or(usize::MAX);
        if distance.get(target).is_some_and(|&d| d < here) {
            break;
        }
        for next in adjacency.neighbours(node) {
            if let Some(d) = distance.get_mut(next)
                && *d == usize::MAX
            {
                *d = here + 1;
                queue.push_back(next);
            }
        }
    }
    (distance.get(target).copied()? != usize::MAX).then_some(distance)
}

/// The hops of a finished walk-back stack (target first, start last), in
/// start-to-target order.
fn hops_of(adjacency: &Adjacency, stack: &[(usize, usize)]) -> Vec<Hop> {
    stack
        .windows(2)
        .rev()
        .filter_map(|pair| {
            let (closer_to_target, from) = (pair.first()?.0, pair.get(1)?.0);
            let mut edges = adjacency
                .links(from)
                .iter()
                .filter(|link| link.0 == closer_to_target)
                .map(|link| EdgeIndex::new(link.1));
            let edge = edges.next()?;
            Some(Hop {
                from: NodeIndex::new(from),
                to: NodeIndex::new(closer_to_target),
                edge,
                other_edges: edges.collect(),
            })
        })
        .collect()
}
