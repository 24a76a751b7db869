//! A generated data set of 2,000 partners and 10,000 events (the benchmarks' generator):
//! the list is built only where it is seen, and the selection stays on screen wherever
//! the keys take it.

mod common;

#[path = "../benches/support/generate.rs"]
mod generate;

use crossterm::event::KeyCode::*;
use partner_cities::action::View;
use partner_cities::data;

fn big(width: u16, height: u16) -> common::Tui {
    let source = generate::generate(2_000, 10_000);
    let data = data::load("generated.ron", &source).expect("the generator writes valid data");
    common::app_on(
        data,
        common::settings("en"),
        (width, height),
        std::time::Instant::now(),
    )
}

/// The selected row is drawn, and the rows built are no more than fill the pane.
fn assert_window(app: &common::Tui, what: &str) {
    let window = common::screen::list_window(app);
    let height = window.height;
    assert!(
        window.before_last < height,
        "{what}: {} lines built before the last row, for {height}",
        window.before_last
    );
    let at = window
        .selected_at
        .unwrap_or_else(|| panic!("{what}: the selection is not among the rows"));
    assert!(
        at < height,
        "{what}: the selection starts at line {at} of {height}"
    );
}

#[test]
fn every_key_keeps_the_selection_on_screen_in_a_long_list() {
    // The towns view, as the app starts, and the timeline, a Tab away.
    for view in [&[][..], &[Tab]] {
        let mut a = big(100, 30);
        common::press(&mut a, view);
        assert_window(&a, "start");
        for (keys, what) in [
            (&[End][..], "End"),
            (&[PageUp, PageUp], "PageUp"),
            (&[Up, Up, Up], "Up"),
            (&[Home], "Home"),
            (&[PageDown, PageDown, PageDown, Down], "PageDown"),
        ] {
            common::press(&mut a, keys);
            assert_window(&a, &format!("{view:?} {what}"));
        }
        // Scrolling up does not jump: the row above the top comes into view at the top.
        let top = a.selected();
        common::press(&mut a, &[Up]);
        assert_ne!(a.selected(), top);
        assert_window(&a, "one up");
    }
}

#[test]
fn a_search_narrows_the_list_and_keeps_a_row_selected() {
    let mut a = big(100, 30);
    common::press(&mut a, &[Tab, End]);
    common::type_text(&mut a, "/zdr");
    assert_eq!(a.view(), View::Timeline);
    let events = a.visible_events().len();
    assert!(events > 0 && events < 10_000, "{events} events match");
    assert_window(&a, "filtered");
    common::press(&mut a, &[Esc]);
    assert_eq!(a.visible_events().len(), 10_000);
    assert_window(&a, "cleared");
}

#[test]
fn growing_the_window_fills_it_from_above() {
    let mut a = big(100, 30);
    common::press(&mut a, &[Tab, End]);
    a.resize(100, 60);
    let window = common::screen::list_window(&a);
    let items = &a.parts().list.items;
    let lines: usize = items.iter().map(|i| i.lines.len()).sum();
    assert!(
        lines >= window.height,
        "no empty space below the last event"
    );
    assert_window(&a, "taller");
}

#[test]
fn the_overview_sums_up_thousands_of_towns() {
    let a = big(100, 30);
    let lines: Vec<String> = a.parts().detail.lines.iter().map(|l| l.text()).collect();
    assert!(lines.len() < 150, "{} lines", lines.len());
    assert!(
        lines
            .iter()
            .any(|l| l.contains("and 1960 more in the list")),
        "{lines:#?}"
    );
}
