//! The animated force-directed layout: springs along edges, Barnes-Hut
//! repulsion between all nodes, a pull towards the origin, velocity damping
//! and an "alpha" temperature that cools every step.
//!
//! The integration follows d3-force (velocity Verlet with a decaying alpha),
//! which is known to settle: every force is scaled by alpha, alpha decays
//! geometrically from 1 to [`ForceParams::alpha_min`] in about 300 steps, and
//! then the layout declares itself settled and [`ForceLayout::step`] does
//! nothing, so the UI can stop asking for frames. The pull towards the origin
//! is linear in distance; with 1/d repulsion that gives a disc of roughly
//! constant node density whatever the node count, and it keeps disconnected
//! components from drifting apart. When the layout settles, a few
//! position-based passes push apart any two nodes closer than
//! [`ForceParams::min_node_distance`].
//!
//! Hidden nodes (see [`ForceLayout::set_active`]) take no part at all: they
//! neither move nor push, and their edges pull nothing. Pinned nodes push and
//! pull others but never move unless set with [`ForceLayout::set_position`].

use super::quadtree::{BarnesHut, RepulsionInput, separation};
use super::rng::{SplitMix64, pair_direction};
use super::spatial::SpatialIndex;
use super::LINK_DISTANCE;

/// The constants of the simulation. The defaults give about
/// [`LINK_DISTANCE`] world units between linked nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct ForceParams {
    /// Rest length of an edge's spring, in world units.
    pub link_distance: f32,
    /// Strength of the repulsion between two nodes: the velocity change per
    /// step at alpha 1 is `repulsion / distance`.
    pub repulsion: f32,
    /// Pull towards the origin: velocity change per step at alpha 1 is
    /// `gravity * distance_to_origin`.
    pub gravity: f32,
    /// Fraction of the velocity lost every step (friction).
    pub velocity_decay: f32,
    /// Below this alpha the layout is settled.
    pub alpha_min: f32,
    /// Fraction of alpha lost every step.
    pub alpha_decay: f32,
    /// The alpha that [`ForceLayout::reheat`] raises the simulation to.
    pub reheat_alpha: f32,
    /// Barnes-Hut accuracy: a cell of width `w` at distance `d` stands in
    /// for its nodes when `w / d < theta`. 0 would be exact.
    pub theta: f32,
    /// At rest, no two visible nodes are closer than this (world units).
    pub min_node_distance: f32,
    /// Below this distance the repulsion between two nodes fades instead of
    /// growing (a soft core), which caps the push between near neighbours;
    /// nodes on the very same spot get the capped push.
    pub repulsion_min_distance: f32,
    /// Largest distance a node may travel in one step.
    pub max_speed: f32,
}

impl Default for ForceParams {
    fn default() -> Self {
        let scale = LINK_DISTANCE / 30.0;
        Self {
            link_distance: LINK_DISTANCE,
            // d3-force's defaults (charge -30 at link distance 30), scaled to
            // our unit: charge goes with the square of length.
            repulsion: 30.0 * scale * scale,
            gravity: 0.1,
            velocity_decay: 0.4,
            alpha_min: 0.001,
            // 1 → alpha_min in 300 steps.
            alpha_decay: 1.0 - 0.001f32.powf(1.0 / 300.0),
            reheat_alpha: 0.3,
            theta: 0.9,
            min_node_distance: 0.4 * LINK_DISTANCE,
            repulsion_min_distance: 0.05 * LINK_DISTANCE,
            max_speed: 2.0 * LINK_DISTANCE,
        }
    }
}

/// An edge's spring, between two visible nodes.
#[derive(Clone, Copy, Debug)]
struct Link {
    source: u32,
    target: u32,
    /// `1 / min(degree)`: hubs are held less stiffly than leaves.
    strength: f32,
    /// Share of the correction taken by the target (the end with the smaller
    /// degree moves more).
    target_share: f32,
}

/// How the repulsion between all pairs is computed.
#[derive(Clone, Debug)]
enum Repulsion {
    BarnesHut(Box<BarnesHut>),
    /// O(n²), for the benchmark baseline.
    Exact,
}

