//! The GEXF 1.2 export, Gephi's own format, also read by networkx
//! (`read_gexf`): typed attributes declared in `<attributes>`, values in
//! `<attvalues>`, and the look in the `viz` namespace (colour, size and
//! shape of each node, colour and line style of each edge, and positions
//! when given).
//!
//! GEXF's y axis points up while the app's points down, so y is negated to
//! keep the picture the same way up in Gephi. Edge `weight` is the number of
//! evidence sentences (at least 1), which Gephi uses as thickness.
//! Symmetric relations stay in the directed graph with a `symmetric`
//! attribute: networkx refuses undirected edges in a directed GEXF graph.

use super::xml::Xml;
use super::{ExportError, Shown, relation_attributes, relation_label};
use crate::palette::{self, Shape, Stroke};

const NODE_ATTRIBUTES: [(&str, &str); 4] = [
    ("kind", "string"),
    ("aliases", "string"),
    ("degree", "integer"),
    ("mentions", "integer"),
];

const EDGE_ATTRIBUTES: [(&str, &str); 10] = [
    ("kind", "string"),
    ("symmetric", "boolean"),
    ("negated", "boolean"),
    ("modality", "string"),
    ("date", "string"),
    ("date_iso", "string"),
    ("confidence", "double"),
    ("support", "integer"),
    ("evidence", "string"),
    ("documents", "string"),
];

pub(crate) fn to_gexf(
    shown: &Shown<'_>,
    positions: Option<&[[f32; 2]]>,
) -> Result<Vec<u8>, ExportError> {
    let mut xml = Xml::new(2)?;
    xml.open(
        "gexf",
        &[
            ("xmlns", "http://www.gexf.net/1.2draft"),
            ("xmlns:viz", "http://www.gexf.net/1.2draft/viz"),
            ("version", "1.2"),
        ],
    )?;
    xml.open("meta", &[])?;
    xml.text_element("creator", &[], "Entente")?;
    let title = shown
        .model
        .document
        .documents
        .iter()
        .map(|d| d.title.as_str())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    xml.text_element("description", &[], &title)?;
    xml.close("meta")?;
    xml.open(
        "graph",
        &[("mode", "static"), ("defaultedgetype", "directed")],
    )?;
    declare(&mut xml, "node", &NODE_ATTRIBUTES)?;
    declare(&mut xml, "edge", &EDGE_ATTRIBUTES)?;

    xml.open("nodes", &[])?;
    for (index, entity) in shown.entities() {
        xml.open("node", &[("id", &entity.id), ("label", &entity.name)])?;
        xml.open("attvalues", &[])?;
        value(&mut xml, "kind", entity.kind.as_str())?;
        if !entity.aliases.is_empty() {
            value(&mut xml, "aliases", &entity.aliases.join("; "))?;
        }
        value(&mut xml, "degree", &shown.degree(index).to_string())?;
        value(&mut xml, "mentions", &entity.mentions.len().to_string())?;
        xml.close("attvalues")?;
        let color = palette::entity_color(entity.kind);
        xml.empty(
            "viz:color",
            &[
                ("r", &color.0.to_string()),
                ("g", &color.1.to_string()),
                ("b", &color.2.to_string()),
            ],
        )?;
        let size = 8.0 + 2.5 * (shown.degree(index) as f32).sqrt();
        xml.empty("viz:size", &[("value", &format!("{size:.1}"))])?;
        let shape = match palette::entity_shape(entity.kind) {
            Shape::Circle | Shape::Hexagon => "disc",
            Shape::Square => "square",
            Shape::Diamond => "diamond",
            Shape::Triangle => "triangle",
        };
        xml.empty("viz:shape", &[("value", shape)])?;
        if let Some([x, y]) = positions.and_then(|p| p.get(index)) {
            xml.empty(
                "viz:position",
                &[
                    ("x", &x.to_string()),
                    ("y", &(-y).to_string()),
                    ("z", "0.0"),
                ],
            )?;
        }
        xml.close("node")?;
    }
    xml.close("nodes")?;

    xml.open("edges", &[])?;
    for (_, relation, subject, object) in shown.relations() {
        let weight = relation.evidence.len().max(1).to_string();
        let label = relation_label(relation);
        xml.open(
            "edge",
            &[
                ("id", &relation.id),
                ("source", &subject.id),
                ("target", &object.id),
                ("label", &label),
                ("weight", &weight),
            ],
        )?;
        xml.open("attvalues", &[])?;
        for (name, text) in relation_attributes(relation) {
            value(&mut xml, name, &text)?;
        }
        xml.close("attvalues")?;
        let color = palette::edge_color(relation.negated, relation.kind);
        xml.empty(
            "viz:color",
            &[
                ("r", &color.0.to_string()),
                ("g", &color.1.to_string()),
                ("b", &color.2.to_string()),
            ],
        )?;
        let style = match palette::relation_stroke(relation.negated, relation.modality) {
            Stroke::Solid => "solid",
            Stroke::Dashed => "dashed",
            Stroke::Dotted => "dotted",
        };
        xml.empty("viz:shape", &[("value", style)])?;
        xml.close("edge")?;
    }
    xml.close("edges")?;
    xml.close("graph")?;
    xml.close("gexf")?;
    Ok(xml.finish())
}

fn declare(xml: &mut Xml, class: &str, attributes: &[(&str, &str)]) -> std::io::Result<()> {
    xml.open("attributes", &[("class", class), ("mode", "static")])?;
    for &(name, kind) in attributes {
        xml.empty(
            "attribute",
            &[("id", name), ("title", name), ("type", kind)],
        )?;
    }
    xml.close("attributes")
}

fn value(xml: &mut Xml, name: &str, value: &str) -> std::io::Result<()> {
    xml.empty("attvalue", &[("for", name), ("value", value)])
}
