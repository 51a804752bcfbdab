//! The panels around the diagram. Each is a function taking `&mut Ui`, the
//! state it reads, and the command list it may push to.

pub mod article;
pub mod help;
pub mod inspector;
pub mod legend;
pub mod menu_bar;
pub mod status_bar;
