//! The library database (provisional: the store branch brings the real one).

pub mod card;

pub use card::{Card, PersonCount};
