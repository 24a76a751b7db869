//! What the lists show after the search and partner filters: worked out from search keys
//! folded once at start, again only when a filter or the language changes.

use crate::data::Dataset;
use crate::layout;
use crate::search::{fold, matches};

use super::Entry;

/// Search keys of every town and event, folded once: names in every language and script,
/// ids, countries, titles.
#[derive(Debug)]
pub(super) struct SearchKeys {
    home: String,
    partners: Vec<String>,
    events: Vec<String>,
}

impl SearchKeys {
    pub(super) fn new(data: &Dataset) -> Self {
        let mut home_names = vec![data.home.name.as_str()];
        home_names.extend(data.home.names.all());
        let partners = data
            .partners
            .iter()
            .map(|p| {
                let mut names = vec![p.name.as_str(), p.id.as_str(), p.country.as_str()];
                names.extend(p.names.all());
                names.extend(p.native_name.as_deref());
                if let Some(country) = data.countries.get(&p.country) {
                    names.extend(country.all());
                }
                fold(&names.join(" "))
            })
            .collect();
        let events = data
            .events
            .iter()
            .map(|e| {
                let partner = &data.partners[e.partner];
                let mut texts: Vec<&str> = e.title.all().collect();
                texts.push(&partner.name);
                texts.extend(partner.names.all());
                texts.extend(partner.native_name.as_deref());
                fold(&texts.join(" "))
            })
            .collect();
        SearchKeys {
            home: fold(&home_names.join(" ")),
            partners,
            events,
        }
    }
}

/// What the filters were when the lists were made.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Made {
    filter: String,
    partner_only: Option<usize>,
    lang: &'static str,
}

/// The rows the lists show.
#[derive(Debug, Default)]
pub(super) struct Shown {
    /// The town list, in order: the overview first if it matches, then partners.
    pub(super) cities: Vec<super::Entry>,
    /// The events, oldest first.
    pub(super) events: Vec<usize>,
    /// The widest partner name shown, in cells, for the list's columns.
    pub(super) name_width: u16,
    made: Option<Made>,
}

impl Shown {
    /// Makes the lists again if `filter`, `partner_only` or `lang` changed since they were
    /// made: typing a letter costs one pass over the keys, a key that changes no filter
    /// costs nothing.
    pub(super) fn refresh(
        &mut self,
        keys: &SearchKeys,
        data: &Dataset,
        filter: &str,
        partner_only: Option<usize>,
        lang: &'static str,
    ) {
        if self
            .made
            .as_ref()
            .is_some_and(|m| m.filter == filter && m.partner_only == partner_only && m.lang == lang)
        {
            return;
        }
        let query = fold(filter);
        // No search: everything matches.
        let keys = (!query.is_empty()).then_some(keys);
        let home = keys
            .is_none_or(|k| matches(&k.home, &query))
            .then_some(Entry::Overview);
        self.cities = home
            .into_iter()
            .chain(
                (0..data.partners.len())
                    .filter(|&i| keys.is_none_or(|k| matches(&k.partners[i], &query)))
                    .map(Entry::Partner),
            )
            .collect();
        self.events = (0..data.events.len())
            .filter(|&e| partner_only.is_none_or(|p| data.events[e].partner == p))
            .filter(|&e| keys.is_none_or(|k| matches(&k.events[e], &query)))
            .collect();
        self.name_width = self
            .cities
            .iter()
            .filter_map(|e| match e {
                Entry::Partner(i) => Some(layout::cells(data.partners[*i].name_in(lang))),
                Entry::Overview => None,
            })
            .max()
            .unwrap_or(0);
        self.made = Some(Made {
            filter: filter.to_string(),
            partner_only,
            lang,
        });
    }
}
