//! How important each entity is, and which groups the graph falls into, on
//! the visible graph: degree, betweenness centrality, PageRank and
//! communities.
//!
//! - Betweenness is Brandes' algorithm on the undirected, unweighted graph
//!   (parallel relations count as one link), normalised like networkx's
//!   `betweenness_centrality(normalized=True)` so that the centre of a star
//!   scores 1. It costs O(nodes x edges): a few seconds at 10k nodes and
//!   20k relations, so the UI should run it off the frame.
//!   [`betweenness_sampled`] starts from a seeded random sample of `k`
//!   sources instead (O(k x edges); k = 200 takes about 0.2 s there) and
//!   scales up, for larger graphs.
//! - PageRank follows relations in their direction (the holder of an office
//!   passes importance to the country; members to the organisation), with
//!   symmetric kinds counting both ways and dangling nodes spreading their
//!   rank evenly. petgraph's `page_rank` is not used: it is O(nodes^2) per
//!   iteration, too slow past a few thousand nodes.
//! - Communities come from label propagation (Raghavan et al. 2007): every
//!   node repeatedly takes the label most of its neighbours carry, visiting
//!   nodes in a seeded random order, so a given seed always gives the same
//!   answer. It is near-linear and good at dense groups, less fine than
//!   Louvain on graphs without clear clusters. Communities are numbered by
//!   size, the largest 0.

use petgraph::graph::EdgeIndex;

use super::adjacency::{Adjacency, SimpleAdjacency};
use super::filter::Visibility;
use crate::model::Model;

/// Visible relations at each entity (hidden entities have 0).
pub fn degrees(model: &Model, visible: &Visibility) -> Vec<usize> {
    let mut degrees = visible.degrees(model);
    for (degree, &shown) in degrees.iter_mut().zip(&visible.nodes) {
        if !shown {
            *degree = 0;
        }
    }
    degrees
}

/// Exact normalised betweenness centrality of every node (0 for hidden
/// nodes), in `[0, 1]`.
pub fn betweenness(model: &Model, visible: &Visibility) -> Vec<f64> {
    let adjacency = Adjacency::new(model, visible);
    let sources: Vec<usize> = (0..adjacency.node_count())
        .filter(|&node| visible.node_index(node))
        .collect();
    let visible_count = sources.len();
    brandes(
        &SimpleAdjacency::new(&adjacency),
        &sources,
        visible_count,
        1.0,
    )
}

/// Betweenness estimated from `samples` source nodes drawn with `seed`; equal
/// to [`betweenness`] when `samples` covers every visible node.
pub fn betweenness_sampled(
    model: &Model,
    visible: &Visibility,
    samples: usize,
    seed: u64,
) -> Vec<f64> {
    let adjacency = Adjacency::new(model, visible);
    let mut sources: Vec<usize> = (0..adjacency.node_count())
        .filter(|&node| visible.node_index(node))
        .collect();
    let visible_count = sources.len();
    if samples == 0 || visible_count == 0 {
        return vec![0.0; adjacency.node_count()];
    }
    let mut rng = SplitMix64::new(seed);
    let take = samples.min(visible_count);
    for i in 0..take {
        let j = i + rng.below(visible_count - i);
        sources.swap(i, j);
    }
    sources.truncate(take);
    sources.sort_unstable();
    let scale = visible_count as f64 / take as f64;
    brandes(
        &SimpleAdjacency::new(&adjacency),
        &sources,
        visible_count,
        scale,
    )
}

