//! The kiosk as the Debian package installs it: systemd accepts both units and they come
//! back whenever they end, foot's configuration turns off every key and mouse binding foot
//! has, the maintainer scripts are valid and enable nothing, and the package holds every
//! file the units name. The checks that need `systemd-analyze` or `foot` skip, saying so,
//! where those are missing (`bash .ci/run` installs them).

mod common;

use std::path::Path;
use std::process::Command;

const UNITS: [&str; 2] = [
    "partner-cities-console.service",
    "partner-cities-graphical.service",
];

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `key=value` lines of an ini-style file, section by section, comments dropped.
fn settings(text: &str) -> Vec<(String, String, String)> {
    let mut section = String::new();
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_string();
        } else if let Some((key, value)) = line.split_once('=')
            && !line.starts_with('#')
        {
            out.push((section.clone(), key.trim().into(), value.trim().into()));
        }
    }
    out
}

fn value<'a>(unit: &'a [(String, String, String)], key: &str) -> Vec<&'a str> {
    unit.iter()
        .filter(|(_, k, _)| k == key)
        .map(|(_, _, v)| v.as_str())
        .collect()
}

#[test]
fn systemd_accepts_both_kiosk_units() {
    if !common::tools::available(
        "systemd-analyze",
        "systemd",
        "deploy::systemd_accepts_both_kiosk_units",
    ) {
        return;
    }
    let dir = std::env::temp_dir().join(format!("partner-cities-units-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for unit in UNITS {
        // systemd checks that each command exists; this machine need not have cage, foot,
        // kbd or the installed program, so a missing one is stood in for by `true`.
        let mut text = read(&format!("deploy/{unit}"));
        for program in [
            "/usr/bin/partner-cities",
            "/usr/bin/cage",
            "/usr/bin/chvt",
            "/usr/bin/setterm",
        ] {
            if !Path::new(program).exists() {
                text = text.replace(program, "/bin/true");
            }
        }
        std::fs::write(dir.join(unit), text).expect("unit copy");
    }
    // Nor need it have seatd, which the graphical kiosk requires: a stand-in unit.
    if !Path::new("/lib/systemd/system/seatd.service").exists() {
        std::fs::write(
            dir.join("seatd.service"),
            "[Service]\nExecStart=/bin/true\n",
        )
        .expect("stand-in");
    }
    let out = Command::new("systemd-analyze")
        .args(["verify", "--man=no"])
        .args(UNITS)
        .env("SYSTEMD_UNIT_PATH", format!("{}:", dir.display()))
        .current_dir(&dir)
        .output()
        .expect("systemd-analyze runs");
    let _ = std::fs::remove_dir_all(&dir);
    let complaints = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{complaints}");
    assert!(
        complaints.trim().is_empty(),
        "systemd complains: {complaints}"
    );
}

#[test]
fn both_kiosks_come_back_forever_as_their_own_user_and_start_disabled() {
    for unit in UNITS {
        let text = settings(&read(&format!("deploy/{unit}")));
        for (key, want) in [
            ("StartLimitIntervalSec", "0"),
            ("Restart", "always"),
            ("User", "partner-cities"),
            ("StandardError", "journal"),
            (
                "WantedBy",
                if unit.contains("console") {
                    "multi-user.target"
                } else {
                    "graphical.target"
                },
            ),
        ] {
            assert_eq!(value(&text, key), [want], "{unit}: {key}");
        }
        let exec = value(&text, "ExecStart");
        assert_eq!(exec.len(), 1, "{unit}: one ExecStart");
        assert!(
            exec[0].contains(
                "/usr/bin/partner-cities --kiosk --touch --lang pl --data /etc/partner-cities/data.ron"
            ),
            "{unit}: {}",
            exec[0]
        );
    }
    // The graphical kiosk: cage without -s (no VT switching by key), foot with the
    // packaged configuration.
    let graphical = settings(&read("deploy/partner-cities-graphical.service"));
    let exec = value(&graphical, "ExecStart")[0];
    assert!(exec.starts_with(
        "/usr/bin/cage -d -- /usr/bin/foot --config=/usr/share/partner-cities/foot.ini -- "
    ));
    assert!(!exec.split_whitespace().any(|w| w == "-s"), "{exec}");
    // seatd gives a system user the screen and input devices; cage finds it by this.
    assert!(value(&graphical, "Environment").contains(&"LIBSEAT_BACKEND=seatd"));
    assert_eq!(value(&graphical, "Requires"), ["seatd.service"]);
}

/// Every binding foot has (as listed, commented out, in its own default configuration) is
/// turned off, so no key or click can copy, paste, search, open a URL, spawn a terminal
/// or change the font: everything reaches the program.
#[test]
fn foot_leaves_every_key_and_click_to_the_program() {
    let ours = settings(&read("deploy/foot.ini"));
    let defaults = Path::new("/etc/xdg/foot/foot.ini");
    let sections = [
        "key-bindings",
        "search-bindings",
        "url-bindings",
        "mouse-bindings",
    ];
    if defaults.exists() {
        let mut section = String::new();
        let mut checked = 0;
        for line in read("/etc/xdg/foot/foot.ini").lines() {
            let line = line.trim().trim_start_matches('#').trim();
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.to_string();
            } else if let Some((key, _)) = line.split_once('=')
                && sections.contains(&section.as_str())
                && !key.contains(' ')
            {
                checked += 1;
                assert!(
                    ours.iter()
                        .any(|(s, k, v)| *s == section && k == key && v == "none"),
                    "deploy/foot.ini must set [{section}] {key}=none"
                );
            }
        }
        assert!(checked > 40, "foot's defaults list {checked} bindings");
    } else {
        let _ = common::tools::available(
            "foot",
            "foot",
            "deploy::foot_leaves_every_key_and_click_to_the_program (against foot's list)",
        );
    }
    // And what it sets is all off: no binding is given a key.
    for (section, key, value) in &ours {
        if sections.contains(&section.as_str()) {
            assert_eq!(value, "none", "[{section}] {key}");
        }
    }
}

