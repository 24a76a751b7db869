//! The kiosk as the Debian package installs it: systemd accepts both units and they come
//! back whenever they end, foot's configuration turns off every key and mouse binding foot
//! has, the maintainer scripts are valid and enable nothing, and the package holds every
//! file the units name. The checks that need `systemd-analyze` or `foot` skip, saying so,
//! where those are missing (`bash .ci/run` installs them).

mod common;

use std::io::Write;
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
        // Both read the touch screen themselves: the console has no pointer, and foot 1.21
        // in cage 0.2.0 sends the program no click for a tap (measured in a Debian 13 VM).
        // The graphical one runs the program from its session script.
        let command = if unit.contains("console") {
            exec[0].to_string()
        } else {
            read("deploy/kiosk-session")
        };
        assert!(
            command.contains(
                "partner-cities --kiosk --touch --lang pl --data /etc/partner-cities/data.ron"
            ),
            "{unit}: {command}"
        );
    }
    // The graphical kiosk: cage without -s (no VT switching by key), foot with the
    // packaged configuration.
    let graphical = settings(&read("deploy/partner-cities-graphical.service"));
    let exec = value(&graphical, "ExecStart")[0];
    assert_eq!(
        exec,
        "/usr/bin/cage -d -- /usr/share/partner-cities/kiosk-session"
    );
    assert!(
        read("deploy/kiosk-session").contains("foot --config=/usr/share/partner-cities/foot.ini")
    );
    assert!(!exec.split_whitespace().any(|w| w == "-s"), "{exec}");
    // seatd gives a system user the screen and input devices; cage finds it by this.
    assert!(value(&graphical, "Environment").contains(&"LIBSEAT_BACKEND=seatd"));
    assert_eq!(value(&graphical, "Requires"), ["seatd.service"]);
}

/// foot's own default configuration as Debian 13 (trixie, the kiosk's target) installs it
/// at /etc/xdg/foot/foot.ini: every binding foot 1.21 has, listed commented out. A copy,
/// because the machine running the tests may have another foot (Debian 12's 1.13, which
/// has fewer bindings and refuses some of 1.21's).
const FOOT_DEFAULTS: &str = "tests/data/foot/foot-1.21-defaults.ini";

/// The foot the kiosk runs: the one whose defaults are [`FOOT_DEFAULTS`].
const FOOT_VERSION: (u32, u32) = (1, 21);

/// Every binding foot has is turned off, so no key or click can copy, paste, search, open
/// a URL, spawn a terminal, change the font or quit: everything reaches the program.
#[test]
fn foot_leaves_every_key_and_click_to_the_program() {
    let ours = settings(&read("deploy/foot.ini"));
    let sections = [
        "key-bindings",
        "search-bindings",
        "url-bindings",
        "mouse-bindings",
    ];
    let mut section = String::new();
    let mut checked = 0;
    for raw in read(FOOT_DEFAULTS).lines() {
        // Sections are the file's own; a commented-out one is an example in the prose.
        if let Some(name) = raw
            .strip_prefix('[')
            .and_then(|l| l.trim().strip_suffix(']'))
        {
            section = name.to_string();
            continue;
        }
        let line = raw.trim().trim_start_matches('#').trim();
        if line.starts_with('[') {
            section.clear();
        } else if let Some((key, _)) = line.split_once('=')
            && sections.contains(&section.as_str())
        {
            let key = key.trim();
            // A binding's name; not a modeline's `vim: ft=…`.
            if !key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                continue;
            }
            checked += 1;
            assert!(
                ours.iter()
                    .any(|(s, k, v)| *s == section && k == key && off(v)),
                "deploy/foot.ini must set [{section}] {key}=none"
            );
        }
    }
    assert!(checked > 80, "foot's defaults list {checked} bindings");
    // And what it sets is all off: no binding is given a key.
    for (section, key, value) in &ours {
        if sections.contains(&section.as_str()) {
            assert!(off(value), "[{section}] {key}={value}");
        }
    }
}

/// A binding's value that binds nothing: `none`, or a command bound to no key
/// (`[true] none`: foot 1.21 takes only that form for its pipe bindings).
fn off(value: &str) -> bool {
    value == "none" || value.starts_with('[') && value.ends_with("] none")
}

