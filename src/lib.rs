//! lede: read news critically in a terminal.
//!
//! Data travels one way: a file becomes an [`article::Article`], the article an
//! [`analysis::Analysis`], and the two feed the reader's state and then the frame. `article`
//! and `analysis` never touch a terminal, so everything the reader shows can also be printed by
//! `lede analyze` and tested without a screen.

#![warn(missing_docs)]

pub mod analysis;
pub mod article;
pub mod config;
pub mod did_you_mean;
pub mod files;
pub mod in_order;
pub mod library_report;
pub mod licenses;
pub mod log;
pub mod report;
pub mod sanitize;
pub mod span;
pub mod store;
pub mod tui;
