//! The speech engine: a thread that runs one command per part of an utterance, one after
//! the other, and ends the running one the moment something new is to be said. It never
//! runs on the event loop's thread, so a missing, failing or hanging engine cannot slow
//! the screen; it sleeps until it is asked something or a command ends (no polling).
//!
//! Each command runs in a process group of its own, with the text on its standard input
//! and its output thrown away: ending it signals the whole group, so that the program a
//! shell started hears it too.

use std::collections::{HashSet, VecDeque};
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use std::os::unix::process::CommandExt;

use rustix::process::{Pid, Signal, WaitId, WaitIdOptions, kill_process_group, waitid};

use super::{Cue, Part};

/// How long a command has to end after SIGTERM before it gets SIGKILL.
pub const GRACE: Duration = Duration::from_millis(500);

/// Who speaks: Debian's espeak-ng, or a command of the town's choosing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Voice {
    /// `espeak-ng` from `PATH`, with the voice for each language.
    Espeak,
    /// `sh -c COMMAND`, with the text on standard input and the language in `SPEECH_LANG`.
    Command(String),
}

/// espeak-ng's voice for one of our languages (Mandarin for Chinese).
pub fn espeak_voice(lang: &str) -> &'static str {
    match lang {
        "pl" => "pl",
        "de" => "de",
        "fr" => "fr",
        "zh" => "cmn",
        "ka" => "ka",
        _ => "en",
    }
}

/// A kind of failure, reported once per run of the program however often it recurs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Fault {
    /// The command could not be started at all (no such program, no permission): the
    /// system's reason.
    NotStarted(String),
    /// It ended with this status (an exit code, or a signal it was not sent by us).
    Failed(String),
    /// It went on after SIGTERM and had to be killed.
    Hung,
}

impl Fault {
    fn kind(&self) -> u8 {
        match self {
            Fault::NotStarted(_) => 0,
            Fault::Failed(_) => 1,
            Fault::Hung => 2,
        }
    }
}

enum Job {
    Cue(Cue),
    /// The command with this token has ended (it is not reaped yet).
    Ended(u64),
    Quit,
}

/// The running engine; dropping it ends whatever is being said.
pub struct Engine {
    tx: Sender<Job>,
    thread: Option<JoinHandle<()>>,
}

impl Engine {
    /// Starts the engine's thread; `fault` hears of each kind of failure once.
    pub fn start(voice: Voice, fault: impl Fn(Fault) + Send + 'static) -> Engine {
        let (tx, rx) = mpsc::channel();
        let own = tx.clone();
        let thread = thread::spawn(move || {
            Worker {
                voice,
                tx: own,
                fault: Box::new(fault),
                reported: HashSet::new(),
                current: None,
                ending: Vec::new(),
                queue: VecDeque::new(),
                volume: 0,
                token: 0,
            }
            .run(rx)
        });
        Engine {
            tx,
            thread: Some(thread),
        }
    }

    pub fn cue(&self, cue: Cue) {
        let _ = self.tx.send(Job::Cue(cue));
    }
}

