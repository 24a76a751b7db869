//! Rejects a broken data file at build time, with the same model, rules and messages as
//! the program's `check`: the staff read the problems in their own language. The data it
//! checked is written for the program to start from (`src/lib.rs`).

use partner_cities_model::{data, i18n, locale, report};

fn main() {
    // The model crate is a dependency: cargo runs this again when it changes.
    println!("cargo::rerun-if-changed=data");
    let i18n = i18n::I18n::new();
    let lang = locale::from_env(&i18n.codes().collect::<Vec<_>>(), "pl");
    let error = match std::fs::read_to_string(data::EMBEDDED_NAME) {
        Ok(source) => match data::load(data::EMBEDDED_NAME, &source) {
            Ok(checked) => {
                let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets it"))
                    .join("embedded.postcard");
                let bytes = postcard::to_stdvec(&checked).expect("the model serialises");
                std::fs::write(out, bytes).expect("OUT_DIR is writable");
                return;
            }
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
