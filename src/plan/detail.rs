//! The detail pane: the document for the selection, wrapped to the pane, and its flag.

use ratatui::layout::Rect;

use crate::action::{Entry, Focus, Overlay, Target, View};
use crate::app::App;
use crate::content::StyledLine;
use crate::flags;
use crate::glyphs::GlyphMode;
use crate::i18n::Arg;
use crate::layout;

/// The detail pane as the frame shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailPane {
    /// The pane, border included.
    pub area: Rect,
    pub title: String,
    pub focused: bool,
    /// Every line of the document at the pane's width, a corner left free for the flag;
    /// empty when nothing is selected.
    pub lines: Vec<StyledLine>,
    /// The first line shown, never further than the last page.
    pub scroll: usize,
    /// The furthest the pane can scroll: its lines less its height.
    pub max_scroll: usize,
    pub flag: Option<flags::Flag>,
    /// What the pane says when nothing is selected (empty while something is).
    pub empty: String,
    /// On the kiosk, while the text goes on below or above: that a swipe scrolls it, on
    /// the bottom border, where it covers no text.
    pub swipe_hint: Option<String>,
}

/// The detail pane in `area` (border included).
pub fn pane(app: &App, area: Rect) -> DetailPane {
    let inner = layout::inner(area);
    let flag = flag(app);
    let corner = match flag {
        Some(_) => (flags::ROWS, flags::COLS + 1),
        None => (0, 0),
    };
    let lines = app.detail_document(false).map_or_else(Vec::new, |d| {
        d.lines_beside(usize::from(inner.width), corner)
    });
    let max_scroll = lines.len().saturating_sub(usize::from(inner.height));
    DetailPane {
        area,
        title: app.tr(match app.view() {
            View::Cities | View::Map => "pane-detail",
            View::Timeline => "pane-event",
        }),
        focused: app.focus() == Focus::Detail && !matches!(app.overlay(), Overlay::Help { .. }),
        scroll: app.detail_scroll().min(max_scroll),
        max_scroll,
        empty: if lines.is_empty() {
            empty_message(app)
        } else {
            String::new()
        },
        swipe_hint: (app.mode().kiosk && max_scroll > 0)
            .then(|| match app.glyphs() {
                GlyphMode::Unicode => format!("⇅ {}", app.tr("hint-swipe")),
                GlyphMode::Basic => app.tr("hint-swipe"),
            })
            .filter(|hint| layout::cells(hint) + 4 <= area.width.saturating_sub(2)),
        lines,
        flag,
    }
}

/// What the detail pane says when nothing is selected.
fn empty_message(app: &App) -> String {
    if app.filter().is_empty() {
        app.tr("timeline-empty")
    } else {
        app.i18n().tr_args(
            app.lang(),
            "filter-empty",
            &[("query", Arg::Text(app.filter()))],
        )
    }
}

/// The flag drawn in the detail pane's top right corner: the selected partner's, when the
/// terminal has colours and Unicode (mono and basic modes show the country code).
fn flag(app: &App) -> Option<flags::Flag> {
    if !flags::drawable(app.colour(), app.glyphs()) {
        return None;
    }
    match app.selected()? {
        Target::City(Entry::Partner(i)) => flags::flag(&app.data().partners[i].country),
        _ => None,
    }
}
