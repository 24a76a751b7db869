//! The detail pane: the document for the selection, wrapped to the pane, and its flag.

use crate::app::{App, Entry, Target};
use crate::content::{Document, StyledLine};
use crate::flags;
use crate::glyphs::GlyphMode;

/// Partners and anniversaries the overview lists on screen; more are summed up in a line.
const OVERVIEW_ROWS: usize = 40;

/// What the detail pane shows for the selection.
pub fn document(app: &App) -> Option<Document> {
    let ctx = app.context();
    Some(match app.selected()? {
        Target::City(Entry::Overview) => ctx.overview_upto(OVERVIEW_ROWS),
        Target::City(Entry::Partner(i)) => ctx.partner(i),
        Target::Event(e) => ctx.event(e),
    })
}

/// The detail pane's lines at the current width, a corner left free for the flag.
pub fn lines(app: &App) -> Vec<StyledLine> {
    let width = super::detail_inner(app).map_or(1, |r| usize::from(r.width));
    let corner = match flag(app) {
        Some(_) => (flags::ROWS, flags::COLS + 1),
        None => (0, 0),
    };
    document(app).map_or_else(Vec::new, |d| d.lines_beside(width, corner))
}

/// The furthest the detail pane can scroll: its lines less its height.
pub fn max_scroll(app: &App) -> usize {
    let height = super::detail_inner(app).map_or(0, |r| usize::from(r.height));
    lines(app).len().saturating_sub(height)
}

/// Flags need colours and Unicode half blocks; elsewhere the country code stands in.
pub fn flags_shown(app: &App) -> bool {
    app.colour() && app.glyphs() == GlyphMode::Unicode
}

/// The flag drawn in the detail pane's top right corner: the selected partner's, when the
/// terminal has colours and Unicode (mono and basic modes show the country code).
pub fn flag(app: &App) -> Option<flags::Flag> {
    if !flags_shown(app) {
        return None;
    }
    match app.selected()? {
        Target::City(Entry::Partner(i)) => flags::flag(&app.data().partners[i].country),
        _ => None,
    }
}
