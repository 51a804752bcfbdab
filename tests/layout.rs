//! Behaviour of the layouts, the spatial index and the synthetic generator:
//! the force layout settles, stays finite, keeps nodes apart, honours pins
//! and hidden nodes and is reproducible; Barnes-Hut agrees with exact
//! repulsion; the static layouts give finite, distinct positions; the grid
//! index answers like a brute-force scan; generated documents are valid.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use entente::generate::generate;
use entente::layout::rng::SplitMix64;
use entente::layout::{
    ForceLayout, LINK_DISTANCE, PARALLEL_MIN_BODIES, SimpleForceLayout, SpatialIndex, circular,
    hierarchical, radial,
};
use entente::model::{EntityKind, Modality, Model, RelationKind};

/// Steps allowed for settling: alpha needs about 300.
const MAX_STEPS: usize = 1_000;

fn run_to_rest(layout: &mut ForceLayout) -> usize {
    let mut steps = 0;
    while layout.step() {
        steps += 1;
        assert!(steps <= MAX_STEPS, "the layout did not settle within {MAX_STEPS} steps");
    }
    assert!(layout.is_settled());
    steps
}

/// A graph shaped like the sample article's: a few hubs (countries, an
/// alliance) with people and places around them, one cycle, ~25 nodes.
fn sample_shape() -> (usize, Vec<(usize, usize)>) {
    let edges = vec![
        (1, 0), (2, 0), (3, 0), (4, 0), (5, 1), (6, 1), (7, 2), (8, 2), (9, 3),
        (10, 3), (11, 4), (12, 4), (13, 0), (14, 13), (15, 13), (16, 13), (17, 5),
        (18, 6), (19, 7), (20, 8), (21, 9), (22, 10), (23, 11), (24, 12), (1, 2),
        (2, 3), (3, 1), (13, 1), (13, 2),
    ];
    (25, edges)
}

fn random_graph(nodes: usize, edges: usize, seed: u64) -> Vec<(usize, usize)> {
    let mut rng = SplitMix64::new(seed);
    (0..edges).map(|_| (rng.below(nodes), rng.below(nodes))).collect()
}

fn all_finite(positions: &[[f32; 2]]) -> bool {
    positions.iter().all(|p| p[0].is_finite() && p[1].is_finite())
}

fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// The smallest distance between two of the given nodes.
fn closest_pair(positions: &[[f32; 2]], nodes: &[usize]) -> f32 {
    let mut closest = f32::INFINITY;
    for (i, &a) in nodes.iter().enumerate() {
        for &b in &nodes[i + 1..] {
            closest = closest.min(distance(positions[a], positions[b]));
        }
    }
    closest
}

fn median(mut values: Vec<f32>) -> f32 {
    values.sort_by(f32::total_cmp);
    values[values.len() / 2]
}

#[test]
fn the_sample_shape_settles_with_linked_nodes_about_a_link_apart() {
    let (nodes, edges) = sample_shape();
    let mut layout = ForceLayout::new(nodes, &edges, 1);
    run_to_rest(&mut layout);
    assert!(!layout.step(), "a settled layout stays settled");
    let positions = layout.positions();
    assert!(all_finite(positions));
    let linked = median(edges.iter().map(|&(a, b)| distance(positions[a], positions[b])).collect());
    assert!(
        (0.6 * LINK_DISTANCE..=1.6 * LINK_DISTANCE).contains(&linked),
        "median linked distance {linked}"
    );
    let all: Vec<usize> = (0..nodes).collect();
    assert!(closest_pair(positions, &all) >= layout.params().min_node_distance * 0.999);
}

