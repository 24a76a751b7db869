//! Rejects a broken data file at build time, with the same model and rules as the program.

#[allow(dead_code, unused_imports)]
#[path = "src/data/mod.rs"]
mod data;

fn main() {
    println!("cargo::rerun-if-changed=data/kartuzy.ron");
    println!("cargo::rerun-if-changed=src/data");
    let source = match std::fs::read_to_string("data/kartuzy.ron") {
        Ok(s) => s,
        Err(e) => {
            eprintln!("data/kartuzy.ron: cannot read: {e}");
            std::process::exit(1);
        }
    };
    if let Err(error) = data::load(data::EMBEDDED_NAME, &source) {
        eprintln!("the embedded data file is invalid; fix it and build again:\n{error}");
        std::process::exit(1);
    }
}
