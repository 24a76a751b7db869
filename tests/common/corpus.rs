//! The bad-data corpus: each `tests/data/bad/*.ron` with the exact messages it must give,
//! in English (`.en.expected`) and in Polish (`.pl.expected`).

use std::path::PathBuf;

pub struct BadFile {
    /// Relative to the crate, as the messages name it.
    pub name: String,
    pub english: String,
    pub polish: String,
}

/// Fewest files the corpus must hold: a check on the loop, not on the data.
pub const AT_LEAST: usize = 50;

pub fn bad_files() -> Vec<BadFile> {
    let dir = PathBuf::from("tests/data/bad");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/bad exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    let files: Vec<BadFile> = files
        .into_iter()
        .map(|path| {
            let name = path.to_str().expect("UTF-8 path").to_owned();
            let read = |lang: &str| {
                std::fs::read_to_string(path.with_extension(format!("{lang}.expected")))
                    .unwrap_or_else(|_| panic!("{name} needs a .{lang}.expected file"))
            };
            BadFile {
                english: read("en"),
                polish: read("pl"),
                name,
            }
        })
        .collect();
    assert!(
        files.len() >= AT_LEAST,
        "the corpus has {} files",
        files.len()
    );
    files
}
