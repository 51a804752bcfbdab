//! The filter panel: entity and relation kinds, stated / planned / denied,
//! minimum degree, isolated nodes, hide or fade, and one button that shows
//! everything again. Edits a copy of the filter and pushes it as a command.

use crate::analysis::filter::Filter;
use crate::model::{EntityKind, RelationKind};
use crate::ui::explore::{ExploreState, FilterMode};
use crate::ui::panels::legend::kind_swatch_ui;
use crate::ui::{Command, theme};

/// A one-line summary of what hides things, for the panel header and the
/// status bar: `None` when nothing is hidden.
pub fn filter_summary(explore: &ExploreState) -> Option<String> {
    let filter = &explore.filter;
    let mut parts = Vec::new();
    let hidden_kinds = filter.hidden_entity_kinds.len() + filter.hidden_relation_kinds.len();
    if hidden_kinds > 0 {
        parts.push(format!("{hidden_kinds} kind(s) hidden"));
    }
    if !(filter.show_asserted && filter.show_prospective && filter.show_negated) {
        parts.push("modality".to_owned());
    }
    if !filter.show_weak {
        parts.push("no co-mentions".to_owned());
    }
    if filter.min_degree > 0 {
        parts.push(format!("degree >= {}", filter.min_degree));
    }
    if filter.hide_isolated {
        parts.push("no isolated".to_owned());
    }
    if filter.has_date_range() {
        parts.push(format!(
            "dates {}..{}",
            filter.date_from.as_deref().unwrap_or(""),
            filter.date_to.as_deref().unwrap_or("")
        ));
    }
    if let Some((_, depth)) = explore.focus {
        parts.push(format!("focus {depth} hop(s)"));
    }
    if !explore.overrides.is_empty() {
        parts.push("expanded/collapsed".to_owned());
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

pub fn filters_ui(
    ui: &mut egui::Ui,
    explore: &ExploreState,
    present_entity_kinds: &[EntityKind],
    present_relation_kinds: &[RelationKind],
    dark: bool,
    commands: &mut Vec<Command>,
) {
    let mut filter: Filter = explore.filter.clone();

    ui.horizontal(|ui| {
        match filter_summary(explore) {
            Some(summary) => {
                ui.colored_label(theme::highlight_color(dark), "Filtered:");
                ui.add(egui::Label::new(summary).wrap());
            }
            None => {
                ui.weak("Showing everything");
            }
        }
    });
    if ui
        .add_enabled(explore.is_filtering(), egui::Button::new("Reset filters"))
        .clicked()
    {
        commands.push(Command::ResetFilters);
    }

    ui.add_space(4.0);
    ui.label("Entity kinds");
    ui.horizontal_wrapped(|ui| {
        for &kind in present_entity_kinds {
            let mut shown = !filter.hidden_entity_kinds.contains(&kind);
            kind_swatch_ui(ui, kind, dark);
            if ui.checkbox(&mut shown, kind.plural_label()).changed() {
                toggle(&mut filter.hidden_entity_kinds, kind, shown);
            }
        }
    });
    ui.label("Relation kinds");
    ui.horizontal_wrapped(|ui| {
        for &kind in present_relation_kinds {
            let mut shown = !filter.hidden_relation_kinds.contains(&kind);
            if ui
                .checkbox(&mut shown, egui::RichText::new(kind.label()).color(theme::relation_color(kind)))
                .changed()
            {
                toggle(&mut filter.hidden_relation_kinds, kind, shown);
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut filter.show_asserted, "stated");
        ui.checkbox(&mut filter.show_prospective, "planned");
        ui.checkbox(&mut filter.show_negated, "denied");
        ui.checkbox(&mut filter.show_weak, "co-mentioned")
            .on_hover_text("Weak guesses: two parties named together in a short sentence, with no rule reading what links them. Drawn faint.");
    });
    ui.horizontal(|ui| {
        ui.label("Min. relations");
        ui.add(egui::DragValue::new(&mut filter.min_degree).range(0..=100));
        ui.checkbox(&mut filter.hide_isolated, "hide isolated");
    });
    ui.horizontal(|ui| {
        ui.label("Filtered out:");
        let mut mode = explore.mode;
        ui.radio_value(&mut mode, FilterMode::Hide, "hide");
        ui.radio_value(&mut mode, FilterMode::Fade, "fade");
        if mode != explore.mode {
            commands.push(Command::SetFilterMode(mode));
        }
    });

    if filter != explore.filter {
        commands.push(Command::SetFilter(filter));
    }
}

fn toggle<T: Ord>(hidden: &mut std::collections::BTreeSet<T>, value: T, shown: bool) {
    if shown {
        hidden.remove(&value);
    } else {
        hidden.insert(value);
    }
}
