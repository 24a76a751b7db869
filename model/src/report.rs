//! What the command line says about data to people, in their language: problems with a
//! data file (`FILE:LINE:COL: message`, one line each) and `check`'s summary.
//! Every value quoted from the input is made safe to print first.

use crate::data::chars::{Refused, escape};
use crate::data::date::DateError;
use crate::data::load::DataError;
use crate::data::problem::{Many, Problem, ReadFailure, Record, Syntax};
use crate::data::validate::Gap;
use crate::data::{CONTENT_LANGUAGES, Dataset, REQUIRED_LANGUAGES};
use crate::i18n::{Arg, I18n};

/// Every problem of `error`, one line each: `FILE:LINE:COL: message` where the position is
/// known, `FILE: at PATH: message` where only the field is, `FILE: message` otherwise.
pub fn data_error(i18n: &I18n, lang: &str, error: &DataError) -> String {
    let file = escape(&error.file);
    let mut out = String::new();
    for d in &error.diagnostics {
        if !out.is_empty() {
            out.push('\n');
        }
        let message = problem(i18n, lang, &d.problem);
        match (&d.position, &d.path) {
            (Some(pos), _) => out.push_str(&format!("{file}:{pos}: {message}")),
            (None, Some(path)) => {
                let at = i18n.tr_args(
                    lang,
                    "data-at-path",
                    &[("path", Arg::Text(&escape(&path.to_string())))],
                );
                out.push_str(&format!("{file}: {at}: {message}"));
            }
            (None, None) => out.push_str(&format!("{file}: {message}")),
        }
    }
    out
}

