//! The status bar: what is open, how big it is, what the layout is doing and
//! the last thing that happened.

/// How a message should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// The last message shown to the user.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusMessage {
    pub severity: Severity,
    pub text: String,
}

/// Everything the status bar shows.
pub struct StatusInput<'a> {
    pub entity_count: usize,
    pub relation_count: usize,
    pub visible: Option<(usize, usize)>,
    pub layout_state: &'a str,
    pub source: &'a str,
    pub busy: Option<(&'a str, Option<f32>)>,
    pub message: Option<&'a StatusMessage>,
}

pub fn status_bar_ui(ui: &mut egui::Ui, input: &StatusInput<'_>) {
    ui.horizontal(|ui| {
        ui.label(format!(
            "{} entities · {} relations",
            input.entity_count, input.relation_count
        ));
        if let Some((nodes, edges)) = input.visible {
            ui.weak(format!("({nodes} / {edges} shown)"));
        }
        ui.separator();
        ui.label(format!("Layout: {}", input.layout_state));
        ui.separator();
        ui.label(input.source);
        if let Some((what, progress)) = input.busy {
            ui.separator();
            ui.spinner();
            match progress {
                Some(fraction) => {
                    ui.add(
                        egui::ProgressBar::new(fraction)
                            .desired_width(140.0)
                            .show_percentage(),
                    );
                    ui.label(what);
                }
                None => {
                    ui.label(what);
                }
            }
        }
        if let Some(message) = input.message {
            ui.separator();
            let color = match message.severity {
                Severity::Info => ui.visuals().text_color(),
                Severity::Warning => ui.visuals().warn_fg_color,
                Severity::Error => ui.visuals().error_fg_color,
            };
            ui.colored_label(color, &message.text);
        }
    });
}
