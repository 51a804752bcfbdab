//! The timeline strip under the diagram: every dated relation as a tick at
//! its date, coloured by kind, and a from / to range that filters the graph
//! by date. Shown only when the document has dated relations.

use egui::{Pos2, Rect, Sense, Stroke, Vec2};

use crate::analysis::filter::Filter;
use crate::analysis::timeline::{Timeline, day_number, iso_from_sortable, sortable_date, sortable_from_day_number};
use crate::model::Model;
use crate::ui::{Command, Selection, theme};

pub fn timeline_ui(
    ui: &mut egui::Ui,
    model: &Model,
    timeline: &Timeline,
    filter: &Filter,
    selection: Selection,
    dark: bool,
    commands: &mut Vec<Command>,
) {
    let (Some(min), Some(max)) = (timeline.min_date(), timeline.max_date()) else {
        return;
    };
    let (min_day, max_day) = (day_number(min), day_number(max).max(day_number(min) + 1));
    let mut from_day = filter
        .date_from
        .as_deref()
        .and_then(sortable_date)
        .map_or(min_day, day_number)
        .clamp(min_day, max_day);
    let mut to_day = filter
        .date_to
        .as_deref()
        .and_then(|d| crate::analysis::timeline::DateSpan::parse(d).map(|s| s.last))
        .map_or(max_day, day_number)
        .clamp(min_day, max_day);

    ui.horizontal(|ui| {
        ui.strong("Timeline");
        ui.weak(format!("{} dated relation(s)", timeline.entries.len()));
        let label = |day: u32| iso_from_sortable(sortable_from_day_number(day));
        let from = ui.add(
            egui::Slider::new(&mut from_day, min_day..=max_day)
                .custom_formatter(|v, _| label(v as u32))
                .text("from"),
        );
        let to = ui.add(
            egui::Slider::new(&mut to_day, min_day..=max_day)
                .custom_formatter(|v, _| label(v as u32))
                .text("to"),
        );
        if from.changed() || to.changed() {
            let mut filter = filter.clone();
            let (a, b) = (from_day.min(to_day), from_day.max(to_day));
            filter.date_from = (a > min_day).then(|| label(a));
            filter.date_to = (b < max_day).then(|| label(b));
            commands.push(Command::SetFilter(filter));
        }
        if filter.has_date_range() && ui.button("All dates").clicked() {
            let mut filter = filter.clone();
            filter.date_from = None;
            filter.date_to = None;
            commands.push(Command::SetFilter(filter));
        }
    });

    // The strip.
    let (rect, response) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 26.0), Sense::click());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 3.0, theme::canvas_color(dark));
    let x_of = |day: u32| {
        let t = (day.saturating_sub(min_day)) as f32 / (max_day - min_day) as f32;
        rect.left() + 8.0 + t * (rect.width() - 16.0)
    };
    let range = Rect::from_x_y_ranges(x_of(from_day)..=x_of(to_day), rect.y_range());
    painter.rect_filled(range, 0.0, theme::highlight_color(dark).gamma_multiply(0.15));
    let mut nearest: Option<(f32, petgraph::graph::EdgeIndex)> = None;
    for entry in &timeline.entries {
        let Some(relation) = model.relation(entry.edge) else { continue };
        let x = x_of(day_number(entry.span.first));
        let color = theme::edge_color(relation);
        let selected = selection == Selection::Edge(entry.edge);
        let height = if selected { 11.0 } else { 7.0 };
        painter.line_segment(
            [Pos2::new(x, rect.center().y - height), Pos2::new(x, rect.center().y + height)],
            Stroke::new(if selected { 3.0 } else { 2.0 }, color),
        );
        if let Some(pointer) = response.hover_pos() {
            let distance = (pointer.x - x).abs();
            if distance < 6.0 && nearest.is_none_or(|(d, _)| distance < d) {
                nearest = Some((distance, entry.edge));
            }
        }
    }
    if let Some((_, edge)) = nearest {
        if response.clicked() {
            commands.push(Command::Select(Selection::Edge(edge)));
        }
        if let Some(relation) = model.relation(edge) {
            let text = format!(
                "{} — {}",
                relation.date.as_deref().unwrap_or(""),
                crate::ui::graph_view::relation_caption(relation)
            );
            response.on_hover_text_at_pointer(text);
        }
    }
}