/// One problem as a sentence in `lang`.
pub fn problem(i18n: &I18n, lang: &str, problem: &Problem) -> String {
    let tr = |id: &str, args: &[(&str, Arg)]| i18n.tr_args(lang, id, args);
    let quoted = |text: &str| escape(text).into_owned();
    let count = |n: usize| Arg::Num(i64::try_from(n).unwrap_or(i64::MAX));
    match problem {
        Problem::CannotRead(failure) => {
            let reason = match failure {
                ReadFailure::NotFound => tr("data-read-not-found", &[]),
                ReadFailure::PermissionDenied => tr("data-read-permission", &[]),
                ReadFailure::IsADirectory => tr("data-read-directory", &[]),
                ReadFailure::NotAFile => tr("data-read-not-a-file", &[]),
                ReadFailure::Other(text) => quoted(text),
            };
            tr("data-cannot-read", &[("reason", Arg::Text(&reason))])
        }
        Problem::FileTooBig { bytes, max } => tr(
            "data-too-big",
            &[
                ("bytes", Arg::Text(&bytes.to_string())),
                ("max", Arg::Text(&max.to_string())),
            ],
        ),
        Problem::NotUtf8 => tr("data-not-utf8", &[]),
        Problem::Syntax { what, in_text } => {
            let message = syntax(i18n, lang, what);
            if *in_text {
                tr("syntax-in-text", &[("message", Arg::Text(&message))])
            } else {
                message
            }
        }
        Problem::UnknownField {
            found,
            expected,
            record,
        } => tr(
            "data-unknown-field",
            &[
                ("field", Arg::Text(&quoted(found))),
                ("record", Arg::Text(&self::record(i18n, lang, record))),
                (
                    "expected",
                    Arg::Text(&expected.join(&i18n.tr(lang, "list-separator"))),
                ),
            ],
        ),
        Problem::MissingField { field, record } => tr(
            "data-missing-field",
            &[
                ("field", Arg::Text(field)),
                ("record", Arg::Text(&self::record(i18n, lang, record))),
            ],
        ),
        Problem::FieldTwice { field, record } => tr(
            "data-field-twice",
            &[
                ("field", Arg::Text(field)),
                ("record", Arg::Text(&self::record(i18n, lang, record))),
            ],
        ),
        Problem::UnknownKind { found, expected } => tr(
            "data-unknown-kind",
            &[
                ("found", Arg::Text(&quoted(found))),
                (
                    "expected",
                    Arg::Text(&expected.join(&i18n.tr(lang, "list-separator"))),
                ),
            ],
        ),
        Problem::WrongValue { expected, found } => tr(
            "data-wrong-value",
            &[
                ("expected", Arg::Text(&quoted(expected))),
                ("found", Arg::Text(&quoted(found))),
            ],
        ),
        Problem::TooMany {
            what,
            count: n,
            max,
        } => tr(
            match what {
                Many::Partners => "data-too-many-partners",
                Many::Events => "data-too-many-events",
            },
            &[("count", count(*n)), ("max", count(*max))],
        ),
        Problem::BadId { id, max } => tr(
            "data-bad-id",
            &[("id", Arg::Text(&quoted(id))), ("max", count(*max))],
        ),
        Problem::IdTwice { id, first } => tr(
            "data-id-twice",
            &[
                ("id", Arg::Text(&quoted(id))),
                ("first", Arg::Text(&quoted(&first.to_string()))),
            ],
        ),
        Problem::UnknownPartner { id, known, more } => {
            let mut list = known.iter().map(|k| quoted(k)).collect::<Vec<_>>();
            if *more {
                list.push("…".to_string());
            }
            tr(
                "data-unknown-partner",
                &[
                    ("id", Arg::Text(&quoted(id))),
                    (
                        "known",
                        Arg::Text(&list.join(&i18n.tr(lang, "list-separator"))),
                    ),
                ],
            )
        }
        Problem::BadCountryCode { code } => tr(
            "data-bad-country-code",
            &[("code", Arg::Text(&quoted(code)))],
        ),
        Problem::UnknownCountry { code, known } => {
            let list = known.iter().map(|k| quoted(k)).collect::<Vec<_>>();
            tr(
                "data-unknown-country",
                &[
                    ("code", Arg::Text(&quoted(code))),
                    (
                        "known",
                        Arg::Text(&list.join(&i18n.tr(lang, "list-separator"))),
                    ),
                ],
            )
        }
        Problem::Latitude { value } => {
            tr("data-latitude", &[("value", Arg::Text(&value.to_string()))])
        }
        Problem::Longitude { value } => tr(
            "data-longitude",
            &[("value", Arg::Text(&value.to_string()))],
        ),
        Problem::Empty => tr("data-empty", &[]),
        Problem::NoParagraph => tr("data-no-paragraph", &[]),
        Problem::NoDate => tr("data-no-date", &[]),
        Problem::MissingTranslation { lang: code } => {
            tr("data-missing-translation", &[("lang", Arg::Text(code))])
        }
        Problem::EmptyTranslation { lang: code } => {
            tr("data-empty-translation", &[("lang", Arg::Text(code))])
        }
        Problem::BadLanguageCode { code } => {
            tr("data-bad-language", &[("code", Arg::Text(&quoted(code)))])
        }
        Problem::KeyTwice { key } => tr("data-key-twice", &[("key", Arg::Text(&quoted(key)))]),
        Problem::TooLong { chars, max } => tr(
            "data-too-long",
            &[("chars", count(*chars)), ("max", count(*max))],
        ),
        Problem::BadChar { index, ch, why } => {
            let class = tr(
                match why {
                    Refused::Control => "char-control",
                    Refused::Bidi => "char-bidi",
                    Refused::Format => "char-format",
                    Refused::Separator => "char-separator",
                    Refused::PrivateUse => "char-private-use",
                    Refused::Noncharacter => "char-noncharacter",
                    Refused::Unassigned => "char-unassigned",
                    Refused::Ignorable => "char-ignorable",
                },
                &[],
            );
            tr(
                "data-bad-char",
                &[
                    ("index", count(*index)),
                    ("code", Arg::Text(&format!("U+{:04X}", u32::from(*ch)))),
                    ("class", Arg::Text(&class)),
                ],
            )
        }
        Problem::TooManyMarks { index, max } => tr(
            "data-too-many-marks",
            &[("index", count(*index)), ("max", count(*max))],
        ),
        Problem::LoneMark { index } => tr("data-lone-mark", &[("index", count(*index))]),
        Problem::Date(error) => date_error(i18n, lang, error),
    }
}

/// Why a text is not a date, in `lang`.
pub fn date_error(i18n: &I18n, lang: &str, error: &DateError) -> String {
    let tr = |id: &str, args: &[(&str, Arg)]| i18n.tr_args(lang, id, args);
    match error {
        DateError::Format(text) => tr("date-error-format", &[("text", Arg::Text(&escape(text)))]),
        DateError::Year(text) => tr("date-error-year", &[("text", Arg::Text(&escape(text)))]),
        DateError::Month(m) => tr("date-error-month", &[("month", Arg::Num(i64::from(*m)))]),
        DateError::Day { year, month, day } => tr(
            "date-error-day",
            &[
                ("day", Arg::Num(i64::from(*day))),
                ("month", Arg::Text(&format!("{year:04}-{month:02}"))),
                (
                    "days",
                    Arg::Num(i64::from(crate::data::date::days_in_month(*year, *month))),
                ),
            ],
        ),
    }
}

