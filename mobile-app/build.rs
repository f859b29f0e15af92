//! Rebuilds the crate when a file of the web app or of the vendored ECL is added or removed
//! (`rust-embed` embeds them at compile time; cargo alone would notice changed files only).
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=web");
    println!("cargo:rerun-if-changed=../vendor/ecl");
}