/// The force-directed layout of one graph. See the module documentation.
#[derive(Clone, Debug)]
pub struct ForceLayout {
    params: ForceParams,
    positions: Vec<[f32; 2]>,
    velocities: Vec<[f32; 2]>,
    pinned: Vec<bool>,
    active: Vec<bool>,
    /// Every edge between two existing, distinct nodes.
    edges: Vec<(u32, u32)>,
    /// Springs of the edges between active nodes.
    links: Vec<Link>,
    /// Active nodes, in index order.
    bodies: Vec<u32>,
    bodies_changed: bool,
    alpha: f32,
    settled: bool,
    repulsion: Repulsion,
    threads: usize,
    /// Reused by the settling pass.
    neighbours: Vec<usize>,
}

impl ForceLayout {
    /// A layout of `node_count` nodes joined by `edges` (pairs of node
    /// indices; self-loops and edges to missing nodes are ignored), starting
    /// from positions drawn from `seed`.
    pub fn new(node_count: usize, edges: &[(usize, usize)], seed: u64) -> Self {
        Self::with_params(node_count, edges, seed, ForceParams::default())
    }

    /// Like [`new`](Self::new), with other constants.
    pub fn with_params(
        node_count: usize,
        edges: &[(usize, usize)],
        seed: u64,
        params: ForceParams,
    ) -> Self {
        let edges = edges
            .iter()
            .filter(|&&(a, b)| a != b && a < node_count && b < node_count)
            .map(|&(a, b)| (a as u32, b as u32))
            .collect();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let mut layout = Self {
            params,
            positions: vec![[0.0, 0.0]; node_count],
            velocities: vec![[0.0, 0.0]; node_count],
            pinned: vec![false; node_count],
            active: vec![true; node_count],
            edges,
            links: Vec::new(),
            bodies: Vec::new(),
            bodies_changed: true,
            alpha: 1.0,
            settled: false,
            repulsion: Repulsion::BarnesHut(Box::default()),
            threads,
            neighbours: Vec::new(),
        };
        layout.rebuild_links();
        layout.scatter(seed);
        layout
    }

    /// Like [`new`](Self::new), starting from `positions` where they are
    /// given and finite (e.g. a saved layout).
    pub fn with_positions(
        node_count: usize,
        edges: &[(usize, usize)],
        seed: u64,
        positions: &[[f32; 2]],
    ) -> Self {
        let mut layout = Self::new(node_count, edges, seed);
        layout.set_positions(positions);
        layout
    }

    /// The same simulation with exact O(n²) repulsion (the baseline).
    pub(crate) fn with_exact_repulsion(mut self) -> Self {
        self.repulsion = Repulsion::Exact;
        self
    }

    /// Replaces the positions of the first `positions.len()` nodes (finite
    /// ones only) and stops their motion. Alpha is left as it is; call
    /// [`reheat`](Self::reheat) or [`set_alpha`](Self::set_alpha) to choose
    /// how much the layout may still move.
    pub fn set_positions(&mut self, positions: &[[f32; 2]]) {
        for (node, &p) in positions.iter().enumerate() {
            self.set_position(node, p);
        }
    }

    /// One tick of the simulation. Returns true while the layout is still
    /// moving, false once it has settled (then it does nothing).
    pub fn step(&mut self) -> bool {
        if self.settled {
            return false;
        }
        if self.bodies.is_empty() {
            self.settled = true;
            return false;
        }
        self.alpha += (0.0 - self.alpha) * self.params.alpha_decay;
        self.apply_links();
        self.apply_repulsion();
        self.apply_gravity();
        self.integrate();
        if self.alpha < self.params.alpha_min {
            self.separate_close_nodes();
            self.settled = true;
            return false;
        }
        true
    }

    pub fn is_settled(&self) -> bool {
        self.settled
    }

    /// The current temperature, from 1 (just started) down to
    /// [`ForceParams::alpha_min`] (settled).
    pub fn alpha(&self) -> f32 {
        self.alpha
    }

    /// Sets the temperature (clamped to 0..=1); below
    /// [`ForceParams::alpha_min`] the layout counts as settled.
    pub fn set_alpha(&mut self, alpha: f32) {
        self.alpha = if alpha.is_finite() { alpha.clamp(0.0, 1.0) } else { 0.0 };
        self.settled = self.alpha < self.params.alpha_min;
    }

