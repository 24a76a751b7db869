//! Text for the ear: what reaches the engine is the program's checked text only, split into
//! parts of one script each, so that no engine has to guess a language inside a text.

use crate::data::chars;

use super::Part;

/// Which writing a letter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Han,
    Georgian,
    /// Digits, spaces, punctuation: they go with the letters around them.
    Neutral,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => Script::Latin,
        '\u{10a0}'..='\u{10ff}' | '\u{1c90}'..='\u{1cbf}' | '\u{2d00}'..='\u{2d2f}' => {
            Script::Georgian
        }
        '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' => Script::Han,
        c if c.is_alphabetic() => Script::Latin,
        _ => Script::Neutral,
    }
}

/// The language whose voice reads a run of `script` inside a text in `lang`.
fn voice_for(lang: &'static str, script: Script, run: &str) -> &'static str {
    match script {
        Script::Han => "zh",
        Script::Georgian => "ka",
        Script::Latin if matches!(lang, "zh" | "ka") => {
            // Latin inside Chinese or Georgian: a key or a code ("F12", "r") in English,
            // as keyboards name them; anything longer is a name from the article, which
            // is Polish.
            if run.chars().filter(|c| !c.is_whitespace()).count() <= 3 && !run.contains(' ') {
                "en"
            } else {
                "pl"
            }
        }
        _ => lang,
    }
}

/// Whether a bracket holds only a Latin form of what comes before it: in Chinese and
/// Georgian, "杜德施塔特（Duderstadt）" is heard as 杜德施塔特 alone.
fn latin_only(inside: &str) -> bool {
    inside.chars().any(|c| script(c) == Script::Latin)
        && inside
            .chars()
            .all(|c| matches!(script(c), Script::Latin | Script::Neutral))
}

/// `text` without its Latin-only brackets (see [`latin_only`]).
fn without_latin_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（']) {
        let after = &rest[open..];
        let width = after.chars().next().map_or(1, char::len_utf8);
        let close = after.find([')', '）']);
        match close {
            Some(close) if latin_only(&after[width..close]) => {
                out.push_str(rest[..open].trim_end_matches(' '));
                let closing = after[close..].chars().next().map_or(1, char::len_utf8);
                rest = &after[close + closing..];
            }
            _ => {
                out.push_str(&rest[..open + width]);
                rest = &after[width..];
            }
        }
    }
    out.push_str(rest);
    out
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `n` (below 100 000 000) in Chinese numerals as they are said: 六百一十七, 一百零五,
/// 七千零六十八, 十三 (not 一十三), 三万零二十.
fn chinese_number(n: u32) -> String {
    fn below_10000(n: u32, leading: bool) -> String {
        let mut out = String::new();
        let mut zero = false;
        for (unit, value) in [("千", 1000), ("百", 100), ("十", 10), ("", 1)] {
            let digit = (n / value % 10) as usize;
            if digit == 0 {
                zero = !out.is_empty() || !leading;
                continue;
            }
            if zero && (!out.is_empty() || !leading) {
                out.push('零');
            }
            zero = false;
            // "十三", not "一十三", when ten leads the number.
            if !(digit == 1 && value == 10 && out.is_empty() && leading) {
                out.push(DIGITS[digit]);
            }
            out.push_str(unit);
        }
        out
    }
    if n == 0 {
        return "零".to_string();
    }
    let (high, low) = (n / 10_000, n % 10_000);
    if high == 0 {
        return below_10000(low, true);
    }
    let mut out = below_10000(high, true) + "万";
    if low > 0 {
        if low < 1000 {
            out.push('零');
        }
        out.push_str(below_10000(low, false).trim_start_matches('零'));
    }
    out
}

/// Chinese text with its numbers as they are said: espeak-ng's Mandarin reads "2015年" as
/// 二千十五年 and "105" as 一百五, dropping every 零. A year (four digits before 年) is said
/// digit by digit (二零一五年), any other number as a number (一百零五); a number too long or
/// with a leading zero, digit by digit.
fn chinese_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        let mut end = start + 1;
        while let Some(&(i, d)) = chars.peek() {
            if !d.is_ascii_digit() {
                break;
            }
            end = i + 1;
            chars.next();
        }
        let run = &text[start..end];
        // A year, or a number with a leading zero (a code), is said digit by digit.
        let by_digit = (run.len() == 4 && text[end..].starts_with('年'))
            || (run.len() > 1 && run.starts_with('0'));
        match run.parse::<u32>() {
            Ok(n) if !by_digit && n < 100_000_000 => {
                out.push_str(&chinese_number(n));
            }
            _ => out.extend(run.bytes().map(|b| DIGITS[usize::from(b - b'0')])),
        }
    }
    out
}

