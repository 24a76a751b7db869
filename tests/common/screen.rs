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

/// The braille dots drawn in `area`, as (x, y) on the grid of dots (two across and four
/// down per cell).
pub fn braille_dots(
    buffer: &Buffer,
    area: ratatui::layout::Rect,
) -> std::collections::HashSet<(i32, i32)> {
    const BITS: [(i32, i32, u32); 8] = [
        (0, 0, 0x01),
        (0, 1, 0x02),
        (0, 2, 0x04),
        (1, 0, 0x08),
        (1, 1, 0x10),
        (1, 2, 0x20),
        (0, 3, 0x40),
        (1, 3, 0x80),
    ];
    let mut dots = std::collections::HashSet::new();
    for y in area.y..area.bottom() {
        for x in area.x..area.right() {
            let Some(c) = buffer[(x, y)].symbol().chars().next() else {
                continue;
            };
            let bits = u32::from(c).wrapping_sub(0x2800);
            if bits == 0 || bits > 0xff {
                continue;
            }
            for (dx, dy, bit) in BITS {
                if bits & bit != 0 {
                    dots.insert((2 * i32::from(x) + dx, 4 * i32::from(y) + dy));
                }
            }
        }
    }
    dots
}
