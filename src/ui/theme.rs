//! Colours and text attributes, by role. Passed to the view; nothing reads it globally.

use ratatui::style::{Color, Modifier, Style};

use crate::content::Tone;

/// The theme a user can ask for (`--theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeChoice {
    Auto,
    Dark,
    Light,
    /// High contrast, for low vision.
    Contrast,
    /// No colour; selection shown by reverse video and markers.
    Mono,
}

/// What the environment says about colour, for `auto`.
#[derive(Debug, Clone, Copy, Default)]
pub struct ColorEnv<'a> {
    /// `NO_COLOR` is set (to any value).
    pub no_color: bool,
    pub term: Option<&'a str>,
    pub colorterm: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub subtitle: Style,
    pub heading: Style,
    pub label: Style,
    pub muted: Style,
    pub border: Style,
    pub border_focused: Style,
    pub selected: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub key: Style,
    pub filter: Style,
    /// Map lines (only their foreground is used): coastlines, country borders (drawn dotted,
    /// in a fainter colour), the routes from the home town and the selected partner's.
    pub coast: Style,
    pub frontier: Style,
    pub route: Style,
    pub route_selected: Style,
    /// The black of a flag (Germany's top stripe), drawn only as a foreground, where even
    /// the Linux console has its bright shades: on a dark background, a shade of grey that
    /// can be told from the background; black itself would leave the stripe out.
    pub flag_black: Color,
}

const BOLD: Modifier = Modifier::BOLD;
const REVERSED: Modifier = Modifier::REVERSED;

impl Theme {
    /// The theme for `choice`; `auto` reads the environment: `NO_COLOR` or a dumb terminal
    /// give `mono`, a terminal announcing true colour gets richer tones, anything else
    /// (the Linux console among them) the 8 basic colours.
    pub fn resolve(choice: ThemeChoice, env: ColorEnv) -> Theme {
        match choice {
            ThemeChoice::Auto if env.no_color || env.term == Some("dumb") => Theme::mono(),
            ThemeChoice::Auto => {
                let truecolor = matches!(env.colorterm, Some("truecolor" | "24bit"));
                if truecolor && env.term != Some("linux") {
                    Theme::dark_rich()
                } else {
                    Theme::dark()
                }
            }
            ThemeChoice::Dark => Theme::dark(),
            ThemeChoice::Light => Theme::light(),
            ThemeChoice::Contrast => Theme::contrast(),
            ThemeChoice::Mono => Theme::mono(),
        }
    }

    /// Only the 8 basic ANSI colours, so it looks the same on the Linux console.
    pub fn dark() -> Self {
        Theme {
            base: Style::new(),
            title: Style::new().fg(Color::Yellow).add_modifier(BOLD),
            subtitle: Style::new().add_modifier(Modifier::ITALIC),
            heading: Style::new().fg(Color::Cyan).add_modifier(BOLD),
            label: Style::new().fg(Color::Cyan),
            muted: Style::new().fg(Color::Gray),
            border: Style::new().fg(Color::Gray),
            border_focused: Style::new().fg(Color::Yellow).add_modifier(BOLD),
            selected: Style::new().add_modifier(REVERSED | BOLD),
            tab: Style::new(),
            tab_active: Style::new().add_modifier(REVERSED | BOLD),
            key: Style::new().fg(Color::Yellow).add_modifier(BOLD),
            filter: Style::new().fg(Color::Yellow),
            coast: Style::new().fg(Color::Gray),
            frontier: Style::new().fg(Color::Blue),
            route: Style::new().fg(Color::Cyan),
            route_selected: Style::new().fg(Color::Yellow),
            flag_black: Color::DarkGray,
        }
    }

    /// The dark theme with true-colour accents, for terminals that announce them.
    pub fn dark_rich() -> Self {
        let amber = Color::Rgb(255, 196, 64);
        let sky = Color::Rgb(120, 200, 240);
        let grey = Color::Rgb(150, 150, 160);
        Theme {
            title: Style::new().fg(amber).add_modifier(BOLD),
            heading: Style::new().fg(sky).add_modifier(BOLD),
            label: Style::new().fg(sky),
            muted: Style::new().fg(grey),
            border: Style::new().fg(grey),
            border_focused: Style::new().fg(amber).add_modifier(BOLD),
            key: Style::new().fg(amber).add_modifier(BOLD),
            filter: Style::new().fg(amber),
            coast: Style::new().fg(grey),
            frontier: Style::new().fg(Color::Rgb(96, 98, 128)),
            route: Style::new().fg(sky),
            route_selected: Style::new().fg(amber),
            flag_black: Color::Rgb(80, 80, 80),
            ..Theme::dark()
        }
    }

    /// For light backgrounds: dark colours only.
    pub fn light() -> Self {
        Theme {
            title: Style::new().fg(Color::Blue).add_modifier(BOLD),
            heading: Style::new().fg(Color::Magenta).add_modifier(BOLD),
            label: Style::new().fg(Color::Blue),
            muted: Style::new().fg(Color::Black),
            border: Style::new().fg(Color::Black),
            border_focused: Style::new().fg(Color::Blue).add_modifier(BOLD),
            key: Style::new().fg(Color::Red).add_modifier(BOLD),
            filter: Style::new().fg(Color::Red),
            coast: Style::new().fg(Color::Black),
            frontier: Style::new().fg(Color::Gray),
            route: Style::new().fg(Color::Blue),
            route_selected: Style::new().fg(Color::Red),
            flag_black: Color::Black,
            ..Theme::dark()
        }
    }

