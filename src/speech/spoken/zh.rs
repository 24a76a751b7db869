//! How Chinese is said: numbers in words (espeak-ng's Mandarin drops every 零 and reads
//! years as numbers) and a pause before a bracket.

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `n` (below 100 000 000) in Chinese numerals as they are said: 六百一十七, 一百零五,
/// 七千零六十八, 十三 (not 一十三), 三万零二十, 两千三百四十一 (not 二千).
pub(in crate::speech) fn chinese_number(n: u32) -> String {
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
            // "十三", not "一十三", when ten leads the number; "两千", not "二千", when two
            // thousand does.
            let first = out.is_empty() && leading;
            if digit == 2 && value == 1000 && first {
                out.push('两');
            } else if !(digit == 1 && value == 10 && first) {
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
    // "两万", as "两千".
    let high = match below_10000(high, true).as_str() {
        "二" => "两".to_string(),
        other => other.to_string(),
    };
    let mut out = high + "万";
    if low > 0 {
        if low < 1000 {
            out.push('零');
        }
        out.push_str(below_10000(low, false).trim_start_matches('零'));
    }
    out
}

/// Words that count something, after which two is 两.
const CHINESE_MEASURES: [&str; 12] = [
    "公里", "个", "位", "座", "名", "次", "家", "项", "种", "周年", "年前", "年",
];

/// Chinese text with its numbers as they are said: espeak-ng's Mandarin reads "2015年" as
/// 二千十五年 and "105" as 一百五, dropping every 零. A year (four digits before 年) is said
/// digit by digit (二零一五年), any other number as a number (一百零五); a number too long or
/// with a leading zero, digit by digit.
pub(in crate::speech) fn chinese_numbers(text: &str) -> String {
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
            // Two of something is 两: 约两公里, 两个; the second of a month, an ordinal
            // (第二名) and a decimal (1.2公里) stay 二.
            Ok(2)
                if CHINESE_MEASURES.iter().any(|m| text[end..].starts_with(m))
                    && !text[..start].ends_with(['第', '.', '．']) =>
            {
                out.push('两');
            }
            Ok(n) if !by_digit && n < 100_000_000 => {
                out.push_str(&chinese_number(n));
            }
            _ => out.extend(run.bytes().map(|b| DIGITS[usize::from(b - b'0')])),
        }
    }
    out
}

/// Chinese text with a pause before each bracket: espeak-ng's Mandarin runs "荣誉市民（伙伴城市"
/// together; a comma before the bracket makes it pause as a reader does.
pub(in crate::speech) fn chinese_pauses(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '（' && out.chars().next_back().is_some_and(char::is_alphanumeric) {
            out.push('，');
        }
        out.push(c);
    }
    out
}
