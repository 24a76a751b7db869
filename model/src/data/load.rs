//! Reading a data file: bytes to text, text to the file's shape, shape to a checked
//! [`Dataset`], with every problem placed at its line and column.

use std::path::Path;

use ron::extensions::Extensions;

use super::Dataset;
use super::file::DataFile;
use super::locate::{FieldPath, Locator, Position};
use super::problem::{Problem, ReadFailure};
use super::validate::{Gap, build};

/// Larger files are refused before parsing: the real data is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One thing wrong with a data file, with where it is when that is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub position: Option<Position>,
    pub path: Option<FieldPath>,
    pub problem: Problem,
}

/// Everything wrong with one data file. The interface words it (`i18n`), one line per
/// problem: `FILE:LINE:COL: message`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub file: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl DataError {
    fn single(file: &str, position: Option<Position>, problem: Problem) -> Self {
        DataError {
            file: file.to_string(),
            diagnostics: vec![Diagnostic {
                position,
                path: None,
                problem,
            }],
        }
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
        // A syntax error (not a value the model refused) read from inside a text.
        let in_text = !matches!(
            e.code,
            ron::Error::NoSuchStructField { .. }
                | ron::Error::MissingStructField { .. }
                | ron::Error::DuplicateStructField { .. }
                | ron::Error::NoSuchEnumVariant { .. }
                | ron::Error::InvalidValueForType { .. }
                | ron::Error::Message(_)
        ) && inside_a_text(source, start.line, start.col);
        DataError::single(
            file,
            Some(Position {
                line: start.line,
                col: start.col,
            }),
            Problem::from_ron(&e.code, in_text),
        )
    })?;

    let (data, gaps) = build(parsed, gaps);
    match data {
        Ok(data) => Ok((data, gaps)),
        Err(findings) => {
            // Tokenized once for every position reported.
            let locator = Locator::new(source);
            Err(DataError {
                file: file.to_string(),
                diagnostics: findings
                    .into_iter()
                    .map(|f| Diagnostic {
                        position: locator.locate(&f.path),
                        path: Some(f.path),
                        problem: f.problem,
                    })
                    .collect(),
            })
        }
    }
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

/// Reads a data file from disk, refusing anything but a regular file (a device such as
/// /dev/zero, a pipe), huge files and text that is not UTF-8. The file is opened without
/// waiting for a writer (a pipe would otherwise hold the reader until one came), then
/// judged by what was opened, and read no further than the limit, whatever size it
/// claims or grows to meanwhile.
pub fn read_file(path: &Path) -> Result<String, DataError> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let name = path.display().to_string();
    let refuse =
        |failure: ReadFailure| DataError::single(&name, None, Problem::CannotRead(failure));
    let io_error = |e: std::io::Error| refuse(ReadFailure::from_io(&e));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    if metadata.is_dir() {
        return Err(refuse(ReadFailure::IsADirectory));
    }
    if !metadata.is_file() {
        return Err(refuse(ReadFailure::NotAFile));
    }
    let too_big = |bytes: u64| {
        DataError::single(
            &name,
            None,
            Problem::FileTooBig {
                bytes,
                max: MAX_FILE_BYTES,
            },
        )
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_big(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // It grew while it was read.
        let now = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(too_big(now.max(bytes.len() as u64)));
    }
    decode(&name, bytes)
}

/// The text of a data file's bytes, named `name` in errors: UTF-8, or an error at the
/// first byte that is not.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, DataError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let before = std::str::from_utf8(valid).unwrap_or_default();
        let line = 1 + before.matches('\n').count();
        let col = 1 + before.chars().rev().take_while(|&c| c != '\n').count();
        DataError::single(name, Some(Position { line, col }), Problem::NotUtf8)
    })
}
