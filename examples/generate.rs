//! Writes the benchmarks' generated data file: `cargo run --release --example generate --
//! PARTNERS EVENTS > big.ron` (the benchmarks use 20000 100000).

#[path = "../benches/support/generate.rs"]
mod generate;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let (Some(Ok(partners)), Some(Ok(events))) = (args.next(), args.next()) else {
        eprintln!("usage: generate PARTNERS EVENTS > FILE.ron");
        std::process::exit(2);
    };
    print!("{}", generate::generate(partners, events));
}
