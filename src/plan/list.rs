//! The list pane's rows: towns or events wrapped to the pane, the window that keeps the
//! selection in view, and which row is under a click.

use ratatui::layout::{Position, Rect};

use crate::action::{Entry, Focus, Overlay, Target, View};
use crate::app::App;
use crate::content::{self, StyledLine, Tone};
use crate::flags;
use crate::i18n::Arg;
use crate::layout;

/// A list row, already wrapped to the list's width; `target` is `None` for year headings.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub target: Option<Target>,
    pub lines: Vec<StyledLine>,
    /// A small flag drawn over the first two lines' left gutter.
    pub flag: Option<flags::MiniFlag>,
    /// The selected row.
    pub selected: bool,
}

/// The list pane as the frame shows it (the map view's pane shows the map instead).
#[derive(Debug, Clone, PartialEq)]
pub struct ListPane {
    /// The pane, border included.
    pub area: Rect,
    pub title: String,
    pub focused: bool,
    /// The rows on screen, from the first one shown down.
    pub items: Vec<ListItem>,
    /// The first row shown: an index into the view's rows.
    pub top: usize,
}

impl ListPane {
    /// The row under `at`, if it is a selectable one.
    pub fn target_at(&self, at: Position) -> Option<Target> {
        let inner = layout::inner(self.area);
        if !inner.contains(at) {
            return None;
        }
        let wanted = usize::from(at.y - inner.y);
        let mut line = 0;
        for item in &self.items {
            line += item.lines.len();
            if wanted < line {
                return item.target;
            }
        }
        None
    }
}

/// The list pane in `area` (border included), the selection in view.
pub fn pane(app: &App, area: Rect) -> ListPane {
    let inner = layout::inner(area);
    let top = window_top(app, inner, app.list_top());
    ListPane {
        area,
        title: title(app),
        focused: app.focus() != Focus::Detail && !matches!(app.overlay(), Overlay::Help { .. }),
        items: items(app, inner, top),
        top,
    }
}

/// Room left of a list row's text for its flag: three cells and a space.
pub const FLAG_GUTTER: &str = "    ";

/// Width of the selection marker in front of list rows.
pub const MARKER_WIDTH: usize = 2;

/// The list's text width inside `inner`: the pane less the selection marker.
fn width(inner: Rect) -> usize {
    usize::from(inner.width).saturating_sub(MARKER_WIDTH).max(1)
}

/// The list's rows that are on screen in `inner`: from `top` down, as many as fill it.
/// Only these are built, so drawing costs the same for six towns or twenty thousand.
fn items(app: &App, inner: Rect, top: usize) -> Vec<ListItem> {
    if app.view() == View::Map {
        // The map draws its own marks.
        return Vec::new();
    }
    let (width, height) = (width(inner), usize::from(inner.height));
    let mut items = Vec::new();
    let mut lines = 0;
    let selected = app.selected_row();
    for index in top..app.row_count() {
        if lines >= height {
            break;
        }
        let mut row = row_items(app, index, width);
        let mut row_lines = line_count(&row);
        // A selected event taller than the pane with its year heading: the event wins.
        if Some(index) == selected && row_lines > height {
            row.retain(|i| i.target.is_some());
            row_lines = line_count(&row);
        }
        lines += row_lines;
        for item in &mut row {
            item.selected = item.target.is_some() && item.target == app.selected();
        }
        items.extend(row);
    }
    items
}

/// Lines that row `index` takes.
fn row_height(app: &App, index: usize, width: usize) -> usize {
    line_count(&row_items(app, index, width))
}

/// The list's first row once `top` has moved as little as possible so that the selected
/// row is in `inner` and no space is left empty below the last row while rows above are
/// hidden. It costs about one screen of rows.
fn window_top(app: &App, inner: Rect, top: usize) -> usize {
    let count = app.row_count();
    if app.view() == View::Map || count == 0 {
        return 0;
    }
    let (width, height) = (width(inner), usize::from(inner.height));
    let mut top = top.min(count - 1);
    if let Some(selected) = app.selected_row() {
        if selected < top {
            top = selected;
        } else {
            // Up from the selection while the rows still fit.
            let mut first = selected;
            let mut used = row_height(app, selected, width);
            while first > top {
                let above = row_height(app, first - 1, width);
                if used + above > height {
                    break;
                }
                used += above;
                first -= 1;
            }
            top = first;
        }
    }
    // Fill the pane: pull rows down from above while there is room at the bottom.
    let mut used = 0;
    for index in top..count {
        used += row_height(app, index, width);
        if used >= height {
            return top;
        }
    }
    while top > 0 {
        let above = row_height(app, top - 1, width);
        if used + above > height {
            break;
        }
        used += above;
        top -= 1;
    }
    top
}

