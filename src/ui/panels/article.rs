//! The article pane: the source text with every entity mention highlighted in
//! its kind's colour. Clicking a mention selects its entity; selecting a
//! relation highlights its evidence sentence and scrolls to it.
//!
//! Long texts (merged corpora, generated documents) are shown as a window of
//! [`WINDOW_CHARS`] around the point of interest, so a frame never lays out
//! megabytes of text.

use std::collections::HashMap;

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Align, FontId};
use petgraph::graph::NodeIndex;

use crate::model::Model;
use crate::ui::{Command, Selection, theme};

/// The most characters shown at once.
pub const WINDOW_CHARS: usize = 20_000;

/// Characters between two entries of a [`CharIndex`].
const CHECKPOINT_CHARS: usize = 4096;

/// Maps character offsets of one text to byte offsets without walking the
/// whole text: the byte offset of every [`CHECKPOINT_CHARS`]th character.
#[derive(Clone, Debug, Default)]
struct CharIndex {
    checkpoints: Vec<usize>,
    total_chars: usize,
}

impl CharIndex {
    fn new(text: &str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_CHARS + 1);
        let mut total_chars = 0;
        for (k, (byte, _)) in text.char_indices().enumerate() {
            if k % CHECKPOINT_CHARS == 0 {
                checkpoints.push(byte);
            }
            total_chars = k + 1;
        }
        Self {
            checkpoints,
            total_chars,
        }
    }

    /// The byte offset of character `index` (the text's end when past it).
    fn byte(&self, text: &str, index: usize) -> usize {
        let Some(&from) = self.checkpoints.get(index / CHECKPOINT_CHARS) else {
            return text.len();
        };
        text.get(from..)
            .and_then(|rest| rest.char_indices().nth(index % CHECKPOINT_CHARS))
            .map_or(text.len(), |(byte, _)| from + byte)
    }
}

/// Mentions by document, sorted by start, and a character index of each
/// document's text, computed once per model (off the UI thread), so a frame
/// never walks a long text.
#[derive(Clone, Debug, Default)]
pub struct MentionIndex {
    /// document id -> (start char, end char, node), sorted by start.
    by_document: HashMap<String, Vec<(usize, usize, NodeIndex)>>,
    chars: HashMap<String, CharIndex>,
}

impl MentionIndex {
    pub fn from_model(model: &Model) -> Self {
        let mut by_document: HashMap<String, Vec<(usize, usize, NodeIndex)>> = HashMap::new();
        for node in model.graph.node_indices() {
            let Some(entity) = model.entity(node) else { continue };
            for span in &entity.mentions {
                by_document
                    .entry(span.document.clone())
                    .or_default()
                    .push((span.start, span.end, node));
            }
        }
        for spans in by_document.values_mut() {
            spans.sort_unstable();
        }
        let chars = model
            .document
            .documents
            .iter()
            .map(|d| (d.id.clone(), CharIndex::new(&d.text)))
            .collect();
        Self { by_document, chars }
    }

    fn mentions(&self, document: &str) -> &[(usize, usize, NodeIndex)] {
        self.by_document.get(document).map_or(&[], Vec::as_slice)
    }
}

/// Which document and character range the pane should show and highlight.
struct Focus {
    document: usize,
    /// Character span of the evidence sentence to highlight.
    evidence: Option<(usize, usize)>,
    /// Character offset to scroll to.
    anchor: Option<usize>,
}

fn focus_for(model: &Model, mentions: &MentionIndex, selection: Selection, fallback: usize) -> Focus {
    let document_index = |id: &str| model.document.documents.iter().position(|d| d.id == id);
    match selection {
        Selection::Edge(edge) => {
            if let Some(evidence) = model.relation(edge).and_then(|r| r.evidence.first())
                && let Some(document) = document_index(&evidence.document)
            {
                return Focus {
                    document,
                    evidence: Some((evidence.start, evidence.end)),
                    anchor: Some(evidence.start),
                };
            }
        }
        Selection::Node(node) => {
            if let Some(span) = model.entity(node).and_then(|e| e.mentions.first())
                && let Some(document) = document_index(&span.document)
            {
                let _ = mentions;
                return Focus {
                    document,
                    evidence: None,
                    anchor: Some(span.start),
                };
            }
        }
        Selection::None => {}
    }
    Focus {
        document: fallback,
        evidence: None,
        anchor: None,
    }
}