#[test]
fn random_graphs_settle_finite_and_spaced() {
    for (case, nodes) in [30usize, 60, 120, 200].into_iter().enumerate() {
        let edges = random_graph(nodes, nodes * 3 / 2, case as u64);
        let mut layout = ForceLayout::new(nodes, &edges, 7);
        run_to_rest(&mut layout);
        let positions = layout.positions();
        assert!(all_finite(positions), "{nodes} nodes");
        let all: Vec<usize> = (0..nodes).collect();
        let closest = closest_pair(positions, &all);
        assert!(closest >= layout.params().min_node_distance * 0.999, "{nodes} nodes: {closest}");
        let linked = median(
            edges
                .iter()
                .filter(|(a, b)| a != b)
                .map(|&(a, b)| distance(positions[a], positions[b]))
                .collect(),
        );
        assert!(linked < 3.0 * LINK_DISTANCE, "{nodes} nodes: median linked distance {linked}");
    }
}

#[test]
fn degenerate_inputs_stay_finite_and_bounded() {
    // Self-loops, duplicate edges, edges to missing nodes, isolated nodes,
    // three components, and every node starting on the same spot.
    let edges = vec![(0, 0), (0, 1), (0, 1), (1, 0), (2, 3), (3, 4), (4, 2), (5, 99), (99, 5)];
    let nodes = 12;
    let mut layout = ForceLayout::new(nodes, &edges, 3);
    layout.set_positions(&vec![[5.0, 5.0]; nodes]);
    run_to_rest(&mut layout);
    let positions = layout.positions();
    assert!(all_finite(positions));
    let all: Vec<usize> = (0..nodes).collect();
    assert!(closest_pair(positions, &all) >= layout.params().min_node_distance * 0.999);
    // Gravity keeps components together: nothing flies off.
    let farthest = positions.iter().map(|&p| distance(p, [0.0, 0.0])).fold(0.0, f32::max);
    assert!(farthest < 10.0 * LINK_DISTANCE, "farthest node at {farthest}");

    let mut empty = ForceLayout::new(0, &[], 1);
    assert!(!empty.step());
    let mut lonely = ForceLayout::new(1, &[(0, 0)], 1);
    run_to_rest(&mut lonely);
    assert!(all_finite(lonely.positions()));
}

#[test]
fn non_finite_positions_are_refused() {
    let mut layout = ForceLayout::new(3, &[(0, 1)], 1);
    let before = layout.positions().to_vec();
    layout.set_position(0, [f32::NAN, 1.0]);
    layout.set_positions(&[[f32::INFINITY, 0.0], [1.0, 2.0]]);
    assert_eq!(layout.positions()[0], before[0]);
    assert_eq!(layout.positions()[1], [1.0, 2.0]);
}

#[test]
fn pinned_nodes_never_move() {
    let (nodes, edges) = sample_shape();
    let mut layout = ForceLayout::new(nodes, &edges, 2);
    layout.set_position(0, [300.0, -200.0]);
    layout.set_pinned(0, true);
    layout.set_pinned(7, true);
    let pinned_at = layout.positions()[7];
    for _ in 0..50 {
        layout.step();
        assert_eq!(layout.positions()[0], [300.0, -200.0]);
        assert_eq!(layout.positions()[7], pinned_at);
    }
    layout.restart(9);
    run_to_rest(&mut layout);
    assert!(layout.is_pinned(0) && layout.is_pinned(7) && !layout.is_pinned(1));
    assert_eq!(layout.positions()[0], [300.0, -200.0]);
    assert_eq!(layout.positions()[7], pinned_at);
    layout.set_pinned(7, false);
    assert!(!layout.is_pinned(7));
}

#[test]
fn same_seed_same_layout_other_seed_other_layout() {
    let edges = random_graph(150, 300, 11);
    let run = |seed| {
        let mut layout = ForceLayout::new(150, &edges, seed);
        run_to_rest(&mut layout);
        layout.positions().to_vec()
    };
    assert_eq!(run(5), run(5));
    assert_ne!(run(5), run(6));
}

#[test]
fn thread_count_does_not_change_the_result() {
    // Large enough for the repulsion pass to run on several threads.
    let nodes = PARALLEL_MIN_BODIES + 2_000;
    let edges = random_graph(nodes, 2 * nodes, 4);
    let run = |threads| {
        let mut layout = ForceLayout::new(nodes, &edges, 1);
        layout.set_threads(threads);
        for _ in 0..3 {
            layout.step();
        }
        layout.positions().to_vec()
    };
    let one = run(1);
    assert!(all_finite(&one));
    assert_eq!(one, run(2));
    assert_eq!(one, run(3));
}

