//! Reading a data file: bytes to text, text to model, model to a checked [`Dataset`].

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use ron::extensions::Extensions;

use super::locate::{FieldPath, Locator, Position};
use super::validate::{Gap, validate, validate_with_gaps};
use super::{DataFile, Event, Home, Localized, Partner};

/// Larger files are refused before parsing: the real data is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One thing wrong with a data file, with where it is when that is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub position: Option<Position>,
    pub path: Option<FieldPath>,
    pub message: String,
}

/// Everything wrong with one data file.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub file: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl DataError {
    fn single(file: &str, position: Option<Position>, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            diagnostics: vec![Diagnostic {
                position,
                path: None,
                message: message.into(),
            }],
        }
    }
}

impl fmt::Display for DataError {
    /// One line per problem: `FILE:LINE:COL: message`, or `FILE: at PATH: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match (&d.position, &d.path) {
                (Some(pos), _) => write!(f, "{}:{pos}: {}", self.file, d.message)?,
                (None, Some(path)) => write!(f, "{}: at {path}: {}", self.file, d.message)?,
                (None, None) => write!(f, "{}: {}", self.file, d.message)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}

/// A data file that passed every rule, with events in date order.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub home: Home,
    pub countries: BTreeMap<String, Localized>,
    pub partners: Vec<Partner>,
    /// Oldest first; events on the same date keep their file order.
    pub events: Vec<Event>,
    /// For each event, the index of its partner in `partners`.
    event_partner: Vec<usize>,
}

impl Dataset {
    pub fn partner_of(&self, event: usize) -> usize {
        self.event_partner[event]
    }

    /// Indices of the events of one partner, oldest first.
    pub fn events_of(&self, partner: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.events.len()).filter(move |&e| self.event_partner[e] == partner)
    }

    pub fn country_name(&self, code: &str, lang: &str) -> String {
        self.countries
            .get(code)
            .map_or_else(|| code.to_string(), |name| name.get(lang).to_string())
    }
}

/// Parses and validates `source`, naming it `file` in errors.
pub fn load(file: &str, source: &str) -> Result<Dataset, DataError> {
    load_inner(file, source, false).map(|(data, _)| data)
}

/// As [`load`], with every missing optional translation (for `check`'s report).
pub fn load_with_gaps(file: &str, source: &str) -> Result<(Dataset, Vec<Gap>), DataError> {
    load_inner(file, source, true)
}

fn load_inner(file: &str, source: &str, gaps: bool) -> Result<(Dataset, Vec<Gap>), DataError> {
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    let parsed: DataFile = options.from_str(source).map_err(|e| {
        let start = e.span.start;
        let mut message = e.code.to_string();
        // A syntax error (not a value the model refused) read from inside a text.
        if !matches!(e.code, ron::Error::Message(_)) && inside_a_text(source, start.line, start.col) {
            message.push_str(
                "; a text on an earlier line may be missing its closing quote, which makes the reader continue it up to here",
            );
        }
        DataError::single(
            file,
            Some(Position {
                line: start.line,
                col: start.col,
            }),
            message,
        )
    })?;

    let (problems, gaps) = if gaps {
        validate_with_gaps(&parsed)
    } else {
        (validate(&parsed), Vec::new())
    };
    if !problems.is_empty() {
        // Tokenized once for every position reported.
        let locator = Locator::new(source);
        return Err(DataError {
            file: file.to_string(),
            diagnostics: problems
                .into_iter()
                .map(|p| Diagnostic {
                    position: locator.locate(&p.path),
                    path: Some(p.path),
                    message: p.message,
                })
                .collect(),
        });
    }

    let DataFile {
        home,
        countries,
        partners,
        mut events,
    } = parsed;
    events.sort_by_key(|e| e.date);
    let index: std::collections::HashMap<&str, usize> = partners
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let event_partner = events
        .iter()
        .map(|e| index[e.partner.as_str()]) // validated: every event names a partner
        .collect();
    let data = Dataset {
        home,
        countries,
        partners,
        events,
        event_partner,
    };
    Ok((data, gaps))
}

/// Where each of `paths` is in `source` (the text `load` read): for reports that name
/// positions of things that are not errors, such as missing translations.
pub fn positions<'a>(
    source: &str,
    paths: impl IntoIterator<Item = &'a FieldPath>,
) -> Vec<Option<Position>> {
    let locator = Locator::new(source);
    paths.into_iter().map(|p| locator.locate(p)).collect()
}

/// Whether the quotes on `line` before `col` are unbalanced: the reader is then inside a
/// text that began on an earlier line, the usual sign of a missing closing quote there.
fn inside_a_text(source: &str, line: usize, col: usize) -> bool {
    let Some(text) = source.lines().nth(line.saturating_sub(1)) else {
        return false;
    };
    let mut quotes = 0;
    let mut escaped = false;
    for c in text.chars().take(col.saturating_sub(1)) {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            quotes += 1;
        }
    }
    quotes % 2 == 1
}

/// Reads a data file from disk, refusing huge files and text that is not UTF-8.
pub fn read_file(path: &Path) -> Result<String, DataError> {
    let name = path.display().to_string();
    let io_error = |e: std::io::Error| DataError::single(&name, None, format!("cannot read: {e}"));
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(DataError::single(
            &name,
            None,
            format!("the file is {size} bytes; data files may be at most {MAX_FILE_BYTES} bytes"),
        ));
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line = 1 + before.matches('\n').count();
        let col = 1 + before.chars().rev().take_while(|&c| c != '\n').count();
        DataError::single(
            &name,
            Some(Position { line, col }),
            "the file is not valid UTF-8 here; save it as UTF-8",
        )
    })
}

impl Dataset {
    /// The first and last year the data has a date for.
    pub fn year_span(&self) -> Option<(u16, u16)> {
        let years = self
            .partners
            .iter()
            .map(|p| p.since.year())
            .chain(self.events.iter().map(|e| e.date.year()));
        let (min, max) = years.fold((u16::MAX, 0), |(lo, hi), y| (lo.min(y), hi.max(y)));
        (max > 0).then_some((min, max))
    }

    /// Events whose year lies a positive multiple of five years before `year`, with the count.
    pub fn round_anniversaries(&self, year: u16) -> Vec<(usize, u16)> {
        self.events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let age = year.checked_sub(e.date.year())?;
                (age > 0 && age % 5 == 0).then_some((i, age))
            })
            .collect()
    }
}
