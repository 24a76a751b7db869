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
pub mod jack;
pub mod journal;
pub mod keymap;
pub mod layout;
pub mod leftovers;
pub mod map;
pub mod plan;
pub mod reader;
pub mod screenshot;
pub mod search;
pub mod speech;
pub mod terminal;
pub mod touch;
pub mod ui;
pub mod watch;

/// The data file compiled into the binary (checked by `build.rs`).
pub const EMBEDDED_DATA: &str = include_str!("../data/kartuzy.ron");

/// The embedded data as `build.rs` checked it, in postcard's binary form. Reading it is
/// several times faster than reading and checking the RON again, the largest part of the
/// start-up: the browser starts from it.
const EMBEDDED_CHECKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded.postcard"));

/// The embedded data set, checked when the program was built.
pub fn embedded_dataset() -> Result<data::Dataset, postcard::Error> {
    postcard::from_bytes(EMBEDDED_CHECKED)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_prechecked_embedded_data_is_the_embedded_file() {
        let built = super::embedded_dataset().expect("build.rs wrote it");
        let read = super::data::load(super::data::EMBEDDED_NAME, super::EMBEDDED_DATA)
            .expect("the embedded data is valid");
        assert_eq!(format!("{built:?}"), format!("{read:?}"));
    }
}
