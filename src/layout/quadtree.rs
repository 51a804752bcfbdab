//! Barnes-Hut repulsion over a flattened quadtree, the part of a force step
//! that would otherwise be O(n²).
//!
//! Each step the bodies are sorted by their Morton (Z-order) code, so that
//! every quadtree cell is a contiguous run of the sorted array. The tree is
//! then built in one recursive pass over that array, in depth-first
//! pre-order, into a flat `Vec` where each cell records where its subtree
//! ends (`next`). Walking the tree is a loop over that array with no stack:
//! open a cell by stepping to the next entry, accept it (or finish a leaf)
//! by jumping to `next`. Leaves hold up to [`LEAF_SIZE`] bodies.
//!
//! The walk is done once per *group* of up to [`GROUP_SIZE`] neighbouring
//! bodies rather than once per body (Barnes' 1990 vectorised variant): a
//! cell is accepted when it is far enough from the group's bounding box,
//! which is then true for every body in it, and the accepted cells and the
//! bodies of opened leaves form one interaction list. Each body of the group
//! then sums over that list in a tight loop the compiler turns into SIMD.
//! Cells are measured by their bodies' bounding box, not their quadrant, so
//! sparse cells are accepted sooner at the same accuracy.
//!
//! Trade-offs: the sort is a two-pass radix sort, O(n), and stable, so
//! bodies that share a code keep last step's order and the result stays
//! deterministic. Groups are split into contiguous runs on scoped threads once there are
//! enough bodies to pay for them; each body's sum is computed the same way
//! whatever the split, so the result does not depend on the number of
//! threads. A step allocates nothing in proportion to the graph once the
//! buffers have grown.

use super::rng::pair_direction;

/// Bodies per leaf: small enough that exact sums in a leaf stay cheap, large
/// enough to keep the tree shallow.
const LEAF_SIZE: usize = 8;

/// Bodies per group at most: a group walks the tree once for all its bodies
/// and shares one interaction list. Larger groups walk less but their lists
/// grow, as a far cell must be far from the whole group.
const GROUP_SIZE: usize = 32;

/// Bits of a Morton code per axis; 16 levels of cells.
const LEVELS: u32 = 16;

/// Below this many bodies, one thread does the walk. Measured on the 2-core
/// target: at 10k bodies the walk takes ~1.3 ms on one thread, so a second
/// thread saves well under a millisecond when the machine is idle, and when
/// another process holds the other core the step waits for the descheduled
/// thread and gets slower (4 ms instead of 1.7). From a few tens of
/// thousands of bodies the split pays either way.
pub const PARALLEL_MIN_BODIES: usize = 20_000;

/// One cell of the flattened quadtree.
#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    /// Centre of mass of the bodies in the cell.
    center: [f32; 2],
    /// Number of bodies in the cell.
    mass: f32,
    /// `(cell width / theta)²`: the cell is far enough away to stand in for
    /// its bodies when the squared distance to its centre of mass is larger.
    open_below_distance_sq: f32,
    /// Index of the entry after this cell's subtree. A leaf is a cell whose
    /// `next` is its own index + 1.
    next: u32,
    /// The cell's bodies: `sorted[first..end]`.
    first: u32,
    end: u32,
}

/// Reusable buffers for Barnes-Hut repulsion; keeping them between steps
/// means a step allocates nothing once the sizes are stable.
#[derive(Clone, Debug, Default)]
pub struct BarnesHut {
    /// `morton_code << 32 | node`, sorted by code.
    keys: Vec<u64>,
    /// Buffers of the radix sort.
    scratch_keys: Vec<u64>,
    digit_counts: Vec<u32>,
    /// Body positions in sorted order.
    sorted_positions: Vec<[f32; 2]>,
    /// Node index of each sorted body.
    sorted_nodes: Vec<u32>,
    cells: Vec<Cell>,
    /// Indices of the group cells, in body order: the largest cells of at
    /// most [`GROUP_SIZE`] bodies (or leaves, where a leaf is larger).
    groups: Vec<u32>,
    /// One interaction list per thread.
    sources: Vec<Sources>,
    /// Push on each sorted body, before scaling.
    pushes: Vec<[f32; 2]>,
}

