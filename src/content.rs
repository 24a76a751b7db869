//! What the detail pane and `print` say about a town or an event, as a styled document
//! that can be wrapped to any width. No terminal code: the UI maps tones to colours.

use unicode_width::UnicodeWidthStr;

use crate::data::chars;
use crate::data::{BeganWith, Coordinates, Dataset, PartialDate, Partner, StepKind};
use crate::geo::{self, Compass};
use crate::glyphs::{GlyphMode, is_basic};
use crate::i18n::{Arg, I18n};

/// What a piece of text is, so the UI can style it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Title,
    Subtitle,
    Heading,
    Label,
    Body,
    Muted,
}

/// A line of text in pieces of one tone each.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StyledLine(pub Vec<(Tone, String)>);

impl StyledLine {
    pub fn text(&self) -> String {
        self.0.iter().map(|(_, t)| t.as_str()).collect()
    }

    pub fn width(&self) -> usize {
        self.0.iter().map(|(_, t)| t.width()).sum()
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Block {
    Title(String),
    Subtitle(String),
    Field(String, String),
    Heading(String),
    Paragraph(String),
    Bullet(String),
    /// Indented text under a bullet.
    Note(String),
}

/// A sequence of blocks: titles, labelled fields, headed sections, paragraphs and bullets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    blocks: Vec<Block>,
    /// Words a line may not end with in this language (Polish "w", "z", "i"…): the space
    /// after them becomes a no-break space.
    glue: Vec<String>,
}

const BULLET: &str = "• ";
const INDENT: &str = "  ";

impl Document {
    /// An empty document for a language whose lines may not end with `glue` words.
    fn with_glue(glue: Vec<String>) -> Self {
        Document {
            blocks: Vec::new(),
            glue,
        }
    }

