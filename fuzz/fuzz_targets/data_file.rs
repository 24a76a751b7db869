//! The bytes of a data file, as `--data`, `check` and the build would read them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // The last byte picks the language and the glyphs: any byte of a file can change.
    let pick = bytes.last().copied().unwrap_or(0);
    partner_cities_fuzz::exercise(bytes, pick);
});
