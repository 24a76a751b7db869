//! The map pane: Natural Earth's coastlines and borders, a great-circle route from the home
//! town to each partner, then marks, labels, the distance legend and the scale bar, each
//! drawn with its own complete style over whatever the lines left in its cells.

use line_clipping::{LineSegment, Point, Window, cohen_sutherland};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Context, Painter, Shape};

use super::{Theme, pane};
use crate::action::{Entry, Target};
use crate::app::App;
use crate::atlas::{self, Kind};
use crate::data::Coordinates;
use crate::glyphs::GlyphMode;
use crate::map::Bounds;
use crate::plan::list::ListPane;
use crate::plan::map::MapView;

pub fn draw(buf: &mut Buffer, app: &App, theme: &Theme, list: &ListPane, view: &MapView) {
    pane(list.title.clone(), list.focused, theme).render(list.area, buf);
    canvas(app, theme, view).render(view.area, buf);
    let selected = match app.selected() {
        Some(Target::City(Entry::Partner(i))) => Some(i),
        _ => None,
    };
    marks(buf, app, theme, view, selected);
    legend(buf, theme, view, selected);
    scale_bar(buf, app, theme, view);
}

/// `style` made complete: every colour and attribute set, so nothing of what was in the
/// cell before (a line's colour, a half block's background) shows through.
pub fn solid(style: Style, theme: &Theme) -> Style {
    let base = Style::reset().patch(theme.base);
    base.patch(style)
}

/// The lines: borders, then coasts over them, then the routes, the selected one last.
fn canvas<'a>(
    app: &App,
    theme: &Theme,
    view: &'a MapView,
) -> Canvas<'a, impl Fn(&mut Context) + 'a> {
    // Braille is finest, but the Linux console has only the block elements.
    let marker = match app.glyphs() {
        GlyphMode::Unicode => Marker::Braille,
        GlyphMode::Basic => Marker::HalfBlock,
    };
    let selected = match app.selected() {
        Some(Target::City(Entry::Partner(i))) => Some(i),
        _ => None,
    };
    let colour = |s: Style| s.fg.unwrap_or(Color::Reset);
    let (coast, frontier) = (colour(theme.coast), colour(theme.frontier));
    let (route, route_selected) = (colour(theme.route), colour(theme.route_selected));
    let bounds = view.bounds;
    Canvas::default()
        .marker(marker)
        .x_bounds([bounds.west, bounds.east])
        .y_bounds([bounds.south, bounds.north])
        .paint(move |ctx| {
            if view.borders {
                ctx.draw(&Outline {
                    layer: atlas::layer(Kind::Border, view.atlas),
                    clip: view.clip,
                    color: frontier,
                    dotted: true,
                });
                ctx.layer();
            }
            ctx.draw(&Outline {
                layer: atlas::layer(Kind::Coast, view.atlas),
                clip: view.clip,
                color: coast,
                dotted: false,
            });
            ctx.layer();
            for want_selected in [false, true] {
                for (partner, runs) in &view.routes {
                    let is_selected = Some(*partner) == selected;
                    if is_selected != want_selected {
                        continue;
                    }
                    let color = if is_selected { route_selected } else { route };
                    for run in runs {
                        ctx.draw(&Route { points: run, color });
                    }
                }
                ctx.layer();
            }
        })
}

/// One layer of the atlas, as connected lines: a polyline whose box misses the view is
/// skipped whole; within one, a point is skipped while it stays on the dot the line last
/// reached, so a detailed coast costs what the screen can show of it. Borders are dotted:
/// fainter than the coasts, and told from them without colour.
struct Outline {
    layer: atlas::Layer,
    /// Lines are cut at its edges.
    clip: Bounds,
    color: Color,
    dotted: bool,
}

impl Shape for Outline {
    fn draw(&self, painter: &mut Painter) {
        for line in self.layer.lines().filter(|l| l.bounds.overlaps(self.clip)) {
            polyline(painter, line.points(), self.color, self.dotted, self.clip);
        }
    }
}

/// A great-circle route, already split where it crosses the antimeridian.
struct Route<'a> {
    points: &'a [Coordinates],
    color: Color,
}

impl Shape for Route<'_> {
    fn draw(&self, painter: &mut Painter) {
        let points = self.points.iter().map(|c| (c.lon, c.lat));
        let (&[west, east], &[south, north]) = painter.bounds();
        let all = Bounds {
            west,
            east,
            south,
            north,
        };
        polyline(painter, points, self.color, false, all);
    }
}

