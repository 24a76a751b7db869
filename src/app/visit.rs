//! A visitor's place, kept across the restart that changes the kiosk's text size: the
//! session starts the terminal again at the other font size (`deploy/kiosk-session`), and
//! the new program takes up the place the old one wrote. The file is the program's own, read
//! once and removed; whatever in it no longer fits (a language the screen cannot show, a
//! town gone from the data) falls to the app's usual repairs.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::action::{Focus, View};
use crate::map::Zoom;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub lang: String,
    pub view: View,
    /// The selected town by its id; `None`: the overview.
    pub city: Option<String>,
    pub event: Option<usize>,
    pub focus: Focus,
    pub filter: String,
    /// The timeline shows only this partner's events (its id).
    pub partner_only: Option<String>,
    pub zoom: Zoom,
    pub detail_scroll: usize,
    pub contrast: bool,
    pub speech: bool,
    pub volume: u8,
}

impl Visit {
    /// Writes the place to `path` (replacing the file whole, so a reader never finds half).
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let text = ron::to_string(self).map_err(std::io::Error::other)?;
        let partial = path.with_extension("partial");
        std::fs::write(&partial, text)?;
        std::fs::rename(&partial, path)
    }

    /// The place kept in `path`, if there is one, and the file removed: a place is taken up
    /// once. An unreadable file is no place (and still removed).
    pub fn take(path: &Path) -> Option<Visit> {
        let text = std::fs::read_to_string(path).ok();
        let _ = std::fs::remove_file(path);
        ron::from_str(&text?).ok()
    }
}