/// Brandes' accumulation from `sources`, scaled by `scale` and normalised
/// for an undirected graph of `visible_count` nodes.
fn brandes(
    adjacency: &SimpleAdjacency,
    sources: &[usize],
    visible_count: usize,
    scale: f64,
) -> Vec<f64> {
    const UNREACHED: u32 = u32::MAX;
    let node_count = adjacency.node_count();
    let mut centrality = vec![0.0_f64; node_count];
    if visible_count < 3 {
        return centrality;
    }
    // `order` doubles as the BFS queue: nodes are appended as they are
    // reached and read from `head`, so it ends up in non-decreasing
    // distance order, which the accumulation walks backwards.
    let mut order: Vec<u32> = Vec::with_capacity(node_count);
    let mut distance = vec![UNREACHED; node_count];
    let mut paths = vec![0.0_f64; node_count];
    let mut dependency = vec![0.0_f64; node_count];
    for &source in sources {
        // Reset only what the previous source touched.
        for &node in &order {
            let node = node as usize;
            distance[node] = UNREACHED;
            paths[node] = 0.0;
            dependency[node] = 0.0;
        }
        order.clear();
        distance[source] = 0;
        paths[source] = 1.0;
        order.push(source as u32);
        let mut head = 0;
        while let Some(&node) = order.get(head) {
            head += 1;
            let node = node as usize;
            let next_distance = distance[node] + 1;
            let node_paths = paths[node];
            for &next in adjacency.neighbours(node) {
                let next = next as usize;
                if distance[next] == UNREACHED {
                    distance[next] = next_distance;
                    order.push(next as u32);
                }
                if distance[next] == next_distance {
                    paths[next] += node_paths;
                }
            }
        }
        // Predecessors are the neighbours one step closer: found again by
        // scanning rather than stored, which saves a list per node.
        for &node in order.iter().rev() {
            let node = node as usize;
            let closer = distance[node].wrapping_sub(1);
            let share = (1.0 + dependency[node]) / paths[node];
            for &previous in adjacency.neighbours(node) {
                let previous = previous as usize;
                if distance[previous] == closer {
                    dependency[previous] += paths[previous] * share;
                }
            }
            if node != source {
                centrality[node] += dependency[node];
            }
        }
    }
    // Each unordered pair was counted from both ends: divide by 2, then by
    // the (n-1)(n-2)/2 pairs a node can lie between.
    let pairs = ((visible_count - 1) * (visible_count - 2)) as f64;
    for value in &mut centrality {
        *value *= scale / pairs;
    }
    centrality
}

/// PageRank of every node with damping 0.85 (0 for hidden nodes); visible
/// nodes sum to 1.
pub fn page_rank(model: &Model, visible: &Visibility) -> Vec<f64> {
    const DAMPING: f64 = 0.85;
    const MAX_ITERATIONS: usize = 100;
    let node_count = model.node_count();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (index, relation) in model.document.relations.iter().enumerate() {
        if !visible.edge_index(index) {
            continue;
        }
        let Some((a, b)) = model.ends(EdgeIndex::new(index)) else {
            continue;
        };
        links.push((a.index(), b.index()));
        if relation.kind.is_symmetric() {
            links.push((b.index(), a.index()));
        }
    }
    let mut out_degree = vec![0_usize; node_count];
    for &(from, _) in &links {
        if let Some(count) = out_degree.get_mut(from) {
            *count += 1;
        }
    }
    let visible_count = visible.visible_node_count();
    if visible_count == 0 {
        return vec![0.0; node_count];
    }
    let uniform = 1.0 / visible_count as f64;
    let mut rank: Vec<f64> = (0..node_count)
        .map(|node| {
            if visible.node_index(node) {
                uniform
            } else {
                0.0
            }
        })
        .collect();
    let mut next = vec![0.0_f64; node_count];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = (0..node_count)
            .filter(|&node| visible.node_index(node) && out_degree[node] == 0)
            .map(|node| rank[node])
            .sum();
        let base = (1.0 - DAMPING) * uniform + DAMPING * dangling * uniform;
        for (node, value) in next.iter_mut().enumerate() {
            *value = if visible.node_index(node) { base } else { 0.0 };
        }
        for &(from, to) in &links {
            if let (Some(&r), Some(&out)) = (rank.get(from), out_degree.get(from))
                && let Some(target) = next.get_mut(to)
            {
                *target += DAMPING * r / out as f64;
            }
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < 1e-12 {
            break;
        }
    }
    rank
}

/// A community number per node: `Some(0)` is the largest community, hidden
/// nodes have `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Communities {
    pub by_node: Vec<Option<usize>>,
    /// Members per community, largest first.
    pub sizes: Vec<usize>,
}

impl Communities {
    pub fn count(&self) -> usize {
        self.sizes.len()
    }

    pub fn of(&self, node: petgraph::graph::NodeIndex) -> Option<usize> {
        self.by_node.get(node.index()).copied().flatten()
    }
}

