//! The language to speak when none is asked for: the locale, as every Unix program reads it.

/// The language of the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not
/// empty (POSIX order), if it is one of `known`; otherwise `default`. `C` and `POSIX` (and
/// their `C.UTF-8` forms) name no language, so they give `default` too.
///
/// `var` reads the environment; tests pass their own.
pub fn language<'a>(
    var: impl Fn(&str) -> Option<String>,
    known: &[&'a str],
    default: &'a str,
) -> &'a str {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty());
    let Some(value) = value else {
        return default;
    };
    // language[_territory][.codeset][@modifier]
    let language = value.split(['_', '.', '@', '-']).next().unwrap_or_default();
    known
        .iter()
        .find(|code| code.eq_ignore_ascii_case(language))
        .copied()
        .unwrap_or(default)
}

/// The language the process environment asks for (see [`language`]).
pub fn from_env<'a>(known: &[&'a str], default: &'a str) -> &'a str {
    language(|name| std::env::var(name).ok(), known, default)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["pl", "en", "de", "fr", "zh", "ka"];

    fn with(vars: &[(&str, &str)]) -> &'static str {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        language(
            |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
            KNOWN,
            "pl",
        )
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        assert_eq!(with(&[("LANG", "de_DE.UTF-8")]), "de");
        assert_eq!(
            with(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")]),
            "fr"
        );
        assert_eq!(
            with(&[
                ("LANG", "de_DE.UTF-8"),
                ("LC_MESSAGES", "fr_FR.UTF-8"),
                ("LC_ALL", "ka_GE.UTF-8")
            ]),
            "ka"
        );
    }

    #[test]
    fn empty_values_count_as_unset() {
        assert_eq!(with(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")]), "zh");
    }

    #[test]
    fn c_posix_unset_and_unknown_mean_the_default() {
        assert_eq!(with(&[]), "pl");
        assert_eq!(with(&[("LANG", "C")]), "pl");
        assert_eq!(with(&[("LANG", "C.UTF-8")]), "pl");
        assert_eq!(with(&[("LANG", "POSIX")]), "pl");
        assert_eq!(with(&[("LANG", "es_ES.UTF-8")]), "pl");
        // LC_ALL=C wins over a LANG we could speak: the user asked for no language.
        assert_eq!(with(&[("LC_ALL", "C"), ("LANG", "en_GB.UTF-8")]), "pl");
    }

    #[test]
    fn every_form_of_a_locale_name() {
        assert_eq!(with(&[("LANG", "en")]), "en");
        assert_eq!(with(&[("LANG", "en_GB")]), "en");
        assert_eq!(with(&[("LANG", "fr_FR@euro")]), "fr");
        assert_eq!(with(&[("LANG", "de_DE.ISO-8859-1")]), "de");
        assert_eq!(with(&[("LANG", "pl_PL.UTF-8")]), "pl");
    }
}