/// What the repulsion pass needs to know.
#[derive(Clone, Copy, Debug)]
pub struct RepulsionInput<'a> {
    pub positions: &'a [[f32; 2]],
    /// The nodes taking part, in any fixed order.
    pub bodies: &'a [u32],
    /// True when `bodies` changed since the last call (the kept order is then
    /// rebuilt).
    pub bodies_changed: bool,
    pub theta: f32,
    /// Distances below this are treated as this (caps the push).
    pub min_distance: f32,
    /// Each push is multiplied by this before being added to the velocity.
    pub scale: f32,
    pub threads: usize,
}

impl BarnesHut {
    /// Adds `scale * Σ (p_i - p_j) / |p_i - p_j|²` over all other bodies `j`
    /// to `velocities[i]` for every body `i`, approximating far groups by
    /// their centre of mass.
    pub fn add_repulsion(&mut self, input: RepulsionInput<'_>, velocities: &mut [[f32; 2]]) {
        let count = input.bodies.len();
        if count < 2 {
            return;
        }
        self.sort_bodies(input);
        self.cells.clear();
        self.groups.clear();
        let inv_theta_sq = 1.0 / (input.theta * input.theta).max(1e-6);
        build_cell(
            &mut self.cells,
            &mut self.groups,
            false,
            &self.keys,
            &self.sorted_positions,
            0,
            count,
            0,
            inv_theta_sq,
        );

        self.pushes.clear();
        self.pushes.resize(count, [0.0, 0.0]);
        let walk = Walk {
            cells: &self.cells,
            positions: &self.sorted_positions,
            nodes: &self.sorted_nodes,
            min_distance_sq: input.min_distance * input.min_distance,
        };
        let threads = if count < PARALLEL_MIN_BODIES { 1 } else { input.threads.max(1) };
        self.sources.resize_with(threads, Sources::default);
        // Split the groups (and with them the bodies, which they cover in
        // order) into one contiguous run per thread.
        let first_of = |leaf: u32| self.cells.get(leaf as usize).map_or(count, |c| c.first as usize);
        let mut rest: &mut [[f32; 2]] = &mut self.pushes;
        let mut rest_groups: &[u32] = &self.groups;
        let mut first_body = 0;
        let mut jobs = Vec::with_capacity(threads);
        for part in 0..threads {
            let boundary = count * (part + 1) / threads;
            let split = rest_groups.partition_point(|&leaf| first_of(leaf) < boundary);
            let (mine, others) = rest_groups.split_at(split);
            let end_body = others.first().map_or(count, |&leaf| first_of(leaf));
            let taken = end_body.saturating_sub(first_body).min(rest.len());
            let (out, remaining) = std::mem::take(&mut rest).split_at_mut(taken);
            jobs.push((mine, first_body, out));
            first_body = end_body;
            rest = remaining;
            rest_groups = others;
        }
        // The calling thread takes the last share itself.
        let mut work = jobs.into_iter().zip(&mut self.sources);
        let own = work.next_back();
        std::thread::scope(|scope| {
            for ((groups, first, out), sources) in work {
                let walk = &walk;
                scope.spawn(move || walk.pushes_for_groups(groups, first, out, sources));
            }
            if let Some(((groups, first, out), sources)) = own {
                walk.pushes_for_groups(groups, first, out, sources);
            }
        });

        for (push, &node) in self.pushes.iter().zip(&self.sorted_nodes) {
            if let Some(v) = velocities.get_mut(node as usize) {
                v[0] += push[0] * input.scale;
                v[1] += push[1] * input.scale;
            }
        }
    }
}

impl BarnesHut {
    /// Computes each body's Morton code in a square around all bodies and
    /// sorts the bodies by it.
    fn sort_bodies(&mut self, input: RepulsionInput<'_>) {
        let position = |node: u32| {
            input
                .positions
                .get(node as usize)
                .copied()
                .unwrap_or([0.0, 0.0])
        };
        let mut min = [f32::INFINITY; 2];
        let mut max = [f32::NEG_INFINITY; 2];
        for &node in input.bodies {
            let p = position(node);
            for axis in 0..2 {
                min[axis] = min[axis].min(p[axis]);
                max[axis] = max[axis].max(p[axis]);
            }
        }
        let width = (max[0] - min[0]).max(max[1] - min[1]).max(1e-3) * 1.0001;
        let cells_per_unit = (1u32 << LEVELS) as f32 / width;
        let top = (1u32 << LEVELS) - 1;
        let code_of = |node: u32| {
            let p = position(node);
            let x = (((p[0] - min[0]) * cells_per_unit) as u32).min(top);
            let y = (((p[1] - min[1]) * cells_per_unit) as u32).min(top);
            u64::from(interleave(x) | interleave(y) << 1) << 32 | u64::from(node)
        };

        if input.bodies_changed || self.keys.len() != input.bodies.len() {
            self.keys.clear();
            self.keys.extend(input.bodies.iter().map(|&node| code_of(node)));
        } else {
            // Keep last step's order: bodies move little, so the keys are
            // nearly sorted already and the sort below is cheap.
            for key in &mut self.keys {
                *key = code_of(*key as u32);
            }
        }
        radix_sort_by_code(&mut self.keys, &mut self.scratch_keys, &mut self.digit_counts);

        self.sorted_nodes.clear();
        self.sorted_nodes.extend(self.keys.iter().map(|&key| key as u32));
        self.sorted_positions.clear();
        self.sorted_positions
            .extend(self.sorted_nodes.iter().map(|&node| position(node)));
    }
}