    /// `text` with a no-break space after each glue word.
    fn bind(&self, text: String) -> String {
        if self.glue.is_empty() {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        let mut words = text.split(' ').peekable();
        while let Some(word) = words.next() {
            out.push_str(word);
            if words.peek().is_some() {
                out.push(if self.glue.iter().any(|g| g == word) {
                    '\u{a0}'
                } else {
                    ' '
                });
            }
        }
        out
    }

    fn title(&mut self, t: impl Into<String>) {
        let t = self.bind(t.into());
        self.blocks.push(Block::Title(t));
    }
    fn subtitle(&mut self, t: impl Into<String>) {
        let t = self.bind(t.into());
        self.blocks.push(Block::Subtitle(t));
    }
    fn field(&mut self, label: impl Into<String>, value: impl Into<String>) {
        let value = self.bind(value.into());
        self.blocks.push(Block::Field(label.into(), value));
    }
    fn heading(&mut self, t: impl Into<String>) {
        let t = self.bind(t.into());
        self.blocks.push(Block::Heading(t));
    }
    fn paragraph(&mut self, t: impl Into<String>) {
        let t = self.bind(t.into());
        self.blocks.push(Block::Paragraph(t));
    }
    fn bullet(&mut self, t: impl Into<String>) {
        let t = self.bind(t.into());
        self.blocks.push(Block::Bullet(t));
    }
    fn note(&mut self, t: impl Into<String>) {
        let t = self.bind(t.into());
        self.blocks.push(Block::Note(t));
    }
    /// A heading followed by one bullet per item; nothing at all when there are no items.
    fn section(&mut self, heading: String, items: impl IntoIterator<Item = String>) {
        let items: Vec<String> = items.into_iter().collect();
        if !items.is_empty() {
            self.heading(heading);
            items.into_iter().for_each(|i| self.bullet(i));
        }
    }

    /// The document wrapped to `width` columns (display width), never wider.
    pub fn lines(&self, width: usize) -> Vec<StyledLine> {
        self.lines_beside(width, (0, 0))
    }

    /// Like [`Document::lines`], leaving `corner` = (rows, columns) free at the top right
    /// (for a picture): blocks that start in those rows are wrapped that much narrower.
    pub fn lines_beside(&self, width: usize, corner: (usize, usize)) -> Vec<StyledLine> {
        let full = width.max(1);
        let mut out: Vec<StyledLine> = Vec::new();
        let mut previous: Option<&Block> = None;
        for block in &self.blocks {
            // A blank line before headings and between paragraphs.
            let gap = match (previous, block) {
                (None, _) => false,
                (Some(Block::Heading(_)), _) => false,
                (Some(_), Block::Heading(_)) => true,
                (Some(Block::Subtitle(_)), _) => true,
                (Some(Block::Paragraph(_)), _) | (Some(_), Block::Paragraph(_)) => true,
                _ => false,
            };
            if gap {
                out.push(StyledLine::default());
            }
            // Lines beside the picture are narrower; the lines below it take the width.
            let beside = corner.0.saturating_sub(out.len());
            let narrow = full.saturating_sub(corner.1).max(1);
            let wrap = |text: &str, first: &str, rest: &str, tone: Tone| {
                wrap_beside(text, (narrow, beside), full, first, rest, tone)
            };
            match block {
                Block::Title(t) => out.extend(wrap(t, "", "", Tone::Title)),
                Block::Subtitle(t) => out.extend(wrap(t, "", "", Tone::Subtitle)),
                Block::Heading(t) => out.extend(wrap(t, "", "", Tone::Heading)),
                Block::Paragraph(t) => out.extend(wrap(t, "", "", Tone::Body)),
                Block::Bullet(t) => out.extend(wrap(t, BULLET, INDENT, Tone::Body)),
                Block::Note(t) => out.extend(wrap(t, INDENT, INDENT, Tone::Muted)),
                Block::Field(label, value) => {
                    let prefix = label.clone();
                    let mut lines = wrap(&format!("{prefix}{value}"), "", INDENT, Tone::Body);
                    // Style the label where it fits whole on the first line.
                    if let Some(first) = lines.first_mut() {
                        let text = first.text();
                        if let Some(rest) = text.strip_prefix(&prefix) {
                            *first = StyledLine(vec![
                                (Tone::Label, prefix.clone()),
                                (Tone::Body, rest.to_string()),
                            ]);
                        }
                    }
                    out.extend(lines);
                }
            }
            previous = Some(block);
        }
        out
    }

    /// Each block as one text, in order: a title, a field with its label, a paragraph, a
    /// bullet (without its mark). What speech reads, one block at a time.
    pub fn blocks(&self) -> Vec<String> {
        self.blocks
            .iter()
            .map(|b| match b {
                Block::Field(label, value) => format!("{label}{value}"),
                Block::Title(t)
                | Block::Subtitle(t)
                | Block::Heading(t)
                | Block::Paragraph(t)
                | Block::Bullet(t)
                | Block::Note(t) => t.clone(),
            })
            .collect()
    }

    /// The document as plain text, one block per line (paragraphs unwrapped), for `print`.
    /// No-break spaces only steer line breaks on screen: here they are plain spaces, so a
    /// script can search the text as it reads. Nothing that may not stand in a text
    /// (`data::chars`) is written, whatever the data holds.
    pub fn plain(&self) -> String {
        let mut text = String::new();
        for line in self.lines(usize::MAX / 2) {
            let line = line.text().replace('\u{a0}', " ");
            text.push_str(chars::sanitize(&line, &[]).trim_end());
            text.push('\n');
        }
        text
    }
}

/// Whether `text` names the town `name`, also in a declined form ("z Polanicą-Zdrojem",
/// "გორში"): each part of the name appears with at most its last two letters changed.
fn mentions(text: &str, name: &str) -> bool {
    name.split([' ', '-'])
        .filter(|p| !p.is_empty())
        .all(|part| {
            let chars: Vec<char> = part.chars().collect();
            let keep = chars.len().saturating_sub(2).max(3).min(chars.len());
            // Letters that decline differently (ó/o in Zdrój, Zdroju) compare by their base.
            let stem: String = chars[..keep].iter().map(|&c| base_letter(c)).collect();
            let folded: String = text.chars().map(base_letter).collect();
            folded.contains(&stem)
        })
}

/// `c` without the Polish diacritics that change in declension.
fn base_letter(c: char) -> char {
    match c {
        'ó' => 'o',
        'ą' => 'a',
        'ę' => 'e',
        other => other,
    }
}

/// The message ids of a step kind: its field label, and its name within a sentence.
fn step_message(kind: StepKind) -> (&'static str, &'static str) {
    match kind {
        StepKind::Partnership => ("step-partnership", "step-partnership-name"),
        StepKind::PartnershipAgreement => (
            "step-partnership-agreement",
            "step-partnership-agreement-name",
        ),
        StepKind::CooperationAgreement => (
            "step-cooperation-agreement",
            "step-cooperation-agreement-name",
        ),
        StepKind::LetterOfIntent => ("step-letter-of-intent", "step-letter-of-intent-name"),
        StepKind::CouncilConsent => ("step-council-consent", "step-council-consent-name"),
    }
}

/// Units and date words a Chinese number is never parted from at a line break, nor are
/// they broken inside ("2019年6月", "约2公里", "25周年", "31年前"); the longest first.
const CHINESE_UNITS: [&str; 6] = ["公里", "周年", "年前", "年", "月", "日"];

/// Word joiner: no line break on either side, no width, nothing drawn.
const JOINER: char = '\u{2060}';

/// `text` with the breaks no reader accepts forbidden: word joiners between a digit and a
/// Chinese unit or date word after it and inside that word, a no-break space before the
/// Georgian particle "კი", which never begins a line. (Rules of scripts, not of a language setting: the characters
/// belong to one language each.)
fn glued(text: &str) -> std::borrow::Cow<'_, str> {
    let chinese = |rest: &str| CHINESE_UNITS.into_iter().find(|u| rest.starts_with(u));
    let georgian = |rest: &str| {
        rest.strip_prefix("კი")
            .is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphabetic()))
    };
    let needs = text.char_indices().any(|(i, c)| {
        let rest = &text[i + c.len_utf8()..];
        (c.is_ascii_digit() && chinese(rest).is_some()) || (c == ' ' && georgian(rest))
    });
    if !needs {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        i += c.len_utf8();
        let rest = &text[i..];
        if c == ' ' && georgian(rest) {
            out.push('\u{a0}');
            continue;
        }
        out.push(c);
        if c.is_ascii_digit()
            && let Some(unit) = chinese(rest)
        {
            for u in unit.chars() {
                out.push(JOINER);
                out.push(u);
            }
            i += unit.len();
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `text` wrapped with its first `narrow.1` lines `narrow.0` cells wide (beside a picture)
/// and the rest `full` wide: the lines beside are wrapped narrow, and what they leave over
/// is wrapped again at the full width.
fn wrap_beside(
    text: &str,
    (narrow, beside): (usize, usize),
    full: usize,
    first: &str,
    rest: &str,
    tone: Tone,
) -> Vec<StyledLine> {
    if beside == 0 || narrow >= full {
        return wrap(text, full, first, rest, tone);
    }
    let mut lines = wrap(text, narrow, first, rest, tone);
    if lines.len() <= beside {
        return lines;
    }
    lines.truncate(beside);
    // Wrapping keeps every character but the spaces where lines break: what the lines
    // beside hold is the text up to as many other characters.
    let kept: usize = lines
        .iter()
        .map(|l| l.text().chars().filter(|c| !c.is_whitespace()).count())
        .sum::<usize>()
        .saturating_sub(first.chars().filter(|c| !c.is_whitespace()).count())
        .saturating_sub(
            rest.chars().filter(|c| !c.is_whitespace()).count() * beside.saturating_sub(1),
        );
    let mut seen = 0;
    let cut = text
        .char_indices()
        .find(|(_, c)| {
            if c.is_whitespace() {
                return false;
            }
            seen += 1;
            seen > kept
        })
        .map_or(text.len(), |(i, _)| i);
    let left = text[cut..].trim_start();
    if !left.is_empty() {
        lines.extend(wrap(left, full, rest, rest, tone));
    }
    lines
}

/// `text` wrapped to `width` cells, the first line prefixed by `first`, the others by `rest`.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str, tone: Tone) -> Vec<StyledLine> {
    let options = textwrap::Options::new(width.max(1))
        .initial_indent(first)
        .subsequent_indent(rest)
        // Hyphenated names (Polanica-Zdrój) stay whole; only a word wider than the
        // whole line is broken.
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    let text = glued(text);
    textwrap::wrap(&text, options)
        .into_iter()
        .map(|line| {
            let line = if line.contains(JOINER) {
                line.replace(JOINER, "")
            } else {
                line.into_owned()
            };
            StyledLine(vec![(tone, line)])
        })
        .collect()
}

/// What the documents need to know besides the data: language, messages and today.
pub struct Context<'a> {
    pub data: &'a Dataset,
    pub i18n: &'a I18n,
    pub lang: &'a str,
    pub today: PartialDate,
    /// In basic glyphs, names in scripts the console cannot draw are left out.
    pub glyphs: GlyphMode,
    /// For the ear, not the eye: names once (no Latin form after a Chinese or Georgian
    /// one), countries by name (no code), distances in words ("617 kilometres", not "km").
    pub spoken: bool,
}

