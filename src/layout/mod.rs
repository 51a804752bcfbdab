//! Node positions, in world units, for the graph view; nothing here knows
//! about egui. Positions are `[f32; 2]` indexed by node index (node `i` is
//! entity `i` of the document), so a layout is a plain `Vec<[f32; 2]>`.
//!
//! - [`force::ForceLayout`]: the animated force-directed layout. Barnes-Hut
//!   repulsion over a flattened quadtree keeps a step O(n log n); it cools
//!   and then reports itself settled, so the UI stops stepping it.
//! - [`simple::SimpleForceLayout`]: the same simulation with exact O(n²)
//!   repulsion, kept as the benchmark's baseline.
//! - [`circular`], [`radial`], [`hierarchical`]: static, deterministic layouts
//!   computed in one call.
//! - [`spatial::SpatialIndex`]: a uniform grid over positions for hover,
//!   click and viewport culling.
//!
//! All randomness is seeded ([`rng::SplitMix64`]): the same input and seed
//! give the same picture, whatever the number of threads.

pub mod force;
mod quadtree;
pub mod rng;
pub mod simple;
pub mod spatial;
mod static_layouts;

pub use force::{ForceLayout, ForceParams};
pub use quadtree::PARALLEL_MIN_BODIES;
pub use simple::SimpleForceLayout;
pub use spatial::SpatialIndex;
pub use static_layouts::{circular, hierarchical, radial};

/// The distance, in world units, that the layouts aim for between linked
/// nodes (the view draws nodes with a radius of 10–20 units at zoom 1).
pub const LINK_DISTANCE: f32 = 100.0;
