//! The menu bar: File, View and Layout menus, each entry showing its shortcut.

use crate::ui::Command;
use crate::ui::explore::{ColorBy, SizeBy};
use crate::ui::layout_state::LayoutKind;

/// What the menus show as current.
pub struct MenuInput {
    pub layout_running: bool,
    pub layout_kind: LayoutKind,
    pub size_by: SizeBy,
    pub color_by: ColorBy,
}

pub fn menu_bar_ui(ui: &mut egui::Ui, input: &MenuInput, commands: &mut Vec<Command>) {
    let layout_running = input.layout_running;
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
            ui.menu_button("Export what is shown", |ui| {
                for format in crate::io::export::Format::ALL {
                    if ui.button(format.description()).clicked() {
                        commands.push(Command::ExportDialog(format));
                    }
                }
            });
            ui.separator();
            if shortcut_button(ui, "Quit", "Ctrl+Q").clicked() {
                commands.push(Command::Quit);
            }
        });
        ui.menu_button("View", |ui| {
            if shortcut_button(ui, "Fit to view", "F").clicked() {
                commands.push(Command::FitView);
            }
            if shortcut_button(ui, "Search…", "Ctrl+F").clicked() {
                commands.push(Command::ToggleSearch);
            }
            if shortcut_button(ui, "Table", "Ctrl+T").clicked() {
                commands.push(Command::ToggleTable);
            }
            ui.menu_button("Node size", |ui| {
                for size_by in SizeBy::ALL {
                    if ui.radio(input.size_by == size_by, size_by.label()).clicked() {
                        commands.push(Command::SetSizeBy(size_by));
                    }
                }
            });
            ui.menu_button("Node colour", |ui| {
                if ui.radio(input.color_by == ColorBy::Kind, "By kind").clicked() {
                    commands.push(Command::SetColorBy(ColorBy::Kind));
                }
                if ui.radio(input.color_by == ColorBy::Community, "By community").clicked() {
                    commands.push(Command::SetColorBy(ColorBy::Community));
                }
            });
            ui.separator();
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
            for kind in LayoutKind::ALL {
                if ui.radio(input.layout_kind == kind, kind.label()).clicked() {
                    commands.push(Command::SetLayoutKind(kind));
                }
            }
            ui.separator();
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
