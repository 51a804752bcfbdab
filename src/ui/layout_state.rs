//! The running layout of the open graph: advances the force simulation a
//! little every frame (within a time budget) until it settles, then stops,
//! so a settled diagram costs no CPU. Switching to a static layout (circular,
//! radial, hierarchical) animates the nodes to their new places over
//! [`TRANSITION`]. Also keeps the spatial index the graph view uses for
//! hover, rebuilt only when positions changed.

use std::time::{Duration, Instant};

use crate::layout::force::ForceLayout;
use crate::layout::spatial::SpatialIndex;

/// Grid cell size of the spatial index, in world units.
const SPATIAL_CELL: f32 = 60.0;

/// How long a switch between layouts animates.
pub const TRANSITION: Duration = Duration::from_millis(600);

/// The layouts a user can choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LayoutKind {
    #[default]
    Force,
    Circular,
    /// Rings around the selected node.
    Radial,
    /// Layers along the direction of relations.
    Hierarchical,
}

impl LayoutKind {
    pub const ALL: [Self; 4] = [Self::Force, Self::Circular, Self::Radial, Self::Hierarchical];

    pub fn label(self) -> &'static str {
        match self {
            Self::Force => "Force-directed",
            Self::Circular => "Circular",
            Self::Radial => "Radial (around the selection)",
            Self::Hierarchical => "Hierarchical",
        }
    }
}

/// Nodes moving from one layout to another.
struct Transition {
    from: Vec<[f32; 2]>,
    to: Vec<[f32; 2]>,
    started: Instant,
}

pub struct LayoutState {
    force: ForceLayout,
    /// False when the user paused the layout.
    running: bool,
    spatial: SpatialIndex,
    spatial_dirty: bool,
    seed: u64,
    kind: LayoutKind,
    transition: Option<Transition>,
}

impl LayoutState {
    pub fn new(force: ForceLayout, seed: u64) -> Self {
        let spatial = SpatialIndex::build(force.positions(), SPATIAL_CELL);
        Self {
            force,
            running: true,
            spatial,
            spatial_dirty: false,
            seed,
            kind: LayoutKind::Force,
            transition: None,
        }
    }

    pub fn kind(&self) -> LayoutKind {
        self.kind
    }

    /// Switches layout. `active` limits static layouts to the shown nodes
    /// (hidden ones keep their places); `center` is the radial layout's middle.
    pub fn set_kind(
        &mut self,
        kind: LayoutKind,
        edges: &[(usize, usize)],
        active: Option<&[bool]>,
        center: Option<usize>,
    ) {
        self.kind = kind;
        let from = self.force.positions().to_vec();
        let target = match kind {
            LayoutKind::Force => {
                self.transition = None;
                self.running = true;
                self.force.reheat();
                return;
            }
            LayoutKind::Circular | LayoutKind::Radial | LayoutKind::Hierarchical => {
                static_layout(kind, &from, edges, active, center)
            }
        };
        self.running = false;
        self.transition = Some(Transition {
            from,
            to: target,
            started: Instant::now(),
        });
    }

    pub fn positions(&self) -> &[[f32; 2]] {
        self.force.positions()
    }

    /// Rebuilds the spatial index if positions moved since the last call.
    pub fn refresh_spatial(&mut self) {
        if self.spatial_dirty {
            self.spatial = SpatialIndex::build(self.force.positions(), SPATIAL_CELL);
            self.spatial_dirty = false;
        }
    }

    /// The spatial index as of the last [`Self::refresh_spatial`].
    pub fn spatial(&self) -> &SpatialIndex {
        &self.spatial
    }

    pub fn is_pinned(&self, node: usize) -> bool {
        self.force.is_pinned(node)
    }

    /// True while nodes are still moving.
    pub fn is_animating(&self) -> bool {
        self.transition.is_some() || (self.running && !self.force.is_settled())
    }

    pub fn is_paused(&self) -> bool {
        !self.running
    }