/// Communities of the visible graph by seeded label propagation.
pub fn communities(model: &Model, visible: &Visibility, seed: u64) -> Communities {
    const MAX_ROUNDS: usize = 100;
    let adjacency = Adjacency::new(model, visible);
    let node_count = adjacency.node_count();
    let mut label: Vec<usize> = (0..node_count).collect();
    let mut order: Vec<usize> = (0..node_count).filter(|&n| visible.node_index(n)).collect();
    let mut rng = SplitMix64::new(seed);
    let mut votes = vec![0_usize; node_count];
    let mut voted: Vec<usize> = Vec::new();
    let mut best: Vec<usize> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let mut changed = false;
        for &node in &order {
            voted.clear();
            for neighbour in adjacency.neighbours(node) {
                let their = label[neighbour];
                if votes[their] == 0 {
                    voted.push(their);
                }
                votes[their] += 1;
            }
            let most = voted.iter().map(|&l| votes[l]).max().unwrap_or(0);
            best.clear();
            best.extend(voted.iter().copied().filter(|&l| votes[l] == most));
            for &l in &voted {
                votes[l] = 0;
            }
            // Keeping the current label when it ties for the most is what
            // makes the process stop.
            if best.is_empty() || best.contains(&label[node]) {
                continue;
            }
            best.sort_unstable();
            label[node] = best[rng.below(best.len())];
            changed = true;
        }
        if !changed {
            break;
        }
    }
    number_by_size(&label, visible)
}

/// Renumbers raw labels so that the largest community is 0 (ties: the one
/// holding the lowest node index first).
fn number_by_size(label: &[usize], visible: &Visibility) -> Communities {
    let mut members: std::collections::BTreeMap<usize, (usize, usize)> = Default::default();
    for (node, &l) in label.iter().enumerate() {
        if visible.node_index(node) {
            let entry = members.entry(l).or_insert((0, node));
            entry.0 += 1;
        }
    }
    let mut ranked: Vec<(usize, usize, usize)> = members
        .into_iter()
        .map(|(l, (size, first))| (l, size, first))
        .collect();
    ranked.sort_by_key(|&(_, size, first)| (std::cmp::Reverse(size), first));
    let mut number_of_label = std::collections::HashMap::with_capacity(ranked.len());
    for (number, &(l, _, _)) in ranked.iter().enumerate() {
        number_of_label.insert(l, number);
    }
    Communities {
        by_node: label
            .iter()
            .enumerate()
            .map(|(node, l)| {
                if visible.node_index(node) {
                    number_of_label.get(l).copied()
                } else {
                    None
                }
            })
            .collect(),
        sizes: ranked.iter().map(|&(_, size, _)| size).collect(),
    }
}

/// Newman's modularity of a partition of the visible graph (parallel
/// relations count once), from -0.5 to 1; higher means denser groups.
pub fn modularity(model: &Model, visible: &Visibility, communities: &Communities) -> f64 {
    let adjacency = Adjacency::new(model, visible);
    let mut inside = vec![0.0_f64; communities.count()];
    let mut degree_sum = vec![0.0_f64; communities.count()];
    let mut twice_links = 0.0;
    for node in 0..adjacency.node_count() {
        let Some(Some(own)) = communities.by_node.get(node).copied() else {
            continue;
        };
        for neighbour in adjacency.neighbours(node) {
            twice_links += 1.0;
            if let Some(sum) = degree_sum.get_mut(own) {
                *sum += 1.0;
            }
            if communities.by_node.get(neighbour).copied().flatten() == Some(own)
                && let Some(count) = inside.get_mut(own)
            {
                *count += 1.0;
            }
        }
    }
    if twice_links == 0.0 {
        return 0.0;
    }
    inside
        .iter()
        .zip(&degree_sum)
        .map(|(&within, &sum)| within / twice_links - (sum / twice_links).powi(2))
        .sum()
}

/// A tiny seeded generator (Steele et al.'s SplitMix64): enough for
/// shuffles, with no `rand` dependency.
pub(crate) struct SplitMix64(u64);

impl SplitMix64 {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound > 0`).
    pub(crate) fn below(&mut self, bound: usize) -> usize {
        ((u128::from(self.next_u64()) * bound as u128) >> 64) as usize
    }
}
