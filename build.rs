//! Rejects a broken data file at build time, with the same model, rules and messages as
//! the program's `check`: the staff read the problems in their own language.

#[allow(dead_code, unused_imports)]
#[path = "src/data/mod.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/glyphs.rs"]
mod glyphs;
#[allow(dead_code)]
#[path = "src/i18n.rs"]
mod i18n;
#[allow(dead_code)]
#[path = "src/locale.rs"]
mod locale;
#[allow(dead_code)]
#[path = "src/report.rs"]
mod report;

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src/data");
    println!("cargo::rerun-if-changed=src/i18n.rs");
    println!("cargo::rerun-if-changed=src/report.rs");
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
