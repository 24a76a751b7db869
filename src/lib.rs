//! partner-cities: a terminal browser for the partner towns of Kartuzy.
//!
//! Flow (The Elm Architecture): a terminal event goes through [`keymap`] to an
//! [`action::Action`], [`app::App::update`] changes the state, [`ui::draw`] paints it.

pub mod action;
pub mod app;
pub mod atlas;
pub mod backend;
pub mod cache;
pub mod cli;
pub mod content;
pub mod data;
pub mod flags;
pub mod geo;
pub mod glyphs;
pub mod i18n;
pub mod idle;
pub mod journal;
pub mod keymap;
pub mod layout;
pub mod locale;
pub mod map;
pub mod report;
pub mod screenshot;
pub mod search;
pub mod terminal;
pub mod touch;
pub mod ui;
pub mod viewmodel;
pub mod watch;

/// The data file compiled into the binary (checked by `build.rs`).
pub const EMBEDDED_DATA: &str = include_str!("../data/kartuzy.ron");

/// The embedded data as `build.rs` checked it, in postcard form: what the browser starts
/// from (reading the RON and checking it again would cost 0.6 ms at every start).
const EMBEDDED_CHECKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded.postcard"));

/// The embedded data set, checked when the program was built. Its texts point into the
/// binary's own bytes rather than being copied (`data::from_static`).
pub fn embedded_dataset() -> Option<data::Dataset> {
    data::from_static(EMBEDDED_CHECKED).ok()
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
