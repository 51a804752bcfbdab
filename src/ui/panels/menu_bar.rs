//! The menu bar: File, View and Layout menus, each entry showing its shortcut.

use crate::ui::Command;

pub fn menu_bar_ui(ui: &mut egui::Ui, layout_running: bool, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if shortcut_button(ui, "Open…", "Ctrl+O").clicked() {
                commands.push(Command::OpenDialog);
            }
            if shortcut_button(ui, "Paste article…", "Ctrl+Shift+V").clicked() {
                commands.push(Command::TogglePaste);
            }
            if ui.button("Open the sample").clicked() {
                commands.push(Command::OpenSample);
            }
            ui.separator();
            if shortcut_button(ui, "Save as…", "Ctrl+S").clicked() {
                commands.push(Command::SaveAsDialog);
            }
            ui.separator();
            if shortcut_button(ui, "Quit", "Ctrl+Q").clicked() {
                commands.push(Command::Quit);
            }
        });
        ui.menu_button("View", |ui| {
            if shortcut_button(ui, "Fit to view", "F").clicked() {
                commands.push(Command::FitView);
            }
            if shortcut_button(ui, "Article pane", "A").clicked() {
                commands.push(Command::ToggleArticle);
            }
            if shortcut_button(ui, "Light / dark theme", "T").clicked() {
                commands.push(Command::ToggleTheme);
            }
            ui.separator();
            if shortcut_button(ui, "Keyboard shortcuts", "F1").clicked() {
                commands.push(Command::ToggleHelp);
            }
        });
        ui.menu_button("Layout", |ui| {
            let label = if layout_running { "Pause" } else { "Resume" };
            if shortcut_button(ui, label, "Space").clicked() {
                commands.push(Command::ToggleLayout);
            }
            if shortcut_button(ui, "Re-run", "R").clicked() {
                commands.push(Command::RerunLayout);
            }
            if ui.button("Unpin all nodes").clicked() {
                commands.push(Command::UnpinAll);
            }
        });
    });
}

fn shortcut_button(ui: &mut egui::Ui, label: &str, shortcut: &str) -> egui::Response {
    ui.add(egui::Button::new(label).shortcut_text(shortcut))
}
