//! Rejects a broken data file at build time, with the same model, rules and messages as
//! the program's `check`: the staff read the problems in their own language.

use partner_cities_model::{data, i18n, locale, report};

fn main() {
    // The model crate is a dependency: cargo runs this again when it changes.
    println!("cargo::rerun-if-changed=data");
    let i18n = i18n::I18n::new();
    let lang = locale::from_env(&i18n.codes().collect::<Vec<_>>(), "pl");
    let error = match std::fs::read_to_string(data::EMBEDDED_NAME) {
        Ok(source) => match data::load(data::EMBEDDED_NAME, &source) {
            Ok(_) => return,
            Err(error) => error,
        },
        Err(e) => data::DataError {
            file: data::EMBEDDED_NAME.to_string(),
            diagnostics: vec![data::load::Diagnostic {
                position: None,
                path: None,
                problem: data::Problem::CannotRead(data::problem::ReadFailure::from_io(&e)),
            }],
        },
    };
    eprintln!(
        "{}\n{}",
        i18n.tr(lang, "build-data-invalid"),
        report::data_error(&i18n, lang, &error)
    );
    std::process::exit(1);
}
