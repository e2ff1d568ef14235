//! Placeholder until the command-line tool lands.
fn main() {}
