//! Shared set-up for the integration tests, one module per job. Behaviour tests run on
//! the fixture `tests/data/good/towns.ron`; only smoke tests and the committed pictures
//! use the production data.
#![allow(dead_code)]

pub mod apps;
pub mod corpus;
pub mod hostile;
pub mod keys;
pub mod pictures;
pub mod screen;
pub mod tools;

// Each test binary uses a different part of these.
#[allow(unused_imports)]
pub use apps::{TODAY, Tui, app, app_on, app_with, fixture, partner_index, production, settings};
#[allow(unused_imports)]
pub use keys::{press, type_text};
