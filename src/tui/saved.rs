//! What the reader remembers between runs: which articles were read and where each was left.
//! The file format lives with the library database, which imports it ([`crate::store`]).

pub use crate::store::state_file::Saved;