#[test]
fn barnes_hut_agrees_with_exact_repulsion() {
    let nodes = 600;
    let edges = random_graph(nodes, 900, 8);
    let mut fast = ForceLayout::new(nodes, &edges, 3);
    let mut exact = SimpleForceLayout::new(nodes, &edges, 3);
    let start = fast.positions().to_vec();
    assert_eq!(start, exact.positions());
    fast.step();
    exact.step();
    let moved: f32 = start.iter().zip(exact.positions()).map(|(&a, &b)| distance(a, b)).sum();
    let error: f32 = fast.positions().iter().zip(exact.positions()).map(|(&a, &b)| distance(a, b)).sum();
    assert!(moved > 0.0);
    assert!(error < 0.1 * moved, "Barnes-Hut error {error} against a movement of {moved}");
}

#[test]
fn hidden_nodes_stay_put_and_the_rest_settles() {
    let (nodes, edges) = sample_shape();
    let mut layout = ForceLayout::new(nodes, &edges, 4);
    run_to_rest(&mut layout);
    let before = layout.positions().to_vec();
    let visible: Vec<bool> = (0..nodes).map(|n| n % 3 != 0).collect();
    layout.set_active(Some(&visible));
    assert!(!layout.is_settled(), "a new filter reheats the layout");
    assert!(!layout.is_active(0) && layout.is_active(1));
    run_to_rest(&mut layout);
    let after = layout.positions();
    let shown: Vec<usize> = (0..nodes).filter(|&n| visible[n]).collect();
    for node in (0..nodes).filter(|&n| !visible[n]) {
        assert_eq!(after[node], before[node], "hidden node {node} moved");
    }
    assert!(closest_pair(after, &shown) >= layout.params().min_node_distance * 0.999);
    // Hidden nodes exert nothing: a hidden node dropped among the visible
    // ones does not push them.
    let mut probe = layout.clone();
    probe.set_position(0, after[1]);
    probe.reheat();
    let mut twin = layout.clone();
    twin.reheat();
    probe.step();
    twin.step();
    for &node in &shown {
        assert_eq!(probe.positions()[node], twin.positions()[node]);
    }
    layout.set_active(None);
    assert!(layout.is_active(0));
}

#[test]
fn reheat_resumes_a_settled_layout() {
    let (nodes, edges) = sample_shape();
    let mut layout = ForceLayout::new(nodes, &edges, 4);
    run_to_rest(&mut layout);
    layout.set_position(3, [1000.0, 1000.0]);
    layout.reheat();
    assert!(!layout.is_settled());
    assert!(layout.step());
    let steps = run_to_rest(&mut layout);
    assert!(steps < 300, "a reheat runs fewer steps than a start: {steps}");
    // Node 3 was pulled back towards its neighbours.
    assert!(distance(layout.positions()[3], [1000.0, 1000.0]) > LINK_DISTANCE);
}

fn assert_finite_and_distinct(positions: &[[f32; 2]], what: &str) {
    assert!(all_finite(positions), "{what}");
    let all: Vec<usize> = (0..positions.len()).collect();
    assert!(closest_pair(positions, &all) > 1.0, "{what}: two nodes on one spot");
}

#[test]
fn circular_layout_is_finite_distinct_and_evenly_spaced() {
    assert!(circular(0).is_empty());
    assert_finite_and_distinct(&circular(1), "circular 1");
    let positions = circular(40);
    assert_finite_and_distinct(&positions, "circular 40");
    let radius = distance(positions[0], [0.0, 0.0]);
    assert!(positions.iter().all(|&p| (distance(p, [0.0, 0.0]) - radius).abs() < 1e-2));
    let step = distance(positions[0], positions[1]);
    assert!(step >= 0.9 * LINK_DISTANCE, "neighbours {step} apart");
}

