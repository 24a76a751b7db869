//! Finds where a field path (`partners[2].story[0].en`) sits in a RON text, so that errors
//! found after parsing can still name a line and column.

use std::collections::HashMap;
use std::fmt;

/// A 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// One step of a path into the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Field(&'static str),
    Index(usize),
    Key(String),
    /// The `n`th appearance (from 0) of a key in its map: where a key is given again.
    Repeat(String, usize),
}

/// Where a value lives in the data, e.g. `partners[2].story[0].en`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Segment>);

impl FieldPath {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn field(&self, name: &'static str) -> Self {
        self.with(Segment::Field(name))
    }

    pub fn index(&self, i: usize) -> Self {
        self.with(Segment::Index(i))
    }

    pub fn key(&self, k: &str) -> Self {
        self.with(Segment::Key(k.to_string()))
    }

    pub fn repeat(&self, k: &str, n: usize) -> Self {
        self.with(Segment::Repeat(k.to_string(), n))
    }

    fn with(&self, segment: Segment) -> Self {
        let mut segments = self.0.clone();
        segments.push(segment);
        FieldPath(segments)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => write!(f, "{name}")?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
                Segment::Key(k) | Segment::Repeat(k, _) => write!(f, ".{k}")?,
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open(char),
    Close(char),
    Colon,
    Comma,
    Ident(String),
    Str(String),
    Other,
}

/// Splits RON into the few token kinds a path walk needs; anything else is `Other`.
fn tokenize(src: &str) -> Vec<(Token, Position)> {
    let chars: Vec<char> = src.chars().collect();
    let mut tokens = Vec::new();
    let (mut i, mut line, mut col) = (0usize, 1usize, 1usize);
    // Advances over `n` characters, keeping line and column.
    let step = |i: &mut usize, line: &mut usize, col: &mut usize, n: usize| {
        for _ in 0..n {
            if chars.get(*i) == Some(&'\n') {
                *line += 1;
                *col = 1;
            } else {
                *col += 1;
            }
            *i += 1;
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let here = Position { line, col };
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            step(&mut i, &mut line, &mut col, 1);
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                step(&mut i, &mut line, &mut col, 1);
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0usize;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    step(&mut i, &mut line, &mut col, 2);
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    step(&mut i, &mut line, &mut col, 2);
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                } else {
                    step(&mut i, &mut line, &mut col, 1);
                }
            }
        } else if c == '"' || (c == 'r' && matches!(next, Some('"' | '#'))) {
            let raw_hashes = if c == 'r' {
                let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
                step(&mut i, &mut line, &mut col, 1 + hashes);
                Some(hashes)
            } else {
                None
            };
            step(&mut i, &mut line, &mut col, 1); // opening quote
            let mut text = String::new();
            while i < chars.len() {
                let ch = chars[i];
                if raw_hashes.is_none() && ch == '\\' {
                    if let Some(&escaped) = chars.get(i + 1) {
                        text.push(escaped);
                    }
                    step(&mut i, &mut line, &mut col, 2);
                    continue;
                }
                if ch == '"' {
                    let hashes = raw_hashes.unwrap_or(0);
                    let closing = chars[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|&&h| h == '#')
                        .count();
                    if closing == hashes {
                        step(&mut i, &mut line, &mut col, 1 + hashes);
                        break;
                    }
                }
                text.push(ch);
                step(&mut i, &mut line, &mut col, 1);
            }
            tokens.push((Token::Str(text), here));
        } else if c.is_alphabetic() || c == '_' {
            let mut ident = String::new();
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                ident.push(chars[i]);
                step(&mut i, &mut line, &mut col, 1);
            }
            tokens.push((Token::Ident(ident), here));
        } else {
            let token = match c {
                '(' | '[' | '{' => Token::Open(c),
                ')' | ']' | '}' => Token::Close(c),
                ':' => Token::Colon,
                ',' => Token::Comma,
                _ => Token::Other,
            };
            tokens.push((token, here));
            step(&mut i, &mut line, &mut col, 1);
        }
    }
    tokens
}

