//! The floor for start-up on this stack: the least a ratatui + crossterm program does to
//! show a screen like the browser's first frame (a bordered list, a wrapped paragraph
//! and a footer at 100×30), with ratatui's own `init`. It ends at
//! the first key. `examples/startup.rs` times it beside the browser and `less`.
//!
//! `cargo build --release --example floor`

use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Color, Style, Stylize};
use ratatui::text::Line;
use ratatui::widgets::{Block, List, Paragraph, Wrap};

const TEXT: &str = "Kartuzy keeps friendly ties with five towns: Duderstadt in Germany, \
Caissargues in France, Kaili in China, Gori in Georgia and, since 2019, Polanica-Zdrój in \
Poland. For Kartuzy, town partnerships are above all a way to share experience and to \
build friendships that last for many years. ";

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let towns = [
        "Kartuzy (overview)",
        "Duderstadt",
        "Caissargues",
        "Kaili",
        "Gori",
        "Polanica-Zdrój",
    ];
    let result = terminal.draw(|frame| {
        let [body, footer] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(frame.area());
        let [list, detail] =
            Layout::horizontal([Constraint::Length(30), Constraint::Fill(1)]).areas(body);
        frame.render_widget(
            List::new(towns)
                .block(Block::bordered().title(" Towns "))
                .highlight_style(Style::new().reversed()),
            list,
        );
        frame.render_widget(
            Paragraph::new(TEXT.repeat(6))
                .wrap(Wrap { trim: true })
                .block(Block::bordered().title(" Details ").fg(Color::Yellow)),
            detail,
        );
        frame.render_widget(Line::from("↓ down  ↑ up  Tab next view  q quit"), footer);
    });
    let key = result.and_then(|_| crossterm::event::read());
    ratatui::restore();
    key.map(|_| ())
}
