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
    /// The list's rows at the current size.
    pub fn list_items(&self) -> Vec<ListItem> {
        let width = self
            .list_inner()
            .map_or(1, |r| usize::from(r.width))
            .saturating_sub(MARKER_WIDTH)
            .max(1);
        match self.view {
            View::Cities => self.city_items(width),
            View::Timeline => self.event_items(width),
            // The map draws its own marks.
            View::Map => Vec::new(),
        }
    }

    fn city_items(&self, width: usize) -> Vec<ListItem> {
        let entries = self.visible_cities();
        let name_width = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Partner(i) => Some(layout::cells(&self.data.partners[*i].name)),
                Entry::Overview => None,
            })
            .max()
            .unwrap_or(0);
        entries
            .into_iter()
            .map(|entry| {
                let flag = match entry {
                    Entry::Partner(i) if self.flags_shown() => {
                        flags::mini(&self.data.partners[i].country)
                    }
                    _ => None,
                };
                let lines = match entry {
                    Entry::Overview => wrap_tone(&self.tr("overview-entry"), width, Tone::Title),
                    // Two lines beside the flag: the name, then country code and year.
                    Entry::Partner(i) if flag.is_some() => {
                        let p = &self.data.partners[i];
                        let mut lines =
                            content::wrap(&p.name, width, FLAG_GUTTER, FLAG_GUTTER, Tone::Body);
                        lines.extend(content::wrap(
                            &format!("{} {}", p.country, p.since.year()),
                            width,
                            FLAG_GUTTER,
                            FLAG_GUTTER,
                            Tone::Muted,
                        ));
                        lines
                    }
                    Entry::Partner(i) => {
                        let p = &self.data.partners[i];
                        let pad = usize::from(name_width - layout::cells(&p.name));
                        let text = format!(
                            "{}{}  {} {}",
                            p.name,
                            " ".repeat(pad),
                            p.country,
                            p.since.year()
                        );
                        if layout::cells(&text) as usize <= width {
                            vec![StyledLine(vec![
                                (Tone::Body, format!("{}{}  ", p.name, " ".repeat(pad))),
                                (Tone::Muted, format!("{} {}", p.country, p.since.year())),
                            ])]
                        } else {
                            wrap_tone(
                                &format!("{} {} {}", p.name, p.country, p.since.year()),
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
            })
            .collect()
    }

    fn event_items(&self, width: usize) -> Vec<ListItem> {
        let ctx = self.context();
        let mut items = Vec::new();
        let mut year = None;
        for e in self.visible_events() {
            let event = &self.data.events[e];
            if year != Some(event.date.year()) {
                year = Some(event.date.year());
                items.push(ListItem {
                    target: None,
                    lines: wrap_tone(&event.date.year().to_string(), width, Tone::Heading),
                    flag: None,
                });
            }
            let partner = &self.data.partners[self.data.partner_of(e)].name;
            let mut lines = wrap_tone(
                &format!("{} · {partner}", ctx.date(&event.date)),
                width,
                Tone::Muted,
            );
            lines.extend(wrap_tone(event.title.get(self.lang), width, Tone::Body));
            items.push(ListItem {
                target: Some(Target::Event(e)),
                lines,
                flag: None,
            });
        }
        items
    }

    /// The first line of the list shown, so that the selected row is in view.
    pub fn list_offset(&self, items: &[ListItem], height: usize) -> usize {
        let selected = self.selected();
        let mut line = 0;
        for item in items {
            let end = line + item.lines.len();
            if item.target.is_some() && item.target == selected {
                // Show the year heading above a selected event where it fits.
                return layout::scroll_to_show(line, end, height);
            }
            line = end;
        }
        0
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
        let items = self.list_items();
        let offset = self.list_offset(&items, inner.height.into());
        let wanted = offset + usize::from(at.y - inner.y);
        let mut line = 0;
        for item in &items {
            line += item.lines.len();
            if wanted < line {
                return item.target;
            }
        }
        None
    }

    /// The list pane's title: what it lists and any filter on it.
    pub fn list_title(&self) -> String {
        let mut title = match self.view {
            View::Map => format!(
                "{} – {}",
                self.tr("view-map"),
                self.tr(match self.map_zoom {
                    crate::map::Zoom::Region => "zoom-region",
                    crate::map::Zoom::World => "zoom-world",
                })
            ),
            View::Cities => self.tr("pane-cities"),
            View::Timeline => self.tr("pane-events"),
        };
        if let (View::Timeline, Some(p)) = (self.view, self.partner_only) {
            let name = &self.data.partners[p].name;
            title = format!(
                "{title} – {}",
                self.i18n
                    .tr_args(self.lang, "timeline-only", &[("partner", Arg::Text(name))])
            );
        }
        title
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

pub(super) fn wrap_tone(text: &str, width: usize, tone: Tone) -> Vec<StyledLine> {
    content::wrap(text, width, "", "", tone)
}