/// Sorts `keys` by their upper 32 bits (the Morton code), stably: two
/// passes of a least-significant-digit radix sort on 16-bit digits. About
/// five times faster than a comparison sort here, and stable, so bodies with
/// one code keep last step's order (deterministic, since that order is).
fn radix_sort_by_code(keys: &mut Vec<u64>, scratch: &mut Vec<u64>, counts: &mut Vec<u32>) {
    const DIGIT_BITS: u32 = 16;
    const BUCKETS: usize = 1 << DIGIT_BITS;
    scratch.clear();
    scratch.resize(keys.len(), 0);
    for pass in 0..2 {
        let shift = 32 + pass * DIGIT_BITS;
        let digit = |key: u64| ((key >> shift) as usize) & (BUCKETS - 1);
        counts.clear();
        counts.resize(BUCKETS, 0);
        for &key in keys.iter() {
            if let Some(count) = counts.get_mut(digit(key)) {
                *count += 1;
            }
        }
        // Counts become the first slot of each bucket.
        let mut next = 0u32;
        for count in counts.iter_mut() {
            let size = *count;
            *count = next;
            next += size;
        }
        for &key in keys.iter() {
            if let Some(slot) = counts.get_mut(digit(key)) {
                if let Some(out) = scratch.get_mut(*slot as usize) {
                    *out = key;
                }
                *slot += 1;
            }
        }
        std::mem::swap(keys, scratch);
    }
}

/// Spreads the low 16 bits of `v` to the even bits of the result.
fn interleave(v: u32) -> u32 {
    let mut x = v & 0xFFFF;
    x = (x | (x << 8)) & 0x00FF_00FF;
    x = (x | (x << 4)) & 0x0F0F_0F0F;
    x = (x | (x << 2)) & 0x3333_3333;
    x = (x | (x << 1)) & 0x5555_5555;
    x
}

/// Builds the cell over `sorted[start..end]` and its subtree, in pre-order.
/// `level` is the depth at which the bodies are known to share one cell.
/// Returns what the parent needs to know of the cell.
#[allow(clippy::too_many_arguments)]
fn build_cell(
    cells: &mut Vec<Cell>,
    groups: &mut Vec<u32>,
    in_group: bool,
    keys: &[u64],
    positions: &[[f32; 2]],
    start: usize,
    end: usize,
    mut level: u32,
    inv_theta_sq: f32,
) -> Summary {
    let code = |k: usize| (keys.get(k).copied().unwrap_or(0) >> 32) as u32;
    let quadrant = |k: usize, level: u32| (code(k) >> (2 * (LEVELS - 1 - level))) & 3;
    // Skip levels where all bodies fall in the same quadrant: no cell is
    // needed for them, and the tree stays shallow around tight clusters.
    while level < LEVELS && end - start > LEAF_SIZE && quadrant(start, level) == quadrant(end - 1, level) {
        level += 1;
    }
    let index = cells.len();
    cells.push(Cell {
        first: start as u32,
        end: end as u32,
        ..Cell::default()
    });

    let is_leaf = end - start <= LEAF_SIZE || level >= LEVELS;
    let starts_group = !in_group && (is_leaf || end - start <= GROUP_SIZE);
    if starts_group {
        groups.push(index as u32);
    }
    let mut summary = Summary::default();
    if is_leaf {
        for &p in positions.get(start..end).unwrap_or_default() {
            summary.add_body(p);
        }
    } else {
        let mut child_start = start;
        for q in 0..4 {
            let child_end = child_start
                + keys
                    .get(child_start..end)
                    .unwrap_or_default()
                    .partition_point(|&key| {
                        ((key >> 32) as u32 >> (2 * (LEVELS - 1 - level))) & 3 <= q
                    });
            if child_end > child_start {
                let child = build_cell(
                    cells,
                    groups,
                    in_group || starts_group,
                    keys,
                    positions,
                    child_start,
                    child_end,
                    level + 1,
                            inv_theta_sq,
                );
                summary.add(&child);
            }
            child_start = child_end;
        }
    }
    let next = cells.len() as u32;
    if let Some(cell) = cells.get_mut(index) {
        let mass = summary.mass;
        cell.mass = mass;
        cell.center = if mass > 0.0 {
            [summary.sum[0] / mass, summary.sum[1] / mass]
        } else {
            [0.0, 0.0]
        };
        // The bodies' bounding box is often much smaller than the cell
        // (clusters, sparse edges): measuring it lets far groups be
        // accepted sooner at the same accuracy.
        let size = (summary.max[0] - summary.min[0]).max(summary.max[1] - summary.min[1]).max(0.0);
        cell.open_below_distance_sq = size * size * inv_theta_sq;
        cell.next = next;
    }
    summary
}

