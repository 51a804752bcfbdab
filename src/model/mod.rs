//! What Entente knows: the relations document (the file format, [`document`])
//! and the graph built from it ([`graph`]). No egui, no I/O.

pub mod document;
pub mod graph;

pub use document::{
    Document, Entity, EntityKind, Evidence, FormatError, Modality, Relation, RelationKind,
    SourceDocument, Span,
};
pub use graph::Model;
