//! Live data: the kiosk (or the browser with `--watch`) follows its data file. The folder
//! holding it is watched (editors save by writing a new file and renaming it over the old,
//! which a watch on the file itself would lose); after a change, once the file has been
//! quiet for [`SETTLE`], it is read and validated. A file that validates is handed over;
//! one that does not is reported and changes nothing; one written half-way never
//! validates, so it never shows.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::data::load::read_file;
use crate::data::problem::{Problem, ReadFailure};
use crate::data::{self, DataError, Dataset};

/// How long the file must stay unchanged before it is read: editors save in steps.
pub const SETTLE: Duration = Duration::from_millis(300);

/// How often a folder that is gone is looked for again.
const RETRY: Duration = Duration::from_secs(1);

/// What a change of the file came to.
#[derive(Debug)]
pub enum Reload {
    Loaded(Box<Dataset>),
    Refused(DataError),
    /// The folder holding the file is gone (deleted, or renamed): the file is followed
    /// again, and read, as soon as a folder of that name is back.
    FolderGone(PathBuf),
}

/// What the watching thread hears.
enum Note {
    /// Something happened to the file (or to something unnamed: look again).
    File,
    /// Something happened to the folder itself.
    Folder,
    /// The [`Watch`] was dropped.
    Stop,
}

/// Watching goes on while this lives.
pub struct Watch {
    notes: mpsc::Sender<Note>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.notes.send(Note::Stop);
    }
}

/// Watches `path`; `shown` is the text of the data on screen when it came from this file
/// (a change back to it is no change). `deliver` gets every reload, on a thread of its
/// own, and returns false once nobody listens, which ends the watching thread.
pub fn watch(
    path: &Path,
    shown: Option<String>,
    mut deliver: impl FnMut(Reload) -> bool + Send + 'static,
) -> notify::Result<Watch> {
    let path = path.to_path_buf();
    let name = path.file_name().map(|n| n.to_os_string());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (tx, rx) = mpsc::channel::<Note>();
    let notes = tx.clone();
    let folder = dir.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let note = match &event {
            // Opening and closing the file without writing changes nothing, and the
            // watching thread's own reads are such events: reading again after them
            // read the file every SETTLE for ever (and, for a FIFO, logged why each time).
            Ok(e) if matches!(e.kind, notify::EventKind::Access(_)) => None,
            Ok(e) if e.paths.contains(&folder) => Some(Note::Folder),
            // Anything about the file, or an event that names no file (an overflow):
            // look again.
            Ok(e)
                if e.paths.is_empty()
                    || e.paths.iter().any(|p| p.file_name() == name.as_deref()) =>
            {
                Some(Note::File)
            }
            Ok(_) => None,
            Err(_) => Some(Note::File),
        };
        if let Some(note) = note {
            let _ = notes.send(note);
        }
    })?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    thread::spawn(move || {
        let file = path.display().to_string();
        let mut last = shown;
        // The folder watched, and whether it is gone (then looked for every RETRY).
        let mut watched = folder_id(&dir);
        let mut gone = false;
        loop {
            let next = if gone {
                rx.recv_timeout(RETRY)
            } else {
                rx.recv().map_err(|_| mpsc::RecvTimeoutError::Disconnected)
            };
            let note = match next {
                Ok(note) => note,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if !dir.is_dir() || watcher.watch(&dir, RecursiveMode::NonRecursive).is_err() {
                        continue;
                    }
                    // Back: the file may be there already.
                    watched = folder_id(&dir);
                    gone = false;
                    Note::File
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            };
            let (mut file_changed, mut folder_changed) = match note {
                Note::Stop => break,
                Note::File => (true, false),
                Note::Folder => (false, true),
            };
            // After a change of the file, wait for the writing to end, noting what else
            // changed meanwhile (a stop ends everything).
            if file_changed {
                let stopped = loop {
                    match rx.recv_timeout(SETTLE) {
                        Ok(Note::Stop) => break true,
                        Ok(Note::File) => {}
                        Ok(Note::Folder) => folder_changed = true,
                        Err(_) => break false,
                    }
                };
                if stopped {
                    break;
                }
            }
            if folder_changed && !gone && folder_id(&dir) != watched {
                let _ = watcher.unwatch(&dir);
                gone = true;
                if !deliver(Reload::FolderGone(dir.clone())) {
                    break;
                }
            }
            if gone {
                file_changed = false;
            }
            if !file_changed {
                continue;
            }
            let source = match read_file(&path) {
                Ok(source) => source,
                // Gone for now (a save renaming over it, or not written yet): the next
                // event brings it.
                Err(e) if missing(&e) => continue,
                Err(e) => {
                    last = None;
                    if !deliver(Reload::Refused(e)) {
                        break;
                    }
                    continue;
                }
            };
            if last.as_deref() == Some(source.as_str()) {
                continue;
            }
            let reload = match data::load(&file, &source) {
                Ok(data) => Reload::Loaded(Box::new(data)),
                Err(e) => Reload::Refused(e),
            };
            last = Some(source);
            if !deliver(reload) {
                break;
            }
        }
    });
    Ok(Watch { notes: tx })
}

