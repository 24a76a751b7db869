//! The screen as drawn: the library's own renderer, read back as text or cell by cell.

use partner_cities::app::App;
use partner_cities::screenshot;
use partner_cities::ui::Theme;
use partner_cities::viewmodel;
use ratatui::buffer::Buffer;

/// The frame `app` draws with `theme`.
pub fn draw_with(app: &App, theme: &Theme) -> Buffer {
    screenshot::render(app, theme)
}

/// The frame `app` draws with the dark theme.
pub fn draw(app: &App) -> Buffer {
    draw_with(app, &Theme::dark())
}

/// The frame as lines of text, one per row (a wide character counts once).
pub fn text(buffer: &Buffer) -> String {
    screenshot::text(buffer)
}

/// What `app` shows, as text.
pub fn shown(app: &App) -> String {
    text(&draw(app))
}

/// The text of row `y` from column `from` to `to`.
pub fn row(buffer: &Buffer, y: u16, from: u16, to: u16) -> String {
    (from..to).map(|x| buffer[(x, y)].symbol()).collect()
}

/// The list pane as drawn: its height, the lines of the rows built before the last one,
/// and the line the selected row starts on, if it was built.
pub struct ListWindow {
    pub height: usize,
    pub before_last: usize,
    pub selected_at: Option<usize>,
}

pub fn list_window(app: &App) -> ListWindow {
    let items = viewmodel::list::items(app);
    let selected = app.selected();
    let mut line = 0;
    let mut selected_at = None;
    for item in &items {
        if item.target.is_some() && item.target == selected {
            selected_at = Some(line);
        }
        line += item.lines.len();
    }
    ListWindow {
        height: viewmodel::list_inner_height(app),
        before_last: line - items.last().map_or(0, |i| i.lines.len()),
        selected_at,
    }
}