    /// High contrast for low vision: bright white on black, bright yellow accents, the
    /// selection in reverse video, bold everywhere. Bright colours, because bold is not
    /// brighter everywhere (foot draws bold in the same colour): measured on the kiosk's
    /// palette, every text is at 7:1 or more (`tests/contrast.rs`).
    pub fn contrast() -> Self {
        let base = Style::new()
            .fg(Color::White)
            .bg(Color::Black)
            .add_modifier(BOLD);
        let accent = base.fg(Color::LightYellow);
        // Reverse video, not a bright background: the Linux console has no bright
        // backgrounds, and would show black on black.
        let selected = base.add_modifier(REVERSED);
        Theme {
            base,
            title: accent,
            subtitle: base,
            heading: accent.add_modifier(Modifier::UNDERLINED),
            label: accent,
            muted: base,
            border: base,
            border_focused: accent,
            selected,
            tab: base,
            tab_active: selected,
            key: accent,
            filter: accent,
            coast: Style::new().fg(Color::White),
            frontier: Style::new().fg(Color::Gray),
            route: Style::new().fg(Color::LightCyan),
            route_selected: Style::new().fg(Color::LightYellow),
            flag_black: Color::DarkGray,
        }
    }

    /// No colour at all: selection and focus by reverse video, bold and underline.
    pub fn mono() -> Self {
        Theme {
            base: Style::new(),
            title: Style::new().add_modifier(BOLD),
            subtitle: Style::new(),
            heading: Style::new().add_modifier(BOLD | Modifier::UNDERLINED),
            label: Style::new().add_modifier(BOLD),
            muted: Style::new(),
            border: Style::new(),
            border_focused: Style::new().add_modifier(BOLD),
            selected: Style::new().add_modifier(REVERSED | BOLD),
            tab: Style::new(),
            tab_active: Style::new().add_modifier(REVERSED | BOLD),
            key: Style::new().add_modifier(BOLD),
            filter: Style::new().add_modifier(BOLD),
            coast: Style::new(),
            frontier: Style::new(),
            route: Style::new(),
            route_selected: Style::new(),
            flag_black: Color::Black,
        }
    }

    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Title => self.title,
            Tone::Subtitle => self.subtitle,
            Tone::Heading => self.heading,
            Tone::Label => self.label,
            Tone::Body => self.base,
            Tone::Muted => self.muted,
        }
    }

    /// Every style of the theme, for tests of what colours it may emit.
    pub fn styles(&self) -> [Style; 17] {
        [
            self.base,
            self.title,
            self.subtitle,
            self.heading,
            self.label,
            self.muted,
            self.border,
            self.border_focused,
            self.selected,
            self.tab,
            self.tab_active,
            self.key,
            self.filter,
            self.coast,
            self.frontier,
            self.route,
            self.route_selected,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colors(theme: &Theme) -> Vec<Color> {
        theme
            .styles()
            .iter()
            .flat_map(|s| [s.fg, s.bg])
            .flatten()
            .collect()
    }

    #[test]
    fn no_color_means_mono_and_mono_has_no_colour() {
        let env = ColorEnv {
            no_color: true,
            term: Some("xterm-256color"),
            colorterm: Some("truecolor"),
        };
        let theme = Theme::resolve(ThemeChoice::Auto, env);
        assert_eq!(theme, Theme::mono());
        assert!(colors(&theme).is_empty());
        assert!(
            theme.selected.add_modifier.contains(REVERSED),
            "selection still visible"
        );
    }

    #[test]
    fn the_linux_console_gets_only_the_eight_basic_colours() {
        let env = ColorEnv {
            no_color: false,
            term: Some("linux"),
            colorterm: Some("truecolor"),
        };
        let theme = Theme::resolve(ThemeChoice::Auto, env);
        let basic = [
            Color::Black,
            Color::Red,
            Color::Green,
            Color::Yellow,
            Color::Blue,
            Color::Magenta,
            Color::Cyan,
            Color::Gray,
        ];
        assert!(colors(&theme).iter().all(|c| basic.contains(c)));
        for theme in [Theme::dark(), Theme::light()] {
            assert!(colors(&theme).iter().all(|c| basic.contains(c)));
        }
        // High contrast takes the bright colours for text (the console draws them as
        // bold, in its brighter shade), and no bright background, which it lacks.
        let bright = [Color::White, Color::LightYellow, Color::LightCyan];
        let contrast = Theme::contrast();
        assert!(
            colors(&contrast)
                .iter()
                .all(|c| basic.contains(c) || bright.contains(c))
        );
        assert!(contrast.selected.bg.is_none_or(|c| basic.contains(&c)));
    }

    #[test]
    fn truecolor_terminals_get_rich_tones() {
        let env = ColorEnv {
            no_color: false,
            term: Some("xterm-256color"),
            colorterm: Some("truecolor"),
        };
        assert_eq!(Theme::resolve(ThemeChoice::Auto, env), Theme::dark_rich());
        assert_eq!(
            Theme::resolve(ThemeChoice::Contrast, env),
            Theme::contrast()
        );
    }
}
