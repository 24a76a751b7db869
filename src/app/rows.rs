//! The list pane's rows: towns or events wrapped to the pane, the window that keeps the
//! selection in view, and which row is under a click.

use ratatui::layout::Position;

use super::{App, Entry, Target};
use crate::action::View;
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
}

/// Room left of a list row's text for its flag: three cells and a space.
pub const FLAG_GUTTER: &str = "    ";

/// Width of the selection marker in front of list rows.
pub const MARKER_WIDTH: usize = 2;

impl App {
    /// The list's text width: the pane less the selection marker.
    fn list_width(&self) -> usize {
        self.list_inner()
            .map_or(1, |r| usize::from(r.width))
            .saturating_sub(MARKER_WIDTH)
            .max(1)
    }

    /// The list's rows that are on screen: from `list_top` down, as many as fill the pane.
    /// Only these are built, so drawing costs the same for six towns or twenty thousand.
    pub fn list_items(&self) -> Vec<ListItem> {
        let Some(inner) = self.list_inner() else {
            return Vec::new();
        };
        if self.view == View::Map {
            // The map draws its own marks.
            return Vec::new();
        }
        let (width, height) = (self.list_width(), usize::from(inner.height));
        let mut items = Vec::new();
        let mut lines = 0;
        let selected = self.selected_row();
        for index in self.list_top..self.row_count() {
            if lines >= height {
                break;
            }
            let mut row = self.row_items(index, width);
            let mut row_lines = line_count(&row);
            // A selected event taller than the pane with its year heading: the event wins.
            if Some(index) == selected && row_lines > height {
                row.retain(|i| i.target.is_some());
                row_lines = line_count(&row);
            }
            lines += row_lines;
            items.extend(row);
        }
        items
    }

    /// Lines that row `index` takes.
    fn row_height(&self, index: usize, width: usize) -> usize {
        line_count(&self.row_items(index, width))
    }

    /// Moves `list_top` as little as possible so that the selected row is in the pane and
    /// no space is left empty below the last row while rows above are hidden. Called after
    /// every change of state; costs about one screen of rows.
    pub(super) fn keep_list_window(&mut self) {
        let count = self.row_count();
        let Some(inner) = self
            .list_inner()
            .filter(|_| self.view != View::Map && count > 0)
        else {
            self.list_top = 0;
            return;
        };
        let (width, height) = (self.list_width(), usize::from(inner.height));
        self.list_top = self.list_top.min(count - 1);
        if let Some(selected) = self.selected_row() {
            if selected < self.list_top {
                self.list_top = selected;
            } else {
                // Up from the selection while the rows still fit.
                let mut top = selected;
                let mut used = self.row_height(selected, width);
                while top > self.list_top {
                    let above = self.row_height(top - 1, width);
                    if used + above > height {
                        break;
                    }
                    used += above;
                    top -= 1;
                }
                self.list_top = top;
            }
        }
        // Fill the pane: pull rows down from above while there is room at the bottom.
        let mut used = 0;
        for index in self.list_top..count {
            used += self.row_height(index, width);
            if used >= height {
                return;
            }
        }
        while self.list_top > 0 {
            let above = self.row_height(self.list_top - 1, width);
            if used + above > height {
                break;
            }
            used += above;
            self.list_top -= 1;
        }
    }

    /// Row `index` of the current view, wrapped to `width`: a town, or an event with its
    /// year heading when it is the first of its year in the list.
    fn row_items(&self, index: usize, width: usize) -> Vec<ListItem> {
        match self.view {
            View::Cities => self
                .visible_cities()
                .get(index)
                .map(|entry| vec![self.city_item(*entry, width)])
                .unwrap_or_default(),
            View::Timeline => self.event_items(index, width),
            View::Map => Vec::new(),
        }
    }

    fn city_item(&self, entry: Entry, width: usize) -> ListItem {
        let flag = match entry {
            Entry::Partner(i) if self.flags_shown() => flags::mini(&self.data.partners[i].country),
            _ => None,
        };
        let lines = match entry {
            Entry::Overview => wrap_tone(&self.tr("overview-entry"), width, Tone::Title),
            // Two lines beside the flag: the name, then country code and year.
            Entry::Partner(i) if flag.is_some() => {
                let p = &self.data.partners[i];
                let name = p.name_in(self.lang);
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
                let p = &self.data.partners[i];
                let name = p.name_in(self.lang);
                let pad = usize::from(self.city_name_width.saturating_sub(layout::cells(name)));
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
        }
    }

    fn event_items(&self, index: usize, width: usize) -> Vec<ListItem> {
        let events = self.visible_events();
        let Some(&e) = events.get(index) else {
            return Vec::new();
        };
        let event = &self.data.events[e];
        let year = event.date.year();
        let mut items = Vec::new();
        let opens_year = index == 0 || self.data.events[events[index - 1]].date.year() != year;
        if opens_year {
            items.push(ListItem {
                target: None,
                lines: wrap_tone(&year.to_string(), width, Tone::Heading),
                flag: None,
            });
        }
        let partner = self.data.partners[self.data.partner_of(e)].name_in(self.lang);
        let mut lines = wrap_tone(
            &format!("{} · {partner}", self.context().date(&event.date)),
            width,
            Tone::Muted,
        );
        lines.extend(wrap_tone(event.title.get(self.lang), width, Tone::Body));
        items.push(ListItem {
            target: Some(Target::Event(e)),
            lines,
            flag: None,
        });
        items
    }

    /// The list row under a cell, if it is a selectable one.
    pub(super) fn list_target_at(&self, at: Position) -> Option<Target> {
        if self.view == View::Map {
            return self.map_target_at(at);
        }
        let inner = self.list_inner()?;
        if !inner.contains(at) {
            return None;
        }
        let wanted = usize::from(at.y - inner.y);
        let mut line = 0;
        for item in &self.list_items() {
            line += item.lines.len();
            if wanted < line {
                return item.target;
            }
        }
        None
    }

    /// The list pane's title: what it lists and any filter on it.
    pub fn list_title(&self) -> String {
        let with_detail = |title: String, detail: String| {
            self.i18n.tr_args(
                self.lang,
                "pane-title-detail",
                &[("title", Arg::Text(&title)), ("detail", Arg::Text(&detail))],
            )
        };
        match self.view {
            View::Map => with_detail(
                self.tr("view-map"),
                self.tr(match self.map_zoom {
                    crate::map::Zoom::Region => "zoom-region",
                    crate::map::Zoom::World => "zoom-world",
                }),
            ),
            View::Cities => self.tr("pane-cities"),
            View::Timeline => match self.partner_only {
                Some(p) => {
                    let name = self.data.partners[p].name_in(self.lang);
                    with_detail(
                        self.tr("pane-events"),
                        self.i18n.tr_args(
                            self.lang,
                            "timeline-only",
                            &[("partner", Arg::Text(name))],
                        ),
                    )
                }
                None => self.tr("pane-events"),
            },
        }
    }

    /// What the detail pane says when nothing is selected.
    pub fn empty_message(&self) -> String {
        if self.filter.is_empty() {
            self.tr("timeline-empty")
        } else {
            self.i18n.tr_args(
                self.lang,
                "filter-empty",
                &[("query", Arg::Text(&self.filter))],
            )
        }
    }
}

/// Lines that `items` take together.
fn line_count(items: &[ListItem]) -> usize {
    items.iter().map(|i| i.lines.len()).sum()
}

pub(super) fn wrap_tone(text: &str, width: usize, tone: Tone) -> Vec<StyledLine> {
    content::wrap(text, width, "", "", tone)
}
