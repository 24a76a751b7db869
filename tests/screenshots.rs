//! The pictures in `screenshots/` (shown by the README), of the production data, must be
//! what the program draws today. Each is drawn again in memory and compared with the
//! committed file; `UPDATE_SNAPSHOTS=1 cargo test` rewrites them with every other picture.

mod common;

use std::path::{Path, PathBuf};

use common::pictures;
use partner_cities::app::Settings;
use partner_cities::glyphs::GlyphMode;
use partner_cities::i18n::I18n;
use partner_cities::map::Zoom;
use partner_cities::screenshot::{self, Format, Palette, Scene, Shot};
use partner_cities::ui::Theme;
use partner_cities::ui::theme::{ColorEnv, ThemeChoice};
use ratatui::layout::Rect;

struct Picture {
    file: &'static str,
    lang: &'static str,
    scene: Scene,
    select: Option<&'static str>,
    zoom: Option<Zoom>,
    glyphs: GlyphMode,
    theme: ThemeChoice,
}

const fn picture(file: &'static str, lang: &'static str, scene: Scene) -> Picture {
    Picture {
        file,
        lang,
        scene,
        select: None,
        zoom: None,
        glyphs: GlyphMode::Unicode,
        theme: ThemeChoice::Dark,
    }
}

/// Every picture the README shows, at 100x30.
const GALLERY: &[Picture] = &[
    Picture {
        select: Some("caissargues"),
        ..picture("detail-en.svg", "en", Scene::Cities)
    },
    picture("cities-pl.svg", "pl", Scene::Cities),
    picture("cities-en.svg", "en", Scene::Cities),
    picture("timeline-pl.svg", "pl", Scene::Timeline),
    picture("timeline-en.svg", "en", Scene::Timeline),
    picture("map-pl.svg", "pl", Scene::Map),
    picture("map-en.svg", "en", Scene::Map),
    picture("help-pl.svg", "pl", Scene::Help),
    picture("help-en.svg", "en", Scene::Help),
    Picture {
        select: Some("duderstadt"),
        ..picture("detail-de.svg", "de", Scene::Cities)
    },
    Picture {
        select: Some("kaili"),
        ..picture("detail-zh.svg", "zh", Scene::Cities)
    },
    Picture {
        select: Some("kaili"),
        zoom: Some(Zoom::World),
        ..picture("map-world-en.svg", "en", Scene::Map)
    },
    Picture {
        select: Some("gori"),
        glyphs: GlyphMode::Basic,
        ..picture("console-pl.svg", "pl", Scene::Cities)
    },
    Picture {
        glyphs: GlyphMode::Basic,
        ..picture("console-map-pl.svg", "pl", Scene::Map)
    },
    Picture {
        select: Some("polanica-zdroj"),
        theme: ThemeChoice::Contrast,
        ..picture("contrast-en.svg", "en", Scene::Cities)
    },
];

fn draw(picture: &Picture) -> String {
    let shot = Shot {
        settings: Settings {
            glyphs: picture.glyphs,
            ..Settings::interactive(picture.lang, common::apps::today())
        },
        area: Rect::new(0, 0, 100, 30),
        scene: picture.scene,
        select: picture.select,
        zoom: picture.zoom,
    };
    let theme = Theme::resolve(picture.theme, ColorEnv::default());
    let buffer = screenshot::take(common::production(), I18n::new(), &shot, &theme)
        .expect("the picture can be staged");
    let format = Format::for_path(Path::new(picture.file)).expect("svg or txt");
    screenshot::encode(&buffer, format, &Palette::for_theme(picture.theme))
}

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots")
}

#[test]
fn committed_screenshots_match_the_program() {
    let stale: Vec<String> = GALLERY
        .iter()
        .filter_map(|p| pictures::compare(&folder().join(p.file), &draw(p)).err())
        .collect();
    assert!(
        stale.is_empty(),
        "{}\nlook at the change, then refresh every picture: {}",
        stale.join("\n"),
        pictures::REFRESH
    );
}

#[test]
fn every_file_in_screenshots_is_in_the_gallery() {
    let listed: Vec<&str> = GALLERY.iter().map(|p| p.file).collect();
    let mut unknown = Vec::new();
    for entry in std::fs::read_dir(folder()).expect("screenshots/ exists") {
        let name = entry.expect("readable").file_name();
        let name = name.to_string_lossy();
        if !name.starts_with('.') && !listed.contains(&name.as_ref()) {
            unknown.push(name.into_owned());
        }
    }
    assert!(
        unknown.is_empty(),
        "not drawn by this test, so nothing keeps them current: {unknown:?}"
    );
}

#[test]
fn the_readme_shows_only_pictures_that_exist() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let mut shown = 0;
    for part in readme.split("screenshots/").skip(1) {
        let file: String = part
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
            .collect();
        if file.ends_with(".svg") || file.ends_with(".txt") {
            shown += 1;
            assert!(
                GALLERY.iter().any(|p| p.file == file),
                "README shows screenshots/{file}, which the gallery does not draw"
            );
        }
    }
    assert!(shown > 0, "the README shows no screenshot");
}
