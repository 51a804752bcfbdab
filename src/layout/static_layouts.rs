//! Layouts computed in one call, for the "other layouts" menu: a circle, BFS
//! rings around a chosen node, and layers (a light Sugiyama). They are
//! deterministic (no randomness; ties broken by node index) and spaced in the
//! same unit as the force layout ([`LINK_DISTANCE`]).
//!
//! The layered layout is deliberately light: cycles are broken by reversing
//! the back edges of a depth-first search, layers are longest paths, and
//! crossings are reduced by a few barycentre sweeps. Long edges get no dummy
//! nodes, so they may cross more than in a full Sugiyama; that is the price
//! of staying O((n + m) · sweeps) on 100k-node graphs.

use std::collections::VecDeque;

use super::LINK_DISTANCE;

/// Nodes evenly spaced on one circle, node 0 at the top, going clockwise on
/// screen (y grows downwards). The circle is large enough for neighbours to
/// be [`LINK_DISTANCE`] apart.
pub fn circular(node_count: usize) -> Vec<[f32; 2]> {
    let radius = (node_count as f32 * LINK_DISTANCE / std::f32::consts::TAU).max(LINK_DISTANCE);
    (0..node_count)
        .map(|i| on_circle(radius, i as f32 / node_count as f32))
        .collect()
}

/// Rings around `center`: ring `k` holds the nodes `k` hops away (edges taken
/// both ways). Each node is placed near the angle of the node it was reached
/// from. Nodes not reachable from `center` share one ring outside the rest.
/// An out-of-range `center` gives every node that outer ring.
pub fn radial(node_count: usize, edges: &[(usize, usize)], center: usize) -> Vec<[f32; 2]> {
    let neighbours = undirected_adjacency(node_count, edges);
    // Breadth-first search; `parent` is the node a node was first reached from.
    let mut depth = vec![usize::MAX; node_count];
    let mut parent = vec![usize::MAX; node_count];
    let mut rings: Vec<Vec<usize>> = Vec::new();
    if center < node_count {
        let mut queue = VecDeque::from([center]);
        if let Some(d) = depth.get_mut(center) {
            *d = 0;
        }
        while let Some(node) = queue.pop_front() {
            let d = depth.get(node).copied().unwrap_or(0);
            if rings.len() <= d {
                rings.push(Vec::new());
            }
            if let Some(ring) = rings.get_mut(d) {
                ring.push(node);
            }
            for &next in neighbours.get(node).map(Vec::as_slice).unwrap_or_default() {
                if depth.get(next) == Some(&usize::MAX) {
                    depth[next] = d + 1;
                    parent[next] = node;
                    queue.push_back(next);
                }
            }
        }
    }
    let unreachable: Vec<usize> = (0..node_count).filter(|&n| depth[n] == usize::MAX).collect();

    let mut positions = vec![[0.0, 0.0]; node_count];
    // Angle of each placed node as a fraction of a turn.
    let mut turn = vec![0.0f32; node_count];
    let mut radius = 0.0f32;
    for (d, ring) in rings.iter_mut().enumerate() {
        if d == 0 {
            continue;
        }
        // Children follow their parent's angle, so subtrees stay together.
        ring.sort_by(|&a, &b| {
            let (ta, tb) = (turn[parent[a]], turn[parent[b]]);
            ta.total_cmp(&tb).then(a.cmp(&b))
        });
        radius = ring_radius(radius, ring.len());
        for (slot, &node) in ring.iter().enumerate() {
            let t = slot as f32 / ring.len() as f32;
            turn[node] = t;
            positions[node] = on_circle(radius, t);
        }
    }
    if !unreachable.is_empty() {
        radius = ring_radius(radius + LINK_DISTANCE, unreachable.len());
        for (slot, &node) in unreachable.iter().enumerate() {
            positions[node] = on_circle(radius, slot as f32 / unreachable.len() as f32);
        }
    }
    positions
}

