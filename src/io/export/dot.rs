//! The Graphviz DOT export: a `digraph` with one statement per entity
//! (label, shape and fill colour of its kind) and per relation (label,
//! colour, `dashed` for negated and `dotted` for planned / expected /
//! proposed, `dir=none` for symmetric kinds), so `dot -Tsvg` or `neato`
//! draws it in the app's colours. Given positions become `pos="x,y!"` in
//! points with y pointing up, for `neato -n`. Every id and string is quoted
//! and escaped, so any name is safe.

use std::fmt::Write as _;

use super::{Shown, evidence_text, relation_label};
use crate::palette::{self, Shape, Stroke};

pub(crate) fn to_dot(shown: &Shown<'_>, positions: Option<&[[f32; 2]]>) -> String {
    let mut out = String::from("digraph entente {\n");
    out.push_str("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n");
    out.push_str(
        "  node [style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=\"#1f2328\", color=\"#ffffff\"];\n",
    );
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, fontcolor=\"#57606a\"];\n\n");
    for (index, entity) in shown.entities() {
        let shape = match palette::entity_shape(entity.kind) {
            Shape::Circle => "ellipse",
            Shape::Square => "box",
            Shape::Diamond => "diamond",
            Shape::Triangle => "triangle",
            Shape::Hexagon => "hexagon",
        };
        let _ = write!(
            out,
            "  {} [label={}, shape={shape}, fillcolor=\"{}\", tooltip={}",
            quoted(&entity.id),
            quoted(&entity.name),
            palette::entity_color(entity.kind).hex(),
            quoted(entity.kind.as_str()),
        );
        if let Some([x, y]) = positions.and_then(|p| p.get(index)) {
            let _ = write!(out, ", pos=\"{:.1},{:.1}!\"", x, -y);
        }
        out.push_str("];\n");
    }
    out.push('\n');
    for (_, relation, subject, object) in shown.relations() {
        let stroke = palette::relation_stroke(relation.negated, relation.modality);
        let color = palette::edge_color(relation.negated, relation.kind);
        let mut label = relation_label(relation);
        if relation.negated {
            label = format!("not {label}");
        }
        let _ = write!(
            out,
            "  {} -> {} [id={}, label={}, color=\"{}\", style={}",
            quoted(&subject.id),
            quoted(&object.id),
            quoted(&relation.id),
            quoted(&label),
            color.hex(),
            match stroke {
                Stroke::Solid => "solid",
                Stroke::Dashed => "dashed",
                Stroke::Dotted => "dotted",
            },
        );
        if relation.kind.is_symmetric() {
            out.push_str(", dir=none");
        }
        let evidence = evidence_text(relation);
        if !evidence.is_empty() {
            let _ = write!(out, ", tooltip={}", quoted(&evidence));
        }
        out.push_str("];\n");
    }
    out.push_str("}\n");
    out
}

/// A DOT double-quoted string: backslashes and quotes escaped, line breaks
/// as `\n`, other control characters dropped.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
