//! The running layout of the open graph: advances the force simulation a
//! little every frame (within a time budget) until it settles, then stops,
//! so a settled diagram costs no CPU. Also keeps the spatial index the graph
//! view uses for hover, rebuilt only when positions changed.

use std::time::{Duration, Instant};

use crate::layout::force::ForceLayout;
use crate::layout::spatial::SpatialIndex;

/// Grid cell size of the spatial index, in world units.
const SPATIAL_CELL: f32 = 60.0;

pub struct LayoutState {
    force: ForceLayout,
    /// False when the user paused the layout.
    running: bool,
    spatial: SpatialIndex,
    spatial_dirty: bool,
    seed: u64,
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
        }
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

    /// True while the simulation still has work to do this session.
    pub fn is_animating(&self) -> bool {
        self.running && !self.force.is_settled()
    }

    pub fn is_paused(&self) -> bool {
        !self.running
    }

    /// "running", "settled" or "paused", for the status bar.
    pub fn state_label(&self) -> &'static str {
        if !self.running {
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
        self.running = !self.running;
        if self.running {
            self.force.reheat();
        }
    }

    pub fn rerun(&mut self) {
        self.seed = self.seed.wrapping_add(1);
        self.force.restart(self.seed);
        self.running = true;
        self.spatial_dirty = true;
    }

    /// Moves a node and pins it there (a drag).
    pub fn move_node(&mut self, node: usize, pos: [f32; 2]) {
        self.force.set_position(node, pos);
        self.force.set_pinned(node, true);
        self.force.reheat();
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
        self.force.reheat();
        self.running = true;
    }
}