/// Layers from top to bottom along the edges' direction (subject above
/// object): each node sits one layer below the lowest of its predecessors
/// (longest path), after cycles are broken. Within a layer, nodes are ordered
/// by barycentre sweeps to reduce crossings and centred on x = 0.
pub fn hierarchical(node_count: usize, edges: &[(usize, usize)]) -> Vec<[f32; 2]> {
    const SWEEPS: usize = 4;
    let dag = acyclic_edges(node_count, edges);
    let layer = longest_path_layers(node_count, &dag);
    let layer_count = layer.iter().copied().max().map_or(0, |m| m + 1);

    let mut above: Vec<Vec<usize>> = vec![Vec::new(); node_count];
    let mut below: Vec<Vec<usize>> = vec![Vec::new(); node_count];
    for &(a, b) in &dag {
        below[a].push(b);
        above[b].push(a);
    }
    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); layer_count];
    for node in 0..node_count {
        layers[layer[node]].push(node);
    }
    // Position of each node within its layer, as a fraction of the layer.
    let mut rank = vec![0.0f32; node_count];
    let set_ranks = |layer: &[usize], rank: &mut [f32]| {
        let count = layer.len().max(1) as f32;
        for (slot, &node) in layer.iter().enumerate() {
            rank[node] = (slot as f32 + 0.5) / count;
        }
    };
    for nodes in &layers {
        set_ranks(nodes, &mut rank);
    }
    for sweep in 0..SWEEPS {
        let downwards = sweep % 2 == 0;
        let order: Vec<usize> = if downwards {
            (1..layer_count).collect()
        } else {
            (0..layer_count.saturating_sub(1)).rev().collect()
        };
        for l in order {
            let neighbours = if downwards { &above } else { &below };
            let barycentre = |node: usize| {
                let linked = &neighbours[node];
                if linked.is_empty() {
                    rank[node]
                } else {
                    linked.iter().map(|&n| rank[n]).sum::<f32>() / linked.len() as f32
                }
            };
            let mut keyed: Vec<(f32, usize)> = layers[l].iter().map(|&n| (barycentre(n), n)).collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            layers[l] = keyed.into_iter().map(|(_, n)| n).collect();
            set_ranks(&layers[l], &mut rank);
        }
    }

    let mut positions = vec![[0.0, 0.0]; node_count];
    for (l, nodes) in layers.iter().enumerate() {
        let half_width = (nodes.len() as f32 - 1.0) / 2.0;
        for (slot, &node) in nodes.iter().enumerate() {
            positions[node] = [
                (slot as f32 - half_width) * LINK_DISTANCE,
                l as f32 * 1.5 * LINK_DISTANCE,
            ];
        }
    }
    positions
}

/// A point on a circle of `radius` at `turn` (0..1) of a full turn from the
/// top.
fn on_circle(radius: f32, turn: f32) -> [f32; 2] {
    let angle = turn * std::f32::consts::TAU - std::f32::consts::FRAC_PI_2;
    [radius * angle.cos(), radius * angle.sin()]
}

/// The radius of the next ring outside `inner`: one link further out, and
/// large enough to hold `count` nodes a link apart.
fn ring_radius(inner: f32, count: usize) -> f32 {
    (inner + LINK_DISTANCE).max(count as f32 * LINK_DISTANCE / std::f32::consts::TAU)
}

/// Neighbour lists with each edge both ways; edges to missing nodes and
/// self-loops are dropped; neighbours sorted for determinism.
fn undirected_adjacency(node_count: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut neighbours = vec![Vec::new(); node_count];
    for &(a, b) in edges {
        if a != b && a < node_count && b < node_count {
            neighbours[a].push(b);
            neighbours[b].push(a);
        }
    }
    for list in &mut neighbours {
        list.sort_unstable();
        list.dedup();
    }
    neighbours
}

/// The edges with self-loops, duplicates and out-of-range ends dropped and
/// the back edges of a depth-first search reversed, which leaves no cycle.
fn acyclic_edges(node_count: usize, edges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); node_count];
    for &(a, b) in edges {
        if a != b && a < node_count && b < node_count {
            out_edges[a].push(b);
        }
    }
    for list in &mut out_edges {
        list.sort_unstable();
        list.dedup();
    }
    // 0: not seen, 1: on the DFS stack, 2: done.
    let mut state = vec![0u8; node_count];
    let mut result = Vec::new();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..node_count {
        if state[root] != 0 {
            continue;
        }
        state[root] = 1;
        stack.push((root, 0));
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&child) = out_edges[node].get(*next) {
                *next += 1;
                match state[child] {
                    0 => {
                        result.push((node, child));
                        state[child] = 1;
                        stack.push((child, 0));
                    }
                    // A back edge closes a cycle: reverse it.
                    1 => result.push((child, node)),
                    _ => result.push((node, child)),
                }
            } else {
                state[node] = 2;
                stack.pop();
            }
        }
    }
    result.sort_unstable();
    result.dedup();
    result
}

/// Layer of each node: 0 for sources, else 1 + the largest layer of its
/// predecessors (Kahn's topological order over a DAG).
fn longest_path_layers(node_count: usize, dag: &[(usize, usize)]) -> Vec<usize> {
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); node_count];
    let mut indegree = vec![0usize; node_count];
    for &(a, b) in dag {
        successors[a].push(b);
        indegree[b] += 1;
    }
    let mut layer = vec![0usize; node_count];
    let mut queue: VecDeque<usize> = (0..node_count).filter(|&n| indegree[n] == 0).collect();
    while let Some(node) = queue.pop_front() {
        for &next in &successors[node] {
            layer[next] = layer[next].max(layer[node] + 1);
            indegree[next] -= 1;
            if indegree[next] == 0 {
                queue.push_back(next);
            }
        }
    }
    layer
}
