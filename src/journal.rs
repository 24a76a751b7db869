//! Messages for the staff from a program whose terminal is the kiosk's screen: a data file
//! that did not load goes to the systemd journal when there is one, else to a log file,
//! never to the screen.

use std::fs::OpenOptions;
use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};

/// journald's socket for its native protocol.
pub const JOURNAL_SOCKET: &str = "/run/systemd/journal/socket";

/// Where messages go, worked out once from the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journal {
    /// Standard error is the journal's own stream (systemd sets `JOURNAL_STREAM` to its
    /// device and inode): write there.
    pub stderr_is_journal: bool,
    /// The journal's socket, when the machine runs journald.
    pub socket: Option<PathBuf>,
    /// The file used when there is no journal: under the user's own state folder, never
    /// in a folder shared with other users (where another user could have put a link in
    /// its place); `None` when there is no home to put it in.
    pub file: Option<PathBuf>,
}

/// Where a message went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Stderr,
    Socket,
    File(PathBuf),
    Nowhere,
}

impl Journal {
    /// From this process's environment: `JOURNAL_STREAM` against its standard error,
    /// journald's socket, and `$XDG_STATE_HOME` (or `~/.local/state`) for the file.
    pub fn from_env() -> Journal {
        let stderr_is_journal = std::env::var("JOURNAL_STREAM").is_ok_and(|stream| {
            std::fs::metadata("/proc/self/fd/2")
                .is_ok_and(|m| stream == format!("{}:{}", m.dev(), m.ino()))
        });
        let socket = Path::new(JOURNAL_SOCKET)
            .exists()
            .then(|| PathBuf::from(JOURNAL_SOCKET));
        let state = std::env::var_os("XDG_STATE_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| {
                std::env::var_os("HOME")
                    .map(PathBuf::from)
                    .filter(|h| h.is_absolute())
                    .map(|h| h.join(".local/state"))
            });
        Journal {
            stderr_is_journal,
            socket,
            file: state.map(|s| s.join("partner-cities").join("data.log")),
        }
    }

    /// Records `text` (one or more lines) as an error of the program.
    pub fn error(&self, text: &str) -> Sent {
        if self.stderr_is_journal && std::io::stderr().lock().write_all(text.as_bytes()).is_ok() {
            return Sent::Stderr;
        }
        if let Some(socket) = &self.socket
            && UnixDatagram::unbound()
                .and_then(|s| s.send_to(&native(text), socket))
                .is_ok()
        {
            return Sent::Socket;
        }
        let Some(file) = &self.file else {
            return Sent::Nowhere;
        };
        let appended = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| {
                let mut f = OpenOptions::new().create(true).append(true).open(file)?;
                let stamp = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
                let mut record = String::new();
                for line in text.lines() {
                    record.push_str(&format!("{stamp} {line}\n"));
                }
                f.write_all(record.as_bytes())
            });
        match appended {
            Ok(()) => Sent::File(file.clone()),
            Err(_) => Sent::Nowhere,
        }
    }
}

/// One entry in journald's native protocol: the message as a binary field (it may hold
/// newlines), at priority 3 (error), under the program's name.
fn native(text: &str) -> Vec<u8> {
    let mut out = b"SYSLOG_IDENTIFIER=partner-cities\nPRIORITY=3\nMESSAGE\n".to_vec();
    let message = text.trim_end_matches('\n').as_bytes();
    out.extend_from_slice(&(message.len() as u64).to_le_bytes());
    out.extend_from_slice(message);
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of its own, removed with everything in it when the test ends.
    fn scratch(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix(&format!("pc-journal-{name}-"))
            .tempdir()
            .expect("temp dir")
    }

    #[test]
    fn without_a_journal_messages_go_to_the_file_with_a_time_on_each_line() {
        let dir = scratch("file");
        let journal = Journal {
            stderr_is_journal: false,
            socket: None,
            file: Some(dir.path().join("state/partner-cities/data.log")),
        };
        let file = journal.file.clone().expect("a file");
        assert_eq!(
            journal.error("a:1:2: one\na:3:4: two\n"),
            Sent::File(file.clone())
        );
        journal.error("a:5:6: three\n");
        let log = std::fs::read_to_string(&file).expect("written");
        let lines: Vec<&str> = log.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].ends_with(" a:1:2: one") && lines[2].ends_with(" a:5:6: three"));
        assert_eq!(lines[0].len(), "2026-11-24 23:30:00 a:1:2: one".len());
    }

    #[test]
    fn with_journald_a_message_is_one_native_entry() {
        let dir = scratch("socket");
        let path = dir.path().join("socket");
        let server = UnixDatagram::bind(&path).expect("bound");
        let journal = Journal {
            stderr_is_journal: false,
            socket: Some(path),
            file: Some(dir.path().join("unused.log")),
        };
        assert_eq!(journal.error("a:1:2: one\na:3:4: two\n"), Sent::Socket);
        let mut buf = [0u8; 512];
        let n = server.recv(&mut buf).expect("an entry");
        let mut expected = b"SYSLOG_IDENTIFIER=partner-cities\nPRIORITY=3\nMESSAGE\n".to_vec();
        expected.extend_from_slice(&21u64.to_le_bytes());
        expected.extend_from_slice(b"a:1:2: one\na:3:4: two\n");
        assert_eq!(&buf[..n], expected.as_slice());
        assert!(!dir.path().join("unused.log").exists());
    }

    #[test]
    fn a_journal_socket_nobody_reads_falls_back_to_the_file() {
        let dir = scratch("dead");
        let journal = Journal {
            stderr_is_journal: false,
            socket: Some(dir.path().join("no-such-socket")),
            file: Some(dir.path().join("data.log")),
        };
        assert_eq!(
            journal.error("x\n"),
            Sent::File(dir.path().join("data.log"))
        );
    }

    /// Without a home of its own, nothing is written anywhere else (a shared folder such
    /// as /tmp is where another user could have put a link to a file of the kiosk's).
    #[test]
    fn without_a_journal_or_a_home_nothing_is_written() {
        let journal = Journal {
            stderr_is_journal: false,
            socket: None,
            file: None,
        };
        assert_eq!(journal.error("x\n"), Sent::Nowhere);
    }
}
