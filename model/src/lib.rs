//! The partner towns' data set and what people read about it: the model, dates, reading
//! and validation of a data file ([`data`]), the interface messages in six languages
//! ([`i18n`]), the reports on a data file for staff ([`report`]), the language of the
//! locale ([`locale`]) and the characters a terminal can draw ([`glyphs`]).
//!
//! A crate of its own so that the program's build script can check the embedded data file
//! with the same code and messages as the program; it depends on nothing of the program.

pub mod data;
pub mod glyphs;
pub mod i18n;
pub mod locale;
pub mod report;
