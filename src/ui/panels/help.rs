//! The keyboard shortcut overlay (F1 or ?).

use crate::ui::Command;

/// Every shortcut, as shown in the overlay: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl+O", "Open a document (.json) or an article (.txt)"),
    ("Ctrl+Shift+V", "Paste an article to extract"),
    ("Ctrl+S", "Save the document as JSON"),
    ("Ctrl+F", "Search entities by name or alias"),
    ("Ctrl+T", "Table of entities and relations"),
    ("F", "Fit the graph to the view"),
    ("Space", "Pause or resume the layout"),
    ("R", "Re-run the layout (pinned nodes stay)"),
    ("A", "Show or hide the article pane"),
    ("T", "Light or dark theme"),
    ("Esc", "Clear the selection, close this overlay"),
    ("F1 / ?", "Show this overlay"),
    ("Ctrl+Q", "Quit"),
    ("Drag background", "Pan"),
    ("Wheel", "Zoom around the pointer"),
    ("Drag a node", "Move and pin it"),
    ("Double-click a node", "Release a pinned node"),
    ("Right-click", "Node menu"),
];

pub fn help_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("help_overlay")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.heading("Keyboard shortcuts");
        ui.add_space(6.0);
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for (keys, action) in SHORTCUTS {
                    ui.label(egui::RichText::new(*keys).monospace().strong());
                    ui.label(*action);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        if ui.button("Close").clicked() {
            commands.push(Command::ToggleHelp);
        }
    });
    if modal.should_close() {
        commands.push(Command::ToggleHelp);
    }
}