    pub fn positions(&self) -> &[[f32; 2]] {
        &self.positions
    }

    pub fn node_count(&self) -> usize {
        self.positions.len()
    }

    pub fn params(&self) -> &ForceParams {
        &self.params
    }

    /// Moves one node (e.g. while it is dragged) and stops its motion.
    /// Non-finite positions and unknown nodes are ignored. The layout is not
    /// reheated: call [`reheat`](Self::reheat) for the others to follow.
    pub fn set_position(&mut self, node: usize, pos: [f32; 2]) {
        if !(pos[0].is_finite() && pos[1].is_finite()) {
            return;
        }
        if let (Some(p), Some(v)) = (self.positions.get_mut(node), self.velocities.get_mut(node)) {
            *p = pos;
            *v = [0.0, 0.0];
        }
    }

    /// A pinned node keeps its position; it still pushes and pulls others.
    pub fn set_pinned(&mut self, node: usize, pinned: bool) {
        if let Some(flag) = self.pinned.get_mut(node) {
            *flag = pinned;
        }
        if let Some(v) = self.velocities.get_mut(node) {
            *v = [0.0, 0.0];
        }
    }

    pub fn is_pinned(&self, node: usize) -> bool {
        self.pinned.get(node).copied().unwrap_or(false)
    }

    /// Unpins every node.
    pub fn unpin_all(&mut self) {
        self.pinned.fill(false);
    }

    /// Resumes the simulation after a change (a drag, a filter), at
    /// [`ForceParams::reheat_alpha`] or the current alpha if higher.
    pub fn reheat(&mut self) {
        self.alpha = self.alpha.max(self.params.reheat_alpha);
        self.settled = false;
    }

    /// Runs the layout again from fresh positions drawn from `seed`. Pinned
    /// nodes keep their positions and stay pinned.
    pub fn restart(&mut self, seed: u64) {
        self.scatter(seed);
        self.alpha = 1.0;
        self.settled = false;
    }

    /// Restricts the simulation to the nodes whose flag is true (`None`:
    /// all nodes). Hidden nodes stay where they are and exert no force; the
    /// layout is reheated so that the visible ones adapt.
    pub fn set_active(&mut self, active: Option<&[bool]>) {
        let previous = std::mem::take(&mut self.active);
        self.active = (0..self.positions.len())
            .map(|node| active.is_none_or(|flags| flags.get(node).copied().unwrap_or(false)))
            .collect();
        if self.active != previous {
            self.rebuild_links();
            self.reheat();
        }
    }

    pub fn is_active(&self, node: usize) -> bool {
        self.active.get(node).copied().unwrap_or(false)
    }

    /// How many threads the repulsion pass may use (at least 1). It changes
    /// speed only: the result is the same for any number.
    pub fn set_threads(&mut self, threads: usize) {
        self.threads = threads.max(1);
    }
}

impl ForceLayout {
    /// Puts every unpinned node at a random spot in a disc whose size grows
    /// with the node count like the settled layout does.
    fn scatter(&mut self, seed: u64) {
        let mut rng = SplitMix64::new(seed);
        let radius = 0.5 * self.params.link_distance * (self.positions.len() as f32).sqrt().max(1.0);
        for ((p, v), &pinned) in self
            .positions
            .iter_mut()
            .zip(&mut self.velocities)
            .zip(&self.pinned)
        {
            // Draw for every node, pinned or not, so that pins do not shift
            // the others' starting spots.
            let r = radius * rng.next_f32().sqrt();
            let angle = rng.next_f32() * std::f32::consts::TAU;
            if !pinned {
                *p = [r * angle.cos(), r * angle.sin()];
            }
            *v = [0.0, 0.0];
        }
    }

