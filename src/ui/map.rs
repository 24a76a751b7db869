//! The map pane: coastlines, a line from the home town to each partner, marks and labels.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::canvas::{Canvas, Line, Map, MapResolution};

use super::{Theme, pane};
use crate::action::{Focus, Overlay};
use crate::app::{App, Entry, Target};
use crate::glyphs::GlyphMode;
use crate::viewmodel;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let focused = !(app.focus() == Focus::Detail) && !matches!(app.overlay(), Overlay::Help { .. });
    frame.render_widget(pane(viewmodel::list::title(app), focused, theme), area);
    let (Some(inner), Some(bounds)) = (viewmodel::map::area(app), viewmodel::map::bounds(app))
    else {
        return;
    };
    // Braille is finest, but the Linux console has only the block elements.
    let marker = match app.glyphs() {
        GlyphMode::Unicode => Marker::Braille,
        GlyphMode::Basic => Marker::HalfBlock,
    };
    let home = app.data().home.coordinates;
    let selected = match app.selected() {
        Some(Target::City(Entry::Partner(i))) => Some(i),
        _ => None,
    };
    let partners: Vec<(usize, f64, f64)> = app
        .visible_partners()
        .filter_map(|e| match e {
            Entry::Partner(i) => {
                let c = app.data().partners[i].coordinates;
                Some((i, c.lon, c.lat))
            }
            Entry::Overview => None,
        })
        .collect();
    let coast = theme.muted.fg.unwrap_or(Color::Reset);
    let route = theme.label.fg.unwrap_or(Color::Reset);
    let highlight = theme.title.fg.unwrap_or(Color::Reset);
    let canvas = Canvas::default()
        .marker(marker)
        .x_bounds([bounds.west, bounds.east])
        .y_bounds([bounds.south, bounds.north])
        .paint(move |ctx| {
            ctx.draw(&Map {
                resolution: MapResolution::High,
                color: coast,
            });
            ctx.layer();
            for &(i, lon, lat) in &partners {
                let color = if Some(i) == selected {
                    highlight
                } else {
                    route
                };
                ctx.draw(&Line::new(home.lon, home.lat, lon, lat, color));
            }
        });
    frame.render_widget(canvas, inner);

    // Marks and labels go on top, cell-exact, where the hit-test expects them.
    let buffer = frame.buffer_mut();
    for mark in viewmodel::map::marks(app) {
        let is_selected = mark.partner.is_some() && mark.partner == selected;
        let (home_symbol, partner_symbol) = match app.glyphs() {
            GlyphMode::Unicode => ("■", "●"),
            GlyphMode::Basic => ("@", "o"),
        };
        let (symbol, style) = match (mark.partner, is_selected) {
            (None, _) => (home_symbol, theme.title),
            (Some(_), true) => (partner_symbol, theme.selected),
            (Some(_), false) => (partner_symbol, theme.label.add_modifier(Modifier::BOLD)),
        };
        if let Some(cell) = buffer.cell_mut(mark.cell) {
            cell.set_symbol(symbol).set_style(style);
        }
        if let Some(r) = mark.label_area {
            let label_style = if is_selected {
                theme.selected
            } else if mark.partner.is_none() {
                theme.title
            } else {
                Style::default().patch(theme.base)
            };
            buffer.set_stringn(r.x, r.y, &mark.label, usize::from(r.width), label_style);
        }
    }
}
