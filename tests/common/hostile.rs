//! Data no validation would accept, built in memory for the tests that check nothing of it
//! reaches the screen, a terminal, `print` or a screenshot.

use partner_cities::data::{Dataset, Localized};

/// Clears the screen, moves the cursor, sets a title, starts a CSI with the C1 byte, turns
/// text around, hides joiners, tags, fillers and separators, uses private, unassigned and
/// non- characters, and piles eight marks on one letter and one on nothing.
pub const HOSTILE: &str = "A\u{1b}[2J\u{1b}[H\u{1b}]0;pwned\u{7}B\u{9b}31mC\u{202e}D\u{200d}E\u{feff}\
     F\u{7f}G\r\n\tH\u{61c}I\u{2028}J\u{2029}K\u{ad}L\u{180e}M\u{fff9}N\u{e0041}\u{e007f}O\u{115f}\
     P\u{3164}Q\u{fffe}R\u{10ffff}S\u{e000}T\u{206a}U\u{34f}V\u{1d173}W\u{2064}X\u{378}\
     Ya\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308}Z \u{301}!";

fn poison(text: &mut String) {
    text.push_str(HOSTILE);
}

fn poison_all(l: &mut Localized) {
    for (_, text) in &mut l.0 {
        text.push_str(HOSTILE);
    }
}

/// The fixture with `HOSTILE` appended to every text and name.
pub fn hostile_data() -> Dataset {
    let mut d = super::apps::fixture();
    poison(&mut d.home.name);
    poison_all(&mut d.home.names);
    poison_all(&mut d.home.region);
    d.home.intro.iter_mut().for_each(poison_all);
    d.countries.values_mut().for_each(poison_all);
    for p in &mut d.partners {
        poison(&mut p.name);
        poison_all(&mut p.names);
        if let Some(native) = &mut p.native_name {
            poison(native);
        }
        poison_all(&mut p.region);
        poison_all(&mut p.summary);
        p.story.iter_mut().for_each(poison_all);
        p.areas.iter_mut().for_each(poison_all);
        p.photos.iter_mut().for_each(poison_all);
        for person in &mut p.people {
            poison(&mut person.name);
            poison_all(&mut person.names);
            poison_all(&mut person.role);
        }
        for org in &mut p.organisations {
            poison(&mut org.name);
            poison_all(&mut org.role);
        }
        p.related.iter_mut().for_each(poison_all);
    }
    for e in &mut d.events {
        poison_all(&mut e.title);
        poison_all(&mut e.description);
    }
    d
}
