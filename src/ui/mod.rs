//! Drawing: reads the app state and paints a frame, nothing else.

pub mod chart;
mod chrome;
mod detail;
mod help;
mod languages;
mod list;
pub mod map;
pub mod theme;
mod warning;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::action::Msg;
use crate::app::App;
use crate::content::StyledLine;
use crate::data::chars;
use crate::flags::{FlagCell, FlagColor};
use crate::glyphs::{GlyphMode, basic_stand_in, is_basic};
use crate::i18n::Arg;
use crate::layout;
use crate::plan::Plan;
use ratatui::style::{Color, Modifier, Style};
pub use theme::Theme;

/// Draws the frame `app` shows at the frame's size, and tells the app what it measured
/// (the list's first row, the pages, how far the panes scroll). The plan it drew is
/// returned: clicks on this frame are tested against it.
pub fn draw(frame: &mut Frame, app: &mut App, theme: &Theme) -> Plan {
    let plan = Plan::new(app, frame.area());
    render(app, &plan, theme, frame.buffer_mut());
    app.update(Msg::Drawn(plan.extents));
    plan
}

/// Paints `plan`, a frame of `app`, into `buf`, a buffer of the plan's size.
pub fn render(app: &App, plan: &Plan, theme: &Theme, buf: &mut Buffer) {
    // High contrast, where the visitor chose it (a screen without colour keeps none).
    let high;
    let theme = if app.contrast() && app.colour() {
        high = Theme::contrast();
        &high
    } else {
        theme
    };
    match &plan.parts {
        None => too_small(buf, app, theme, plan.area),
        Some(parts) => {
            chrome::header(buf, theme, &parts.header);
            chrome::bar(buf, theme, &parts.bar);
            match &parts.map {
                Some(view) => map::draw(buf, app, theme, &parts.list, view),
                None => list::draw(buf, theme, &parts.list),
            }
            if let Some(chart_area) = parts.chart {
                chart::draw(buf, app, theme, chart_area);
            }
            detail::draw(buf, theme, &parts.detail);
            chrome::footer(buf, theme, &parts.footer);
            if let Some(help) = &parts.help {
                help::draw(buf, theme, help);
                blank_cut_wide(buf, help.area);
            }
            if let Some(languages) = &parts.languages {
                languages::draw(buf, theme, languages);
                blank_cut_wide(buf, languages.area);
            }
            if let Some(warning) = &parts.warning {
                warning::draw(buf, theme, warning);
                blank_cut_wide(buf, warning::cleared(warning, buf.area));
            }
        }
    }
    without_controls(buf);
    if app.glyphs() == GlyphMode::Basic {
        to_basic(buf);
    }
}

/// Blanks a wide character of what lies under a box drawn over it, where the box's left
/// edge cuts it in two: its right half is the box's border now, and a terminal drawing the
/// character whole would cover that border (ratatui skips the cell after a wide one).
fn blank_cut_wide(buf: &mut Buffer, area: Rect) {
    let Some(left) = area.x.checked_sub(1) else {
        return;
    };
    for y in area.top()..area.bottom() {
        if let Some(cell) = buf.cell_mut((left, y))
            && unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
}

/// Removes from every cell what may not stand in a text (`data::chars`: controls, bidi and
/// format characters, separators, private use, noncharacters, unassigned and ignorable code
/// points, marks beyond the cap or with no base), whatever drew it. Validation keeps them
/// out of the data; this keeps them off the screen even if that ever fails.
fn without_controls(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        let symbol = cell.symbol();
        // One printable ASCII byte, the commonest cell, needs no look-up.
        if symbol.len() == 1 && symbol.as_bytes()[0].is_ascii_graphic() || symbol == " " {
            continue;
        }
        if let std::borrow::Cow::Owned(kept) = chars::sanitize(symbol, &[]) {
            if kept.is_empty() {
                cell.set_char(' ');
            } else {
                cell.set_symbol(&kept);
            }
        }
    }
}

/// Replaces every character the Linux console cannot draw, cell for cell, so nothing
/// drawn (data, messages, widgets' own symbols) can reach it.
fn to_basic(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        let symbol = cell.symbol();
        if !symbol.chars().all(is_basic) {
            let stand_in = symbol.chars().next().map_or(' ', basic_stand_in);
            cell.set_char(stand_in);
        }
    }
}

