//! The graph the rest of the program works on: a [`Document`] plus a petgraph
//! [`DiGraph`] over it.
//!
//! Node `i` of the graph is entity `i` of the document and edge `j` is
//! relation `j`, so a [`NodeIndex`] or [`EdgeIndex`] is also an index into
//! `document.entities` / `document.relations`. The model is rebuilt whole
//! when a new document is opened and never changes shape afterwards; what the
//! user hides or filters is view state, kept elsewhere. Nothing here knows
//! about egui.

use std::collections::HashMap;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef as _;

use super::document::{Document, Entity, Relation};

/// A document and its graph.
#[derive(Clone, Debug, Default)]
pub struct Model {
    pub document: Document,

    /// Node weights and edge weights are unused: indices are the link.
    pub graph: DiGraph<(), ()>,

    node_by_id: HashMap<String, NodeIndex>,
}

impl Model {
    /// Builds the graph of a validated document (see [`Document::validate`]).
    /// Relations whose ends are missing cannot occur in a validated document;
    /// should one slip through it is left out of the graph rather than panic.
    pub fn from_document(document: Document) -> Self {
        let mut graph = DiGraph::with_capacity(document.entities.len(), document.relations.len());
        let mut node_by_id = HashMap::with_capacity(document.entities.len());
        for entity in &document.entities {
            let node = graph.add_node(());
            node_by_id.insert(entity.id.clone(), node);
        }
        for relation in &document.relations {
            let (Some(&a), Some(&b)) = (
                node_by_id.get(&relation.subject),
                node_by_id.get(&relation.object),
            ) else {
                continue;
            };
            graph.add_edge(a, b, ());
        }
        Self {
            document,
            graph,
            node_by_id,
        }
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The node of the entity with this id.
    pub fn node(&self, entity_id: &str) -> Option<NodeIndex> {
        self.node_by_id.get(entity_id).copied()
    }

    pub fn entity(&self, node: NodeIndex) -> Option<&Entity> {
        self.document.entities.get(node.index())
    }

    pub fn relation(&self, edge: EdgeIndex) -> Option<&Relation> {
        self.document.relations.get(edge.index())
    }

    /// The two ends of an edge: (subject, object).
    pub fn ends(&self, edge: EdgeIndex) -> Option<(NodeIndex, NodeIndex)> {
        self.graph.edge_endpoints(edge)
    }

    /// Number of relations touching the node, in either direction.
    pub fn degree(&self, node: NodeIndex) -> usize {
        self.graph.edges_directed(node, petgraph::Direction::Outgoing).count()
            + self.graph.edges_directed(node, petgraph::Direction::Incoming).count()
    }

    /// The relations touching the node, outgoing first, each once.
    pub fn incident_edges(&self, node: NodeIndex) -> Vec<EdgeIndex> {
        let mut edges: Vec<EdgeIndex> = self
            .graph
            .edges_directed(node, petgraph::Direction::Outgoing)
            .chain(self.graph.edges_directed(node, petgraph::Direction::Incoming))
            .map(|e| e.id())
            .collect();
        edges.sort_unstable();
        edges.dedup();
        edges
    }

    /// Neighbours in either direction, each once, sorted.
    pub fn neighbors(&self, node: NodeIndex) -> Vec<NodeIndex> {
        let mut nodes: Vec<NodeIndex> = self.graph.neighbors_undirected(node).collect();
        nodes.sort_unstable();
        nodes.dedup();
        nodes.retain(|&n| n != node);
        nodes
    }

    /// Edge list as `(subject, object)` node indices, in edge order: what a
    /// layout needs.
    pub fn edge_pairs(&self) -> Vec<(usize, usize)> {
        self.graph
            .edge_references()
            .map(|e| (e.source().index(), e.target().index()))
            .collect()
    }
}
