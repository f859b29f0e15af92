//! Two link options of the release binary (decision 0055), for the pages of it a running
//! server keeps resident:
//! - the function order of `link/symbol-order.txt`, written by `bench/symbol-order.sh`: the
//!   code that start-up and requests run is laid out together instead of over all of `.text`;
//! - packed relative relocations (`-z pack-relative-relocs`, DT_RELR, glibc 2.36 or later):
//!   the 37,000 relocations of a position-independent binary take a few KiB instead of
//!   876 KiB that the loader reads at every start.
//!
//! Only where the linker is LLD: rustc's own `rust-lld`, the default for
//! `x86_64-unknown-linux-gnu` since Rust 1.90. Elsewhere, in dev builds and with
//! `IDP_SYMBOL_ORDER=0`, nothing changes.

use std::env;
use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=link/symbol-order.txt");
    println!("cargo:rerun-if-env-changed=IDP_SYMBOL_ORDER");
    let wanted = env::var("IDP_SYMBOL_ORDER").as_deref() != Ok("0");
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    let target = env::var("TARGET").is_ok_and(|t| t == "x86_64-unknown-linux-gnu");
    // `-Clinker-features=-lld` (or another linker) in the flags turns rust-lld off.
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let own_linker = flags.contains("linker");
    let version = rustc_version();
    if !(wanted && release && target && !own_linker && lld_by_default(&version)) {
        return;
    }
    let dir = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let order = Path::new(&dir).join("link/symbol-order.txt");
    if let Ok(text) = std::fs::read_to_string(&order) {
        let made_with = text
            .lines()
            .find_map(|l| l.strip_prefix("# rustc "))
            .and_then(|v| v.split(' ').next());
        if let Some(other) = made_with.filter(|v| *v != version) {
            println!(
                "cargo:warning=link/symbol-order.txt was written with rustc {other}, this is \
                 {version}: run bench/symbol-order.sh on a release build (the names it lists \
                 carry the toolchain's hashes)"
            );
        }
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // Names the file no longer matches (renamed or inlined functions) are skipped.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
    println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
}

/// This rustc's version, `1.95.0` (empty when it cannot be asked).
fn rustc_version() -> String {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let Ok(out) = Command::new(rustc).arg("-vV").output() else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let release = text.lines().find_map(|l| l.strip_prefix("release: "));
    release.unwrap_or_default().to_owned()
}

/// Whether rustc `version` links with its own LLD unless told otherwise (1.90 and later).
fn lld_by_default(version: &str) -> bool {
    let mut parts = version
        .split(['.', '-'])
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}