#[test]
fn radial_layout_puts_rings_by_hop_count() {
    let (nodes, mut edges) = sample_shape();
    // Two extra nodes out of reach of node 0.
    let nodes = nodes + 2;
    edges.push((25, 26));
    let positions = radial(nodes, &edges, 0);
    assert_finite_and_distinct(&positions, "radial");
    assert_eq!(positions[0], [0.0, 0.0]);
    let radius = |n: usize| distance(positions[n], [0.0, 0.0]);
    // 1 is a neighbour of 0, 5 is two hops away, 17 three.
    assert!(radius(1) < radius(5) && radius(5) < radius(17));
    let reachable_max = (0..25).map(radius).fold(0.0, f32::max);
    assert!(radius(25) > reachable_max && radius(26) > reachable_max);
    assert_eq!(positions, radial(nodes, &edges, 0), "deterministic");
    // A centre that does not exist puts everyone on one ring.
    assert_finite_and_distinct(&radial(5, &[(0, 1)], 99), "radial without centre");
}

#[test]
fn hierarchical_layout_points_edges_downwards() {
    // A DAG: every edge must go from an upper layer to a lower one.
    let edges = vec![(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (0, 4), (5, 4), (6, 6)];
    let positions = hierarchical(7, &edges);
    assert_finite_and_distinct(&positions, "hierarchical");
    for &(a, b) in edges.iter().filter(|(a, b)| a != b) {
        assert!(positions[a][1] < positions[b][1], "edge {a}->{b} does not point down");
    }
    // Cycles and random graphs still give finite, distinct positions.
    let random = random_graph(300, 600, 2);
    let positions = hierarchical(300, &random);
    assert_finite_and_distinct(&positions, "hierarchical random");
    assert_eq!(positions, hierarchical(300, &random), "deterministic");
    let (nodes, sample) = sample_shape();
    assert_finite_and_distinct(&hierarchical(nodes, &sample), "hierarchical sample");
}

fn random_points(count: usize, seed: u64) -> Vec<[f32; 2]> {
    let mut rng = SplitMix64::new(seed);
    (0..count)
        .map(|_| [rng.next_f32() * 2000.0 - 1000.0, rng.next_f32() * 1000.0])
        .collect()
}

#[test]
fn spatial_index_agrees_with_brute_force() {
    let mut points = random_points(3000, 1);
    points[10] = [f32::NAN, 0.0];
    points[11] = points[12];
    let index = SpatialIndex::build(&points, 25.0);
    assert_eq!(index.len(), 2999);
    let finite = |p: &[f32; 2]| p[0].is_finite();
    let mut rng = SplitMix64::new(2);
    let mut found = Vec::new();
    for _ in 0..500 {
        // Queries inside and well outside the points' bounds.
        let q = [rng.next_f32() * 3000.0 - 1500.0, rng.next_f32() * 2000.0 - 500.0];
        let max_dist = rng.next_f32() * 200.0;
        let brute = points
            .iter()
            .enumerate()
            .filter(|(_, p)| finite(p))
            .map(|(i, &p)| (distance(p, q), i))
            .filter(|&(d, _)| d <= max_dist)
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let nearest = index.nearest(q, max_dist);
        match (brute, nearest) {
            (None, None) => {}
            (Some((d, _)), Some(n)) => assert!((distance(points[n], q) - d).abs() < 1e-3),
            other => panic!("nearest disagrees at {q:?} within {max_dist}: {other:?}"),
        }

        let half = [rng.next_f32() * 300.0, rng.next_f32() * 300.0];
        let (min, max) = ([q[0] - half[0], q[1] - half[1]], [q[0] + half[0], q[1] + half[1]]);
        index.query_rect(min, max, &mut found);
        let got: BTreeSet<usize> = found.iter().copied().collect();
        assert_eq!(got.len(), found.len(), "no node twice");
        let expected: BTreeSet<usize> = points
            .iter()
            .enumerate()
            .filter(|(_, p)| p[0] >= min[0] && p[0] <= max[0] && p[1] >= min[1] && p[1] <= max[1])
            .map(|(i, _)| i)
            .collect();
        assert_eq!(got, expected);
    }
    // Unlimited reach finds something from far away.
    assert!(index.nearest([1e9, -1e9], f32::INFINITY).is_some());
}

#[test]
fn spatial_index_handles_masks_and_degenerate_input() {
    let points = random_points(200, 3);
    let mask: Vec<bool> = (0..200).map(|i| i % 2 == 0).collect();
    let index = SpatialIndex::build_masked(&points, 50.0, Some(&mask));
    let mut found = Vec::new();
    index.query_rect([-2000.0, -2000.0], [2000.0, 2000.0], &mut found);
    assert_eq!(found.len(), 100);
    assert!(found.iter().all(|&i| i % 2 == 0));
    assert!(index.nearest(points[1], 0.0).is_none_or(|n| n % 2 == 0));

    let empty = SpatialIndex::build(&[], 10.0);
    assert!(empty.is_empty() && empty.nearest([0.0, 0.0], 1e9).is_none());
    // All points on one spot, and a zero cell size.
    let same = SpatialIndex::build(&[[1.0, 1.0]; 5], 0.0);
    same.query_rect([0.0, 0.0], [2.0, 2.0], &mut found);
    assert_eq!(found.len(), 5);
    assert_eq!(same.nearest([1.0, 1.0], 1.0), Some(0));
    // Widely spread points do not make a huge grid.
    let spread = SpatialIndex::build(&[[-1e7, -1e7], [1e7, 1e7], [0.0, 0.0]], 1.0);
    assert_eq!(spread.nearest([10.0, 10.0], 100.0), Some(2));
}

#[test]
fn generated_documents_are_valid_with_every_kind() {
    let document = generate(500, 1500, 42);
    document.validate().unwrap();
    assert_eq!(document.entities.len(), 500);
    assert_eq!(document.relations.len(), 1500);
    let entity_kinds: BTreeSet<EntityKind> = document.entities.iter().map(|e| e.kind).collect();
    assert_eq!(entity_kinds.len(), EntityKind::ALL.len());
    let relation_kinds: BTreeSet<RelationKind> = document.relations.iter().map(|r| r.kind).collect();
    assert_eq!(relation_kinds.len(), RelationKind::ALL.len());
    assert!(document.relations.iter().any(|r| r.negated));
    assert!(document.relations.iter().any(|r| r.modality == Modality::Planned));
    assert!(document.relations.iter().any(|r| r.date.is_some() && r.date_iso.is_some()));
    assert!(document.relations.iter().all(|r| r.subject != r.object));

    let names: BTreeSet<&str> = document.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names.len(), 500, "names are unique");

    // Every evidence span and mention points at the right text.
    let text_of = |id: &str| document.documents.iter().find(|d| d.id == id).unwrap().text.as_str();
    for relation in &document.relations {
        let evidence = relation.evidence.first().unwrap();
        let text = text_of(&evidence.document);
        assert_eq!(&text[evidence.start..evidence.end], evidence.sentence);
    }
    for entity in &document.entities {
        for mention in &entity.mentions {
            assert_eq!(&text_of(&mention.document)[mention.start..mention.end], entity.name);
        }
    }

    // Degree skew: the biggest hub is far above the mean degree of 6.
    let model = Model::from_document(document.clone());
    let max_degree = model.graph.node_indices().map(|n| model.graph.neighbors_undirected(n).count()).max().unwrap();
    assert!(max_degree > 40, "max degree {max_degree}");

    assert_eq!(document, generate(500, 1500, 42), "same seed, same document");
    assert_ne!(document, generate(500, 1500, 43));
    let round_trip = entente::model::Document::from_json(&document.to_json()).unwrap();
    assert_eq!(round_trip.relations.len(), 1500);
}

#[test]
fn generator_handles_tiny_and_sparse_requests() {
    for (nodes, edges) in [(0, 0), (1, 0), (1, 5), (2, 1), (10, 3), (5, 40)] {
        let document = generate(nodes, edges, 1);
        document.validate().unwrap();
        assert_eq!(document.entities.len(), nodes);
        let expected = if nodes < 2 { 0 } else { edges };
        assert_eq!(document.relations.len(), expected, "{nodes} nodes, {edges} edges");
    }
}
