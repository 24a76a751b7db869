//! The partnership chart above the event: one bar per partner from the year the relation
//! began to this year, the partner's events marked on it, a year axis below.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;

use super::{Theme, pane};
use crate::action::Target;
use crate::app::App;
use crate::glyphs::GlyphMode;
use crate::layout;

/// The column of `year` on an axis from `first` to `last` drawn over `width` cells.
pub fn year_column(year: u16, first: u16, last: u16, width: u16) -> u16 {
    if width == 0 {
        return 0;
    }
    let span = u32::from(last.saturating_sub(first).max(1));
    let offset = u32::from(year.clamp(first, last) - first);
    let col = offset * u32::from(width - 1) / span;
    u16::try_from(col).unwrap_or(width - 1)
}

/// Labels of the axis as (first column, year): the first year at the left edge, the last
/// ending at the right edge, and round decades between them wherever they leave a gap.
pub fn axis_labels(first: u16, last: u16, width: u16) -> Vec<(u16, u16)> {
    const LABEL: u16 = 4;
    if width < LABEL {
        return Vec::new();
    }
    let last_start = width - LABEL;
    let mut labels = vec![(0, first)];
    let mut decade = first.div_ceil(10) * 10;
    while decade < last {
        let col = year_column(decade, first, last, width);
        let previous_end = labels.last().map_or(0, |&(c, _)| c + LABEL);
        if col > previous_end && col + LABEL < last_start {
            labels.push((col, decade));
        }
        decade += 10;
    }
    if last != first && last_start > labels.last().map_or(0, |&(c, _)| c + LABEL) {
        labels.push((last_start, last));
    }
    labels
}

pub fn draw(buf: &mut Buffer, app: &App, theme: &Theme, area: Rect) {
    pane(app.tr("pane-chart"), false, theme).render(area, buf);
    let inner = layout::inner(area);
    let data = &app.data();
    let last = app.today().year();
    let Some(first) = data.partners.iter().map(|p| p.start().year()).min() else {
        return;
    };
    let first = first.min(last);
    let label_width = data
        .partners
        .iter()
        .map(|p| layout::cells(p.name_in(app.lang())))
        .max()
        .unwrap_or(0)
        // Whole names while the bars keep at least 16 cells.
        .min(inner.width.saturating_sub(18));
    let bar_x = inner.x + label_width + 1;
    let bar_width = inner.width.saturating_sub(label_width + 2);
    if bar_width < 6 {
        return;
    }
    let (bar, mark) = match app.glyphs() {
        GlyphMode::Unicode => ("━", "◆"),
        GlyphMode::Basic => ("─", "*"),
    };
    let selected_event = match app.selected() {
        Some(Target::Event(e)) => Some(e),
        _ => None,
    };
    let selected_partner = selected_event.map(|e| data.partner_of(e));
    for (row, (i, partner)) in data.partners.iter().enumerate().enumerate() {
        let y = inner.y + u16::try_from(row).unwrap_or(u16::MAX);
        if y >= inner.bottom().saturating_sub(1) {
            break;
        }
        let chosen = selected_partner == Some(i);
        let name_style = if chosen { theme.selected } else { theme.base };
        buf.set_stringn(
            inner.x,
            y,
            partner.name_in(app.lang()),
            usize::from(label_width),
            name_style,
        );
        let start = bar_x + year_column(partner.start().year(), first, last, bar_width);
        let end = bar_x + year_column(last, first, last, bar_width);
        let bar_style = if chosen { theme.title } else { theme.label };
        for x in start..=end {
            buf.set_string(x, y, bar, bar_style);
        }
        for e in data.events_of(i) {
            let x = bar_x + year_column(data.events[e].date.year(), first, last, bar_width);
            let style = if selected_event == Some(e) {
                theme.selected
            } else {
                theme.title.add_modifier(Modifier::BOLD)
            };
            buf.set_string(x, y, mark, style);
        }
    }
    let axis_y = inner.bottom().saturating_sub(1);
    for (col, year) in axis_labels(first, last, bar_width) {
        buf.set_string(bar_x + col, axis_y, year.to_string(), theme.muted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_map_onto_the_width_ends_included() {
        assert_eq!(year_column(1990, 1990, 2026, 37), 0);
        assert_eq!(year_column(2026, 1990, 2026, 37), 36);
        assert_eq!(year_column(2008, 1990, 2026, 37), 18);
        assert_eq!(year_column(1980, 1990, 2026, 37), 0, "clamped");
        assert_eq!(year_column(2030, 1990, 2026, 37), 36, "clamped");
        assert_eq!(year_column(2026, 2026, 2026, 10), 0, "one year");
    }

    #[test]
    fn axis_labels_have_room_and_stay_inside() {
        for width in [4, 8, 20, 37, 40, 100] {
            let labels = axis_labels(1990, 2026, width);
            for pair in labels.windows(2) {
                assert!(pair[1].0 > pair[0].0 + 4, "{width}: {pair:?}");
            }
            for &(col, _) in &labels {
                assert!(col + 4 <= width, "{width}: {col}");
            }
        }
        let wide = axis_labels(1990, 2026, 40);
        assert_eq!(wide.first(), Some(&(0, 1990)));
        assert_eq!(wide.last(), Some(&(36, 2026)));
        assert!(wide.iter().any(|&(_, y)| y == 2000) && wide.iter().any(|&(_, y)| y == 2010));
        assert_eq!(
            axis_labels(1990, 2026, 8),
            vec![(0, 1990)],
            "narrow: only what fits"
        );
    }
}
