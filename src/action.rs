//! Everything the user (or the system) can ask the program to do.

/// The two views of the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    CloseLanguages,
    ToggleHelp,
    TogglePartnerOnly,
    ZoomIn,
    ZoomOut,
    OpenPartner,
    /// A click or tap at a cell.
    Click {
        col: u16,
        row: u16,
    },
    /// The wheel turned over a cell; `down` scrolls towards the end.
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
    Resize {
        width: u16,
        height: u16,
    },
}