/// foot itself accepts the configuration, without a warning, where the foot here is the
/// kiosk's (elsewhere the virtual machine of tools/kiosk-vm.sh checks it).
#[test]
fn foot_accepts_the_kiosk_configuration() {
    if !common::tools::available(
        "foot",
        "foot",
        "deploy::foot_accepts_the_kiosk_configuration",
    ) {
        return;
    }
    let version = Command::new("foot")
        .arg("--version")
        .output()
        .expect("foot runs");
    let version = String::from_utf8_lossy(&version.stdout).to_string();
    let number = version
        .split_whitespace()
        .find_map(|w| {
            let mut parts = w.split('.').map(|p| p.parse::<u32>().ok());
            Some((parts.next()??, parts.next()??))
        })
        .unwrap_or((0, 0));
    if number < FOOT_VERSION {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED deploy::foot_accepts_the_kiosk_configuration: the kiosk's foot is \
             {}.{}, this machine's {}.{} (the virtual machine of tools/kiosk-vm.sh checks it)",
            FOOT_VERSION.0,
            FOOT_VERSION.1,
            number.0,
            number.1
        );
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

/// The box stays closed while a kiosk runs: both units turn the kernel's Alt-SysRq keys
/// off and end within seconds; the console's loads the keymap that voids console
/// switching, Hold and Ctrl-Alt-Del, which `loadkeys` accepts and which binds each of
/// those keys to nothing.
#[test]
fn the_kiosks_close_the_ways_off_the_box() {
    for unit in UNITS {
        let text = settings(&read(&format!("deploy/{unit}")));
        let pre = value(&text, "ExecStartPre");
        assert!(
            pre.iter()
                .any(|c| c.contains("echo 0 >/proc/sys/kernel/sysrq")),
            "{unit}: SysRq off"
        );
        assert_eq!(value(&text, "TimeoutStopSec"), ["4"], "{unit}");
    }
    let console = settings(&read("deploy/partner-cities-console.service"));
    assert!(
        value(&console, "ExecStartPre")
            .contains(&"+/usr/bin/loadkeys /usr/share/partner-cities/kiosk.keymap"),
        "the console kiosk loads its keymap, and fails without it"
    );
    let keymap = read("deploy/kiosk.keymap");
    let void = |line: &str| keymap.lines().any(|l| l.trim() == line);
    // Scroll Lock (Hold), Alt-F1..F12 and Ctrl-Alt-F1..F12, Alt-Left/Right, Ctrl-Alt-Del.
    assert!(void("keycode 70 = VoidSymbol"));
    for f in (59..=68).chain([87, 88]) {
        for mods in ["alt", "control alt", "altgr", "shift alt"] {
            assert!(
                void(&format!("{mods} keycode {f} = VoidSymbol")),
                "{mods} {f}"
            );
        }
    }
    for line in [
        "alt keycode 105 = VoidSymbol",
        "alt keycode 106 = VoidSymbol",
        "control alt keycode 111 = VoidSymbol",
    ] {
        assert!(void(line), "{line}");
    }
    // Debian's console keymap binds Scroll Lock (Hold) and Alt-SysRq (Last_Console) under
    // more modifiers than the usual ones, and keeps Ctrl-Alt-AltGr-Del as Boot: every
    // combination of Shift, AltGr, Control and Alt goes (measured with dumpkeys in a
    // Debian 13 VM: Shift-Ctrl-Scroll Lock froze the kiosk, Alt-SysRq left it).
    let mods = ["shift", "altgr", "control", "alt"];
    let combination = |bits: usize| -> String {
        let names: Vec<&str> = (0..4)
            .filter(|b| bits & (1 << b) != 0)
            .map(|b| mods[b])
            .collect();
        names.join(" ")
    };
    for bits in 0..16usize {
        let m = combination(bits);
        let prefix = if m.is_empty() {
            String::new()
        } else {
            format!("{m} ")
        };
        for key in [70, 84, 99] {
            let line = format!("{prefix}keycode {key} = VoidSymbol");
            assert!(void(&line), "{line}");
        }
        if bits & 0b0100 != 0 && bits & 0b1010 != 0 {
            for key in [83, 111] {
                let line = format!("{prefix}keycode {key} = VoidSymbol");
                assert!(void(&line), "{line}");
            }
        }
    }
    if common::tools::available(
        "loadkeys",
        "kbd",
        "deploy::the_kiosks_close_the_ways_off_the_box",
    ) {
        let out = Command::new("loadkeys")
            .args(["--parse", "deploy/kiosk.keymap"])
            .output()
            .expect("loadkeys runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
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

/// The graphical kiosk's session with a stand-in for foot that ends as the program would:
/// larger text asked for (10), then usual text (11), then a fault. Each start is at the
/// size asked for, with the place handed over through the resume file; the fault ends the
/// session (and cage, which systemd starts again) with the fault's status.
#[test]
fn the_kiosk_session_starts_foot_again_at_the_size_asked_for() {
    let dir = tempfile::tempdir().expect("a scratch folder");
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).expect("bin");
    let log = dir.path().join("starts");
    let count = dir.path().join("count");
    let foot = format!(
        "#!/bin/sh\n\
         n=$(cat {count} 2>/dev/null || echo 0); n=$((n + 1)); echo $n > {count}\n\
         echo \"$*\" >> {log}\n\
         case $n in 1) exit 10 ;; 2) exit 11 ;; *) exit 3 ;; esac\n",
        count = count.display(),
        log = log.display()
    );
    let fake = bin.join("foot");
    std::fs::write(&fake, foot).expect("the stand-in");
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("executable");
    let runtime = dir.path().join("run");
    std::fs::create_dir(&runtime).expect("runtime");
    let left = runtime.join("partner-cities-visit.ron");
    std::fs::write(&left, "an earlier session's place").expect("a leftover");
    let status = Command::new("sh")
        .arg("deploy/kiosk-session")
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env_remove("KIOSK_FONT_SIZE")
        .env_remove("KIOSK_LARGE_FONT_SIZE")
        .env_remove("KIOSK_REPEAT_DELAY")
        .env_remove("KIOSK_REPEAT_INTERVAL")
        .status()
        .expect("the session runs");
    assert_eq!(status.code(), Some(3), "a fault ends the session");
    assert!(!left.exists(), "an earlier place is not taken up");
    let starts = std::fs::read_to_string(&log).expect("the starts");
    let starts: Vec<&str> = starts.lines().collect();
    assert_eq!(starts.len(), 3, "{starts:?}");
    let resume = format!("--resume {}", left.display());
    for (start, (points, size)) in
        starts
            .iter()
            .zip([(26, "normal"), (36, "large"), (26, "normal")])
    {
        assert!(
            start.contains(&format!("DejaVu Sans Mono:size={points},")),
            "{start}"
        );
        assert!(
            start.contains(&format!("--text-size {size} {resume}")),
            "{start}"
        );
    }
}
