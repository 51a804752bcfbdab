//! Files in and out: opening documents and articles ([`load`]), atomic writes
//! ([`atomic`]), exports to other tools' formats ([`export`]). Everything that touches the file system goes through here,
//! so the rest of the program deals in [`Document`](crate::model::Document)s
//! and errors with a message a person can read.

pub mod atomic;
pub mod export;
pub mod load;