    /// Recomputes bodies and springs from the active flags.
    fn rebuild_links(&mut self) {
        let active = |node: u32| self.active.get(node as usize).copied().unwrap_or(false);
        self.bodies = (0..self.positions.len() as u32).filter(|&n| active(n)).collect();
        self.bodies_changed = true;
        let mut degree = vec![0u32; self.positions.len()];
        let visible_edges = || self.edges.iter().filter(|&&(a, b)| active(a) && active(b));
        for &(a, b) in visible_edges() {
            for end in [a, b] {
                if let Some(d) = degree.get_mut(end as usize) {
                    *d += 1;
                }
            }
        }
        let degree_of = |node: u32| degree.get(node as usize).copied().unwrap_or(1).max(1) as f32;
        self.links = visible_edges()
            .map(|&(source, target)| {
                let (ds, dt) = (degree_of(source), degree_of(target));
                Link {
                    source,
                    target,
                    strength: 1.0 / ds.min(dt),
                    target_share: ds / (ds + dt),
                }
            })
            .collect();
    }

    fn apply_links(&mut self) {
        let rest = self.params.link_distance;
        let alpha = self.alpha;
        for link in &self.links {
            let (s, t) = (link.source as usize, link.target as usize);
            let (Some(&ps), Some(&pt), Some(&vs), Some(&vt)) = (
                self.positions.get(s),
                self.positions.get(t),
                self.velocities.get(s),
                self.velocities.get(t),
            ) else {
                continue;
            };
            // Where the ends are heading, as in d3-force.
            let (delta, _) = separation(
                [pt[0] + vt[0], pt[1] + vt[1]],
                [ps[0] + vs[0], ps[1] + vs[1]],
                0.0,
                || pair_direction(t, s),
            );
            let length = (delta[0] * delta[0] + delta[1] * delta[1]).sqrt();
            let correction = (length - rest) / length * alpha * link.strength;
            let shift = [delta[0] * correction, delta[1] * correction];
            if let Some(v) = self.velocities.get_mut(t) {
                v[0] -= shift[0] * link.target_share;
                v[1] -= shift[1] * link.target_share;
            }
            if let Some(v) = self.velocities.get_mut(s) {
                v[0] += shift[0] * (1.0 - link.target_share);
                v[1] += shift[1] * (1.0 - link.target_share);
            }
        }
    }

    fn apply_repulsion(&mut self) {
        let scale = self.params.repulsion * self.alpha;
        let min_distance = self.params.repulsion_min_distance;
        match &mut self.repulsion {
            Repulsion::BarnesHut(tree) => {
                tree.add_repulsion(
                    RepulsionInput {
                        positions: &self.positions,
                        bodies: &self.bodies,
                        bodies_changed: self.bodies_changed,
                        theta: self.params.theta,
                        min_distance,
                        scale,
                        threads: self.threads,
                    },
                    &mut self.velocities,
                );
                self.bodies_changed = false;
            }
            Repulsion::Exact => {
                exact_repulsion(&self.positions, &self.bodies, min_distance, scale, &mut self.velocities);
            }
        }
    }

    fn apply_gravity(&mut self) {
        let pull = self.params.gravity * self.alpha;
        for &node in &self.bodies {
            let node = node as usize;
            if let (Some(p), Some(v)) = (self.positions.get(node), self.velocities.get_mut(node)) {
                v[0] -= p[0] * pull;
                v[1] -= p[1] * pull;
            }
        }
    }

    fn integrate(&mut self) {
        let keep = 1.0 - self.params.velocity_decay;
        let max_speed = self.params.max_speed;
        for &node in &self.bodies {
            let node = node as usize;
            let pinned = self.pinned.get(node).copied().unwrap_or(false);
            let (Some(p), Some(v)) = (self.positions.get_mut(node), self.velocities.get_mut(node)) else {
                continue;
            };
            if pinned {
                *v = [0.0, 0.0];
                continue;
            }
            let mut velocity = [v[0] * keep, v[1] * keep];
            if !(velocity[0].is_finite() && velocity[1].is_finite()) {
                velocity = [0.0, 0.0];
            }
            let speed = (velocity[0] * velocity[0] + velocity[1] * velocity[1]).sqrt();
            if speed > max_speed {
                velocity = [velocity[0] / speed * max_speed, velocity[1] / speed * max_speed];
            }
            *v = velocity;
            p[0] += velocity[0];
            p[1] += velocity[1];
        }
    }

