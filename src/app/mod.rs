//! All state of the browser and `update`, the one way to change it: every field is private,
//! and after every change one pass ([`App::restore`]) puts the derived state right (the
//! filtered lists, the selection, the focus, the scrolls within what the last frame
//! measured), so no caller can leave it stale.

mod shown;
mod speech;
mod visit;

use std::time::{Duration, Instant};

use crate::action::{Action, Extents, Focus, Msg, Overlay, TextSize, View};
use crate::content::{Context, Document};
use crate::data::{Dataset, PartialDate, chars};
use crate::glyphs::GlyphMode;
use crate::i18n::I18n;
use crate::idle::{Answer, Due, IdleTimers};
use crate::keymap::Mode;
use crate::map::{self, Zoom};

use shown::{SearchKeys, Shown};

pub use crate::action::{Entry, Target};
pub use speech::{DEFAULT_VOLUME, MAX_VOLUME, MIN_VOLUME, Speech};
pub use visit::Visit;

/// Longest search text kept; more would only ever match nothing.
const MAX_FILTER_CHARS: usize = 64;

/// Partners and anniversaries the overview lists in the detail pane; more are summed up in
/// a line.
const OVERVIEW_ROWS: usize = 40;

/// How the app starts: from the command line, or fixed by tests.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The language it starts in and the idle reset returns to.
    pub lang: &'static str,
    pub today: PartialDate,
    /// Unattended: no key quits, idle resets to home, the attract tour runs.
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
    /// A message for whoever started the program, shown in the footer until the first input.
    pub notice: Option<String>,
    /// Speech is on at the start and after each idle reset.
    pub speech: bool,
    /// High contrast at the start and after each idle reset.
    pub contrast: bool,
    /// The text size the terminal runs at, where the kiosk's session can start it again at
    /// the other; `None`: the terminal's own (the visitor is offered no other).
    pub text_size: Option<TextSize>,
    /// How a held key repeats, where the terminal tells repeats apart; `None`: as the
    /// terminal sends them.
    pub key_repeat: Option<KeyRepeat>,
}

/// The key repeat setting (EN 301 549 5.7): a held key acts again only after `delay`, then
/// at most once each `interval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyRepeat {
    pub delay: Duration,
    pub interval: Duration,
}

impl Settings {
    /// An interactive session: no kiosk, no timers, Unicode glyphs.
    pub fn interactive(lang: &'static str, today: PartialDate) -> Self {
        Settings {
            lang,
            today,
            kiosk: false,
            glyphs: GlyphMode::Unicode,
            idle: None,
            tour_step: None,
            tour: false,
            colour: true,
            notice: None,
            speech: false,
            contrast: false,
            text_size: None,
            key_repeat: None,
        }
    }
}

/// The program is to end so that the session starts the terminal again at another text
/// size: for this visitor (their place kept) or, after an idle reset, for the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restart {
    pub size: TextSize,
    pub keep_place: bool,
}

#[derive(Debug)]
pub struct App {
    data: Dataset,
    i18n: I18n,
    settings: Settings,
    lang: &'static str,
    view: View,
    overlay: Overlay,
    focus: Focus,
    filter: String,
    /// The selected town (the Towns and Map views share it) and event.
    city: Entry,
    event: Option<usize>,
    /// The timeline shows only this partner's events.
    partner_only: Option<usize>,
    map_zoom: Zoom,
    detail_scroll: usize,
    running: bool,
    timers: IdleTimers,
    notice: Option<String>,
    /// Every town's and event's names folded for search, made with the data.
    keys: SearchKeys,
    shown: Shown,
    /// What the last frame measured: the list's first row (an index into the current
    /// view's rows), the pages and how far the panes scroll.
    extents: Extents,
    speech: Speech,
    /// The idle warning is on screen with this many seconds left.
    warning: Option<u32>,
    /// The attract tour's step last shown (its prompt goes through the languages).
    tour_step: usize,
    /// High contrast, this visitor's choice.
    contrast: bool,
    /// Set (with `running` false) when the program ends for a text size.
    restart: Option<Restart>,
    /// The last key pressed (or click), and the last of its repeats let through: for
    /// the key repeat setting.
    held: Option<(Instant, Option<Instant>)>,
}

