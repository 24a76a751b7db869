//! Speech: a second view of the state, for visitors who cannot see the screen. After each
//! round of updates, [`Listener::next`] works out what the state says now ([`say`]) and
//! compares it with what it said last: anything new is said at once, cutting off what was
//! being said; any other input only stops it. The [`engine`] turns what is to be said into
//! sound, on a thread of its own.

pub mod engine;
pub mod say;
mod spoken;
pub mod text;

use crate::app::{App, Speech};

/// A piece of an utterance in one language (one voice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// One of the interface's language codes: `pl`, `en`, `de`, `fr`, `zh`, `ka`.
    pub lang: &'static str,
    pub text: String,
}

/// What the engine is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cue {
    /// Say these parts in turn, at this volume (percent), after ending what is being said.
    Say { parts: Vec<Part>, volume: u8 },
    /// End what is being said.
    Stop,
}

/// What was heard last.
#[derive(Debug, Clone, PartialEq)]
struct Heard {
    speech: Speech,
    /// High contrast was on: its switch is said (EN 301 549 5.6.1).
    contrast: bool,
    scene: say::Scene,
    /// The item (or paragraphs, or language row…) as the state said it.
    item: Vec<Part>,
    /// All that was said last, announcements included: what "say it again" repeats.
    said: Vec<Part>,
}

/// Follows the app, remembering what it said.
#[derive(Debug, Default)]
pub struct Listener {
    last: Option<Heard>,
}

impl Listener {
    /// What to tell the engine after the app changed, if anything.
    pub fn next(&mut self, app: &App) -> Option<Cue> {
        let speech = app.speech();
        let scene = say::Scene::of(app);
        let last = self.last.take();
        let was_on = last.as_ref().is_some_and(|h| h.speech.on);
        if !speech.on {
            self.last = Some(Heard {
                speech,
                contrast: app.contrast(),
                scene,
                item: Vec::new(),
                said: Vec::new(),
            });
            // Switched off by the visitor, speech says so, in the language on screen; at an
            // idle reset (or headphones taken out) it just stops.
            let reset = last
                .as_ref()
                .is_some_and(|h| h.speech.resets != speech.resets);
            return match (was_on, reset) {
                (false, _) => None,
                (true, true) => Some(Cue::Stop),
                (true, false) => Some(Cue::Say {
                    parts: text::parts(app.lang(), &app.tr("speech-off")),
                    volume: speech.volume,
                }),
            };
        }
        let item = say::item(app);
        let (said, cue) = match last.filter(|h| h.speech.on && h.speech.session == speech.session) {
            None => {
                // A session begins with the welcome, unless it goes on from before a
                // restart.
                let mut said = if speech.resumed == Some(speech.session) {
                    Vec::new()
                } else {
                    say::welcome(app)
                };
                said.extend(item.iter().cloned());
                (said.clone(), Some(said))
            }
            Some(h) if h.speech.repeats != speech.repeats => (h.said.clone(), Some(h.said)),
            Some(h) if h.speech.hushes != speech.hushes => (h.said, None),
            Some(h) if h.scene != scene || h.item != item => {
                let mut said = say::opened(app, h.scene);
                said.extend(item.iter().cloned());
                (said.clone(), Some(said))
            }
            Some(h) if h.contrast != app.contrast() => {
                let id = if app.contrast() {
                    "speech-contrast-on"
                } else {
                    "speech-contrast-off"
                };
                let said = text::parts(app.lang(), &app.tr(id));
                (said.clone(), Some(said))
            }
            Some(h) if h.speech.volume != speech.volume => {
                let volume = app.i18n().tr_args(
                    app.lang(),
                    "speech-volume",
                    &[("percent", crate::i18n::Arg::Num(speech.volume.into()))],
                );
                let said = text::parts(app.lang(), &volume);
                (said.clone(), Some(said))
            }
            Some(h) if h.speech.inputs != speech.inputs => (h.said, None),
            Some(h) => {
                self.last = Some(h);
                return None;
            }
        };
        self.last = Some(Heard {
            speech,
            contrast: app.contrast(),
            scene,
            item,
            said,
        });
        Some(match cue {
            Some(parts) => Cue::Say {
                parts,
                volume: speech.volume,
            },
            None => Cue::Stop,
        })
    }
}

/// The listener and the engine together, as the event loop drives them.
pub struct Speaker {
    listener: Listener,
    engine: engine::Engine,
}

impl Speaker {
    pub fn new(voice: engine::Voice, fault: impl Fn(engine::Fault) + Send + 'static) -> Speaker {
        Speaker {
            listener: Listener::default(),
            engine: engine::Engine::start(voice, fault),
        }
    }

    /// Tells the engine what the app's latest change calls for, if anything.
    pub fn follow(&mut self, app: &App) {
        if let Some(cue) = self.listener.next(app) {
            self.engine.cue(cue);
        }
    }
}