    /// Pushes apart visible nodes closer than `min_node_distance`, moving
    /// each of a pair half the overlap (a pinned node does not move; two
    /// pinned nodes are left alone). Repeats until no pair is too close, up
    /// to a bound.
    fn separate_close_nodes(&mut self) {
        const MAX_PASSES: usize = 64;
        let min_distance = self.params.min_node_distance;
        if min_distance <= 0.0 {
            return;
        }
        // Aim a little further so that rounding cannot leave a pair just
        // under the minimum.
        let target = min_distance * 1.01;
        let mut neighbours = std::mem::take(&mut self.neighbours);
        let bodies = std::mem::take(&mut self.bodies);
        // The first pass checks every node; later ones only the nodes the
        // previous pass moved (the rest cannot have come closer).
        let mut to_check: Vec<u32> = bodies.clone();
        let mut moved = vec![false; self.positions.len()];
        for pass in 0..MAX_PASSES {
            if to_check.is_empty() {
                break;
            }
            let index = SpatialIndex::build_masked(&self.positions, min_distance, Some(&self.active));
            for &node in &to_check {
                let a = node as usize;
                let Some(&pa) = self.positions.get(a) else { continue };
                index.query_rect(
                    [pa[0] - min_distance, pa[1] - min_distance],
                    [pa[0] + min_distance, pa[1] + min_distance],
                    &mut neighbours,
                );
                for &b in &neighbours {
                    // In the first pass each pair is seen from both ends.
                    if b == a || (pass == 0 && b < a) {
                        continue;
                    }
                    if self.push_pair_apart(a, b, min_distance, target) {
                        for end in [a, b] {
                            if let Some(flag) = moved.get_mut(end) {
                                *flag = true;
                            }
                        }
                    }
                }
            }
            to_check.clear();
            for (node, flag) in moved.iter_mut().enumerate() {
                if std::mem::take(flag) {
                    to_check.push(node as u32);
                }
            }
        }
        self.neighbours = neighbours;
        self.bodies = bodies;
    }

    /// Moves `a` and `b` apart to `target` if they are closer than
    /// `min_distance`. Returns whether anything moved.
    fn push_pair_apart(&mut self, a: usize, b: usize, min_distance: f32, target: f32) -> bool {
        let (Some(&pa), Some(&pb)) = (self.positions.get(a), self.positions.get(b)) else {
            return false;
        };
        let dx = pa[0] - pb[0];
        let dy = pa[1] - pb[1];
        let distance = (dx * dx + dy * dy).sqrt();
        if distance >= min_distance {
            return false;
        }
        let unit = if distance > 1e-6 {
            [dx / distance, dy / distance]
        } else {
            pair_direction(a, b)
        };
        let (share_a, share_b) = match (self.is_pinned(a), self.is_pinned(b)) {
            (true, true) => return false,
            (true, false) => (0.0, 1.0),
            (false, true) => (1.0, 0.0),
            (false, false) => (0.5, 0.5),
        };
        let gap = target - distance;
        if let Some(p) = self.positions.get_mut(a) {
            p[0] += unit[0] * gap * share_a;
            p[1] += unit[1] * gap * share_a;
        }
        if let Some(p) = self.positions.get_mut(b) {
            p[0] -= unit[0] * gap * share_b;
            p[1] -= unit[1] * gap * share_b;
        }
        true
    }
}

/// Exact repulsion between every pair of bodies: O(n²), one thread.
fn exact_repulsion(
    positions: &[[f32; 2]],
    bodies: &[u32],
    min_distance: f32,
    scale: f32,
    velocities: &mut [[f32; 2]],
) {
    let min_distance_sq = min_distance * min_distance;
    for &a in bodies {
        let Some(&pa) = positions.get(a as usize) else { continue };
        let mut push = [0.0f32, 0.0];
        for &b in bodies {
            if a == b {
                continue;
            }
            let Some(&pb) = positions.get(b as usize) else { continue };
            let (delta, distance_sq) =
                separation(pa, pb, min_distance_sq, || pair_direction(a as usize, b as usize));
            push[0] += delta[0] / distance_sq;
            push[1] += delta[1] / distance_sq;
        }
        if let Some(v) = velocities.get_mut(a as usize) {
            v[0] += push[0] * scale;
            v[1] += push[1] * scale;
        }
    }
}