impl App {
    pub fn new(data: Dataset, i18n: I18n, settings: Settings, now: Instant) -> Self {
        let mut timers = IdleTimers::new(settings.idle, settings.tour_step, now);
        if settings.tour {
            timers.start_tour(now);
        }
        let event = (!data.events.is_empty()).then_some(0);
        let mut app = App {
            lang: settings.lang,
            notice: settings.notice.clone(),
            keys: SearchKeys::new(&data),
            speech: Speech::new(settings.speech),
            warning: None,
            tour_step: 0,
            contrast: settings.contrast,
            restart: None,
            held: None,
            data,
            i18n,
            settings,
            view: View::Cities,
            overlay: Overlay::None,
            focus: Focus::List,
            filter: String::new(),
            city: Entry::Overview,
            event,
            partner_only: None,
            map_zoom: Zoom::Region,
            detail_scroll: 0,
            running: true,
            timers,
            shown: Shown::default(),
            extents: Extents::default(),
        };
        app.restore();
        app
    }

    // What the views read.

    pub fn data(&self) -> &Dataset {
        &self.data
    }

    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    pub fn today(&self) -> PartialDate {
        self.settings.today
    }

    pub fn view(&self) -> View {
        self.view
    }

    pub fn overlay(&self) -> Overlay {
        self.overlay
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    pub fn partner_only(&self) -> Option<usize> {
        self.partner_only
    }

    pub fn map_zoom(&self) -> Zoom {
        self.map_zoom
    }

    pub fn detail_scroll(&self) -> usize {
        self.detail_scroll
    }

    pub fn speech(&self) -> Speech {
        self.speech
    }

    /// High contrast is on.
    pub fn contrast(&self) -> bool {
        self.contrast
    }

    /// The text size the terminal runs at, where the visitor can change it.
    pub fn text_size(&self) -> Option<TextSize> {
        self.settings.text_size
    }

    /// Why the program ended, when it ended for a text size.
    pub fn restart(&self) -> Option<Restart> {
        self.restart
    }

    /// The start screen a new visitor finds: the overview, nothing open, nothing searched.
    /// It shows every language as a target.
    pub fn at_start(&self) -> bool {
        self.view == View::Cities
            && self.city == Entry::Overview
            && self.overlay == Overlay::None
            && self.focus == Focus::List
            && self.filter.is_empty()
    }

    /// The visitor's place, to be taken up after a restart.
    pub fn visit(&self) -> Visit {
        let partner_id = |i: usize| self.data.partners.get(i).map(|p| p.id.clone());
        Visit {
            lang: self.lang.to_string(),
            view: self.view,
            city: match self.city {
                Entry::Overview => None,
                Entry::Partner(i) => partner_id(i),
            },
            event: self.event,
            focus: match self.focus {
                Focus::Search => Focus::List,
                focus => focus,
            },
            filter: self.filter.clone(),
            partner_only: self.partner_only.and_then(partner_id),
            zoom: self.map_zoom,
            detail_scroll: self.detail_scroll,
            contrast: self.contrast,
            speech: self.speech.on,
            volume: self.speech.volume,
        }
    }

    /// Takes up a place written by [`App::visit`] (before the restart): what no longer
    /// fits is dropped, and `restore` puts the rest right.
    pub fn resume(&mut self, visit: &Visit) {
        let find = |id: &str| self.data.partners.iter().position(|p| p.id == id);
        if let Some(&lang) = self
            .i18n
            .usable(self.settings.glyphs)
            .iter()
            .find(|c| **c == visit.lang)
        {
            self.lang = lang;
        }
        self.view = visit.view;
        self.city = visit
            .city
            .as_deref()
            .and_then(find)
            .map_or(Entry::Overview, Entry::Partner);
        self.event = visit.event.filter(|e| *e < self.data.events.len());
        self.partner_only = visit.partner_only.as_deref().and_then(find);
        self.filter = visit
            .filter
            .chars()
            .filter(|c| chars::is_safe_text_char(*c))
            .take(MAX_FILTER_CHARS)
            .collect();
        self.focus = visit.focus;
        self.map_zoom = visit.zoom;
        self.detail_scroll = visit.detail_scroll;
        self.contrast = visit.contrast;
        self.speech.set(visit.speech);
        if visit.speech {
            self.speech.resumed = Some(self.speech.session);
        }
        self.speech.volume = visit.volume.clamp(MIN_VOLUME, MAX_VOLUME);
        self.restore();
    }

    /// Seconds left before the idle reset, while the warning is on screen.
    pub fn warning(&self) -> Option<u32> {
        self.warning
    }

    /// What the detail pane shows for the selection; `spoken`: as it is read aloud (see
    /// [`Context::spoken`]).
    pub fn detail_document(&self, spoken: bool) -> Option<Document> {
        let ctx = Context {
            spoken,
            ..self.context()
        };
        Some(match self.selected()? {
            Target::City(Entry::Overview) => ctx.overview_upto(OVERVIEW_ROWS),
            Target::City(Entry::Partner(i)) => ctx.partner(i),
            Target::Event(e) => ctx.event(e),
        })
    }

    pub fn glyphs(&self) -> GlyphMode {
        self.settings.glyphs
    }

    /// Colours are available (the theme is not mono).
    pub fn colour(&self) -> bool {
        self.settings.colour
    }

    /// False once the program should end.
    pub fn running(&self) -> bool {
        self.running
    }

    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The attract tour is running.
    pub fn touring(&self) -> bool {
        self.timers.touring()
    }

    /// The language the tour's prompt speaks at its current step: the start language
    /// first, then each step the next of the languages the screen can show, so that every
    /// visitor meets their own.
    pub fn tour_prompt_lang(&self) -> &'static str {
        let usable = self.i18n.usable(self.settings.glyphs);
        let first = usable.iter().position(|c| *c == self.lang).unwrap_or(0);
        usable
            .get((first + self.tour_step) % usable.len().max(1))
            .copied()
            .unwrap_or(self.lang)
    }

