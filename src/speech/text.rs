//! Text for the ear: what reaches the engine is the program's checked text only, split into
//! parts of one script each, so that no engine has to guess a language inside a text.

use crate::data::chars;

use super::{Part, spoken};

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

/// `text` in `lang` as parts to be spoken: only characters the screen may show, no-break
/// spaces as spaces, what the engine misreads as it is said (`super::spoken`), and each
/// run of another script in a part of its own, in that script's voice. Nothing is left of a text with no letter or digit.
pub fn parts(lang: &'static str, text: &str) -> Vec<Part> {
    let clean = chars::sanitize(text, &[]).replace(['\u{a0}', '\u{202f}'], " ");
    let clean = if matches!(lang, "zh" | "ka") {
        without_latin_brackets(&clean)
    } else {
        clean
    };
    let clean = spoken::as_said(lang, &clean);
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
            // Digits right before Chinese or Georgian belong to it ("Liu Yuanyuan：2014年"
            // is 二零一四年 in Mandarin, not a Polish number and then 年).
            (Some((_, run)), Some(s @ (Script::Han | Script::Georgian))) => {
                let before = run.trim_end_matches(|d: char| d.is_ascii_digit());
                // A number of its own, not the end of a key's or a code's name ("F12键").
                let own = !before.ends_with(char::is_alphanumeric);
                let moved = run.split_off(if own { before.len() } else { run.len() });
                if run.is_empty() {
                    runs.pop();
                }
                runs.push((s, moved + &c.to_string()));
            }
            (_, Some(s)) => runs.push((s, c.to_string())),
        }
    }
    let mut out: Vec<Part> = Vec::new();
    for (s, run) in runs {
        let voice = voice_for(lang, s, run.trim());
        let said;
        let text = if voice == "zh" {
            said = spoken::zh::chinese_numbers(run.trim());
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
    use super::spoken::zh::{chinese_number, chinese_numbers};
    use super::*;

    fn said(lang: &'static str, text: &str) -> Vec<(&'static str, String)> {
        parts(lang, text)
            .into_iter()
            .map(|p| (p.lang, p.text))
            .collect()
    }

    #[test]
    fn a_german_date_s_day_is_said_as_an_ordinal_in_the_case_around_it() {
        let de = |text: &str| said("de", text)[0].1.clone();
        assert_eq!(
            de("Partnerschaftsvereinbarung: 13.\u{a0}Mai 1995 (vor 31 Jahren)"),
            "Partnerschaftsvereinbarung: dreizehnter Mai neunzehnhundertfünfundneunzig (vor 31 \
             Jahren)"
        );
        assert_eq!(
            de("Am 4. September 1995 bestätigt."),
            "Am vierten September neunzehnhundertfünfundneunzig bestätigt."
        );
        assert_eq!(de("der 1. Juli"), "der erste Juli");
        assert_eq!(de("(21. März 2020)"), "(einundzwanzigster März 2020)");
        assert_eq!(
            de("vom 30. April, 31. Dezember"),
            "vom dreißigsten April, einunddreißigsten Dezember"
        );
        assert_eq!(
            de("am 13. Mai und 4. September. 4. Juli"),
            "am dreizehnten Mai und vierten September. vierter Juli"
        );
        assert_eq!(
            de("seit 1. Oktober, bis 7. März"),
            "seit erstem Oktober, bis siebten März"
        );
        assert_eq!(
            de("der 8. Juni, des 20. Juni"),
            "der achte Juni, des zwanzigsten Juni"
        );
        // Not a date: a number before another word, a day that cannot be, no month.
        for same in ["Platz 3. Reihe", "32. Mai", "13. Maifeier", "Seite 13."] {
            assert_eq!(de(same), same);
        }
        // Only German is read so.
        assert_eq!(said("en", "13. Mai")[0].1, "13. Mai");
    }

    #[test]
    fn a_german_year_before_2000_is_said_in_hundreds_and_a_count_is_not() {
        let de = |text: &str| said("de", text)[0].1.clone();
        assert_eq!(
            de("Oktober 1990 (36 Jahre), seit 1994 und (1995)."),
            "Oktober neunzehnhundertneunzig (36 Jahre), seit neunzehnhundertvierundneunzig und \
             (neunzehnhundertfünfundneunzig)."
        );
        assert_eq!(de("1901 – 1100"), "neunzehnhunderteins – elfhundert");
        assert_eq!(
            de("Mai 1981 Kartuzy"),
            "Mai neunzehnhunderteinundachtzig Kartuzy"
        );
        assert_eq!(
            de("im Jahr 1995 Ehrenbürger"),
            "im Jahr neunzehnhundertfünfundneunzig Ehrenbürger"
        );
        assert_eq!(
            de("seit 1994; Partnerschaft"),
            "seit neunzehnhundertvierundneunzig; Partnerschaft"
        );
        // Counts, and years the engine says right, stay.
        for same in ["1540 Kilometer südwestlich", "2015 – 2020", "1099", "12345"] {
            assert_eq!(de(same), same);
        }
    }

    #[test]
    fn a_number_before_chinese_is_said_in_chinese() {
        assert_eq!(
            said("zh", "Liu Yuanyuan：2014年时任总领事"),
            [
                ("pl", "Liu Yuanyuan：".into()),
                ("zh", "二零一四年时任总领事".into())
            ]
        );
        // A number that ends a key's name stays with it.
        assert_eq!(
            said("zh", "按F12键"),
            [
                ("zh", "按".into()),
                ("en", "F12".into()),
                ("zh", "键".into())
            ]
        );
    }

    #[test]
    fn a_chinese_bracket_is_heard_as_a_pause() {
        assert_eq!(
            said("zh", "荣誉市民（伙伴城市：杜德施塔特）"),
            [("zh", "荣誉市民，（伙伴城市：杜德施塔特）".into())]
        );
        // Where a pause is there already, or the text begins with the bracket, no comma.
        assert_eq!(said("zh", "市民：（一）")[0].1, "市民：（一）");
        assert_eq!(said("zh", "（一）")[0].1, "（一）");
    }

    #[test]
    fn a_polish_or_english_date_s_day_is_said_as_an_ordinal() {
        let pl = |text: &str| said("pl", text)[0].1.clone();
        assert_eq!(
            pl("Porozumienie: 13\u{a0}maja (31 lat temu)"),
            "Porozumienie: trzynastego maja (31 lat temu)"
        );
        assert_eq!(
            pl("(1 października), 21 czerwca, 30 listopada"),
            "(pierwszego października), dwudziestego pierwszego czerwca, trzydziestego listopada"
        );
        let en = |text: &str| said("en", text)[0].1.clone();
        assert_eq!(
            en("Signed on 13\u{a0}May 1995, 1 October, 22 June, 3 March, 11 July."),
            "Signed on 13th May 19 95, 1st October, 22nd June, 3rd March, 11th July."
        );
        // Not a date: no month after it, a day that cannot be, a count.
        for same in ["5 partnerów", "32 maja", "2 kilometry"] {
            assert_eq!(pl(same), same);
        }
        assert_eq!(en("32 May, 5 towns, Mayor"), "32 May, 5 towns, Mayor");
        for (written, spoken) in [
            (
                "Partnership agreement: 13 May 1995 (31 years ago)",
                "Partnership agreement: 13th May 19 95 (31 years ago)",
            ),
            (
                "began in 1994 and was signed on 13 May 1995.",
                "began in 19 94 and was signed on 13th May 19 95.",
            ),
            (
                "First partnership: 1990 (Caissargues)",
                "First partnership: 19 90 (Caissargues)",
            ),
            ("1901 – 1100", "19 oh 1 – 11 hundred"),
            ("(1990), 1994;", "(19 90), 19 94;"),
        ] {
            assert_eq!(en(written), spoken);
        }
        for same in [
            "Distance from Kartuzy: 1540 kilometres south-west",
            "2015 – 2020",
            "1099",
            "12345",
        ] {
            assert_eq!(en(same), same);
        }
        assert_eq!(en("3 Mayors"), "3 Mayors");
    }

    #[test]
    fn a_polish_year_in_a_date_or_before_roku_is_an_ordinal() {
        let pl = |text: &str| said("pl", text)[0].1.clone();
        for (written, spoken) in [
            ("w 2019 roku", "w dwa tysiące dziewiętnastym roku"),
            (
                "od 1994 roku",
                "od tysiąc dziewięćset dziewięćdziesiątego czwartego roku",
            ),
            ("W lutym 2016 roku", "W lutym dwa tysiące szesnastego roku"),
            (
                "13 maja 1995 (31 lat temu)",
                "trzynastego maja tysiąc dziewięćset dziewięćdziesiątego piątego (31 lat temu)",
            ),
            ("w 2026 roku.", "w dwa tysiące dwudziestym szóstym roku."),
            ("w 2002 roku", "w dwa tysiące drugim roku"),
            ("w 2013 roku", "w dwa tysiące trzynastym roku"),
            (
                "(1 października 2016)",
                "(pierwszego października dwa tysiące szesnastego)",
            ),
            (
                "25-lecie, 25-lecia, 30-leciu",
                "dwudziestopięciolecie, dwudziestopięciolecia, trzydziestoleciu",
            ),
        ] {
            assert_eq!(pl(written), spoken);
        }
        // A year alone, after a month alone, ending in 00, and counts stay.
        for same in [
            "1994 – Początek",
            "listopad 2015",
            "w 2000 roku",
            "1540 kilometrów",
            "25 lat",
        ] {
            assert_eq!(pl(same), same);
        }
    }

    #[test]
    fn kilometres_are_said_as_a_word_in_the_form_the_number_asks_for() {
        let say = |lang: &'static str, text: &str| said(lang, text)[0].1.clone();
        for (lang, written, spoken) in [
            (
                "en",
                "about 2\u{a0}km from Nîmes",
                "about 2 kilometres from Nîmes",
            ),
            ("en", "1 km.", "1 kilometre."),
            ("de", "etwa 2 km von Nîmes", "etwa 2 Kilometer von Nîmes"),
            ("de", "1 km", "ein Kilometer"),
            (
                "pl",
                "około 2 km od Nîmes",
                "około dwóch kilometrów od Nîmes",
            ),
            ("pl", "ok. 1 km", "ok. jednego kilometra"),
            (
                "pl",
                "2 km, 5 km, 12 km, 22 km, 1 km",
                "2 kilometry, 5 kilometrów, 12 kilometrów, 22 kilometry, 1 kilometr",
            ),
        ] {
            assert_eq!(say(lang, written), spoken, "{lang}");
        }
        // Not after a number, or part of a word: as written.
        assert_eq!(say("en", "km kmh 2 kmh"), "km kmh 2 kmh");
    }

    #[test]
    fn a_georgian_year_s_abbreviation_is_said_in_full() {
        assert_eq!(
            said("ka", "2015 წ. (11 წლის წინ)"),
            [("ka", "2015 წელი (11 წლის წინ)".into())]
        );
        // Only after a year, and with no ending after it (the nominative is all it can be).
        assert_eq!(said("ka", "ა წ. ბ")[0].1, "ა წ. ბ");
        assert_eq!(said("ka", "2015 წ.-ში")[0].1, "2015 წ.-ში");
    }

    #[test]
    fn georgian_kilometres_and_the_first_of_a_month_are_said_in_full() {
        let ka = |text: &str| said("ka", text)[0].1.clone();
        assert_eq!(
            ka("ნიმიდან დაახლოებით 2 კმ-ში"),
            "ნიმიდან დაახლოებით 2 კილომეტრში"
        );
        assert_eq!(ka("2341 კმ სამხრეთით"), "2341 კილომეტრი სამხრეთით");
        assert_eq!(
            ka("2016 წლის 1 ოქტომბერი (10 წლის წინ)"),
            "2016 წლის პირველი ოქტომბერი (10 წლის წინ)"
        );
        assert_eq!(
            ka("2016 წლის 1 ოქტომბერს მოეწერა."),
            "2016 წლის პირველ ოქტომბერს მოეწერა."
        );
        assert_eq!(ka("(1 აგვისტო)"), "(პირველი აგვისტო)");
        for (case, said) in [
            ("1 მაისის", "პირველი მაისის"),
            ("1 ოქტომბრის", "პირველი ოქტომბრის"),
            ("1 სექტემბრიდან", "პირველი სექტემბრიდან"),
            ("1 ივნისით", "პირველი ივნისით"),
            ("1 მაისამდე", "პირველ მაისამდე"),
            ("1 აგვისტოს", "პირველ აგვისტოს"),
            ("1 აგვისტოდან", "პირველი აგვისტოდან"),
        ] {
            assert_eq!(ka(case), said);
        }
        // Any other day is a cardinal, said right; a 1 before another word stays.
        for same in ["13 მაისი", "1 კაცი", "11 ოქტომბერი", "კმ"]
        {
            assert_eq!(ka(same), same);
        }
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
            [("pl", "617 kilometrów na południowy zachód".into())]
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
            (2341, "两千三百四十一"),
            (20_000, "两万"),
            (220, "二百二十"),
            (12_000, "一万二千"),
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
        // Two of something is 两; a date's two, a year's and a count's tens are not.
        assert_eq!(
            chinese_numbers("约2公里，2个，2年前，2月2日，2022年，22公里"),
            "约两公里，两个，两年前，二月二日，二零二二年，二十二公里"
        );
        assert_eq!(chinese_numbers("第2名"), "第二名");
        assert!(!chinese_numbers("1.2公里").contains('两'));
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
