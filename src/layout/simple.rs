//! The force layout with exact O(n²) repulsion: the baseline the benchmark
//! compares Barnes-Hut against (it is what egui_graphs and many small tools
//! do). Same simulation, same API (through `Deref` to [`ForceLayout`]); only
//! the repulsion pass differs, and it runs on one thread.

use std::ops::{Deref, DerefMut};

use super::force::ForceLayout;

/// A [`ForceLayout`] whose repulsion sums over every pair exactly.
#[derive(Clone, Debug)]
pub struct SimpleForceLayout(ForceLayout);

impl SimpleForceLayout {
    pub fn new(node_count: usize, edges: &[(usize, usize)], seed: u64) -> Self {
        Self(ForceLayout::new(node_count, edges, seed).with_exact_repulsion())
    }

    pub fn with_positions(
        node_count: usize,
        edges: &[(usize, usize)],
        seed: u64,
        positions: &[[f32; 2]],
    ) -> Self {
        Self(ForceLayout::with_positions(node_count, edges, seed, positions).with_exact_repulsion())
    }
}

impl Deref for SimpleForceLayout {
    type Target = ForceLayout;

    fn deref(&self) -> &ForceLayout {
        &self.0
    }
}

impl DerefMut for SimpleForceLayout {
    fn deref_mut(&mut self) -> &mut ForceLayout {
        &mut self.0
    }
}