fn syntax(i18n: &I18n, lang: &str, what: &Syntax) -> String {
    let id = match what {
        Syntax::EndOfFile => "syntax-end-of-file",
        Syntax::Comma => "syntax-comma",
        Syntax::Colon => "syntax-colon",
        Syntax::OpenList => "syntax-open-list",
        Syntax::CloseList => "syntax-close-list",
        Syntax::OpenMap => "syntax-open-map",
        Syntax::CloseMap => "syntax-close-map",
        Syntax::OpenGroup => "syntax-open-group",
        Syntax::CloseGroup => "syntax-close-group",
        Syntax::Text => "syntax-text",
        Syntax::TextEnd => "syntax-text-end",
        Syntax::Number => "syntax-number",
        Syntax::Name => "syntax-name",
        Syntax::Escape => "syntax-escape",
        Syntax::Trailing => "syntax-trailing",
        Syntax::TooDeep => "syntax-too-deep",
        Syntax::UnclosedComment => "syntax-comment",
        Syntax::UnexpectedChar(c) => {
            let shown = escape(&c.to_string()).into_owned();
            return i18n.tr_args(
                lang,
                "syntax-unexpected-char",
                &[("char", Arg::Text(&shown))],
            );
        }
        Syntax::Other(details) => {
            let details = escape(details);
            return i18n.tr_args(lang, "syntax-other", &[("details", Arg::Text(&details))]);
        }
    };
    i18n.tr(lang, id)
}

fn record(i18n: &I18n, lang: &str, record: &Record) -> String {
    let id = match record {
        Record::File => "record-file",
        Record::Home => "record-home",
        Record::Coordinates => "record-coordinates",
        Record::Partner => "record-partner",
        Record::Beginning => "record-beginning",
        Record::Step => "record-step",
        Record::Person => "record-person",
        Record::Organisation => "record-organisation",
        Record::Event => "record-event",
        Record::Other(name) => {
            return i18n.tr_args(lang, "record-other", &[("name", Arg::Text(&escape(name)))]);
        }
    };
    i18n.tr(lang, id)
}

/// What `check` says of a valid file: its size, then per language whether every content
/// text and interface message is there, and where not (a missing one falls back to
/// English, then Polish).
pub fn check_summary(
    i18n: &I18n,
    lang: &str,
    name: &str,
    source: &str,
    data: &Dataset,
    gaps: &[Gap],
) -> String {
    let name = escape(name);
    let count = |n: usize| Arg::Num(i64::try_from(n).unwrap_or(i64::MAX));
    let mut out = i18n.tr_args(
        lang,
        "check-valid",
        &[
            ("file", Arg::Text(&name)),
            ("partners", count(data.partners.len())),
            ("events", count(data.events.len())),
        ],
    );
    out.push('\n');
    let positions = crate::data::load::positions(source, gaps.iter().map(|g| &g.path));
    let located: Vec<_> = gaps.iter().zip(positions).collect();
    for code in CONTENT_LANGUAGES {
        let gaps: Vec<_> = located.iter().filter(|(g, _)| g.lang == *code).collect();
        let messages = i18n.missing_messages(code);
        let line = if gaps.is_empty() && messages.is_empty() {
            let id = if REQUIRED_LANGUAGES.contains(code) {
                "check-complete-required"
            } else {
                "check-complete"
            };
            i18n.tr_args(lang, id, &[("lang", Arg::Text(code))])
        } else {
            i18n.tr_args(
                lang,
                "check-missing",
                &[
                    ("lang", Arg::Text(code)),
                    ("texts", count(gaps.len())),
                    ("messages", count(messages.len())),
                ],
            )
        };
        out.push_str(&format!("  {line}\n"));
        for (gap, position) in gaps {
            let path = escape(&gap.path.to_string()).into_owned();
            match position {
                Some(p) => out.push_str(&format!("    {name}:{p}: {path}\n")),
                None => out.push_str(&format!("    {name}: {path}\n")),
            }
        }
        for id in messages {
            let line = i18n.tr_args(lang, "check-missing-message", &[("id", Arg::Text(&id))]);
            out.push_str(&format!("    {line}\n"));
        }
    }
    out
}
