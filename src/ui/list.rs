//! The left (or upper) pane: towns or events, the selected one marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, pane, styled};
use crate::app::App;
use crate::layout;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let focused = !app.detail_focused && !app.help;
    frame.render_widget(pane(app.list_title(), focused, theme), area);
    let inner = layout::inner(area);
    let items = app.list_items();
    let offset = app.list_offset(&items, inner.height.into());
    let selected = app.selected();
    let mut lines: Vec<Line> = Vec::new();
    for item in &items {
        let is_selected = item.target.is_some() && item.target == selected;
        for (n, line) in item.lines.iter().enumerate() {
            let marker = match (is_selected, n) {
                (true, 0) => "▶ ",
                _ => "  ",
            };
            let mut out = styled(line, theme);
            out.spans.insert(0, Span::raw(marker));
            if is_selected {
                let pad = usize::from(inner.width).saturating_sub(out.width());
                out.spans.push(Span::raw(" ".repeat(pad)));
                out = out.patch_style(theme.selected);
            }
            lines.push(out);
        }
    }
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(offset)
        .take(inner.height.into())
        .collect();
    frame.render_widget(Paragraph::new(visible), inner);
}