/// Which folder `dir` names now, if any: a folder renamed away or deleted is no longer the
/// one watched, even when another of that name has taken its place.
fn folder_id(dir: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(dir)
        .ok()
        .filter(|m| m.is_dir())
        .map(|m| (m.dev(), m.ino()))
}

fn missing(e: &DataError) -> bool {
    e.diagnostics
        .iter()
        .any(|d| matches!(d.problem, Problem::CannotRead(ReadFailure::NotFound)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    const GOOD: &str = include_str!("../tests/data/good/minimal.ron");

    /// A folder of its own, removed with everything in it when the test ends.
    fn scratch(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix(&format!("pc-watch-{name}-"))
            .tempdir()
            .expect("temp dir")
    }

    fn watched(path: &Path) -> (Watch, mpsc::Receiver<Reload>) {
        let (tx, rx) = mpsc::channel();
        let w = watch(path, None, move |r| tx.send(r).is_ok()).expect("watching");
        (w, rx)
    }

    fn next(rx: &mpsc::Receiver<Reload>) -> Option<Reload> {
        rx.recv_timeout(Duration::from_secs(5)).ok()
    }

    fn partner_name(r: Option<Reload>) -> String {
        match r {
            Some(Reload::Loaded(d)) => d.partners[0].name.clone(),
            other => panic!("not loaded: {other:?}"),
        }
    }

    #[test]
    fn a_saved_file_is_loaded_and_a_broken_one_refused() {
        let dir = scratch("save");
        let path = dir.path().join("data.ron");
        let (_w, rx) = watched(&path);
        let start = Instant::now();
        std::fs::write(&path, GOOD).expect("written");
        assert_eq!(partner_name(next(&rx)), "Duderstadt");
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
        std::fs::write(&path, GOOD.replace("\"1994\"", "\"1994-13\"")).expect("written");
        match next(&rx) {
            Some(Reload::Refused(e)) => assert!(e.file.ends_with("data.ron")),
            other => panic!("{other:?}"),
        }
        std::fs::write(
            &path,
            GOOD.replace("name: \"Duderstadt\"", "name: \"Dudo\""),
        )
        .expect("w");
        assert_eq!(partner_name(next(&rx)), "Dudo");
    }

    #[test]
    fn a_save_by_rename_is_seen_and_the_same_text_again_is_no_change() {
        let dir = scratch("rename");
        let path = dir.path().join("data.ron");
        std::fs::write(&path, GOOD).expect("written");
        let (_w, rx) = watched(&path);
        let tmp = dir.path().join(".data.ron.swp");
        std::fs::write(
            &tmp,
            GOOD.replace("name: \"Duderstadt\"", "name: \"Renamed\""),
        )
        .expect("w");
        std::fs::rename(&tmp, &path).expect("renamed");
        assert_eq!(partner_name(next(&rx)), "Renamed");
        // Touching it without a change reloads nothing.
        let same = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, same).expect("rewritten");
        assert!(rx.recv_timeout(Duration::from_secs(1)).is_err());
        // Another file in the folder is none of its business.
        std::fs::write(dir.path().join("other.ron"), GOOD).expect("written");
        assert!(rx.recv_timeout(Duration::from_secs(1)).is_err());
    }

    #[test]
    fn a_file_written_in_steps_shows_only_when_whole() {
        let dir = scratch("steps");
        let path = dir.path().join("data.ron");
        let (_w, rx) = watched(&path);
        use std::io::Write;
        let mut f = std::fs::File::create(&path).expect("created");
        let (head, tail) = GOOD.split_at(GOOD.len() / 2);
        f.write_all(head.as_bytes()).expect("half");
        f.flush().expect("flushed");
        // Half a file, left alone longer than the settle time: refused, never loaded.
        match next(&rx) {
            Some(Reload::Refused(_)) => {}
            other => panic!("half a file: {other:?}"),
        }
        f.write_all(tail.as_bytes()).expect("rest");
        drop(f);
        assert_eq!(partner_name(next(&rx)), "Duderstadt");
    }

    /// The folder deleted, then made again with a valid file in it: one message that it is
    /// gone, and the file is followed again.
    #[test]
    fn a_folder_deleted_and_made_again_is_followed_again() {
        let dir = scratch("folder");
        let folder = dir.path().join("data");
        std::fs::create_dir(&folder).expect("made");
        let path = folder.join("data.ron");
        let (_w, rx) = watched(&path);
        std::fs::write(&path, GOOD).expect("written");
        assert_eq!(partner_name(next(&rx)), "Duderstadt");
        std::fs::remove_dir_all(&folder).expect("removed");
        match next(&rx) {
            Some(Reload::FolderGone(f)) => assert_eq!(f, folder),
            other => panic!("{other:?}"),
        }
        std::fs::create_dir(&folder).expect("made again");
        std::fs::write(
            &path,
            GOOD.replace("name: \"Duderstadt\"", "name: \"Back\""),
        )
        .expect("w");
        assert_eq!(partner_name(next(&rx)), "Back");
        // Renamed away, and another made in its place: followed again too.
        std::fs::rename(&folder, dir.path().join("old")).expect("renamed");
        assert!(matches!(next(&rx), Some(Reload::FolderGone(_))));
        std::fs::create_dir(&folder).expect("made again");
        std::fs::write(&path, GOOD.replace("name: \"Duderstadt\"", "name: \"New\"")).expect("w");
        assert_eq!(partner_name(next(&rx)), "New");
        assert!(
            rx.recv_timeout(Duration::from_secs(2)).is_err(),
            "nothing more"
        );
    }

    /// A pipe where the file was is refused, not waited on: the next save shows.
    #[test]
    fn a_pipe_in_place_of_the_file_is_refused_and_the_next_save_shows() {
        let dir = scratch("fifo");
        let path = dir.path().join("data.ron");
        let (_w, rx) = watched(&path);
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        match next(&rx) {
            Some(Reload::Refused(e)) => assert!(matches!(
                e.diagnostics[0].problem,
                Problem::CannotRead(ReadFailure::NotAFile)
            )),
            other => panic!("{other:?}"),
        }
        // Once: the watch's own look at the pipe is no change to look at again (measured in
        // the kiosk before: a refusal, and a line in the journal, three times a second).
        let again = rx.recv_timeout(SETTLE * 6);
        assert!(again.is_err(), "refused again: {again:?}");
        std::fs::remove_file(&path).expect("removed");
        std::fs::write(&path, GOOD).expect("written");
        assert_eq!(partner_name(next(&rx)), "Duderstadt");
    }

    #[test]
    fn the_thread_ends_when_nobody_listens() {
        let dir = scratch("gone");
        let path = dir.path().join("data.ron");
        let (done_tx, done_rx) = mpsc::channel();
        let w = watch(&path, None, move |_| {
            let _ = done_tx.send(());
            false
        })
        .expect("watching");
        std::fs::write(&path, GOOD).expect("written");
        assert!(done_rx.recv_timeout(Duration::from_secs(5)).is_ok());
        drop(w);
        // The sender moved into the thread is dropped when the thread ends.
        assert!(matches!(
            done_rx.recv_timeout(Duration::from_secs(5)),
            Err(mpsc::RecvTimeoutError::Disconnected)
        ));
    }
}
