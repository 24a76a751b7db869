//! The screen as drawn: the library's own renderer, read back as text or cell by cell.

use partner_cities::screenshot;
use partner_cities::ui::Theme;
use ratatui::buffer::Buffer;

use super::apps::Tui;

/// The frame `app` draws with `theme`.
pub fn draw_with(app: &Tui, theme: &Theme) -> Buffer {
    screenshot::render(app, app.area, theme)
}

/// The frame `app` draws with the dark theme.
pub fn draw(app: &Tui) -> Buffer {
    draw_with(app, &Theme::dark())
}

/// The frame as lines of text, one per row (a wide character counts once).
pub fn text(buffer: &Buffer) -> String {
    screenshot::text(buffer)
}

/// What `app` shows, as text.
pub fn shown(app: &Tui) -> String {
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

pub fn list_window(app: &Tui) -> ListWindow {
    let parts = app.plan.parts.as_ref().expect("a screen with panes");
    let items = &parts.list.items;
    let mut line = 0;
    let mut selected_at = None;
    for item in items {
        if item.selected {
            selected_at = Some(line);
        }
        line += item.lines.len();
    }
    ListWindow {
        height: usize::from(partner_cities::layout::inner(parts.list.area).height),
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

/// The cell where `text` is first drawn, reading each row left to right (a wide
/// character's second cell is skipped): where a visitor would tap to reach it.
pub fn find(buffer: &Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        // The row's text, and the column each of its bytes was drawn in.
        let mut row = String::new();
        let mut columns = Vec::new();
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            row.push_str(symbol);
            columns.extend(std::iter::repeat_n(x, symbol.len()));
            x += u16::try_from(unicode_width::UnicodeWidthStr::width(symbol).max(1)).unwrap_or(1);
        }
        if let Some(at) = row.find(text) {
            return Some((columns[at], y));
        }
    }
    None
}

/// Where `text` is drawn in `app`'s frame, for a test that taps it; a test fails here when
/// the frame does not show it.
pub fn place_of(app: &Tui, text: &str) -> (u16, u16) {
    find(&draw(app), text).unwrap_or_else(|| panic!("{text:?} is not on screen:\n{}", shown(app)))
}