/// Row `index` of the current view, wrapped to `width`: a town, or an event with its
/// year heading when it is the first of its year in the list.
fn row_items(app: &App, index: usize, width: usize) -> Vec<ListItem> {
    match app.view() {
        View::Cities => app
            .visible_cities()
            .get(index)
            .map(|entry| vec![city_item(app, *entry, width)])
            .unwrap_or_default(),
        View::Timeline => event_items(app, index, width),
        View::Map => Vec::new(),
    }
}

fn city_item(app: &App, entry: Entry, width: usize) -> ListItem {
    let flag = match entry {
        Entry::Partner(i) if flags::drawable(app.colour(), app.glyphs()) => {
            flags::mini(&app.data().partners[i].country)
        }
        _ => None,
    };
    let lines = match entry {
        Entry::Overview => wrap_tone(&app.tr("overview-entry"), width, Tone::Title),
        // Two lines beside the flag: the name, then country code and year.
        Entry::Partner(i) if flag.is_some() => {
            let p = &app.data().partners[i];
            let name = p.name_in(app.lang());
            let mut lines = content::wrap(name, width, FLAG_GUTTER, FLAG_GUTTER, Tone::Body);
            lines.extend(content::wrap(
                &format!("{} {}", p.country, p.start().year()),
                width,
                FLAG_GUTTER,
                FLAG_GUTTER,
                Tone::Muted,
            ));
            lines
        }
        Entry::Partner(i) => {
            let p = &app.data().partners[i];
            let name = p.name_in(app.lang());
            let pad = usize::from(app.city_name_width().saturating_sub(layout::cells(name)));
            let text = format!(
                "{}{}  {} {}",
                name,
                " ".repeat(pad),
                p.country,
                p.start().year()
            );
            if layout::cells(&text) as usize <= width {
                vec![StyledLine(vec![
                    (Tone::Body, format!("{}{}  ", name, " ".repeat(pad))),
                    (Tone::Muted, format!("{} {}", p.country, p.start().year())),
                ])]
            } else {
                wrap_tone(
                    &format!("{} {} {}", name, p.country, p.start().year()),
                    width,
                    Tone::Body,
                )
            }
        }
    };
    ListItem {
        target: Some(Target::City(entry)),
        lines,
        flag,
        selected: false,
    }
}

fn event_items(app: &App, index: usize, width: usize) -> Vec<ListItem> {
    let events = app.visible_events();
    let Some(&e) = events.get(index) else {
        return Vec::new();
    };
    let event = &app.data().events[e];
    let year = event.date.year();
    let mut items = Vec::new();
    let opens_year = index == 0 || app.data().events[events[index - 1]].date.year() != year;
    if opens_year {
        items.push(ListItem {
            target: None,
            lines: wrap_tone(&year.to_string(), width, Tone::Heading),
            flag: None,
            selected: false,
        });
    }
    let partner = app.data().partners[app.data().partner_of(e)].name_in(app.lang());
    let mut lines = wrap_tone(
        &format!("{} · {partner}", app.context().date(&event.date)),
        width,
        Tone::Muted,
    );
    lines.extend(wrap_tone(event.title.get(app.lang()), width, Tone::Body));
    items.push(ListItem {
        target: Some(Target::Event(e)),
        lines,
        flag: None,
        selected: false,
    });
    items
}

/// The list pane's title: what it lists and any filter on it.
fn title(app: &App) -> String {
    let with_detail = |title: String, detail: String| {
        app.i18n().tr_args(
            app.lang(),
            "pane-title-detail",
            &[("title", Arg::Text(&title)), ("detail", Arg::Text(&detail))],
        )
    };
    match app.view() {
        View::Map => with_detail(
            app.tr("view-map"),
            app.tr(match app.map_zoom() {
                crate::map::Zoom::Region => "zoom-region",
                crate::map::Zoom::World => "zoom-world",
            }),
        ),
        View::Cities => app.tr("pane-cities"),
        View::Timeline => match app.partner_only() {
            Some(p) => {
                let name = app.data().partners[p].name_in(app.lang());
                with_detail(
                    app.tr("pane-events"),
                    app.i18n().tr_args(
                        app.lang(),
                        "timeline-only",
                        &[("partner", Arg::Text(name))],
                    ),
                )
            }
            None => app.tr("pane-events"),
        },
    }
}

/// Lines that `items` take together.
fn line_count(items: &[ListItem]) -> usize {
    items.iter().map(|i| i.lines.len()).sum()
}

pub fn wrap_tone(text: &str, width: usize, tone: Tone) -> Vec<StyledLine> {
    content::wrap(text, width, "", "", tone)
}
