//! What can be wrong with a data file, as data: each problem names its kind and the values
//! it quotes, and the interface words it in the reader's language (`i18n`). Nothing here
//! is English prose, so town-hall staff can read every message in Polish.

use super::chars::Refused;
use super::date::DateError;
use super::locate::FieldPath;

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file could not be opened or read.
    CannotRead(ReadFailure),
    FileTooBig {
        bytes: u64,
        max: u64,
    },
    NotUtf8,
    /// The reader stopped here; `in_text` when it stopped inside a text, the usual sign of
    /// a missing closing quote on an earlier line.
    Syntax {
        what: Syntax,
        in_text: bool,
    },
    UnknownField {
        found: String,
        expected: &'static [&'static str],
        record: Record,
    },
    MissingField {
        field: &'static str,
        record: Record,
    },
    FieldTwice {
        field: &'static str,
        record: Record,
    },
    /// A name (`Partnership`, `LetterOfIntent`, …) that is not one of the known ones.
    UnknownKind {
        found: String,
        expected: &'static [&'static str],
    },
    /// A value of the wrong type, in the reader's own words (rare: most wrong values are
    /// syntax errors, such as a text where a number belongs).
    WrongValue {
        expected: String,
        found: String,
    },
    TooMany {
        what: Many,
        count: usize,
        max: usize,
    },
    BadId {
        id: String,
        max: usize,
    },
    IdTwice {
        id: String,
        first: FieldPath,
    },
    UnknownPartner {
        id: String,
        /// The first few known ids; `more` when there are others.
        known: Vec<String>,
        more: bool,
    },
    BadCountryCode {
        code: String,
    },
    UnknownCountry {
        code: String,
        known: Vec<String>,
    },
    Latitude {
        value: f64,
    },
    Longitude {
        value: f64,
    },
    /// A required untranslated text (a name) is empty.
    Empty,
    NoParagraph,
    /// A partner with neither `began` nor any step: nothing says when the relation began.
    NoDate,
    MissingTranslation {
        lang: &'static str,
    },
    EmptyTranslation {
        lang: &'static str,
    },
    BadLanguageCode {
        code: String,
    },
    /// A map key given a second (or later) time.
    KeyTwice {
        key: String,
    },
    TooLong {
        chars: usize,
        max: usize,
    },
    /// Character `index` (1-based) of the text may not appear in a text.
    BadChar {
        index: usize,
        ch: char,
        why: Refused,
    },
    /// Character `index` (1-based) is a combining mark beyond the `max` one character may
    /// carry.
    TooManyMarks {
        index: usize,
        max: usize,
    },
    /// Character `index` (1-based) is a combining mark with nothing before it to combine
    /// with.
    LoneMark {
        index: usize,
    },
    Date(DateError),
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadFailure {
    NotFound,
    PermissionDenied,
    IsADirectory,
    /// A device, a pipe, a socket: not a file that holds data.
    NotAFile,
    /// The system's own words.
    Other(String),
}

impl ReadFailure {
    pub fn from_io(e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => ReadFailure::NotFound,
            std::io::ErrorKind::PermissionDenied => ReadFailure::PermissionDenied,
            std::io::ErrorKind::IsADirectory => ReadFailure::IsADirectory,
            _ => ReadFailure::Other(e.to_string()),
        }
    }
}

/// Lists with a size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Many {
    Partners,
    Events,
}

/// The kind of record a field belongs to, to say where an unknown or missing field is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    File,
    Home,
    Coordinates,
    Partner,
    Beginning,
    Step,
    Person,
    Organisation,
    Event,
    /// Not one of ours (never expected): the reader's name for it.
    Other(String),
}

impl Record {
    fn from_ron(outer: Option<&str>) -> Record {
        match outer {
            None | Some("DataFile") => Record::File,
            Some("Home") => Record::Home,
            Some("Coordinates") => Record::Coordinates,
            Some("Partner") => Record::Partner,
            Some("Step") => Record::Step,
            Some("Beginning") => Record::Beginning,
            Some("Person") => Record::Person,
            Some("Organisation") => Record::Organisation,
            Some("Event") => Record::Event,
            Some(other) => Record::Other(other.to_string()),
        }
    }
}

/// Where and why the RON reader stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    EndOfFile,
    Comma,
    Colon,
    OpenList,
    CloseList,
    OpenMap,
    CloseMap,
    OpenGroup,
    CloseGroup,
    Text,
    TextEnd,
    Number,
    Name,
    Escape,
    UnexpectedChar(char),
    Trailing,
    TooDeep,
    UnclosedComment,
    /// The rest, rare in a hand-written file: the reader's own (English) words.
    Other(String),
}

impl Problem {
    /// The problem a RON reading error stands for.
    pub fn from_ron(error: &ron::Error, in_text: bool) -> Problem {
        use ron::Error as E;
        let syntax = |what| Problem::Syntax { what, in_text };
        match error {
            E::Eof => syntax(Syntax::EndOfFile),
            E::ExpectedComma => syntax(Syntax::Comma),
            E::ExpectedMapColon => syntax(Syntax::Colon),
            E::ExpectedArray => syntax(Syntax::OpenList),
            E::ExpectedArrayEnd => syntax(Syntax::CloseList),
            E::ExpectedMap => syntax(Syntax::OpenMap),
            E::ExpectedMapEnd => syntax(Syntax::CloseMap),
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedOption => {
                syntax(Syntax::OpenGroup)
            }
            E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => syntax(Syntax::CloseGroup),
            E::ExpectedString => syntax(Syntax::Text),
            E::ExpectedStringEnd => syntax(Syntax::TextEnd),
            E::ExpectedFloat
            | E::ExpectedInteger
            | E::FloatUnderscore
            | E::UnderscoreAtBeginning
            | E::IntegerOutOfBounds
            | E::InvalidIntegerDigit { .. } => syntax(Syntax::Number),
            E::ExpectedIdentifier
            | E::InvalidIdentifier(_)
            | E::SuggestRawIdentifier(_)
            | E::ExpectedStructName(_) => syntax(Syntax::Name),
            E::InvalidEscape(_) => syntax(Syntax::Escape),
            E::UnexpectedChar(c) => syntax(Syntax::UnexpectedChar(*c)),
            E::TrailingCharacters => syntax(Syntax::Trailing),
            E::ExceededRecursionLimit => syntax(Syntax::TooDeep),
            E::UnclosedBlockComment => syntax(Syntax::UnclosedComment),
            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => Problem::UnknownField {
                found: found.clone(),
                expected,
                record: Record::from_ron(outer.as_deref()),
            },
            E::MissingStructField { field, outer } => Problem::MissingField {
                field,
                record: Record::from_ron(outer.as_deref()),
            },
            E::DuplicateStructField { field, outer } => Problem::FieldTwice {
                field,
                record: Record::from_ron(outer.as_deref()),
            },
            E::NoSuchEnumVariant {
                expected, found, ..
            } => Problem::UnknownKind {
                found: found.clone(),
                expected,
            },
            E::InvalidValueForType { expected, found } => Problem::WrongValue {
                expected: expected.clone(),
                found: found.clone(),
            },
            other => syntax(Syntax::Other(other.to_string())),
        }
    }
}