/// Mass, mass-weighted position sum and bounding box of a cell's bodies.
#[derive(Clone, Copy, Debug)]
struct Summary {
    mass: f32,
    sum: [f32; 2],
    min: [f32; 2],
    max: [f32; 2],
}

impl Default for Summary {
    fn default() -> Self {
        Self {
            mass: 0.0,
            sum: [0.0, 0.0],
            min: [f32::INFINITY; 2],
            max: [f32::NEG_INFINITY; 2],
        }
    }
}

impl Summary {
    fn add_body(&mut self, p: [f32; 2]) {
        self.add(&Self {
            mass: 1.0,
            sum: p,
            min: p,
            max: p,
        });
    }

    fn add(&mut self, other: &Self) {
        self.mass += other.mass;
        for axis in 0..2 {
            self.sum[axis] += other.sum[axis];
            self.min[axis] = self.min[axis].min(other.min[axis]);
            self.max[axis] = self.max[axis].max(other.max[axis]);
        }
    }
}

/// The interaction list of one leaf, as columns: far cells (by centre of
/// mass and mass) and near bodies (mass 1), all treated alike.
#[derive(Clone, Debug, Default)]
struct Sources {
    x: Vec<f32>,
    y: Vec<f32>,
    mass: Vec<f32>,
    /// Sorted body index of a near body; `u32::MAX` for a cell.
    body: Vec<u32>,
}

impl Sources {
    fn clear(&mut self) {
        self.x.clear();
        self.y.clear();
        self.mass.clear();
        self.body.clear();
    }

    fn push(&mut self, at: [f32; 2], mass: f32, body: u32) {
        self.x.push(at[0]);
        self.y.push(at[1]);
        self.mass.push(mass);
        self.body.push(body);
    }

    /// Pads to a multiple of [`LANES`] with massless sources.
    fn pad(&mut self) {
        while !self.x.len().is_multiple_of(LANES) {
            self.push([0.0, 0.0], 0.0, u32::MAX);
        }
    }
}

/// Width of the hand-unrolled inner loop, which the compiler turns into SIMD.
const LANES: usize = 8;

/// The read-only state of one repulsion walk, shared by the threads.
struct Walk<'a> {
    cells: &'a [Cell],
    positions: &'a [[f32; 2]],
    nodes: &'a [u32],
    min_distance_sq: f32,
}

