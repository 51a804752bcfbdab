//! The panels around the diagram (menu, legend and filters, inspector,
//! article, timeline, status bar) and the windows over it (search, table,
//! help). Each is a function taking `&mut Ui`, the
//! state it reads, and the command list it may push to.

pub mod article;
pub mod filters;
pub mod help;
pub mod inspector;
pub mod legend;
pub mod menu_bar;
pub mod paths;
pub mod search;
pub mod status_bar;
pub mod table;
pub mod timeline;
