//! The GraphML export, for Gephi, networkx (`read_graphml`), Cytoscape and
//! yEd: a directed graph with entity ids as node ids and relation ids as
//! edge ids, and every field as a typed `<data>` attribute declared by a
//! `<key>`.
//!
//! Symmetric relations are marked by a `symmetric` boolean rather than
//! `directed="false"`, which networkx refuses inside a directed graph.
//! Colours are `r`, `g`, `b` integers and positions `x`, `y` doubles, the
//! attribute names Gephi's importer turns into node colour and position.
//! Key ids are prefixed (`n_`, `e_`) so node and edge keys never clash.

use super::xml::Xml;
use super::{ExportError, Shown, relation_attributes, relation_label};
use crate::palette;

const NODE_KEYS: [(&str, &str); 8] = [
    ("label", "string"),
    ("kind", "string"),
    ("aliases", "string"),
    ("degree", "int"),
    ("r", "int"),
    ("g", "int"),
    ("b", "int"),
    ("mentions", "int"),
];

const POSITION_KEYS: [(&str, &str); 2] = [("x", "double"), ("y", "double")];

const EDGE_KEYS: [(&str, &str); 14] = [
    ("label", "string"),
    ("kind", "string"),
    ("symmetric", "boolean"),
    ("negated", "boolean"),
    ("modality", "string"),
    ("date", "string"),
    ("date_iso", "string"),
    ("confidence", "double"),
    ("support", "int"),
    ("evidence", "string"),
    ("documents", "string"),
    ("r", "int"),
    ("g", "int"),
    ("b", "int"),
];

pub(crate) fn to_graphml(
    shown: &Shown<'_>,
    positions: Option<&[[f32; 2]]>,
) -> Result<Vec<u8>, ExportError> {
    let mut xml = Xml::new(2)?;
    xml.open(
        "graphml",
        &[
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ],
    )?;
    let node_keys = NODE_KEYS.iter().chain(
        positions
            .is_some()
            .then_some(&POSITION_KEYS)
            .into_iter()
            .flatten(),
    );
    for &(name, kind) in node_keys {
        declare(&mut xml, "n", "node", name, kind)?;
    }
    for &(name, kind) in &EDGE_KEYS {
        declare(&mut xml, "e", "edge", name, kind)?;
    }
    xml.open("graph", &[("id", "entente"), ("edgedefault", "directed")])?;

    for (index, entity) in shown.entities() {
        xml.open("node", &[("id", &entity.id)])?;
        let color = palette::entity_color(entity.kind);
        data(&mut xml, "n_label", &entity.name)?;
        data(&mut xml, "n_kind", entity.kind.as_str())?;
        if !entity.aliases.is_empty() {
            data(&mut xml, "n_aliases", &entity.aliases.join("; "))?;
        }
        data(&mut xml, "n_degree", &shown.degree(index).to_string())?;
        data(&mut xml, "n_r", &color.0.to_string())?;
        data(&mut xml, "n_g", &color.1.to_string())?;
        data(&mut xml, "n_b", &color.2.to_string())?;
        data(&mut xml, "n_mentions", &entity.mentions.len().to_string())?;
        if let Some([x, y]) = positions.and_then(|p| p.get(index)) {
            data(&mut xml, "n_x", &x.to_string())?;
            data(&mut xml, "n_y", &y.to_string())?;
        }
        xml.close("node")?;
    }

    for (_, relation, subject, object) in shown.relations() {
        xml.open(
            "edge",
            &[
                ("id", &relation.id),
                ("source", &subject.id),
                ("target", &object.id),
            ],
        )?;
        let color = palette::edge_color(relation.negated, relation.kind);
        data(&mut xml, "e_label", &relation_label(relation))?;
        for (name, text) in relation_attributes(relation) {
            data(&mut xml, &format!("e_{name}"), &text)?;
        }
        data(&mut xml, "e_r", &color.0.to_string())?;
        data(&mut xml, "e_g", &color.1.to_string())?;
        data(&mut xml, "e_b", &color.2.to_string())?;
        xml.close("edge")?;
    }
    xml.close("graph")?;
    xml.close("graphml")?;
    Ok(xml.finish())
}

fn declare(
    xml: &mut Xml,
    prefix: &str,
    domain: &str,
    name: &str,
    kind: &str,
) -> std::io::Result<()> {
    let id = format!("{prefix}_{name}");
    xml.empty(
        "key",
        &[
            ("id", &id),
            ("for", domain),
            ("attr.name", name),
            ("attr.type", kind),
        ],
    )
}

fn data(xml: &mut Xml, key: &str, value: &str) -> std::io::Result<()> {
    xml.text_element("data", &[("key", key)], value)
}

pub(crate) fn bool_text(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}
