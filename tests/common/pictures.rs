//! Committed pictures (text screens under `tests/snapshots/`, the README's gallery under
//! `screenshots/`): each test draws its picture again and compares it with the file.
//! `UPDATE_SNAPSHOTS=1 cargo test` rewrites every picture instead, as after an edit of the
//! data or of the look; `git diff` then shows what changed.

use std::path::{Path, PathBuf};

/// The command that refreshes every committed picture.
pub const REFRESH: &str = "UPDATE_SNAPSHOTS=1 cargo test";

/// True when this run rewrites the pictures instead of checking them.
pub fn updating() -> bool {
    std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1")
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The file of the text picture `name`.
pub fn snapshot_path(name: &str) -> PathBuf {
    root().join("tests/snapshots").join(format!("{name}.txt"))
}

/// Compares `drawn` with the committed file at `path`, or writes it when updating. The
/// error says where they first differ.
pub fn compare(path: &Path, drawn: &str) -> Result<(), String> {
    if updating() {
        std::fs::write(path, drawn)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return Ok(());
    }
    let shown = path.strip_prefix(root()).unwrap_or(path).display();
    let Ok(committed) = std::fs::read_to_string(path) else {
        return Err(format!("{shown} does not exist"));
    };
    if committed == drawn {
        return Ok(());
    }
    let (old, new): (Vec<&str>, Vec<&str>) = (committed.lines().collect(), drawn.lines().collect());
    let line = (0..old.len().max(new.len()))
        .find(|&i| old.get(i) != new.get(i))
        .unwrap_or(0);
    Err(format!(
        "{shown} differs from what the program draws, first at line {}:\n  committed: {:?}\n  \
         drawn:     {:?}",
        line + 1,
        old.get(line).unwrap_or(&""),
        new.get(line).unwrap_or(&"")
    ))
}

/// Checks the text picture `name` (panics with the difference and how to refresh).
pub fn check(name: &str, drawn: &str) {
    if let Err(e) = compare(&snapshot_path(name), drawn) {
        panic!("{e}\nlook at the change, then refresh every picture: {REFRESH}");
    }
}
