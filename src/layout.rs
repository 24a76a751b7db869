//! Screen geometry: which rectangle holds what at a given terminal size. Pure arithmetic,
//! shared by drawing and by mouse hit-testing so that both always agree.

use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

/// Smaller than this, only a request to enlarge the window is shown.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 8;
/// Narrower than this, the list sits above the detail instead of beside it.
pub const STACK_BELOW_WIDTH: u16 = 60;

/// Where each part of the screen goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    TooSmall(Rect),
    Normal(Panes),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panes {
    pub header: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub footer: Rect,
    pub stacked: bool,
}

/// Lays out `area`; `list_percent` is the list's share of the width (or height, stacked).
pub fn screen(area: Rect, list_percent: u16, list_min: u16, list_max: u16) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen::TooSmall(area);
    }
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let stacked = area.width < STACK_BELOW_WIDTH;
    let [list, detail] = if stacked {
        let list_height = (body.height * 2 / 5).max(3);
        Layout::vertical([Constraint::Length(list_height), Constraint::Fill(1)]).areas(body)
    } else {
        let wanted = (u32::from(body.width) * u32::from(list_percent) / 100) as u16;
        let width = wanted.clamp(list_min, list_max).min(body.width / 2 + 10);
        Layout::horizontal([Constraint::Length(width), Constraint::Fill(1)]).areas(body)
    };
    Screen::Normal(Panes {
        header,
        list,
        detail,
        footer,
        stacked,
    })
}

/// The inside of a pane drawn with a border on every side.
pub fn inner(pane: Rect) -> Rect {
    Rect {
        x: pane.x.saturating_add(1),
        y: pane.y.saturating_add(1),
        width: pane.width.saturating_sub(2),
        height: pane.height.saturating_sub(2),
    }
}

/// Where the header's parts go: title (dropped when there is no room), tabs, language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub title: Option<Rect>,
    pub tabs: Vec<Rect>,
    pub language: Option<Rect>,
}

/// Places the tab labels (each drawn as ` label `) after the title, language at the right.
pub fn header(area: Rect, title: &str, tabs: &[String], language: &str) -> Header {
    let tab_widths: Vec<u16> = tabs.iter().map(|t| cells(t) + 2).collect();
    let tabs_width: u16 = tab_widths.iter().sum::<u16>() + tab_widths.len() as u16;
    let language_width = cells(language) + 2;
    let title_width = cells(title) + 2;
    let mut x = area.x;
    let right = area.x + area.width;
    let title_rect = (title_width + tabs_width + language_width <= area.width).then(|| {
        let r = Rect::new(x, area.y, title_width, 1);
        x += title_width + 1;
        r
    });
    let mut tab_rects = Vec::new();
    for w in tab_widths {
        let w = w.min(right.saturating_sub(x));
        tab_rects.push(Rect::new(x, area.y, w, 1));
        x = (x + w + 1).min(right);
    }
    let language_rect = (x + language_width <= right)
        .then(|| Rect::new(right - language_width, area.y, language_width, 1));
    Header {
        title: title_rect,
        tabs: tab_rects,
        language: language_rect,
    }
}

pub fn cells(text: &str) -> u16 {
    u16::try_from(text.width()).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiny_terminals_get_the_enlarge_message() {
        for (w, h) in [(0, 0), (1, 1), (29, 24), (80, 7)] {
            assert!(matches!(
                screen(Rect::new(0, 0, w, h), 30, 20, 40),
                Screen::TooSmall(_)
            ));
        }
    }

    #[test]
    fn narrow_terminals_stack_and_wide_ones_do_not() {
        let Screen::Normal(narrow) = screen(Rect::new(0, 0, 50, 20), 30, 20, 40) else {
            panic!("50x20 is large enough")
        };
        assert!(narrow.stacked);
        assert_eq!(narrow.list.width, 50);
        let Screen::Normal(wide) = screen(Rect::new(0, 0, 80, 24), 30, 26, 40) else {
            panic!("80x24 is large enough")
        };
        assert!(!wide.stacked);
        assert_eq!(wide.list.x + wide.list.width, wide.detail.x);
        assert_eq!(wide.list.width + wide.detail.width, 80);
        assert_eq!((wide.header.y, wide.footer.y), (0, 23));
    }

    #[test]
    fn header_drops_the_title_before_the_tabs() {
        let tabs = vec!["Miasta".to_string(), "Oś czasu".to_string()];
        let wide = header(
            Rect::new(0, 0, 80, 1),
            "Miasta partnerskie Kartuz",
            &tabs,
            "Polski",
        );
        assert!(wide.title.is_some());
        assert_eq!(wide.language, Some(Rect::new(72, 0, 8, 1)));
        let narrow = header(
            Rect::new(0, 0, 30, 1),
            "Miasta partnerskie Kartuz",
            &tabs,
            "Polski",
        );
        assert!(narrow.title.is_none());
        assert_eq!(narrow.tabs[0], Rect::new(0, 0, 8, 1));
    }
}
