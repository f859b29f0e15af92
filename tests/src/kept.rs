//! What a server of a test leaves behind: its data folder (database, outbox, stderr log).
//! A test that panics keeps it where it is and says where; any other test's folder replaces
//! the previous run's under `target/<profile>/e2e-last/<test>-<server>/`, so a test that
//! failed by returning an error (no panic, the servers already dropped) still leaves its
//! logs to read, and the disk holds one run per test.

use crate::bins;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A new temporary data folder on the same file system as `e2e-last` (so keeping it is a
/// rename).
pub fn data_folder(prefix: &str) -> Result<TempDir> {
    let parent = bins::target_dir()?.join("e2e-data");
    std::fs::create_dir_all(&parent)?;
    tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(&parent)
        .context("create a temporary data folder")
}

/// Where the last run of this test keeps `server`'s folder.
fn last_run(server: &str) -> Result<PathBuf> {
    let test = std::thread::current()
        .name()
        .unwrap_or("unnamed")
        .replace("::", "-");
    Ok(bins::target_dir()?
        .join("e2e-last")
        .join(format!("{test}-{server}")))
}

/// Called on drop: keeps the folder as described above.
pub fn keep(temp: Option<TempDir>, data: &Path, server: &str, log: &str) {
    let Some(temp) = temp else {
        // A folder the caller chose: theirs to keep.
        if std::thread::panicking() {
            eprintln!("{server} data folder at {}", data.display());
        }
        return;
    };
    if std::thread::panicking() {
        let kept = temp.keep();
        eprintln!(
            "{server} data folder kept at {}; its log is {}",
            kept.display(),
            kept.join(log).display()
        );
        return;
    }
    if let Ok(target) = last_run(server) {
        let _ = std::fs::remove_dir_all(&target);
        if let Some(parent) = target.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::rename(temp.keep(), &target);
    }
}
