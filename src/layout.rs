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
    /// The languages' row under the header (start screen and tour); empty otherwise.
    pub bar: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub footer: Rect,
    pub stacked: bool,
}

/// Rows of the languages' bar (see [`bar_rows`]) when there is room for buttons with a
/// frame: three rows, a target for a finger.
pub const TALL_BAR_FROM_HEIGHT: u16 = 24;
/// Lower than this, no languages' bar (the header's language button stays).
pub const BAR_FROM_HEIGHT: u16 = 12;

/// Rows the languages' bar takes on a screen `height` rows high.
pub fn bar_rows(height: u16) -> u16 {
    match height {
        h if h >= TALL_BAR_FROM_HEIGHT => 3,
        h if h >= BAR_FROM_HEIGHT => 1,
        _ => 0,
    }
}

/// Lays out `area`; `list_percent` is the list's share of the width (or height, stacked);
/// `bar`: with the languages' bar under the header.
pub fn screen(area: Rect, list_percent: u16, list_min: u16, list_max: u16, bar: bool) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen::TooSmall(area);
    }
    let bar_height = if bar { bar_rows(area.height) } else { 0 };
    let [header, bar, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(bar_height),
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
        bar,
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

/// Where the header's parts go: title (dropped when there is no room), tabs, and at the
/// right its buttons (the language first, at the edge, then each to the left of the last).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub title: Option<Rect>,
    pub tabs: Vec<Rect>,
    /// A place for each of `buttons`, in their order; `None` where there is no room.
    pub buttons: Vec<Option<Rect>>,
}

/// Places the tab labels (each drawn as ` label `) after the title, and `buttons` (each
/// drawn as ` label `) from the right edge leftwards, as many as fit after the tabs.
pub fn header(area: Rect, title: &str, tabs: &[String], buttons: &[String]) -> Header {
    let tab_widths: Vec<u16> = tabs.iter().map(|t| cells(t) + 2).collect();
    let tabs_width: u16 = tab_widths.iter().sum::<u16>() + tab_widths.len() as u16;
    let button_widths: Vec<u16> = buttons.iter().map(|b| cells(b) + 2).collect();
    let buttons_width: u16 = button_widths.iter().map(|w| w + 1).sum();
    let title_width = cells(title) + 2;
    let mut x = area.x;
    let right = area.x + area.width;
    let title_rect = (title_width + tabs_width + buttons_width <= area.width).then(|| {
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
    let mut edge = right;
    let mut button_rects = Vec::new();
    for w in button_widths {
        let fits = x + w <= edge;
        button_rects.push(fits.then(|| Rect::new(edge - w, area.y, w, 1)));
        if fits {
            edge = (edge - w).saturating_sub(1);
        } else {
            // Later buttons matter less; one that does not fit ends the row.
            edge = x;
        }
    }
    Header {
        title: title_rect,
        tabs: tab_rects,
        buttons: button_rects,
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
                screen(Rect::new(0, 0, w, h), 30, 20, 40, false),
                Screen::TooSmall(_)
            ));
        }
    }

    #[test]
    fn narrow_terminals_stack_and_wide_ones_do_not() {
        let Screen::Normal(narrow) = screen(Rect::new(0, 0, 50, 20), 30, 20, 40, false) else {
            panic!("50x20 is large enough")
        };
        assert!(narrow.stacked);
        assert_eq!(narrow.list.width, 50);
        let Screen::Normal(wide) = screen(Rect::new(0, 0, 80, 24), 30, 26, 40, false) else {
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
        let buttons = vec!["Polski".to_string(), "A+".to_string()];
        let wide = header(
            Rect::new(0, 0, 80, 1),
            "Miasta partnerskie Kartuz",
            &tabs,
            &buttons,
        );
        assert!(wide.title.is_some());
        assert_eq!(
            wide.buttons,
            vec![Some(Rect::new(72, 0, 8, 1)), Some(Rect::new(67, 0, 4, 1))]
        );
        let narrow = header(
            Rect::new(0, 0, 30, 1),
            "Miasta partnerskie Kartuz",
            &tabs,
            &buttons,
        );
        assert!(narrow.title.is_none());
        assert_eq!(narrow.tabs[0], Rect::new(0, 0, 8, 1));
        // The language keeps its place at the edge; the button after it does not fit.
        assert_eq!(narrow.buttons, vec![Some(Rect::new(22, 0, 8, 1)), None]);
    }
}