    /// The list pane's first row.
    pub fn list_top(&self) -> usize {
        self.extents.list_top
    }

    /// The widest partner name the town list shows, in cells.
    pub fn city_name_width(&self) -> u16 {
        self.shown.name_width
    }

    /// When the event loop must wake for a timer, if ever.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.timers.deadline()
    }

    /// The mode the key table reads: what is open and where the keys go.
    pub fn mode(&self) -> Mode {
        Mode {
            kiosk: self.settings.kiosk,
            text_sizes: self.settings.text_size.is_some(),
            view: self.view,
            overlay: self.overlay,
            focus: self.focus,
        }
    }

    pub fn context(&self) -> Context<'_> {
        Context {
            data: &self.data,
            i18n: &self.i18n,
            lang: self.lang,
            today: self.settings.today,
            glyphs: self.settings.glyphs,
            spoken: false,
        }
    }

    pub fn tr(&self, id: &str) -> String {
        self.i18n.tr(self.lang, id)
    }

    /// Towns in the list, after the search filter.
    pub fn visible_cities(&self) -> &[Entry] {
        &self.shown.cities
    }

    /// Events in the timeline, after the partner and search filters, oldest first.
    pub fn visible_events(&self) -> &[usize] {
        &self.shown.events
    }

    /// Partners on the map, after the search filter (the home town is always drawn).
    pub fn visible_partners(&self) -> impl Iterator<Item = Entry> + '_ {
        self.shown
            .cities
            .iter()
            .copied()
            .filter(|e| matches!(e, Entry::Partner(_)))
    }

    /// How many rows the current view's list has.
    pub fn row_count(&self) -> usize {
        match self.view {
            View::Cities => self.shown.cities.len(),
            View::Timeline => self.shown.events.len(),
            View::Map => self.visible_partners().count(),
        }
    }

    /// Row `index` of the current view's list.
    fn row_target(&self, index: usize) -> Option<Target> {
        match self.view {
            View::Cities => self.shown.cities.get(index).map(|e| Target::City(*e)),
            View::Timeline => self.shown.events.get(index).map(|e| Target::Event(*e)),
            View::Map => self.visible_partners().nth(index).map(Target::City),
        }
    }

    /// The selected row's index in the current view's list, if it is shown.
    pub fn selected_row(&self) -> Option<usize> {
        match self.view {
            View::Cities => self.shown.cities.binary_search(&self.city).ok(),
            View::Timeline => self.shown.events.binary_search(&self.event?).ok(),
            View::Map => match self.city {
                Entry::Overview => None,
                city => self.visible_partners().position(|e| e == city),
            },
        }
    }

    /// The selection of the current view, if it is shown.
    pub fn selected(&self) -> Option<Target> {
        match self.view {
            View::Cities | View::Map => {
                let shown = self.shown.cities.binary_search(&self.city).is_ok()
                    && (self.view == View::Cities || self.city != Entry::Overview);
                shown.then_some(Target::City(self.city))
            }
            View::Timeline => self
                .event
                .filter(|e| self.shown.events.binary_search(e).is_ok())
                .map(Target::Event),
        }
    }

    /// The longitude/latitude window of a zoom level (before fitting it to the pane).
    pub fn map_window(&self, zoom: Zoom) -> map::Bounds {
        let partners: Vec<_> = self.data.partners.iter().map(|p| p.coordinates).collect();
        map::window(zoom, self.data.home.coordinates, &partners)
    }

    /// Carries out `msg`, then puts every derived thing right. Pure state change: no
    /// terminal, no I/O.
    pub fn update(&mut self, msg: impl Into<Msg>) {
        match msg.into() {
            Msg::Do(action) => self.apply(action),
            // A repeat too soon for the key repeat setting: as if the key had not repeated.
            Msg::Input { at, repeat, .. } if !self.repeat_due(at, repeat) => {}
            Msg::Input { at, action, .. } => {
                self.notice = None;
                if self.speech.on {
                    self.speech.inputs = self.speech.inputs.wrapping_add(1);
                }
                match self.timers.input(at) {
                    // The tour stops and a new visitor finds the home screen; the input
                    // that stopped it does nothing else, except the choices a newcomer
                    // makes first: Space (a visitor who cannot see the screen cannot know
                    // that a tour was running, and Space is their way to speech: found in
                    // the VM, the first Space at an idle kiosk was silent) and a
                    // language's digit (the tour's prompt names the keys in every
                    // language in turn).
                    Answer::StoppedTour => {
                        self.go_home();
                        if let Some(action @ (Action::ToggleSpeech | Action::SetLanguage(_))) =
                            action
                        {
                            self.apply(action);
                        }
                    }
                    // The visitor is still there: the warning goes, and they stay where
                    // they were; the input that answered it does nothing else.
                    Answer::Stayed => self.warning = None,
                    Answer::Act => {
                        if let Some(action) = action {
                            self.apply(action);
                        }
                    }
                }
            }
            Msg::Tick(now) => match self.timers.fire(now) {
                Some(Due::Warn(left)) => self.warning = Some(left),
                Some(Due::ResetHome) => {
                    self.go_home();
                    self.speech.reset(self.settings.speech);
                    self.contrast = self.settings.contrast;
                    // Larger text ends with the visitor: the session starts the terminal
                    // again at the usual size, and the program with the home screen.
                    if self.settings.text_size == Some(TextSize::Large) {
                        self.end_for(TextSize::Normal, false);
                    }
                }
                Some(Due::TourStep(n)) => self.show_tour_step(n),
                None => {}
            },
            Msg::Data(data) => self.replace_data(*data),
            Msg::Drawn(extents) => self.extents = extents,
            // Headphones plugged in: a visitor is there (the tour stops, the home screen
            // shows, the warning goes) and listens.
            Msg::Headphones { plugged: true, at } => {
                if self.timers.input(at) == Answer::StoppedTour {
                    self.go_home();
                }
                self.warning = None;
                self.speech.set(true);
            }
            // Out of the visitor's ears: speech ends without a word.
            Msg::Headphones { plugged: false, .. } => self.speech.reset(false),
        }
        self.restore();
    }

    /// New data in place of the old: the selection, the event and the partner filter are
    /// found again by the partner's id (an event by its partner, date and title); what is
    /// gone falls to `restore`, which selects the first row shown.
    fn replace_data(&mut self, data: Dataset) {
        let partner_id = |i: usize| self.data.partners.get(i).map(|p| p.id.clone());
        let city = match self.city {
            Entry::Partner(i) => partner_id(i),
            Entry::Overview => None,
        };
        let event = self
            .event
            .and_then(|e| self.data.events.get(e))
            .map(|e| (partner_id(e.partner), e.date, e.title.get("pl").to_string()));
        let partner_only = self.partner_only.and_then(partner_id);
        let find = |data: &Dataset, id: Option<String>| {
            id.and_then(|id| data.partners.iter().position(|p| p.id == id))
        };
        self.city = match self.city {
            Entry::Overview => Entry::Overview,
            Entry::Partner(_) => find(&data, city).map_or(Entry::Overview, Entry::Partner),
        };
        self.event = event.and_then(|(partner, date, title)| {
            let partner = find(&data, partner)?;
            data.events
                .iter()
                .position(|e| e.partner == partner && e.date == date && e.title.get("pl") == title)
        });
        self.partner_only = find(&data, partner_only);
        self.keys = SearchKeys::new(&data);
        self.shown = Shown::default();
        self.data = data;
        if self.view == View::Map {
            self.show_selected_on_map();
        }
    }

    /// The one place the invariants are restored, after every change: the lists match the
    /// filters and the language; a shown row is selected whenever there is one; the detail
    /// pane has the focus only with a selection; the language row stays in range, and the
    /// help and the detail pane scroll no further than the last frame measured.
    fn restore(&mut self) {
        self.shown.refresh(
            &self.keys,
            &self.data,
            &self.filter,
            self.partner_only,
            self.lang,
        );
        if self.selected().is_none()
            && let Some(first) = self.row_target(0)
        {
            self.select(first);
        }
        if self.focus == Focus::Detail && self.selected().is_none() {
            self.focus = Focus::List;
        }
        self.overlay = match self.overlay {
            Overlay::Languages { row } => {
                let last = self
                    .i18n
                    .usable(self.settings.glyphs)
                    .len()
                    .saturating_sub(1);
                Overlay::Languages { row: row.min(last) }
            }
            Overlay::Help { scroll } => Overlay::Help {
                scroll: scroll.min(self.extents.help_max),
            },
            Overlay::None => Overlay::None,
        };
        self.detail_scroll = self.detail_scroll.min(self.extents.detail_max);
    }

    fn select(&mut self, target: Target) {
        match target {
            Target::City(entry) => self.city = entry,
            Target::Event(e) => self.event = Some(e),
        }
        self.detail_scroll = 0;
        self.speech.paragraph = 0;
        self.show_selected_on_map();
    }

    /// On the map, a selected partner outside the regional window switches to the world.
    fn show_selected_on_map(&mut self) {
        if self.view == View::Map
            && let Entry::Partner(i) = self.city
            && let Some(p) = self.data.partners.get(i)
            && !self.map_window(Zoom::Region).contains(p.coordinates)
        {
            self.map_zoom = Zoom::World;
        }
    }

    /// The screen a new visitor should find: towns, the overview, nothing open, the start
    /// language.
    fn go_home(&mut self) {
        self.warning = None;
        self.view = View::Cities;
        self.city = Entry::Overview;
        self.event = (!self.data.events.is_empty()).then_some(0);
        self.filter.clear();
        self.overlay = Overlay::None;
        self.focus = Focus::List;
        self.detail_scroll = 0;
        self.partner_only = None;
        self.lang = self.settings.lang;
        self.extents.list_top = 0;
    }

    /// Tour step `n`, cycling: the overview, each partner in turn, the timeline, then the
    /// whole world map with every route from the home town.
    fn show_tour_step(&mut self, n: usize) {
        self.tour_step = n;
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

    /// Carries out one action.
    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.running = false,
            Action::MoveDown => self.step(1),
            Action::MoveUp => self.step(-1),
            Action::PageDown => self.step(self.page()),
            Action::PageUp => self.step(-self.page()),
            Action::First => self.step(isize::MIN / 2),
            Action::Last => self.step(isize::MAX / 2),
            Action::FocusDetail => {
                if self.selected().is_some() {
                    self.focus = Focus::Detail;
                    self.speech.paragraph = 0;
                }
            }
            Action::FocusList => self.focus = Focus::List,
            Action::NextView => self.show_view(self.view_after(1)),
            Action::PrevView => self.show_view(self.view_after(View::ALL.len() - 1)),
            Action::ShowView(view) => self.show_view(view),
            Action::StartFilter => self.focus = Focus::Search,
            Action::FilterInput(c) => {
                if self.filter.chars().count() < MAX_FILTER_CHARS && chars::is_safe_text_char(c) {
                    self.filter.push(c);
                }
            }
            Action::FilterBackspace => {
                self.filter.pop();
            }
            Action::KeepFilter => self.focus = Focus::List,
            Action::ClearFilter => {
                self.focus = Focus::List;
                self.filter.clear();
            }
            Action::NextLanguage => self.set_language(self.i18n.next(self.lang, self.glyphs())),
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Overlay::Help { .. } => Overlay::None,
                    _ => Overlay::Help { scroll: 0 },
                };
            }
            Action::OpenLanguages => {
                let usable = self.i18n.usable(self.glyphs());
                let row = usable.iter().position(|c| *c == self.lang).unwrap_or(0);
                self.overlay = Overlay::Languages { row };
            }
            Action::ChooseLanguage => {
                if let Overlay::Languages { row } = self.overlay
                    && let Some(&code) = self.i18n.usable(self.glyphs()).get(row)
                {
                    self.set_language(code);
                }
                self.overlay = Overlay::None;
            }
            Action::CloseLanguages => self.overlay = Overlay::None,
            Action::ZoomIn => self.map_zoom = Zoom::Region,
            Action::ZoomOut => self.map_zoom = Zoom::World,
            Action::TogglePartnerOnly => {
                self.partner_only = match self.partner_only {
                    Some(_) => None,
                    None => self.event.map(|e| self.data.partner_of(e)),
                };
            }
            Action::OpenPartner => {
                if let Some(Target::Event(e)) = self.selected() {
                    let partner = Entry::Partner(self.data.partner_of(e));
                    self.show_view(View::Cities);
                    // A search that hides the town is cleared, so it can be shown.
                    if self.shown.cities.binary_search(&partner).is_err() {
                        self.filter.clear();
                    }
                    self.select(Target::City(partner));
                }
            }
            Action::SetLanguage(code) => {
                if self.i18n.usable(self.glyphs()).contains(&code) {
                    self.set_language(code);
                }
                if let Overlay::Languages { .. } = self.overlay {
                    self.overlay = Overlay::None;
                }
            }
            Action::Select(target) => {
                if self.focus == Focus::Detail {
                    self.focus = Focus::List;
                }
                if Some(target) != self.selected() {
                    self.select(target);
                }
            }
            Action::MoveSelection(delta) => self.move_selection(delta),
            Action::ScrollDetail(delta) => {
                self.detail_scroll = self.detail_scroll.saturating_add_signed(delta);
            }
            Action::ScrollHelp(delta) => {
                if let Overlay::Help { scroll } = &mut self.overlay {
                    *scroll = scroll.saturating_add_signed(delta);
                }
            }
            Action::ToggleSpeech => self.speech.set(!self.speech.on),
            Action::RepeatSpeech => self.speech.repeats = self.speech.repeats.wrapping_add(1),
            Action::StopSpeech => self.speech.hushes = self.speech.hushes.wrapping_add(1),
            Action::Louder => self.speech.step_volume(true),
            Action::Quieter => self.speech.step_volume(false),
            Action::ToggleContrast => self.contrast = !self.contrast,
            Action::ToggleTextSize => {
                if let Some(size) = self.settings.text_size {
                    self.end_for(size.other(), true);
                }
            }
        }
    }

    /// Whether an input at `at` (a held key's repeat, or not) may act under the key repeat
    /// setting; a press starts the count again.
    fn repeat_due(&mut self, at: Instant, repeat: bool) -> bool {
        let Some(timing) = self.settings.key_repeat else {
            return true;
        };
        if !repeat {
            self.held = Some((at, None));
            return true;
        }
        let Some((pressed, last)) = self.held else {
            return false;
        };
        let due = match last {
            None => pressed + timing.delay,
            Some(last) => last + timing.interval,
        };
        let ok = at >= due;
        if ok {
            self.held = Some((pressed, Some(at)));
        }
        ok
    }

    fn end_for(&mut self, size: TextSize, keep_place: bool) {
        self.restart = Some(Restart { size, keep_place });
        self.running = false;
    }

    fn set_language(&mut self, lang: &'static str) {
        self.lang = lang;
        self.detail_scroll = 0;
        if let Overlay::Help { scroll } = &mut self.overlay {
            *scroll = 0;
        }
    }

    fn view_after(&self, steps: usize) -> View {
        let i = View::ALL.iter().position(|v| *v == self.view).unwrap_or(0);
        View::ALL[(i + steps) % View::ALL.len()]
    }

    fn show_view(&mut self, view: View) {
        if view != self.view {
            self.view = view;
            if self.focus == Focus::Detail {
                self.focus = Focus::List;
            }
            self.detail_scroll = 0;
            if view == View::Map {
                // Open at the closest zoom that shows the selected partner (or, when the
                // overview is selected, the first partner `restore` selects).
                self.map_zoom = Zoom::Region;
                self.show_selected_on_map();
            }
        }
    }

    /// Rows (or lines, in the detail pane and help) that one page moves, as the last frame
    /// measured them.
    fn page(&self) -> isize {
        let page = if matches!(self.overlay, Overlay::Help { .. }) {
            self.extents.help_page
        } else if self.focus == Focus::Detail {
            self.extents.detail_page
        } else {
            self.extents.list_page
        };
        isize::try_from(page.max(1)).unwrap_or(isize::MAX / 2)
    }

    /// Moves the selection, or scrolls the detail pane or help, by `delta`.
    fn step(&mut self, delta: isize) {
        match &mut self.overlay {
            Overlay::Languages { row } => *row = row.saturating_add_signed(delta),
            Overlay::Help { scroll } => *scroll = scroll.saturating_add_signed(delta),
            // Read aloud, the details move by paragraph: what a listener can follow.
            Overlay::None if self.focus == Focus::Detail && self.speech.on => {
                let last = self
                    .detail_document(true)
                    .map_or(0, |d| d.blocks().len().saturating_sub(1));
                self.speech.paragraph =
                    self.speech.paragraph.saturating_add_signed(delta).min(last);
            }
            Overlay::None if self.focus == Focus::Detail => {
                self.detail_scroll = self.detail_scroll.saturating_add_signed(delta);
            }
            Overlay::None => self.move_selection(delta),
        }
    }

    fn move_selection(&mut self, delta: isize) {
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
