//! The layering rules of ARCHITECTURE.md, checked on the sources: `http` (axum) -> services
//! (`oidc`, `authn`, `account`, `access`, ...) -> `store` (sea-orm). A rule broken here is
//! an import that runs back up the layers.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, as (path relative to `src/`, code without comments).
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let code = std::fs::read_to_string(&path)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, code)
        })
        .collect()
}

fn uses(code: &str, krate: &str) -> bool {
    code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}"))
}

/// The files that break a rule: they use `what` but are not `allowed`.
fn offenders(what: impl Fn(&str) -> bool, allowed: impl Fn(&str) -> bool) -> Vec<String> {
    sources()
        .into_iter()
        .filter(|(path, code)| !allowed(path) && what(code))
        .map(|(path, _)| path)
        .collect()
}

// This file names what it looks for, so it is allowed everywhere.
const SELF: &str = "architecture.rs";

#[test]
fn only_store_imports_sea_orm() {
    let bad = offenders(
        |code| uses(code, "sea_orm"),
        |p| p.starts_with("store/") || p == SELF,
    );
    assert!(bad.is_empty(), "sea_orm used outside store: {bad:?}");
}

#[test]
fn only_http_and_the_binary_import_axum() {
    let bad = offenders(
        |code| uses(code, "axum"),
        |p| p.starts_with("http/") || p.starts_with("cli/") || p == "main.rs" || p == SELF,
    );
    assert!(
        bad.is_empty(),
        "axum used outside http, cli and main: {bad:?}"
    );
}

#[test]
fn no_service_imports_http() {
    // Only the HTTP layer itself, and the binary that serves it, know it.
    let bad = offenders(
        |code| code.contains("crate::http") || code.contains("super::http"),
        |p| p.starts_with("http/") || p == "cli/serve.rs" || p == "lib.rs" || p == SELF,
    );
    assert!(bad.is_empty(), "crate::http imported by: {bad:?}");
}

#[test]
fn errors_reach_clients_only_through_http_errors() {
    // Status codes are chosen in one place: no handler outside `http/errors.rs` builds an
    // error body of its own, and no service knows a status code.
    let bad = offenders(
        |code| code.contains("StatusCode") || code.contains("http::status"),
        |p| p.starts_with("http/") || p == SELF,
    );
    assert!(bad.is_empty(), "status codes outside http: {bad:?}");
    let own_error_bodies = offenders(
        |code| code.contains("\"error_description\""),
        |p| {
            // The authorization response carries the error as a redirect parameter.
            p == "http/errors.rs" || p == "oidc/response_mode.rs" || p == SELF
        },
    );
    assert!(
        own_error_bodies.is_empty(),
        "error bodies built outside http/errors.rs: {own_error_bodies:?}"
    );
}

#[test]
fn the_rules_see_the_code() {
    // The checks would pass on an empty tree: make sure they read the real one.
    let all = sources();
    assert!(all
        .iter()
        .any(|(p, c)| p == "store/mod.rs" && uses(c, "sea_orm")));
    assert!(all
        .iter()
        .any(|(p, c)| p == "http/mod.rs" && uses(c, "axum")));
    assert!(all.len() > 80, "{} files", all.len());
}