/// A RON text split into tokens once, to locate any number of paths in it. Each look-up
/// costs about the depth of its path: brackets know their partners and lists their
/// elements, so a look-up in a file of 100,000 entries never scans it.
pub struct Locator {
    tokens: Vec<(Token, Position)>,
    /// For each opening bracket, the index of its closing one (`usize::MAX`: unclosed).
    close: Vec<usize>,
    /// For each `[`, where each of its elements starts.
    elements: HashMap<usize, Vec<usize>>,
}

impl Locator {
    pub fn new(src: &str) -> Self {
        let tokens = tokenize(src);
        let mut close = vec![usize::MAX; tokens.len()];
        let mut elements = HashMap::new();
        let is_close = |j: usize| matches!(tokens.get(j), Some((Token::Close(_), _)) | None);
        // Open brackets, with the element starts of those that are lists.
        let mut open: Vec<(usize, Option<Vec<usize>>)> = Vec::new();
        for (i, (token, _)) in tokens.iter().enumerate() {
            match token {
                Token::Open(c) => {
                    let starts = (*c == '[').then(|| {
                        if is_close(i + 1) {
                            Vec::new()
                        } else {
                            vec![i + 1]
                        }
                    });
                    open.push((i, starts));
                }
                Token::Comma => {
                    if let Some((_, Some(starts))) = open.last_mut()
                        && !is_close(i + 1)
                    {
                        starts.push(i + 1);
                    }
                }
                Token::Close(_) => {
                    if let Some((start, starts)) = open.pop() {
                        close[start] = i;
                        if let Some(starts) = starts {
                            elements.insert(start, starts);
                        }
                    }
                }
                _ => {}
            }
        }
        Locator {
            tokens,
            close,
            elements,
        }
    }

    /// The position of the value at `path`, or `None` if the text does not contain it.
    pub fn locate(&self, path: &FieldPath) -> Option<Position> {
        let tokens = &self.tokens;
        let mut i = skip_attributes(tokens);
        for segment in &path.0 {
            i = enter_value(tokens, i);
            i = match (segment, &tokens.get(i)?.0) {
                (Segment::Field(name), Token::Open('(')) => {
                    self.find_entry(i, 0, |t| matches!(t, Token::Ident(id) if id == name))?
                }
                (Segment::Key(key), Token::Open('{')) => {
                    self.find_entry(i, 0, |t| matches!(t, Token::Str(s) if s == key))?
                }
                (Segment::Repeat(key, n), Token::Open('{')) => {
                    self.find_entry(i, *n, |t| matches!(t, Token::Str(s) if s == key))?
                }
                (Segment::Index(n), Token::Open('[')) => *self.elements.get(&i)?.get(*n)?,
                _ => return None,
            };
        }
        tokens.get(i).map(|(_, pos)| *pos)
    }

    /// Inside the group opening at `open`, the value after the direct `key:` that matches
    /// for the `skip + 1`th time; nested groups are jumped over.
    fn find_entry(
        &self,
        open: usize,
        mut skip: usize,
        is_key: impl Fn(&Token) -> bool,
    ) -> Option<usize> {
        let tokens = &self.tokens;
        let mut j = open + 1;
        while let Some((token, _)) = tokens.get(j) {
            match token {
                Token::Open(_) => {
                    let end = self.close[j];
                    if end == usize::MAX {
                        return None;
                    }
                    j = end + 1;
                    continue;
                }
                Token::Close(_) => return None,
                t if is_key(t) && matches!(tokens.get(j + 1), Some((Token::Colon, _))) => {
                    if skip == 0 {
                        return Some(j + 2);
                    }
                    skip -= 1;
                }
                _ => {}
            }
            j += 1;
        }
        None
    }
}

/// The position of the value at `path` in `src` (one look-up; see [`Locator`] for many).
pub fn locate(src: &str, path: &FieldPath) -> Option<Position> {
    Locator::new(src).locate(path)
}