impl Drop for Engine {
    /// Nothing goes on speaking after the program: every command is killed and reaped.
    fn drop(&mut self) {
        let _ = self.tx.send(Job::Quit);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A command that is running, or ending.
struct Running {
    child: Child,
    token: u64,
    /// When it was sent SIGTERM; `None` while it speaks.
    ended_at: Option<Instant>,
    killed: bool,
}

impl Running {
    fn signal(&self, signal: Signal) {
        // The command leads its own process group (see `spawn`), and is not reaped before
        // its end is seen, so the group's id is still its own.
        let _ = kill_process_group(Pid::from_child(&self.child), signal);
    }
}

struct Worker {
    voice: Voice,
    tx: Sender<Job>,
    fault: Box<dyn Fn(Fault) + Send>,
    reported: HashSet<u8>,
    current: Option<Running>,
    ending: Vec<Running>,
    queue: VecDeque<Part>,
    volume: u8,
    token: u64,
}

impl Worker {
    fn run(mut self, rx: Receiver<Job>) {
        loop {
            // Asleep until a job, or until a command sent SIGTERM is due for SIGKILL.
            let due = self
                .ending
                .iter()
                .filter(|r| !r.killed)
                .filter_map(|r| r.ended_at)
                .min();
            let job = match due {
                None => rx.recv().ok(),
                Some(at) => {
                    match rx.recv_timeout((at + GRACE).saturating_duration_since(Instant::now())) {
                        Ok(job) => Some(job),
                        Err(RecvTimeoutError::Timeout) => {
                            self.kill_late();
                            continue;
                        }
                        Err(RecvTimeoutError::Disconnected) => None,
                    }
                }
            };
            match job {
                Some(Job::Cue(Cue::Say { parts, volume })) => {
                    self.end_current();
                    self.queue = parts.into();
                    self.volume = volume;
                    self.next();
                }
                Some(Job::Cue(Cue::Stop)) => {
                    self.end_current();
                    self.queue.clear();
                }
                Some(Job::Ended(token)) => self.ended(token),
                Some(Job::Quit) | None => break,
            }
        }
        self.queue.clear();
        self.end_current();
        for mut r in self.ending.drain(..) {
            r.signal(Signal::KILL);
            let _ = r.child.wait();
        }
    }

    fn report(&mut self, fault: Fault) {
        if self.reported.insert(fault.kind()) {
            (self.fault)(fault);
        }
    }

    /// SIGTERM to the command speaking (and SIGCONT, should it be stopped).
    fn end_current(&mut self) {
        if let Some(mut r) = self.current.take() {
            r.signal(Signal::TERM);
            r.signal(Signal::CONT);
            r.ended_at = Some(Instant::now());
            self.ending.push(r);
        }
    }

    /// SIGKILL to every command that outlived its grace.
    fn kill_late(&mut self) {
        let now = Instant::now();
        let mut hung = false;
        for r in &mut self.ending {
            if !r.killed && r.ended_at.is_some_and(|at| now >= at + GRACE) {
                r.signal(Signal::KILL);
                r.killed = true;
                hung = true;
            }
        }
        if hung {
            self.report(Fault::Hung);
        }
    }

    fn ended(&mut self, token: u64) {
        if self.current.as_ref().is_some_and(|r| r.token == token) {
            if let Some(mut r) = self.current.take() {
                match r.child.wait() {
                    Ok(status) if !status.success() => {
                        self.report(Fault::Failed(status.to_string()))
                    }
                    _ => {}
                }
            }
            self.next();
        } else if let Some(i) = self.ending.iter().position(|r| r.token == token) {
            let mut r = self.ending.swap_remove(i);
            let _ = r.child.wait();
        }
    }

    /// Starts the next part, if any.
    fn next(&mut self) {
        while let Some(part) = self.queue.pop_front() {
            match self.spawn(&part) {
                Ok(running) => {
                    self.current = Some(running);
                    return;
                }
                Err(e) => self.report(Fault::NotStarted(e.to_string())),
            }
        }
    }

    fn spawn(&mut self, part: &Part) -> std::io::Result<Running> {
        let mut command = match &self.voice {
            Voice::Espeak => {
                let mut c = Command::new("espeak-ng");
                // UTF-8 text from standard input; espeak-ng's amplitude is 0 to 200, 100
                // its normal loudness.
                let amplitude = u16::from(self.volume) * 2;
                c.args(["--stdin", "-b", "1", "-a"])
                    .arg(amplitude.to_string())
                    .args(["-v", espeak_voice(part.lang)]);
                c
            }
            Voice::Command(line) => {
                let mut c = Command::new("/bin/sh");
                c.arg("-c").arg(line);
                c
            }
        };
        let mut child = command
            .env("SPEECH_LANG", part.lang)
            .env("SPEECH_VOLUME", self.volume.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()?;
        self.token = self.token.wrapping_add(1);
        let token = self.token;
        let pid = Pid::from_child(&child);
        let stdin = child.stdin.take();
        let text = part.text.clone();
        let tx = self.tx.clone();
        // Writes the text and waits for the end without reaping, so that the process
        // group stays the command's until this thread's owner has signalled it for the
        // last time.
        thread::spawn(move || {
            if let Some(mut stdin) = stdin {
                let _ = stdin.write_all(text.as_bytes());
            }
            while let Err(rustix::io::Errno::INTR) = waitid(
                WaitId::Pid(pid),
                WaitIdOptions::EXITED | WaitIdOptions::NOWAIT,
            ) {}
            let _ = tx.send(Job::Ended(token));
        });
        Ok(Running {
            child,
            token,
            ended_at: None,
            killed: false,
        })
    }
}
