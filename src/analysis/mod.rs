//! What an analyst asks of a relation map, computed on the [`Model`] without
//! drawing anything: which elements a [`filter`] keeps and which a focus
//! shows, the shortest [`paths`] between two entities, [`metrics`] (degree,
//! betweenness, PageRank, communities), fuzzy [`search`] over names and
//! aliases, and the dated relations of the [`timeline`].
//!
//! Everything works on a [`Visibility`] (one flag per node and per edge), so
//! the answers are always about what the user currently sees: a path never
//! runs through a filtered-out relation, and betweenness is that of the shown
//! graph. Relations are treated as undirected links for paths, focus,
//! betweenness and communities (who is connected to whom), and as directed
//! for PageRank, where symmetric kinds count both ways.
//!
//! [`Model`]: crate::model::Model

pub mod filter;
pub mod metrics;
pub mod paths;
pub mod search;
pub mod timeline;

mod adjacency;

pub use filter::{Filter, NodeOverrides, Visibility, focus};
pub use metrics::{
    Communities, betweenness, betweenness_sampled, communities, degrees, modularity, page_rank,
};
pub use paths::{Hop, shortest_paths};
pub use search::{SearchHit, SearchIndex};
pub use timeline::{DateSpan, Timeline, TimelineEntry};