/// Skips `#![enable(...)]` lines at the top.
fn skip_attributes(tokens: &[(Token, Position)]) -> usize {
    let mut i = 0;
    while matches!(tokens.get(i), Some((Token::Other, _)))
        && matches!(tokens.get(i + 1), Some((Token::Other, _)))
        && matches!(tokens.get(i + 2), Some((Token::Open('['), _)))
    {
        i += 2;
        i = skip_group(tokens, i);
    }
    i
}

/// Index just past the group that opens at `i`.
fn skip_group(tokens: &[(Token, Position)], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < tokens.len() {
        match tokens[i].0 {
            Token::Open(_) => depth += 1,
            Token::Close(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    i
}

/// Steps past a struct name or `Some(` so that `i` points at the value's own bracket.
fn enter_value(tokens: &[(Token, Position)], mut i: usize) -> usize {
    while let (Some((Token::Ident(name), _)), Some((Token::Open('('), _))) =
        (tokens.get(i), tokens.get(i + 1))
    {
        i += if name == "Some" { 2 } else { 1 };
        if name != "Some" {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"#![enable(implicit_some)]
// a comment with "quotes" and (brackets
(
    home: (id: "kartuzy"),
    partners: [
        Partner(
            id: "a", /* block ( */
            names: {"pl": "x", "en": "y"},
        ),
        (
            id: "b",
            nested: [[1, 2], [3]],
            names: {"pl": r#"raw "quoted""#, "en": "e\"scaped"},
            maybe: Some((inner: 5)),
        ),
    ],
)
"##;

    fn at(path: FieldPath) -> Option<(usize, usize)> {
        locate(SRC, &path).map(|p| (p.line, p.col))
    }

    #[test]
    fn finds_fields_indices_and_keys() {
        let partners = FieldPath::root().field("partners");
        assert_eq!(
            at(FieldPath::root().field("home").field("id")),
            Some((4, 16))
        );
        assert_eq!(at(partners.index(0).field("id")), Some((7, 17)));
        assert_eq!(
            at(partners.index(0).field("names").key("en")),
            Some((8, 38))
        );
        assert_eq!(at(partners.index(1).field("id")), Some((11, 17)));
        assert_eq!(
            at(partners.index(0).field("names").repeat("en", 0)),
            Some((8, 38))
        );
        assert_eq!(at(partners.index(0).field("names").repeat("en", 1)), None);
        assert_eq!(
            at(partners.index(1).field("names").key("en")),
            Some((13, 52))
        );
        assert_eq!(
            at(partners.index(1).field("nested").index(1)),
            Some((12, 30))
        );
        assert_eq!(
            at(partners.index(1).field("maybe").field("inner")),
            Some((14, 33))
        );
    }

    #[test]
    fn long_lists_and_nested_groups_are_jumped_over() {
        // Element 2999 of a list whose elements nest lists and maps of their own.
        let mut src = String::from("(items: [\n");
        for i in 0..3000 {
            src.push_str(&format!(
                "(tags: [[1, 2], {{\"k\": (x: [3])}}], name: \"n{i}\"),\n"
            ));
        }
        src.push_str("])\n");
        let locator = Locator::new(&src);
        let item = |i| FieldPath::root().field("items").index(i);
        assert_eq!(
            locator.locate(&item(2999).field("name")),
            Some(Position {
                line: 3001,
                col: 41
            })
        );
        assert_eq!(
            locator.locate(&item(0).field("tags").index(1).key("k")),
            Some(Position { line: 2, col: 23 })
        );
        assert_eq!(locator.locate(&item(3000)), None);
    }

    #[test]
    fn missing_paths_are_none() {
        let partners = FieldPath::root().field("partners");
        assert_eq!(at(partners.index(2)), None);
        assert_eq!(at(partners.index(0).field("nope")), None);
        assert_eq!(at(partners.index(0).field("names").key("de")), None);
        assert_eq!(at(FieldPath::root().field("home").index(0)), None);
    }

    #[test]
    fn paths_display_like_code() {
        let path = FieldPath::root()
            .field("partners")
            .index(2)
            .field("story")
            .index(0)
            .key("en");
        assert_eq!(path.to_string(), "partners[2].story[0].en");
    }
}