impl Walk<'_> {
    /// Fills the pushes of the bodies of `groups`, which start at sorted body
    /// `first` and cover `out`. Each group walks the tree once for all its
    /// bodies: a cell stands in for its bodies when it is far from the
    /// group's whole bounding box, which holds for each body in it.
    fn pushes_for_groups(&self, groups: &[u32], first: usize, out: &mut [[f32; 2]], sources: &mut Sources) {
        for &group_cell in groups {
            let Some(group) = self.cells.get(group_cell as usize) else { continue };
            let (start, end) = (group.first as usize, group.end as usize);
            let Some(bodies) = self.positions.get(start..end) else { continue };
            let mut min = [f32::INFINITY; 2];
            let mut max = [f32::NEG_INFINITY; 2];
            for p in bodies {
                for axis in 0..2 {
                    min[axis] = min[axis].min(p[axis]);
                    max[axis] = max[axis].max(p[axis]);
                }
            }
            self.gather(group, min, max, sources);
            sources.pad();
            for (offset, &p) in bodies.iter().enumerate() {
                let body = start + offset;
                if let Some(push) = out.get_mut(body - first) {
                    *push = self.push_from(sources, body, p);
                }
            }
        }
    }

    /// Collects the interaction list of the bodies of `group` (a leaf whose
    /// bodies lie in the box `min..max`).
    fn gather(&self, group: &Cell, min: [f32; 2], max: [f32; 2], sources: &mut Sources) {
        sources.clear();
        let mut index = 0usize;
        while let Some(cell) = self.cells.get(index) {
            let encloses_group = cell.first <= group.first && group.end <= cell.end;
            let is_leaf = cell.next as usize == index + 1;
            if !encloses_group {
                // Distance from the centre of mass to the nearest point of the box.
                let dx = (min[0] - cell.center[0]).max(cell.center[0] - max[0]).max(0.0);
                let dy = (min[1] - cell.center[1]).max(cell.center[1] - max[1]).max(0.0);
                if cell.open_below_distance_sq < dx * dx + dy * dy {
                    sources.push(cell.center, cell.mass, u32::MAX);
                    index = cell.next as usize;
                    continue;
                }
            }
            if is_leaf {
                let (first, end) = (cell.first as usize, cell.end as usize);
                for (offset, &q) in self.positions.get(first..end).unwrap_or_default().iter().enumerate() {
                    sources.push(q, 1.0, (first + offset) as u32);
                }
                index = cell.next as usize;
            } else {
                index += 1;
            }
        }
    }

    /// The push on sorted body `body` at `p` from every source. Sources on
    /// the very spot of `p` (its own entry among them) add nothing in the
    /// fast loop; other bodies there are then pushed along a pair direction.
    fn push_from(&self, sources: &Sources, body: usize, p: [f32; 2]) -> [f32; 2] {
        let (mut push, on_spot) = sum_pushes(sources, p, self.min_distance_sq);
        if on_spot > 1 {
            self.push_from_same_spot(sources, body, p, &mut push);
        }
        push
    }

    /// Rare: other sources exactly on `p`. Each pushes with the capped
    /// strength along a direction fixed by the pair.
    fn push_from_same_spot(&self, sources: &Sources, body: usize, p: [f32; 2], push: &mut [f32; 2]) {
        let node = |sorted: usize| self.nodes.get(sorted).copied().unwrap_or(0) as usize;
        let cap = 1.0 / self.min_distance_sq.sqrt().max(1e-6);
        for (i, &other) in sources.body.iter().enumerate() {
            if other as usize == body {
                continue;
            }
            let (Some(&x), Some(&y), Some(&mass)) = (sources.x.get(i), sources.y.get(i), sources.mass.get(i)) else {
                continue;
            };
            let (dx, dy) = (p[0] - x, p[1] - y);
            if mass <= 0.0 || dx * dx + dy * dy >= 1e-12 {
                continue;
            }
            // A cell has no node of its own: pair the body with the list slot.
            let partner = if other == u32::MAX { usize::MAX - i } else { node(other as usize) };
            let unit = pair_direction(node(body), partner);
            push[0] += unit[0] * mass * cap;
            push[1] += unit[1] * mass * cap;
        }
    }
}

/// `Σ mass · (p - q) / softened(|p - q|²)` over the sources, and how many
/// sources sit exactly on `p`.
///
/// Unrolled by hand into [`LANES`] independent sums so that the compiler
/// vectorises it (float additions may not be reordered otherwise). An AVX2
/// build of the same loop was tried and was twice as slow: the compiler
/// shuffles instead of vectorising cleanly; hand-written intrinsics would
/// need `unsafe`, which this module avoids.
#[inline(always)]
fn sum_pushes(sources: &Sources, p: [f32; 2], min_sq: f32) -> ([f32; 2], u32) {
    let mut ax = [0.0f32; LANES];
    let mut ay = [0.0f32; LANES];
    let mut on_spot = [0u32; LANES];
    let columns = sources
        .x
        .chunks_exact(LANES)
        .zip(sources.y.chunks_exact(LANES))
        .zip(sources.mass.chunks_exact(LANES));
    for ((xs, ys), masses) in columns {
        for lane in 0..LANES {
            let dx = p[0] - xs[lane];
            let dy = p[1] - ys[lane];
            let distance_sq = dx * dx + dy * dy;
            // `softened`, spelt with f32::max, which compiles to SIMD
            // (checked with perf: a hand-written comparison fell back to
            // scalar branches).
            let weight = masses[lane] / distance_sq.max(min_sq).max(1e-12);
            ax[lane] += dx * weight;
            ay[lane] += dy * weight;
            on_spot[lane] += u32::from(distance_sq < 1e-12 && masses[lane] > 0.0);
        }
    }
    ([ax.iter().sum::<f32>(), ay.iter().sum::<f32>()], on_spot.iter().sum::<u32>())
}

