//! All state of the browser and `update`, the one place where it changes.

mod chrome;
mod mapview;
mod rows;

pub use chrome::FooterItem;
pub use mapview::MapMark;
pub use rows::{ListItem, MARKER_WIDTH};

use std::time::{Duration, Instant};

use ratatui::layout::{Position, Rect};

use crate::action::{Action, View};
use crate::content::{Context, Document, StyledLine};
use crate::data::{Dataset, PartialDate, chars};
use crate::flags;
use crate::glyphs::GlyphMode;
use crate::i18n::I18n;
use crate::idle::{Due, IdleTimers};
use crate::keymap::Mode;
use crate::layout::{self, Screen};
use crate::map::{self, Zoom};
use crate::search::{fold, matches};

/// A row of the town list; the overview comes first, then partners in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Entry {
    Overview,
    Partner(usize),
}

/// What a list row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    City(Entry),
    Event(usize),
}

/// Longest search text kept; more would only ever match nothing.
const MAX_FILTER_CHARS: usize = 64;
/// Partners and anniversaries the overview lists on screen; more are summed up in a line.
const OVERVIEW_ROWS: usize = 40;
/// Lines the wheel scrolls at a time.
const WHEEL_LINES: usize = 3;

/// How the app starts: from the command line, or fixed by tests.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub lang: &'static str,
    pub today: PartialDate,
    /// The terminal's size at start.
    pub area: Rect,
    pub kiosk: bool,
    pub glyphs: GlyphMode,
    /// Back to the home screen after this long without input; `None`: never.
    pub idle: Option<Duration>,
    /// Time per attract-tour step; `None`: no tour.
    pub tour_step: Option<Duration>,
    /// Start the tour at once.
    pub tour: bool,
    /// The theme has colours (not mono): flags can be drawn.
    pub colour: bool,
}

impl Settings {
    /// An interactive session: no kiosk, no timers, Unicode glyphs.
    pub fn interactive(lang: &'static str, today: PartialDate, area: Rect) -> Self {
        Settings {
            lang,
            today,
            area,
            kiosk: false,
            glyphs: GlyphMode::Unicode,
            idle: None,
            tour_step: None,
            tour: false,
            colour: true,
        }
    }
}

#[derive(Debug)]
pub struct App {
    pub data: Dataset,
    pub i18n: I18n,
    pub today: PartialDate,
    pub lang: &'static str,
    pub view: View,
    pub detail_focused: bool,
    pub help: bool,
    pub help_scroll: usize,
    /// The language list is open, with this row highlighted.
    pub languages: Option<usize>,
    pub filter: String,
    pub filtering: bool,
    pub city: Entry,
    pub event: Option<usize>,
    /// The timeline shows only this partner's events.
    pub partner_only: Option<usize>,
    pub map_zoom: Zoom,
    pub detail_scroll: usize,
    /// The terminal's size.
    pub area: Rect,
    pub running: bool,
    /// Unattended: no key quits, idle resets to home, the attract tour runs.
    pub kiosk: bool,
    pub glyphs: GlyphMode,
    /// Colours are available (the theme is not mono).
    pub colour: bool,
    /// The language the idle reset returns to.
    pub start_lang: &'static str,
    pub timers: IdleTimers,
    /// A message for whoever started the program, shown in the footer until the first input.
    pub notice: Option<String>,
    home_key: String,
    partner_keys: Vec<String>,
    event_keys: Vec<String>,
    /// The town list after the search filter, in order (kept by [`App::refilter`]).
    cities: Vec<Entry>,
    /// The events after the partner and search filters, oldest first.
    events: Vec<usize>,
    /// The widest partner name in `cities`, for the list's columns.
    city_name_width: u16,
    /// The first row of the list pane: an index into the current view's rows.
    list_top: usize,
}

