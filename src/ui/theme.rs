//! The shared [`palette`](crate::palette) in egui colours, plus the few colours
//! that depend on light or dark mode.

use egui::Color32;

use crate::model::{EntityKind, RelationKind};
use crate::palette::{self, Rgb};

pub fn color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

pub fn entity_color(kind: EntityKind) -> Color32 {
    color(palette::entity_color(kind))
}

pub fn relation_color(kind: RelationKind) -> Color32 {
    color(palette::relation_color(kind))
}

pub fn negated_color() -> Color32 {
    color(palette::NEGATED)
}

/// The colour an edge is drawn in: red when the text denies it, else its
/// kind's colour.
pub fn edge_color(relation: &crate::model::Relation) -> Color32 {
    color(palette::edge_color(relation.negated, relation.kind))
}

/// Background of the diagram.
pub fn canvas_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x1b, 0x1e, 0x24)
    } else {
        Color32::from_rgb(0xf7, 0xf7, 0xf4)
    }
}

/// Node labels and outlines.
pub fn ink_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xe6, 0xe6, 0xe6)
    } else {
        Color32::from_rgb(0x20, 0x20, 0x20)
    }
}

/// The highlight of a selected element and of the evidence sentence.
pub fn highlight_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xff, 0xd5, 0x4f)
    } else {
        Color32::from_rgb(0xf0, 0x9a, 0x00)
    }
}

/// Background behind the evidence sentence in the article pane.
pub fn evidence_background(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(0xff, 0xd5, 0x4f, 0x40)
    } else {
        Color32::from_rgba_unmultiplied(0xff, 0xd0, 0x40, 0x70)
    }
}

/// A distinct colour per community (cycling after twelve).
pub fn community_color(community: usize) -> Color32 {
    const COLORS: [Color32; 12] = [
        Color32::from_rgb(0x4e, 0x79, 0xa7),
        Color32::from_rgb(0xf2, 0x8e, 0x2b),
        Color32::from_rgb(0xe1, 0x57, 0x59),
        Color32::from_rgb(0x76, 0xb7, 0xb2),
        Color32::from_rgb(0x59, 0xa1, 0x4f),
        Color32::from_rgb(0xed, 0xc9, 0x48),
        Color32::from_rgb(0xb0, 0x7a, 0xa1),
        Color32::from_rgb(0xff, 0x9d, 0xa7),
        Color32::from_rgb(0x9c, 0x75, 0x5f),
        Color32::from_rgb(0xba, 0xb0, 0xac),
        Color32::from_rgb(0x86, 0xbc, 0xb6),
        Color32::from_rgb(0xd3, 0x72, 0x95),
    ];
    COLORS[community % COLORS.len()]
}