/// The squared distance used to divide a push: never less than
/// `min_distance_sq`, so that the push between near neighbours is capped at
/// `1 / min_distance` (reached at that distance) instead of growing without
/// bound; below it the push fades linearly, a soft core. (d3-force
/// levels it off instead, with a square root per pair; that costs 7% of a
/// step here, and nodes that close apart are pushed apart at rest anyway.)
#[inline]
pub fn softened(distance_sq: f32, min_distance_sq: f32) -> f32 {
    distance_sq.max(min_distance_sq)
}

/// The vector from `q` to `p` and the softened squared distance to divide it
/// by. Points on top of each other get a tiny offset along `direction()`, so
/// they are pushed apart along a pair-specific direction instead of by NaN.
#[inline]
pub fn separation(
    p: [f32; 2],
    q: [f32; 2],
    min_distance_sq: f32,
    direction: impl FnOnce() -> [f32; 2],
) -> ([f32; 2], f32) {
    let mut delta = [p[0] - q[0], p[1] - q[1]];
    let mut distance_sq = delta[0] * delta[0] + delta[1] * delta[1];
    if distance_sq < 1e-12 {
        // Step out to the minimum distance: the push is then the capped one.
        let reach = min_distance_sq.sqrt().max(1e-3);
        let unit = direction();
        delta = [unit[0] * reach, unit[1] * reach];
        distance_sq = reach * reach;
    }
    (delta, softened(distance_sq, min_distance_sq.max(1e-6)))
}


#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::layout::rng::SplitMix64;

    #[test]
    fn radix_sort_orders_by_code_and_keeps_ties_in_place() {
        let mut rng = SplitMix64::new(5);
        // Few distinct codes, so that many keys tie, spread over both
        // 16-bit digits; nodes shuffled, so that ties are not in node order.
        let mut keys: Vec<u64> = (0..5000u64)
            .map(|node| (((rng.next_u64() % 300) * 0x0101_0101) & 0xFFFF_FFFF) << 32 | node)
            .collect();
        for i in (1..keys.len()).rev() {
            keys.swap(i, rng.below(i + 1));
        }
        let mut expected = keys.clone();
        expected.sort_by_key(|key| key >> 32);
        radix_sort_by_code(&mut keys, &mut Vec::new(), &mut Vec::new());
        assert_eq!(keys, expected);
    }

    #[test]
    fn interleave_spreads_bits() {
        assert_eq!(interleave(0b1011), 0b100_0101);
        assert_eq!(interleave(0xFFFF), 0x5555_5555);
    }

    #[test]
    fn repulsion_with_tiny_theta_is_exact() {
        let mut rng = SplitMix64::new(9);
        let positions: Vec<[f32; 2]> = (0..300)
            .map(|_| [rng.next_f32() * 1000.0, rng.next_f32() * 1000.0])
            .collect();
        let bodies: Vec<u32> = (0..300).collect();
        let mut fast = vec![[0.0f32; 2]; 300];
        BarnesHut::default().add_repulsion(
            RepulsionInput {
                positions: &positions,
                bodies: &bodies,
                bodies_changed: true,
                theta: 1e-3,
                min_distance: 5.0,
                scale: 1.0,
                threads: 1,
            },
            &mut fast,
        );
        for (i, &p) in positions.iter().enumerate() {
            let mut exact = [0.0f32; 2];
            for (j, &q) in positions.iter().enumerate() {
                if i != j {
                    let (delta, distance_sq) = separation(p, q, 25.0, || [1.0, 0.0]);
                    exact[0] += delta[0] / distance_sq;
                    exact[1] += delta[1] / distance_sq;
                }
            }
            let error = ((fast[i][0] - exact[0]).powi(2) + (fast[i][1] - exact[1]).powi(2)).sqrt();
            let size = (exact[0].powi(2) + exact[1].powi(2)).sqrt();
            assert!(error <= 1e-4 * size.max(1e-3), "body {i}: {fast:?} vs {exact:?}", fast = fast[i]);
        }
    }
}