impl App {
    pub fn new(data: Dataset, i18n: I18n, settings: Settings, now: Instant) -> Self {
        let Settings {
            lang,
            today,
            area,
            kiosk,
            glyphs,
            idle,
            tour_step,
            tour,
            colour,
        } = settings;
        let mut timers = IdleTimers::new(idle, tour_step, now);
        if tour {
            timers.start_tour(now);
        }
        let mut home_names = vec![data.home.name.as_str()];
        home_names.extend(data.home.names.all());
        let home_key = fold(&home_names.join(" "));
        let partner_keys = data
            .partners
            .iter()
            .map(|p| {
                let mut names = vec![p.name.as_str(), p.id.as_str(), p.country.as_str()];
                names.extend(p.names.all());
                names.extend(p.native_name.as_deref());
                if let Some(country) = data.countries.get(&p.country) {
                    names.extend(country.all());
                }
                fold(&names.join(" "))
            })
            .collect();
        let event_keys = data
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let partner = &data.partners[data.partner_of(i)];
                let mut texts: Vec<&str> = e.title.all().collect();
                texts.push(&partner.name);
                texts.extend(partner.names.all());
                texts.extend(partner.native_name.as_deref());
                fold(&texts.join(" "))
            })
            .collect();
        let event = (!data.events.is_empty()).then_some(0);
        let mut app = App {
            data,
            i18n,
            today,
            lang,
            view: View::Cities,
            detail_focused: false,
            help: false,
            help_scroll: 0,
            languages: None,
            filter: String::new(),
            filtering: false,
            city: Entry::Overview,
            event,
            partner_only: None,
            map_zoom: Zoom::Region,
            detail_scroll: 0,
            area,
            running: true,
            kiosk,
            glyphs,
            colour,
            start_lang: lang,
            timers,
            notice: None,
            home_key,
            partner_keys,
            event_keys,
            cities: Vec::new(),
            events: Vec::new(),
            city_name_width: 0,
            list_top: 0,
        };
        app.refilter();
        app.keep_list_window();
        app
    }

    pub fn mode(&self) -> Mode {
        Mode {
            kiosk: self.kiosk,
            view: self.view,
            detail_focused: self.detail_focused,
            filtering: self.filtering,
            help: self.help,
            languages: self.languages.is_some(),
        }
    }

    pub fn context(&self) -> Context<'_> {
        Context {
            data: &self.data,
            i18n: &self.i18n,
            lang: self.lang,
            today: self.today,
            glyphs: self.glyphs,
        }
    }

    pub fn tr(&self, id: &str) -> String {
        self.i18n.tr(self.lang, id)
    }

    pub fn screen(&self) -> Screen {
        match self.view {
            View::Cities => layout::screen(self.area, 30, 28, 36),
            View::Timeline => layout::screen(self.area, 50, 30, 64),
            View::Map => layout::screen(self.area, 62, 40, 140),
        }
    }

    /// Partners on the map, after the search filter (the home town is always drawn).
    pub fn visible_partners(&self) -> impl Iterator<Item = Entry> + '_ {
        self.cities
            .iter()
            .copied()
            .filter(|e| matches!(e, Entry::Partner(_)))
    }

    /// Towns in the list, after the search filter.
    pub fn visible_cities(&self) -> &[Entry] {
        &self.cities
    }

    /// Events in the timeline, after the partner and search filters, oldest first.
    pub fn visible_events(&self) -> &[usize] {
        &self.events
    }

    /// Applies the search and partner filters to the precomputed search keys: the one
    /// place the visible rows are worked out, after anything that changes a filter.
    fn refilter(&mut self) {
        let query = fold(&self.filter);
        let home = matches(&self.home_key, &query).then_some(Entry::Overview);
        self.cities = home
            .into_iter()
            .chain(
                self.partner_keys
                    .iter()
                    .enumerate()
                    .filter(|(_, key)| matches(key, &query))
                    .map(|(i, _)| Entry::Partner(i)),
            )
            .collect();
        self.events = (0..self.data.events.len())
            .filter(|&e| {
                self.partner_only
                    .is_none_or(|p| self.data.partner_of(e) == p)
            })
            .filter(|&e| matches(&self.event_keys[e], &query))
            .collect();
        self.city_name_width = self
            .cities
            .iter()
            .filter_map(|e| match e {
                Entry::Partner(i) => Some(layout::cells(self.data.partners[*i].name_in(self.lang))),
                Entry::Overview => None,
            })
            .max()
            .unwrap_or(0);
    }

    /// How many rows the current view's list has.
    pub fn row_count(&self) -> usize {
        match self.view {
            View::Cities => self.cities.len(),
            View::Timeline => self.events.len(),
            View::Map => self.visible_partners().count(),
        }
    }

    /// Row `index` of the current view's list.
    pub fn row_target(&self, index: usize) -> Option<Target> {
        match self.view {
            View::Cities => self.cities.get(index).map(|e| Target::City(*e)),
            View::Timeline => self.events.get(index).map(|e| Target::Event(*e)),
            View::Map => self.visible_partners().nth(index).map(Target::City),
        }
    }

    /// The selected row's index in the current view's list, if it is shown.
    pub fn selected_row(&self) -> Option<usize> {
        match self.view {
            View::Cities => self.cities.binary_search(&self.city).ok(),
            View::Timeline => self.events.binary_search(&self.event?).ok(),
            View::Map => match self.city {
                Entry::Overview => None,
                city => self.visible_partners().position(|e| e == city),
            },
        }
    }

    /// The selection of the current view, if anything is visible.
    pub fn selected(&self) -> Option<Target> {
        let shown = match self.view {
            View::Cities => self.cities.binary_search(&self.city).is_ok(),
            View::Map => {
                self.city != Entry::Overview && self.cities.binary_search(&self.city).is_ok()
            }
            View::Timeline => {
                return self
                    .event
                    .filter(|e| self.events.binary_search(e).is_ok())
                    .map(Target::Event);
            }
        };
        shown.then_some(Target::City(self.city))
    }

    fn select(&mut self, target: Target) {
        match target {
            Target::City(entry) => self.city = entry,
            Target::Event(e) => self.event = Some(e),
        }
        self.detail_scroll = 0;
        self.show_selected_on_map();
    }

    /// On the map, a selected partner outside the regional window switches to the world.
    fn show_selected_on_map(&mut self) {
        if self.view == View::Map
            && let Entry::Partner(i) = self.city
            && let Some(p) = self.data.partners.get(i)
        {
            let region = self.map_window(Zoom::Region);
            self.map_zoom = if region.contains(p.coordinates) {
                self.map_zoom
            } else {
                Zoom::World
            };
        }
    }

    /// The longitude/latitude window of a zoom level (before fitting it to the pane).
    pub fn map_window(&self, zoom: Zoom) -> map::Bounds {
        let partners: Vec<_> = self.data.partners.iter().map(|p| p.coordinates).collect();
        map::window(zoom, self.data.home.coordinates, &partners)
    }

    /// Keeps the selection on a visible row: the first one if the old one was filtered out.
    fn keep_selection_visible(&mut self) {
        if self.selected().is_none()
            && let Some(first) = self.row_target(0)
        {
            self.select(first);
        }
    }

    /// Lines the list pane shows (0 when the screen is too small for panes).
    pub fn list_inner_height(&self) -> usize {
        self.list_inner().map_or(0, |r| usize::from(r.height))
    }

    fn list_inner(&self) -> Option<Rect> {
        match self.screen() {
            Screen::Normal(panes) => Some(layout::inner(panes.list)),
            Screen::TooSmall(_) => None,
        }
    }

    fn detail_inner(&self) -> Option<Rect> {
        self.detail_panes().map(|(_, detail)| layout::inner(detail))
    }

    /// The detail pane, and in the timeline, where there is room, the partnership chart
    /// above it (one row per partner, an axis, borders; the detail keeps 8 rows at least).
    /// Narrow (stacked) screens show the list and the event alone.
    pub fn detail_panes(&self) -> Option<(Option<Rect>, Rect)> {
        let Screen::Normal(panes) = self.screen() else {
            return None;
        };
        let detail = panes.detail;
        let rows = u16::try_from(self.data.partners.len()).unwrap_or(u16::MAX);
        let chart_height = rows.saturating_add(3);
        if self.view == View::Timeline
            && !panes.stacked
            && detail.width >= 30
            && detail.height >= chart_height.saturating_add(8)
        {
            let (chart, rest) = (
                Rect {
                    height: chart_height,
                    ..detail
                },
                Rect {
                    y: detail.y + chart_height,
                    height: detail.height - chart_height,
                    ..detail
                },
            );
            return Some((Some(chart), rest));
        }
        Some((None, detail))
    }

    /// What the detail pane shows for the selection.
    pub fn detail_document(&self) -> Option<Document> {
        let ctx = self.context();
        Some(match self.selected()? {
            Target::City(Entry::Overview) => ctx.overview_upto(OVERVIEW_ROWS),
            Target::City(Entry::Partner(i)) => ctx.partner(i),
            Target::Event(e) => ctx.event(e),
        })
    }

    /// The detail pane's lines at the current width.
    pub fn detail_lines(&self) -> Vec<StyledLine> {
        let width = self.detail_inner().map_or(1, |r| usize::from(r.width));
        let corner = match self.detail_flag() {
            Some(_) => (flags::ROWS, flags::COLS + 1),
            None => (0, 0),
        };
        self.detail_document()
            .map_or_else(Vec::new, |d| d.lines_beside(width, corner))
    }

    /// Flags need colours and Unicode half blocks; elsewhere the country code stands in.
    pub fn flags_shown(&self) -> bool {
        self.colour && self.glyphs == GlyphMode::Unicode
    }

    /// The flag drawn in the detail pane's top right corner: the selected partner's, when
    /// the terminal has colours and Unicode (mono and basic modes show the country code).
    pub fn detail_flag(&self) -> Option<flags::Flag> {
        if !self.flags_shown() {
            return None;
        }
        match self.selected()? {
            Target::City(Entry::Partner(i)) => flags::flag(&self.data.partners[i].country),
            _ => None,
        }
    }

    fn max_detail_scroll(&self) -> usize {
        let height = self.detail_inner().map_or(0, |r| usize::from(r.height));
        self.detail_lines().len().saturating_sub(height)
    }

    /// Input from the visitor (key, click, wheel) at `now`. It postpones the idle reset; if
    /// the attract tour was running, it only stops the tour and brings back the home screen.
    pub fn input(&mut self, now: Instant, action: Option<Action>) {
        self.notice = None;
        if self.timers.input(now) {
            self.go_home();
            self.keep_list_window();
        } else if let Some(action) = action {
            self.update(action);
        }
    }

    /// When the event loop must wake for a timer, if ever.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.timers.deadline()
    }

    /// Carries out whatever timer is due at `now`.
    pub fn tick(&mut self, now: Instant) {
        match self.timers.fire(now) {
            Some(Due::ResetHome) => self.go_home(),
            Some(Due::TourStep(n)) => self.show_tour_step(n),
            None => {}
        }
        self.keep_list_window();
    }

    /// The screen a new visitor should find: towns, the overview, nothing open, the start
    /// language.
    pub fn go_home(&mut self) {
        self.view = View::Cities;
        self.city = Entry::Overview;
        self.event = (!self.data.events.is_empty()).then_some(0);
        self.filter.clear();
        self.filtering = false;
        self.help = false;
        self.help_scroll = 0;
        self.languages = None;
        self.detail_focused = false;
        self.detail_scroll = 0;
        self.partner_only = None;
        self.lang = self.start_lang;
        self.refilter();
        self.list_top = 0;
    }

    /// Tour step `n`, cycling: the overview, each partner in turn, the timeline, then the
    /// whole world map with every route from the home town.
    fn show_tour_step(&mut self, n: usize) {
        let partners = self.data.partners.len();
        let step = n % (partners + 3);
        self.go_home();
        if (1..=partners).contains(&step) {
            self.city = Entry::Partner(step - 1);
        } else if step == partners + 1 {
            self.view = View::Timeline;
        } else if step == partners + 2 {
            self.show_view(View::Map);
            self.map_zoom = Zoom::World;
        }
    }

    /// Carries out one action. Pure state change: no terminal, no I/O.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.running = false,
            Action::MoveDown => self.step(1),
            Action::MoveUp => self.step(-1),
            Action::PageDown => self.step(self.page()),
            Action::PageUp => self.step(-self.page()),
            Action::First => self.step(isize::MIN / 2),
            Action::Last => self.step(isize::MAX / 2),
            Action::FocusDetail => self.detail_focused = self.selected().is_some(),
            Action::FocusList => self.detail_focused = false,
            Action::NextView => self.show_view(self.view_after(1)),
            Action::PrevView => self.show_view(self.view_after(View::ALL.len() - 1)),
            Action::ShowView(view) => self.show_view(view),
            Action::StartFilter => {
                self.filtering = true;
                self.detail_focused = false;
            }
            Action::FilterInput(c) => {
                if self.filter.chars().count() < MAX_FILTER_CHARS && chars::is_safe_text_char(c) {
                    self.filter.push(c);
                    self.refilter();
                    self.keep_selection_visible();
                }
            }
            Action::FilterBackspace => {
                self.filter.pop();
                self.refilter();
                self.keep_selection_visible();
            }
            Action::KeepFilter => self.filtering = false,
            Action::ClearFilter => {
                self.filtering = false;
                self.filter.clear();
                self.refilter();
                self.keep_selection_visible();
            }
            Action::NextLanguage => {
                self.lang = self.i18n.next(self.lang, self.glyphs);
                // Names, and so the list's columns, differ between languages.
                self.refilter();
                self.detail_scroll = 0;
                self.help_scroll = 0;
            }
            Action::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Action::OpenLanguages => {
                let usable = self.i18n.usable(self.glyphs);
                self.languages = Some(usable.iter().position(|c| *c == self.lang).unwrap_or(0));
            }
            Action::ChooseLanguage => {
                let usable = self.i18n.usable(self.glyphs);
                if let Some(&code) = self.languages.and_then(|i| usable.get(i)) {
                    self.lang = code;
                    self.refilter();
                    self.detail_scroll = 0;
                    self.help_scroll = 0;
                }
                self.languages = None;
            }
            Action::CloseLanguages => self.languages = None,
            Action::ZoomIn => self.map_zoom = Zoom::Region,
            Action::ZoomOut => self.map_zoom = Zoom::World,
            Action::TogglePartnerOnly => {
                self.partner_only = match self.partner_only {
                    Some(_) => None,
                    None => self.event.map(|e| self.data.partner_of(e)),
                };
                self.refilter();
                self.keep_selection_visible();
            }
            Action::OpenPartner => {
                if let Some(Target::Event(e)) = self.selected() {
                    let partner = Entry::Partner(self.data.partner_of(e));
                    self.show_view(View::Cities);
                    if self.cities.binary_search(&partner).is_err() {
                        self.filter.clear();
                        self.refilter();
                    }
                    self.select(Target::City(partner));
                }
            }
            Action::Click { col, row } => self.click(Position::new(col, row)),
            Action::Wheel { col, row, down } => self.wheel(Position::new(col, row), down),
            Action::Resize { width, height } => self.area = Rect::new(0, 0, width, height),
        }
        self.detail_scroll = self.detail_scroll.min(self.max_detail_scroll());
        if self.help {
            self.help_scroll = self.help_scroll.min(self.max_help_scroll());
        }
        if self.detail_focused && self.selected().is_none() {
            self.detail_focused = false;
        }
        self.keep_list_window();
    }

    fn view_after(&self, steps: usize) -> View {
        let i = View::ALL.iter().position(|v| *v == self.view).unwrap_or(0);
        View::ALL[(i + steps) % View::ALL.len()]
    }

    fn show_view(&mut self, view: View) {
        if view != self.view {
            self.view = view;
            self.detail_focused = false;
            self.detail_scroll = 0;
            self.keep_selection_visible();
            if view == View::Map {
                // Open at the closest zoom that shows the selected partner.
                self.map_zoom = Zoom::Region;
                self.show_selected_on_map();
            }
        }
    }

    /// Rows (or lines, in the detail pane and help) that one page moves.
    fn page(&self) -> isize {
        let pane = if self.help {
            Some(layout::inner(self.help_area()))
        } else if self.detail_focused {
            self.detail_inner()
        } else {
            self.list_inner()
        };
        let height = pane.map_or(1, |r| r.height.saturating_sub(1).max(1));
        isize::from(i16::try_from(height).unwrap_or(i16::MAX))
    }

    /// Moves the selection, or scrolls the detail pane or help, by `delta`.
    fn step(&mut self, delta: isize) {
        if let Some(row) = self.languages {
            let last = self.i18n.usable(self.glyphs).len().saturating_sub(1);
            self.languages = Some(row.saturating_add_signed(delta).min(last));
        } else if self.help {
            self.help_scroll = self.help_scroll.saturating_add_signed(delta);
        } else if self.detail_focused {
            self.detail_scroll = self.detail_scroll.saturating_add_signed(delta);
        } else {
            let count = self.row_count();
            if count == 0 {
                return;
            }
            let selected = self.selected_row();
            let current = selected.unwrap_or(0);
            let next = current.saturating_add_signed(delta).min(count - 1);
            if (next != current || selected.is_none())
                && let Some(target) = self.row_target(next)
            {
                self.select(target);
            }
        }
    }

    fn click(&mut self, at: Position) {
        if self.languages.is_some() {
            // A tap on a language takes it; anywhere else closes the list.
            let row = self
                .language_rows()
                .into_iter()
                .position(|(_, r)| r.contains(at));
            self.languages = row;
            self.update(Action::ChooseLanguage);
            return;
        }
        if self.help {
            self.help = false;
            return;
        }
        let Screen::Normal(panes) = self.screen() else {
            return;
        };
        if panes.header.contains(at) {
            let places = self.header_layout(panes.header);
            if let Some(i) = places.tabs.iter().position(|r| r.contains(at)) {
                self.show_view(View::ALL[i]);
            } else if places.language.is_some_and(|r| r.contains(at)) {
                self.update(Action::OpenLanguages);
            }
        } else if panes.list.contains(at) {
            self.detail_focused = false;
            if let Some(target) = self.list_target_at(at)
                && Some(target) != self.selected()
            {
                self.select(target);
            }
        } else if panes.detail.contains(at) {
            self.detail_focused = self.selected().is_some();
        } else if panes.footer.contains(at) {
            let items = self.footer_items(panes.footer);
            if let Some(item) = items.into_iter().find(|i| i.area.contains(at)) {
                self.update(item.action);
            }
        }
    }

    fn wheel(&mut self, at: Position, down: bool) {
        let delta = if down { 1 } else { -1 };
        if self.help {
            self.help_scroll = self
                .help_scroll
                .saturating_add_signed(delta * WHEEL_LINES as isize);
            return;
        }
        let Screen::Normal(panes) = self.screen() else {
            return;
        };
        if panes.list.contains(at) {
            let focused = std::mem::replace(&mut self.detail_focused, false);
            self.step(delta);
            self.detail_focused = focused;
        } else if panes.detail.contains(at) {
            self.detail_scroll = self
                .detail_scroll
                .saturating_add_signed(delta * WHEEL_LINES as isize);
        }
    }
}
