//! The bytes of a terminal's input (keys, mouse, pastes, any escape sequence, begun or
//! not), read as the program reads them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    partner_cities_fuzz::exercise_input(bytes);
});
