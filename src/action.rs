//! Everything the user (or the system) can ask the program to do, and the modes that decide
//! which keys mean what.

use std::time::Instant;

use crate::data::Dataset;

/// The three views of the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum View {
    Cities,
    Timeline,
    Map,
}

impl View {
    pub const ALL: [View; 3] = [View::Cities, View::Timeline, View::Map];

    pub fn message_id(self) -> &'static str {
        match self {
            View::Cities => "view-cities",
            View::Timeline => "view-timeline",
            View::Map => "view-map",
        }
    }
}

/// What lies over the views and takes the keys first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Overlay {
    #[default]
    None,
    /// The key help, scrolled by this many lines.
    Help { scroll: usize },
    /// The list of languages, with this row highlighted.
    Languages { row: usize },
}

/// Where the keys go when no overlay is open.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Focus {
    /// The list (or the map's partners): arrows move the selection.
    #[default]
    List,
    /// The detail pane: arrows scroll it.
    Detail,
    /// The search box: letters are typed into it.
    Search,
}

/// A row of the town list; the overview comes first, then partners in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entry {
    Overview,
    Partner(usize),
}

/// What a list row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    City(Entry),
    Event(usize),
}

/// What the last frame measured, for the keys that depend on it: the list's first row,
/// the rows or lines one page moves in the list, the detail pane and the help, and how far
/// the detail pane and the help can scroll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Extents {
    pub list_top: usize,
    pub list_page: usize,
    pub detail_page: usize,
    pub detail_max: usize,
    pub help_page: usize,
    pub help_max: usize,
}

/// Everything that can change the app: what `update` takes.
#[derive(Debug)]
pub enum Msg {
    /// An action from no visitor (the tour, a screenshot, a test): carried out as it is.
    Do(Action),
    /// A visitor's key, click, wheel turn or paste at `at`, and what it asks for, if
    /// anything. It postpones the idle reset; if the attract tour was running, it only
    /// stops the tour and brings back the home screen. `repeat`: a held key's repeat,
    /// which the key repeat setting may hold back.
    Input {
        at: Instant,
        action: Option<Action>,
        repeat: bool,
    },
    /// The clock reached this instant: a kiosk timer may be due.
    Tick(Instant),
    /// The data file changed and validated: show it, keeping the visitor's place (the
    /// view, the search, the town or event selected) where it still exists.
    Data(Box<Dataset>),
    /// A frame was drawn, and this is what it measured.
    Drawn(Extents),
    /// Headphones were plugged into the kiosk or taken out at `at`: speech follows.
    Headphones { plugged: bool, at: Instant },
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Do(action)
    }
}

/// One thing to do; `update` is the only place that carries it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    MoveDown,
    MoveUp,
    PageDown,
    PageUp,
    First,
    Last,
    FocusDetail,
    FocusList,
    NextView,
    PrevView,
    ShowView(View),
    StartFilter,
    FilterInput(char),
    FilterBackspace,
    KeepFilter,
    ClearFilter,
    NextLanguage,
    /// Open the language list (a click on the language name).
    OpenLanguages,
    /// Take the highlighted entry of the language list.
    ChooseLanguage,
    /// Take this language (a tap on it in the language list), and close the list.
    SetLanguage(&'static str),
    CloseLanguages,
    ToggleHelp,
    TogglePartnerOnly,
    ZoomIn,
    ZoomOut,
    OpenPartner,
    /// Select this row (a tap on it); the detail pane's focus goes back to the list.
    Select(Target),
    /// Move the selection by this many rows, wherever the focus is (the wheel over the list).
    MoveSelection(isize),
    /// Scroll the detail pane by this many lines (the wheel over it).
    ScrollDetail(isize),
    /// Scroll the help by this many lines (the wheel while it is open).
    ScrollHelp(isize),
    /// Speech on (beginning with the welcome) or off.
    ToggleSpeech,
    /// Say again the last thing said.
    RepeatSpeech,
    /// Stop what is being said.
    StopSpeech,
    Louder,
    Quieter,
    /// High contrast on or off, for this visitor.
    ToggleContrast,
    /// Larger or usual text, for this visitor (where the kiosk's session can start the
    /// terminal again at another size).
    ToggleTextSize,
}

/// The two text sizes of the graphical kiosk: its terminal runs at one font size or the
/// other (see `deploy/kiosk-session`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum, serde::Serialize, serde::Deserialize,
)]
pub enum TextSize {
    Normal,
    Large,
}

impl TextSize {
    pub fn other(self) -> TextSize {
        match self {
            TextSize::Normal => TextSize::Large,
            TextSize::Large => TextSize::Normal,
        }
    }

    /// The exit status that asks the kiosk's session to start the terminal again at this
    /// size (documented in the man page; `deploy/kiosk-session` reads it).
    pub fn exit_status(self) -> u8 {
        match self {
            TextSize::Large => 10,
            TextSize::Normal => 11,
        }
    }
}