impl Context<'_> {
    fn tr(&self, id: &str) -> String {
        self.i18n.tr(self.lang, id)
    }

    /// An empty document in this context's language.
    fn document(&self) -> Document {
        let glue = self.tr("no-break-after");
        Document::with_glue(glue.split_whitespace().map(str::to_string).collect())
    }

    /// Message `id` with text arguments: how pieces join differs between languages
    /// ("Niemcy (DE)", "德国（DE）").
    fn join(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        self.i18n.tr_args(self.lang, id, &args)
    }

    /// A field label with the language's separator: "Kraj: ", "Pays : ", "国家：".
    fn label(&self, id: &str) -> String {
        format!("{}{}", self.tr(id), self.tr("label-separator"))
    }

    /// A partner's relation in one line: how it began (where that was in another year
    /// than its first step) and each step with its date, oldest first.
    fn relation_summary(&self, p: &Partner) -> String {
        let mut parts = Vec::new();
        if let Some(began) = p.began
            && p.steps
                .first()
                .is_none_or(|s| s.date.year() != began.date.year())
        {
            let id = match began.kind {
                BeganWith::Contacts => "began-contacts-since",
                BeganWith::Cooperation => "began-cooperation-since",
            };
            let year = began.date.year().to_string();
            parts.push(
                self.i18n
                    .tr_args(self.lang, id, &[("year", Arg::Text(&year))]),
            );
        }
        for step in &p.steps {
            let name = self.tr(step_message(step.kind).1);
            let date = self.date(&step.date);
            parts.push(self.i18n.tr_args(
                self.lang,
                "step-on-date",
                &[("step", Arg::Text(&name)), ("date", Arg::Text(&date))],
            ));
        }
        parts.join(&self.tr("steps-separator"))
    }

    /// A partner in one line: its name, country and relation ("Duderstadt (Niemcy) –
    /// współpraca od 1994 roku; …").
    pub fn partner_line(&self, p: &Partner) -> String {
        let country = self.data.country_name(&p.country, self.lang);
        let relation = self.relation_summary(p);
        self.i18n.tr_args(
            self.lang,
            "partner-line",
            &[
                ("name", Arg::Text(p.name_in(self.lang))),
                ("country", Arg::Text(&country)),
                ("relation", Arg::Text(&relation)),
            ],
        )
    }

    /// "617 km na południowy zachód": great-circle distance and direction from the home town.
    pub fn distance(&self, to: Coordinates) -> String {
        let from = self.data.home.coordinates;
        let km = geo::distance_km(from, to).round();
        let direction = self.tr(Compass::from_bearing(geo::bearing_deg(from, to)).message_id());
        let id = if self.spoken {
            "distance-spoken"
        } else {
            "distance"
        };
        self.i18n.tr_args(
            self.lang,
            id,
            &[
                // A whole number of kilometres, which the plural rules of the spoken form
                // read.
                ("km", Arg::Num(km as i64)),
                ("direction", Arg::Text(&direction)),
            ],
        )
    }

    pub fn date(&self, date: &PartialDate) -> String {
        self.i18n.date(self.lang, date)
    }

    /// An event in one line: its date and title, and its partner town where the title does
    /// not name it already ("4 września 1995 – Potwierdzenie porozumienia w Kartuzach
    /// (miasto partnerskie: Duderstadt)", but "13 maja 1995 – Podpisanie porozumienia
    /// partnerskiego z Duderstadt").
    pub fn event_line(&self, event: usize, with_partner: bool) -> String {
        let e = &self.data.events[event];
        let title = e.title.get(self.lang);
        let date = self.date(&e.date);
        let partner = self.data.partners[self.data.partner_of(event)].name_in(self.lang);
        if with_partner && !mentions(title, partner) {
            self.join(
                "event-with-partner",
                &[("date", &date), ("partner", partner), ("title", title)],
            )
        } else {
            self.join("event-with-date", &[("date", &date), ("title", title)])
        }
    }

    /// The home town: what partnership means, how many partners, since when, this year's
    /// round anniversaries.
    pub fn overview(&self) -> Document {
        self.overview_upto(usize::MAX)
    }

    /// The overview with at most `max` partner lines and `max` anniversaries, and a line
    /// saying how many more there are: with a data set of thousands of towns the screen
    /// shows a summary, while `print` writes them all.
    pub fn overview_upto(&self, max: usize) -> Document {
        let data = self.data;
        let lang = self.lang;
        let mut doc = self.document();
        doc.title(data.home.name_in(lang));
        let country = data.country_name(&data.home.country, lang);
        doc.subtitle(self.join(
            "region-and-country",
            &[
                ("region", data.home.region.get(lang)),
                ("country", &country),
            ],
        ));
        for p in &data.home.intro {
            doc.paragraph(p.get(lang));
        }
        if let Some(first) = data.first_partner() {
            let p = &data.partners[first];
            let year = p.start().year().to_string();
            doc.field(
                self.label("label-partners-since"),
                self.i18n.tr_args(
                    lang,
                    "partners-since",
                    &[
                        ("year", Arg::Text(&year)),
                        ("name", Arg::Text(p.name_in(lang))),
                    ],
                ),
            );
        }
        let count = i64::try_from(data.partners.len()).unwrap_or(i64::MAX);
        doc.section(
            self.i18n
                .tr_args(lang, "partner-count", &[("count", Arg::Num(count))]),
            data.partners
                .iter()
                .take(max)
                .map(|p| self.partner_line(p))
                .chain(self.more(data.partners.len(), max)),
        );
        let year = self.today.year();
        let year_text = year.to_string();
        let year_arg = [("year", Arg::Text(&year_text))];
        let anniversaries = data.round_anniversaries(year);
        doc.heading(self.i18n.tr_args(lang, "label-anniversaries", &year_arg));
        if anniversaries.is_empty() {
            doc.paragraph(self.i18n.tr_args(lang, "no-anniversaries", &year_arg));
        }
        let hidden = self.more(anniversaries.len(), max);
        for (event, age) in anniversaries.into_iter().take(max) {
            let e = &data.events[event];
            let partner = data.partners[data.partner_of(event)].name_in(lang);
            let years = self.i18n.years(lang, age);
            let mut title = e.title.get(lang).to_string();
            if !mentions(&title, partner) {
                title = self.join("title-and-town", &[("title", &title), ("town", partner)]);
            }
            let date = self.date(&e.date);
            doc.bullet(self.i18n.tr_args(
                lang,
                "anniversary-line",
                &[
                    ("years", Arg::Text(&years)),
                    ("count", Arg::Num(age.into())),
                    ("title", Arg::Text(&title)),
                    ("date", Arg::Text(&date)),
                ],
            ));
        }
        if let Some(line) = hidden {
            doc.paragraph(line);
        }
        doc
    }

    /// "…and 19,960 more in the list", when `total` is over `shown`.
    fn more(&self, total: usize, shown: usize) -> Option<String> {
        let rest = i64::try_from(total.checked_sub(shown).filter(|n| *n > 0)?).ok()?;
        Some(
            self.i18n
                .tr_args(self.lang, "more-in-list", &[("count", Arg::Num(rest))]),
        )
    }

    /// Everything known about one partner.
    pub fn partner(&self, index: usize) -> Document {
        let data = self.data;
        let lang = self.lang;
        let p = &data.partners[index];
        let mut doc = self.document();
        let shown = p.name_in(lang);
        doc.title(if shown == p.name || self.spoken {
            shown.to_string()
        } else {
            // The Latin form too, to match signs and maps.
            self.i18n.tr_args(
                lang,
                "name-with-latin",
                &[("name", Arg::Text(shown)), ("latin", Arg::Text(&p.name))],
            )
        });
        doc.subtitle(p.summary.get(lang));
        let drawable = |name: &str| self.glyphs == GlyphMode::Unicode || name.chars().all(is_basic);
        // The native name, where it is not already the name shown (გორი in Georgian).
        if let Some(native) = p
            .native_name
            .as_deref()
            .filter(|n| drawable(n) && *n != p.name_in(lang) && !self.spoken)
        {
            doc.field(self.label("label-native-name"), native.to_string());
        }
        let country = data.country_name(&p.country, lang);
        doc.field(
            self.label("label-country"),
            if self.spoken {
                country
            } else {
                self.join(
                    "country-and-code",
                    &[("country", &country), ("code", &p.country)],
                )
            },
        );
        doc.field(self.label("label-region"), p.region.get(lang));
        doc.field(self.label("label-distance"), self.distance(p.coordinates));
        if let Some(began) = p.began {
            let label = match began.kind {
                BeganWith::Contacts => "began-contacts",
                BeganWith::Cooperation => "began-cooperation",
            };
            doc.field(
                self.label(label),
                self.i18n.date_with_age(lang, &began.date, &self.today),
            );
        }
        for step in &p.steps {
            doc.field(
                self.label(step_message(step.kind).0),
                self.i18n.date_with_age(lang, &step.date, &self.today),
            );
        }
        doc.section(
            self.tr("label-areas"),
            p.areas.iter().map(|a| a.get(lang).to_string()),
        );
        doc.heading(self.tr("label-story"));
        for paragraph in &p.story {
            doc.paragraph(paragraph.get(lang));
        }
        doc.section(
            self.tr("label-people"),
            p.people.iter().map(|person| {
                self.join(
                    "person-and-role",
                    &[
                        ("name", person.name_in(lang)),
                        ("role", person.role.get(lang)),
                    ],
                )
            }),
        );
        doc.section(
            self.tr("label-organisations"),
            p.organisations.iter().map(|org| {
                self.join(
                    "person-and-role",
                    &[("name", &org.name), ("role", org.role.get(lang))],
                )
            }),
        );
        doc.section(
            self.tr("label-photos"),
            p.photos.iter().map(|c| c.get(lang).to_string()),
        );
        doc.section(
            self.tr("label-related"),
            p.related.iter().map(|r| r.get(lang).to_string()),
        );
        doc.section(
            self.tr("label-events"),
            data.events_of(index).map(|e| self.event_line(e, false)),
        );
        doc
    }

    /// One event in full.
    pub fn event(&self, index: usize) -> Document {
        let data = self.data;
        let e = &data.events[index];
        let partner = &data.partners[data.partner_of(index)];
        let mut doc = self.document();
        doc.title(e.title.get(self.lang));
        doc.field(self.label("label-date"), self.date(&e.date));
        doc.field(
            self.label("label-partner"),
            self.join(
                "town-and-country",
                &[
                    ("name", partner.name_in(self.lang)),
                    ("country", &data.country_name(&partner.country, self.lang)),
                ],
            ),
        );
        doc.paragraph(e.description.get(self.lang));
        doc
    }

    /// `print cities`: the overview, then every partner in full.
    pub fn print_cities(&self) -> String {
        let mut text = self.overview().plain();
        for i in 0..self.data.partners.len() {
            text.push('\n');
            text.push_str(&self.partner(i).plain());
        }
        text
    }

    /// `print timeline`: every event, grouped by year.
    pub fn print_timeline(&self) -> String {
        self.timeline().plain()
    }

    /// Every event, grouped by year, as `print timeline` writes it.
    pub fn timeline(&self) -> Document {
        let mut doc = self.document();
        doc.title(self.tr("view-timeline"));
        let mut year = None;
        for (i, e) in self.data.events.iter().enumerate() {
            if year != Some(e.date.year()) {
                year = Some(e.date.year());
                doc.heading(e.date.year().to_string());
            }
            doc.bullet(self.event_line(i, true));
            doc.note(e.description.get(self.lang));
        }
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_width_without_cutting_words() {
        let mut doc = Document::default();
        doc.paragraph("Kartuzy i Duderstadt świętują dwadzieścia pięć lat partnerstwa");
        doc.field("Region: ", "Dolna Saksonia, historyczny region Eichsfeld");
        doc.bullet("wymiana młodzieży i wspólne projekty");
        for width in [10, 20, 33] {
            for line in doc.lines(width) {
                assert!(
                    line.width() <= width,
                    "{:?} wider than {width}",
                    line.text()
                );
            }
        }
        let words: Vec<String> = doc
            .lines(20)
            .iter()
            .flat_map(|l| {
                l.text()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(words.contains(&"partnerstwa".to_string()));
        assert!(words.contains(&"Eichsfeld".to_string()));
    }

    #[test]
    fn styles_field_labels_and_indents_continuations() {
        let mut doc = Document::default();
        doc.field("Kraj: ", "Niemcy (DE) i bardzo długi dopisek");
        let lines = doc.lines(16);
        assert_eq!(lines[0].0[0], (Tone::Label, "Kraj: ".to_string()));
        assert!(lines[1].text().starts_with("  "));
    }

    #[test]
    fn a_corner_can_be_kept_free_for_a_picture() {
        let mut doc = Document::default();
        doc.title("Duderstadt");
        doc.subtitle("Eine Stadt in Niedersachsen mit einer langen Partnerschaft");
        doc.paragraph("Danach wieder die volle Breite dieses Bereichs nutzen");
        let lines = doc.lines_beside(30, (3, 7));
        for line in lines.iter().take(3) {
            assert!(line.width() <= 23, "{:?}", line.text());
        }
        assert!(
            lines.iter().skip(4).any(|l| l.width() > 23),
            "full width after the corner"
        );
    }

    #[test]
    fn a_block_beside_the_picture_takes_the_full_width_below_it() {
        // Found: a summary that began beside the flag was wrapped narrow to its end,
        // leaving the right of the pane empty below the flag.
        let text = "Stadt in Niedersachsen, im Eichsfeld; Zusammenarbeit seit 1994, \
                    Partnerschaftsvereinbarung am 13. Mai 1995 unterzeichnet, und vieles mehr \
                    über Schulen, Vereine, Feuerwehren und Begegnungen.";
        for lead in ["", "• "] {
            let mut doc = Document::default();
            doc.title("Duderstadt");
            if lead.is_empty() {
                doc.paragraph(text);
            } else {
                doc.bullet(text);
            }
            let lines = doc.lines_beside(40, (3, 8));
            let texts: Vec<String> = lines.iter().map(|l| l.text()).collect();
            for line in &lines[..3] {
                assert!(line.width() <= 32, "{texts:?}");
            }
            assert!(lines[3..].iter().any(|l| l.width() > 32), "{texts:?}");
            assert!(lines.iter().all(|l| l.width() <= 40), "{texts:?}");
            // Every word, once, in order.
            let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
            let drawn = words(&texts[1..].join(" ").replacen("•", "", 1));
            assert_eq!(drawn, words(text), "{lead:?}");
        }
    }

    #[test]
    fn a_town_is_found_in_a_title_also_declined() {
        assert!(mentions(
            "Umowa o współpracy z Polanicą-Zdrojem",
            "Polanica-Zdrój"
        ));
        assert!(mentions("Rewizyta w Gori", "Gori"));
        assert!(mentions("საპასუხო ვიზიტი გორში", "გორი"));
        assert!(mentions("კაილისთან თანამშრომლობის ინიციატივა", "კაილი"));
        assert!(mentions("与哥里签署意向书", "哥里"));
        assert!(!mentions(
            "Podpisanie porozumienia partnerskiego",
            "Duderstadt"
        ));
        assert!(!mentions("List intencyjny z Gori", "Kaili"));
    }

    #[test]
    fn cjk_text_is_measured_in_cells() {
        let mut doc = Document::default();
        doc.paragraph("凯里市凯里市凯里市");
        for line in doc.lines(7) {
            assert!(line.width() <= 7);
        }
    }
}