    /// "running", "settled", "paused" or the static layout's name, for the
    /// status bar.
    pub fn state_label(&self) -> &'static str {
        if self.kind != LayoutKind::Force {
            self.kind.label()
        } else if !self.running {
            "paused"
        } else if self.force.is_settled() {
            "settled"
        } else {
            "running"
        }
    }

    /// Steps the simulation for at most `budget` (at least one step).
    /// Returns true when positions changed.
    pub fn tick(&mut self, budget: Duration) -> bool {
        if let Some(transition) = &self.transition {
            let t = (transition.started.elapsed().as_secs_f32() / TRANSITION.as_secs_f32()).min(1.0);
            // Ease in and out.
            let eased = t * t * (3.0 - 2.0 * t);
            let blended: Vec<[f32; 2]> = transition
                .from
                .iter()
                .zip(&transition.to)
                .map(|(a, b)| [a[0] + (b[0] - a[0]) * eased, a[1] + (b[1] - a[1]) * eased])
                .collect();
            self.force.set_positions(&blended);
            if t >= 1.0 {
                self.transition = None;
            }
            self.spatial_dirty = true;
            return true;
        }
        if !self.is_animating() {
            return false;
        }
        let start = Instant::now();
        loop {
            let moving = self.force.step();
            if !moving || start.elapsed() >= budget {
                break;
            }
        }
        self.spatial_dirty = true;
        true
    }

    pub fn toggle_running(&mut self) {
        if self.kind != LayoutKind::Force {
            self.kind = LayoutKind::Force;
            self.transition = None;
            self.running = true;
            self.force.reheat();
            return;
        }
        self.running = !self.running;
        if self.running {
            self.force.reheat();
        }
    }

    pub fn rerun(&mut self) {
        self.kind = LayoutKind::Force;
        self.transition = None;
        self.seed = self.seed.wrapping_add(1);
        self.force.restart(self.seed);
        self.running = true;
        self.spatial_dirty = true;
    }

    /// Moves a node and pins it there (a drag).
    pub fn move_node(&mut self, node: usize, pos: [f32; 2]) {
        self.transition = None;
        self.force.set_position(node, pos);
        self.force.set_pinned(node, true);
        if self.kind == LayoutKind::Force {
            self.force.reheat();
        }
        self.spatial_dirty = true;
    }

    pub fn set_pinned(&mut self, node: usize, pinned: bool) {
        self.force.set_pinned(node, pinned);
        self.force.reheat();
    }

    pub fn unpin_all(&mut self) {
        for node in 0..self.force.positions().len() {
            self.force.set_pinned(node, false);
        }
        self.running = true;
        self.force.reheat();
    }

    /// Restores saved positions and pins (a remembered view).
    pub fn restore(&mut self, positions: &[(usize, [f32; 2])], pinned: &[usize]) {
        let mut all = self.force.positions().to_vec();
        for &(node, pos) in positions {
            if let Some(slot) = all.get_mut(node) {
                *slot = pos;
            }
        }
        self.force.set_positions(&all);
        for &node in pinned {
            self.force.set_pinned(node, true);
        }
        self.spatial_dirty = true;
    }

    /// Nodes hidden by filters take no part in the simulation.
    pub fn set_active(&mut self, active: Option<&[bool]>) {
        self.force.set_active(active);
        if self.kind == LayoutKind::Force {
            self.force.reheat();
            self.running = true;
        }
    }
}

/// A static layout of the active nodes, centred where the current picture
/// is; inactive nodes keep their places.
fn static_layout(
    kind: LayoutKind,
    current: &[[f32; 2]],
    edges: &[(usize, usize)],
    active: Option<&[bool]>,
    center: Option<usize>,
) -> Vec<[f32; 2]> {
    let is_active = |i: usize| active.is_none_or(|a| a.get(i).copied().unwrap_or(false));
    // Lay out the active subgraph with compact indices.
    let members: Vec<usize> = (0..current.len()).filter(|&i| is_active(i)).collect();
    let mut compact = vec![usize::MAX; current.len()];
    for (k, &i) in members.iter().enumerate() {
        compact[i] = k;
    }
    let sub_edges: Vec<(usize, usize)> = edges
        .iter()
        .filter_map(|&(a, b)| {
            let (ca, cb) = (*compact.get(a)?, *compact.get(b)?);
            (ca != usize::MAX && cb != usize::MAX).then_some((ca, cb))
        })
        .collect();
    let placed = match kind {
        LayoutKind::Circular => crate::layout::circular(members.len()),
        LayoutKind::Radial => {
            let middle = center
                .and_then(|c| compact.get(c).copied())
                .filter(|&c| c != usize::MAX)
                .unwrap_or(0);
            crate::layout::radial(members.len(), &sub_edges, middle)
        }
        LayoutKind::Hierarchical | LayoutKind::Force => {
            crate::layout::hierarchical(members.len(), &sub_edges)
        }
    };
    // Keep the picture where it was.
    let centroid = |points: &mut dyn Iterator<Item = [f32; 2]>| {
        let (mut sum, mut count) = ([0.0_f32; 2], 0.0_f32);
        for p in points {
            sum = [sum[0] + p[0], sum[1] + p[1]];
            count += 1.0;
        }
        if count > 0.0 { [sum[0] / count, sum[1] / count] } else { [0.0, 0.0] }
    };
    let old = centroid(&mut members.iter().filter_map(|&i| current.get(i).copied()));
    let new = centroid(&mut placed.iter().copied());
    let mut target = current.to_vec();
    for (k, &i) in members.iter().enumerate() {
        if let (Some(slot), Some(p)) = (target.get_mut(i), placed.get(k)) {
            *slot = [p[0] - new[0] + old[0], p[1] - new[1] + old[1]];
        }
    }
    target
}
