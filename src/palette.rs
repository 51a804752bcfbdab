//! The look shared by the window and the exports: one colour and shape per
//! entity kind, one colour per relation kind, and how negated and prospective
//! relations are stroked. Plain RGB so that `io::export` (SVG, PNG) draws
//! exactly what `ui` draws, without either knowing the other.

use crate::model::{EntityKind, Modality, RelationKind};

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG and DOT.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The outline of a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
    Triangle,
    Hexagon,
}

pub fn entity_color(kind: EntityKind) -> Rgb {
    match kind {
        EntityKind::Country => Rgb(0x3b, 0x82, 0xc4),      // blue
        EntityKind::Organization => Rgb(0xe0, 0x8a, 0x1e), // amber
        EntityKind::Person => Rgb(0x2e, 0xa0, 0x6b),       // green
        EntityKind::Place => Rgb(0x8e, 0x6c, 0xc8),        // violet
        EntityKind::Event => Rgb(0xd9, 0x4f, 0x8a),        // pink
    }
}

pub fn entity_shape(kind: EntityKind) -> Shape {
    match kind {
        EntityKind::Country => Shape::Hexagon,
        EntityKind::Organization => Shape::Square,
        EntityKind::Person => Shape::Circle,
        EntityKind::Place => Shape::Triangle,
        EntityKind::Event => Shape::Diamond,
    }
}

pub fn relation_color(kind: RelationKind) -> Rgb {
    match kind {
        RelationKind::HoldsOffice => Rgb(0x2e, 0xa0, 0x6b),
        RelationKind::MemberOf => Rgb(0x3b, 0x82, 0xc4),
        RelationKind::PartOf => Rgb(0x5f, 0x9e, 0xa0),
        RelationKind::LocatedIn => Rgb(0x8e, 0x6c, 0xc8),
        RelationKind::Meets => Rgb(0xc7, 0x9a, 0x12),
        RelationKind::Visits => Rgb(0xb0, 0x7a, 0x4f),
        RelationKind::Attends => Rgb(0xd9, 0x4f, 0x8a),
        RelationKind::OpensOfficeIn => Rgb(0xe0, 0x8a, 0x1e),
        RelationKind::CooperatesWith => Rgb(0x1f, 0xa5, 0xb8),
        RelationKind::Criticizes => Rgb(0xc0, 0x39, 0x2b),
        RelationKind::Other => Rgb(0x80, 0x80, 0x80),
    }
}

/// Negated relations are always this red, whatever their kind, dashed and
/// crossed at their midpoint.
pub const NEGATED: Rgb = Rgb(0xe0, 0x24, 0x24);

/// The colour an edge is drawn in: red when the text denies it, else its
/// kind's colour.
pub fn edge_color(negated: bool, kind: RelationKind) -> Rgb {
    if negated { NEGATED } else { relation_color(kind) }
}

/// How an edge's line is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    /// Long dashes: negated ("has no intention of joining").
    Dashed,
    /// Short dots: planned, expected or proposed.
    Dotted,
}

/// Negation wins over modality: a denied plan is drawn as denied.
pub fn relation_stroke(negated: bool, modality: Modality) -> Stroke {
    if negated {
        Stroke::Dashed
    } else if modality.is_prospective() {
        Stroke::Dotted
    } else {
        Stroke::Solid
    }
}