pub fn article_ui(
    ui: &mut egui::Ui,
    model: &Model,
    mentions: &MentionIndex,
    selection: Selection,
    scroll_to_focus: bool,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    let Some(first) = model.document.documents.first() else {
        ui.weak("This document carries no article text.");
        return;
    };
    let _ = first;
    let focus = focus_for(model, mentions, selection, 0);
    let Some(source) = model.document.documents.get(focus.document) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.strong(if source.title.is_empty() { source.id.as_str() } else { source.title.as_str() });
        if model.document.documents.len() > 1 {
            ui.weak(format!(
                "(article {} of {})",
                focus.document + 1,
                model.document.documents.len()
            ));
        }
    });

    // The window of text to show, in characters.
    let built;
    let char_index = match mentions.chars.get(&source.id) {
        Some(index) => index,
        None => {
            built = CharIndex::new(&source.text);
            &built
        }
    };
    let total_chars = char_index.total_chars;
    let centre = focus.anchor.unwrap_or(0);
    let window_start = centre.saturating_sub(WINDOW_CHARS / 2).min(total_chars.saturating_sub(WINDOW_CHARS));
    let window_end = (window_start + WINDOW_CHARS).min(total_chars);
    let text = source
        .text
        .get(char_index.byte(&source.text, window_start)..char_index.byte(&source.text, window_end))
        .unwrap_or_default()
        .to_owned();

    let selected_node = match selection {
        Selection::Node(n) => Some(n),
        _ => None,
    };
    let spans: Vec<(usize, usize, NodeIndex)> = mentions
        .mentions(&source.id)
        .iter()
        .filter(|(s, e, _)| *s >= window_start && *e <= window_end)
        .map(|&(s, e, n)| (s - window_start, e - window_start, n))
        .collect();
    let evidence = focus.evidence.map(|(s, e)| {
        (
            s.saturating_sub(window_start),
            e.saturating_sub(window_start).min(window_end - window_start),
        )
    });
    let job = article_job(ui, model, &text, &spans, evidence, selected_node, dark);

    egui::ScrollArea::vertical()
        .id_salt("article_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (pos, galley, response) = egui::Label::new(job)
                .sense(egui::Sense::click())
                .layout_in_ui(ui);
            ui.painter().galley(pos, galley.clone(), ui.visuals().text_color());
            if response.clicked()
                && let Some(click) = response.interact_pointer_pos()
            {
                let index = galley.cursor_from_pos(click - pos).index.0;
                if let Some(&(_, _, node)) = spans.iter().find(|(s, e, _)| (*s..*e).contains(&index)) {
                    commands.push(Command::SelectAndCenter(node));
                }
            }
            if response.hovered()
                && let Some(hover) = response.hover_pos()
            {
                let index = galley.cursor_from_pos(hover - pos).index.0;
                if spans.iter().any(|(s, e, _)| (*s..*e).contains(&index)) {
                    ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
                }
            }
            if scroll_to_focus && let Some(anchor) = focus.anchor {
                let rect = galley
                    .pos_from_cursor(CCursor::new(anchor.saturating_sub(window_start)))
                    .translate(pos.to_vec2());
                ui.scroll_to_rect(rect, Some(Align::Center));
            }
        });
}

/// Builds the styled text: mentions coloured by kind, the evidence sentence
/// on a highlight background, the selected entity's mentions underlined.
fn article_job(
    ui: &egui::Ui,
    model: &Model,
    text: &str,
    spans: &[(usize, usize, NodeIndex)],
    evidence: Option<(usize, usize)>,
    selected: Option<NodeIndex>,
    dark: bool,
) -> LayoutJob {
    let font = FontId::proportional(14.0);
    let base = TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        line_height: Some(20.0),
        ..Default::default()
    };
    // Character offsets -> byte offsets, once for the window.
    let mut byte_of_char: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_of_char.push(text.len());
    let byte = |c: usize| byte_of_char.get(c).copied().unwrap_or(text.len());

    // Boundaries where the format may change.
    let mut cuts: Vec<usize> = vec![0, byte_of_char.len() - 1];
    for &(s, e, _) in spans {
        cuts.push(s);
        cuts.push(e);
    }
    if let Some((s, e)) = evidence {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut job = LayoutJob {
        text: text.to_owned(),
        ..Default::default()
    };
    job.wrap.max_width = ui.available_width();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if start >= end {
            continue;
        }
        let mut format = base.clone();
        if let Some((es, ee)) = evidence
            && start >= es
            && end <= ee
        {
            format.background = theme::evidence_background(dark);
        }
        if let Some(&(_, _, node)) = spans.iter().find(|(s, e, _)| start >= *s && end <= *e)
            && let Some(entity) = model.entity(node)
        {
            format.color = theme::entity_color(entity.kind);
            if selected == Some(node) {
                format.underline = egui::Stroke::new(2.0, theme::highlight_color(dark));
                format.background = theme::evidence_background(dark);
            }
        }
        job.sections.push(egui::text::LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(byte(start))..egui::text::ByteIndex(byte(end)),
            format,
        });
    }
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_agrees_with_walking_the_text() {
        let text: String = "“Tokyo” said — ".repeat(2_000);
        let index = CharIndex::new(&text);
        assert_eq!(index.total_chars, text.chars().count());
        for k in [0, 1, 7, 4095, 4096, 4097, 12_345, index.total_chars, index.total_chars + 9] {
            let walked = text.char_indices().nth(k).map_or(text.len(), |(b, _)| b);
            assert_eq!(index.byte(&text, k), walked, "char {k}");
        }
    }
}
