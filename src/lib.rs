//! partner-cities: a terminal browser for the partner towns of Kartuzy.
//!
//! Flow (The Elm Architecture): a terminal event goes through [`keymap`] to an
//! [`action::Action`], [`app::App::update`] changes the state, [`ui::draw`] paints it.

pub use partner_cities_model::{data, glyphs, i18n, locale, report};

pub mod action;
pub mod app;
pub mod atlas;
pub mod cli;
pub mod content;
pub mod flags;
pub mod geo;
pub mod idle;
pub mod input;
pub mod journal;
pub mod keymap;
pub mod layout;
pub mod map;
pub mod plan;
pub mod screenshot;
pub mod search;
pub mod terminal;
pub mod touch;
pub mod ui;
pub mod watch;

/// The data file compiled into the binary (checked by `build.rs`).
pub const EMBEDDED_DATA: &str = include_str!("../data/kartuzy.ron");