#[test]
fn foot_accepts_the_kiosk_configuration() {
    if !common::tools::available(
        "foot",
        "foot",
        "deploy::foot_accepts_the_kiosk_configuration",
    ) {
        return;
    }
    let out = Command::new("foot")
        .args(["--check-config", "--config=deploy/foot.ini"])
        .output()
        .expect("foot runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{said}");
    assert!(!said.contains("warn") && !said.contains("err"), "{said}");
}

#[test]
fn the_maintainer_scripts_are_valid_and_enable_nothing() {
    for script in ["postinst", "prerm", "postrm"] {
        let path = format!("deploy/debian/{script}");
        let status = Command::new("sh").args(["-n", &path]).status().expect("sh");
        assert!(status.success(), "{path} is valid sh");
        let text = read(&path);
        assert!(text.contains("#DEBHELPER#"), "{path}");
        assert!(
            !text.contains("systemctl enable") && !text.contains("systemctl start"),
            "{path} must leave the kiosk off"
        );
    }
    assert!(read("deploy/debian/postinst").contains("adduser --system"));
}

/// The package holds what the units and the README name: every asset exists (but the
/// binary, which `cargo deb` builds), and every file in deploy/ is an asset.
#[test]
fn the_package_holds_every_deployment_file() {
    let manifest = read("Cargo.toml");
    let meta = &manifest[manifest
        .find("[package.metadata.deb]")
        .expect("cargo-deb metadata")..];
    let assets: Vec<&str> = meta
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert!(assets.contains(&"target/release/partner-cities"));
    for asset in &assets {
        if !asset.starts_with("target/") {
            assert!(Path::new(asset).is_file(), "{asset} is missing");
        }
    }
    let mut files = Vec::new();
    for dir in ["deploy", "deploy/man", "deploy/completions"] {
        for entry in std::fs::read_dir(dir).expect("deploy/") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                files.push(path.display().to_string());
            }
        }
    }
    for file in files {
        assert!(
            assets.contains(&file.as_str()),
            "{file} is not in the package"
        );
    }
    for unit in UNITS {
        let dest = format!("[\"deploy/{unit}\", \"usr/lib/systemd/system/\"");
        assert!(
            meta.contains(&dest),
            "{unit} installs to usr/lib/systemd/system"
        );
    }
    assert!(meta.contains("maintainer-scripts = \"deploy/debian/\""));
}

/// The package is built by plain `cargo deb`, as the README says: it packages the binary
/// a plain `cargo build --release` writes, and no cargo configuration sends builds
/// elsewhere.
#[test]
fn a_plain_cargo_deb_packages_the_release_binary() {
    assert!(
        !Path::new(".cargo/config.toml").exists(),
        "no build target of its own"
    );
    let manifest = read("Cargo.toml");
    assert!(manifest.contains(r#"["target/release/partner-cities", "usr/bin/", "755"]"#));
    let readme = read("README.md");
    let commands: Vec<&str> = readme
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("cargo deb"))
        .collect();
    assert!(
        !commands.is_empty(),
        "the README says how to build the package"
    );
    for command in commands {
        assert!(!command.contains("--target"), "{command}");
    }
}

/// The pictures of the kiosk VM (docs/kiosk/, taken by hand: nothing redraws them) are
/// all shown in the README, and the README shows none that is missing.
#[test]
fn the_readme_shows_every_kiosk_picture_and_only_those() {
    let readme = read("README.md");
    let shown: Vec<String> = readme
        .split("](docs/kiosk/")
        .skip(1)
        .map(|part| part.split(')').next().unwrap_or_default().to_string())
        .collect();
    assert!(!shown.is_empty(), "the README shows the kiosk");
    let mut files = Vec::new();
    for entry in std::fs::read_dir("docs/kiosk").expect("docs/kiosk/") {
        files.push(
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned(),
        );
    }
    files.sort();
    let mut listed = shown.clone();
    listed.sort();
    assert_eq!(files, listed);
}