/// The request to enlarge the window, centred as well as the space allows.
fn too_small(buf: &mut Buffer, app: &App, theme: &Theme, area: Rect) {
    let hint = app.i18n().tr_args(
        app.lang(),
        "too-small-hint",
        &[
            ("width", Arg::Num(layout::MIN_WIDTH.into())),
            ("height", Arg::Num(layout::MIN_HEIGHT.into())),
        ],
    );
    // Wrapped here, by display width: ratatui's own wrapping can leave a Chinese
    // character hanging over the right edge of a narrow screen.
    let width = usize::from(area.width);
    let wrapped = |text: &str, style| {
        crate::content::wrap(text, width, "", "", crate::content::Tone::Title)
            .into_iter()
            .map(move |line| Line::styled(line.text(), style))
    };
    let lines: Vec<Line> = wrapped(&app.tr("too-small"), theme.title)
        .chain(wrapped(&hint, theme.muted))
        .collect();
    let count = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let top = area.height.saturating_sub(count) / 2;
    let inner = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(inner, buf);
}

/// A content line in the theme's styles.
fn styled(line: &StyledLine, theme: &Theme) -> Line<'static> {
    Line::from(
        line.0
            .iter()
            .map(|(tone, text)| Span::styled(text.clone(), theme.tone(*tone)))
            .collect::<Vec<_>>(),
    )
}

/// `lines` drawn from the top of `area`, one per row, as many as fit: each line a widget
/// of its own. (A `Paragraph` draws the same, but runs every line through its line
/// composer, grapheme by grapheme: a fifth of the first frame's detail pane. The lines
/// here are wrapped to the width already.)
fn rows<'a>(buf: &mut Buffer, lines: impl IntoIterator<Item = Line<'a>>, area: Rect) {
    for (y, line) in (area.top()..area.bottom()).zip(lines) {
        line.render(Rect::new(area.x, y, area.width, 1), buf);
    }
}

/// Where a pane's text goes on past its inside: a scroll bar on its right border (never
/// over the text), its thumb at `scroll` of `max_scroll`.
fn scrollbar(buf: &mut Buffer, theme: &Theme, pane: Rect, scroll: usize, max_scroll: usize) {
    use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
    if max_scroll == 0 {
        return;
    }
    let mut state = ScrollbarState::new(max_scroll).position(scroll);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some("│"))
        .style(theme.border)
        .render(
            pane.inner(ratatui::layout::Margin::new(0, 1)),
            buf,
            &mut state,
        );
}

/// A bordered pane; the focused one stands out.
fn pane<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let style = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    Block::bordered()
        .border_style(style)
        .title(Span::styled(format!(" {title} "), style))
}

/// One cell of a flag, in the 8 basic colours every terminal with colour has, and the
/// theme's black for the flag's black.
fn paint_flag_cell(target: &mut ratatui::buffer::Cell, cell: &FlagCell, theme: &Theme) {
    let color = |c: FlagColor| match c {
        FlagColor::White => Color::White,
        FlagColor::Red => Color::Red,
        FlagColor::Black => theme.flag_black,
        FlagColor::Gold | FlagColor::Yellow => Color::Yellow,
        FlagColor::Blue => Color::Blue,
    };
    // Black as the foreground, which may be a bright shade everywhere: the lower half
    // block for a black bottom, a full block for black on black.
    let (symbol, fg, bg) = match (cell.symbol, cell.fg, cell.bg) {
        ("▀", FlagColor::Black, FlagColor::Black) => ("█", cell.fg, cell.fg),
        ("▀", top, FlagColor::Black) => ("▄", FlagColor::Black, top),
        _ => (cell.symbol, cell.fg, cell.bg),
    };
    // The flag's own colours only: a selected row's reverse video (set_style keeps the
    // cell's modifiers) would swap each cell's top and bottom, turning Germany's
    // black-red-gold into red-black-gold-red and China's star red on gold.
    target.set_symbol(symbol).set_style(
        Style::new()
            .fg(color(fg))
            .bg(color(bg))
            .remove_modifier(Modifier::all()),
    );
}