/// `text` in `lang` as parts to be spoken: only characters the screen may show, no-break
/// spaces as spaces, and each run of another script in a part of its own, in that
/// script's voice. Nothing is left of a text with no letter or digit.
pub fn parts(lang: &'static str, text: &str) -> Vec<Part> {
    let clean = chars::sanitize(text, &[]).replace(['\u{a0}', '\u{202f}'], " ");
    let clean = if matches!(lang, "zh" | "ka") {
        without_latin_brackets(&clean)
    } else {
        clean
    };
    let home = match lang {
        "zh" => Script::Han,
        "ka" => Script::Georgian,
        _ => Script::Latin,
    };
    // Runs of one script; neutral characters join the run they follow.
    let mut runs: Vec<(Script, String)> = Vec::new();
    for c in clean.chars() {
        let s = match script(c) {
            Script::Neutral => None,
            s => Some(s),
        };
        match (runs.last_mut(), s) {
            (Some((_, run)), None) => run.push(c),
            (Some((current, run)), Some(s)) if *current == s => run.push(c),
            (None, None) => runs.push((home, c.to_string())),
            (_, Some(s)) => runs.push((s, c.to_string())),
        }
    }
    let mut out: Vec<Part> = Vec::new();
    for (s, run) in runs {
        let voice = voice_for(lang, s, run.trim());
        let said;
        let text = if voice == "zh" {
            said = chinese_numbers(run.trim());
            said.as_str()
        } else {
            run.trim()
        };
        if !text.chars().any(char::is_alphanumeric) {
            // Punctuation alone ("）", "：") says nothing: it ends the part before.
            if let Some(last) = out.last_mut() {
                last.text.push_str(text);
            }
            continue;
        }
        match out.last_mut() {
            Some(last) if last.lang == voice => {
                last.text.push(' ');
                last.text.push_str(text);
            }
            _ => out.push(Part {
                lang: voice,
                text: text.to_string(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(lang: &'static str, text: &str) -> Vec<(&'static str, String)> {
        parts(lang, text)
            .into_iter()
            .map(|p| (p.lang, p.text))
            .collect()
    }

    #[test]
    fn a_latin_name_in_brackets_after_a_chinese_or_georgian_one_is_not_said() {
        assert_eq!(
            said("zh", "杜德施塔特（Duderstadt）"),
            [("zh", "杜德施塔特".into())]
        );
        assert_eq!(said("ka", "გორი (Gori)"), [("ka", "გორი".into())]);
        // A bracket that says something in the language itself stays; the Polish title
        // before it is read by the Polish voice.
        assert_eq!(
            said("zh", "《Umowa》（意为“协议”）"),
            [("pl", "Umowa》（".into()), ("zh", "意为“协议”）".into())]
        );
    }

    #[test]
    fn latin_inside_chinese_or_georgian_is_a_part_of_its_own() {
        assert_eq!(
            said("zh", "时任总领事Liu Yuanyuan女士倡议合作。"),
            [
                ("zh", "时任总领事".into()),
                ("pl", "Liu Yuanyuan".into()),
                ("zh", "女士倡议合作。".into())
            ]
        );
        assert_eq!(
            said("zh", "按 F12 键"),
            [
                ("zh", "按".into()),
                ("en", "F12".into()),
                ("zh", "键".into())
            ]
        );
    }

    #[test]
    fn latin_languages_keep_their_text_in_one_part() {
        assert_eq!(
            said("pl", "617\u{a0}km na południowy zachód"),
            [("pl", "617 km na południowy zachód".into())]
        );
        assert_eq!(
            said("en", "Gori (გორი)"),
            [("en", "Gori (".into()), ("ka", "გორი)".into())]
        );
    }

    #[test]
    fn chinese_numbers_are_said_with_every_zero_and_years_digit_by_digit() {
        for (n, said) in [
            (0, "零"),
            (7, "七"),
            (10, "十"),
            (13, "十三"),
            (31, "三十一"),
            (100, "一百"),
            (105, "一百零五"),
            (110, "一百一十"),
            (617, "六百一十七"),
            (1001, "一千零一"),
            (7068, "七千零六十八"),
            (10_000, "一万"),
            (30_020, "三万零二十"),
            (120_500, "十二万零五百"),
        ] {
            assert_eq!(chinese_number(n), said, "{n}");
        }
        assert_eq!(
            chinese_numbers("1995年5月13日，617公里，2005年，百分之50，007"),
            "一九九五年五月十三日，六百一十七公里，二零零五年，百分之五十，零零七"
        );
        assert_eq!(
            said("zh", "距卡尔图济：617公里"),
            [("zh", "距卡尔图济：六百一十七公里".into())]
        );
    }

    #[test]
    fn control_characters_never_reach_the_engine() {
        let spoken = said("en", "Duder\u{1b}[31mstadt\u{7}");
        assert!(
            spoken
                .iter()
                .all(|(_, t)| t.chars().all(|c| !c.is_control())),
            "{spoken:?}"
        );
    }
}
