//! The web app's own JavaScript tests (`mobile-app/web/test/`: payloads, OCRA, the device
//! JWS, the app shell), run by node's test runner as `node --test mobile-app/web/test/` does
//! on Node 20. They need no npm package: the app is plain modules (docs/decisions/0032).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const INSTALL: &str = "install Node.js 20 or later (Debian: `apt-get install nodejs`) to run \
                       the web app's tests, `node --test mobile-app/web/test/`";

/// The files node's runner takes from a `test` directory: every .js, .cjs and .mjs in it.
fn test_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(test_files(&path));
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("js" | "cjs" | "mjs")
        ) {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn node_major() -> u32 {
    let output = match Command::new("node").arg("--version").output() {
        Ok(output) => output,
        Err(e) => panic!("node cannot be run ({e}): {INSTALL}"),
    };
    let version = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    version
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|major| major.parse().ok())
        .unwrap_or_else(|| panic!("`node --version` said {version:?}: {INSTALL}"))
}

#[test]
fn the_web_apps_javascript_tests_pass() {
    let major = node_major();
    assert!(major >= 20, "node is version {major}: {INSTALL}");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let files = test_files(&workspace.join("mobile-app/web/test"));
    assert!(!files.is_empty(), "mobile-app/web/test/ holds no test");
    // The files by name rather than the directory: newer nodes read arguments as globs.
    let output = Command::new("node")
        .arg("--test")
        .args(&files)
        .current_dir(&workspace)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("node cannot be run ({e}): {INSTALL}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "node --test mobile-app/web/test/ failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    assert!(
        stdout.contains("# fail 0"),
        "node's runner did not report its tests:\n{stdout}"
    );
}