/// Draws the segments between successive points, clipped to `clip` (within the canvas),
/// skipping points that fall on the dot the line last reached; `dotted` paints every other
/// dot.
fn polyline(
    painter: &mut Painter,
    points: impl Iterator<Item = (f64, f64)>,
    color: Color,
    dotted: bool,
    clip: Bounds,
) {
    let (&[west, east], &[south, north]) = painter.bounds();
    let window = Window::new(
        clip.west.max(west),
        clip.east.min(east),
        clip.south.max(south),
        clip.north.min(north),
    );
    let mut pen = Pen {
        color,
        dotted,
        step: 0,
    };
    // The last point drawn to, and its dot when it is on the canvas.
    let mut last: Option<((f64, f64), Option<Dot>)> = None;
    for p in points {
        let dot = painter.get_point(p.0, p.1);
        match last {
            Some((_, Some(reached))) if dot == Some(reached) => continue,
            Some((from, _)) => {
                let segment = LineSegment::new(Point::new(from.0, from.1), Point::new(p.0, p.1));
                if let Some(s) = cohen_sutherland::clip_line(segment, window)
                    && let (Some(a), Some(b)) = (
                        painter.get_point(s.p1.x, s.p1.y),
                        painter.get_point(s.p2.x, s.p2.y),
                    )
                {
                    // The first dot only where the line enters the view; inside, the
                    // previous segment painted it.
                    if a != painter.get_point(from.0, from.1).unwrap_or((usize::MAX, 0)) {
                        pen.dot(painter, a);
                    }
                    pen.line(painter, a, b);
                }
            }
            None => {
                let inside = (window.x_min..=window.x_max).contains(&p.0)
                    && (window.y_min..=window.y_max).contains(&p.1);
                if let (Some(d), true) = (dot, inside) {
                    pen.dot(painter, d);
                }
            }
        }
        last = Some((p, dot));
    }
}

/// A dot of the canvas grid: column and row.
type Dot = (usize, usize);

struct Pen {
    color: Color,
    dotted: bool,
    /// Dots passed along the line so far, for the dotted pattern.
    step: usize,
}

impl Pen {
    fn dot(&mut self, painter: &mut Painter, (x, y): (usize, usize)) {
        if !self.dotted || self.step.is_multiple_of(2) {
            painter.paint(x, y, self.color);
        }
        self.step += 1;
    }

    /// Bresenham from `a` (already painted) to `b`.
    fn line(&mut self, painter: &mut Painter, a: (usize, usize), b: (usize, usize)) {
        let point = |p: (usize, usize)| (p.0 as i64, p.1 as i64);
        for (x, y) in crate::map::bresenham(point(a), point(b)).skip(1) {
            self.dot(painter, (x as usize, y as usize));
        }
    }
}

fn marks(buffer: &mut Buffer, app: &App, theme: &Theme, view: &MapView, selected: Option<usize>) {
    let (home_symbol, partner_symbol) = match app.glyphs() {
        GlyphMode::Unicode => ("■", "●"),
        GlyphMode::Basic => ("@", "o"),
    };
    // The home town last: where marks share a cell (the world map), it stays in sight.
    let (home, partners): (Vec<_>, Vec<_>) = view.marks.iter().partition(|m| m.partner.is_none());
    for mark in partners.into_iter().chain(home) {
        let is_selected = mark.partner.is_some() && mark.partner == selected;
        let (symbol, style) = match (mark.partner, is_selected) {
            (None, _) => (home_symbol, theme.title),
            (Some(_), true) => (partner_symbol, theme.selected),
            (Some(_), false) => (partner_symbol, theme.label.add_modifier(Modifier::BOLD)),
        };
        if let Some(cell) = buffer.cell_mut(mark.cell) {
            cell.set_symbol(symbol).set_style(solid(style, theme));
        }
        if let Some(r) = mark.label_area {
            let style = if is_selected {
                theme.selected
            } else if mark.partner.is_none() {
                theme.title
            } else {
                theme.base
            };
            buffer.set_stringn(
                r.x,
                r.y,
                &mark.label,
                usize::from(r.width),
                solid(style, theme),
            );
        }
    }
}

fn legend(buffer: &mut Buffer, theme: &Theme, view: &MapView, selected: Option<usize>) {
    let Some(legend) = &view.legend else {
        return;
    };
    let plain = solid(theme.base, theme);
    // A clear box first: no line runs under the text.
    for y in legend.area.y..legend.area.bottom() {
        for x in legend.area.x..legend.area.right() {
            if let Some(cell) = buffer.cell_mut((x, y)) {
                cell.set_symbol(" ").set_style(plain);
            }
        }
    }
    let width = usize::from(legend.area.width.saturating_sub(2));
    if let Some(title) = &legend.title {
        let style = solid(theme.label, theme);
        buffer.set_stringn(legend.area.x + 1, legend.area.y, title, width, style);
    }
    for row in &legend.rows {
        let style = if Some(row.partner) == selected {
            solid(theme.selected, theme)
        } else {
            plain
        };
        for x in row.area.x..row.area.right() {
            if let Some(cell) = buffer.cell_mut((x, row.area.y)) {
                cell.set_symbol(" ").set_style(style);
            }
        }
        buffer.set_stringn(row.area.x + 1, row.area.y, &row.text, width, style);
    }
}

fn scale_bar(buffer: &mut Buffer, app: &App, theme: &Theme, view: &MapView) {
    let Some(bar) = &view.scale else {
        return;
    };
    let (end, mid) = match app.glyphs() {
        GlyphMode::Unicode => (("├", "┤"), "─"),
        GlyphMode::Basic => (("|", "|"), "-"),
    };
    let inner = usize::from(bar.cells.saturating_sub(2));
    let text = format!("{}{}{} {}", end.0, mid.repeat(inner), end.1, bar.label);
    let style = solid(theme.muted, theme);
    buffer.set_stringn(
        bar.area.x,
        bar.area.y,
        &text,
        usize::from(bar.area.width),
        style,
    );
}
