//! Locating the workspace's built binaries.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};

/// `target/<profile>/` of the running test binary (tests live in `target/<profile>/deps/`).
pub fn target_dir() -> Result<PathBuf> {
    let exe = std::env::current_exe().context("cannot find the running test executable")?;
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .context("the test executable has no target/<profile>/ directory above it")?;
    Ok(dir.to_path_buf())
}

/// Path of the built binary `name` (e.g. `idp`) next to the test binaries.
pub fn bin_path(name: &str) -> Result<PathBuf> {
    let dir = target_dir()?;
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !path.is_file() {
        bail!(
            "binary `{name}` not found at {}: run `cargo build --workspace --bins` first \
             (`cargo nextest run --workspace` does this for you)",
            path.display()
        );
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_binary_says_how_to_build_it() {
        let err = bin_path("no-such-binary-e2e").unwrap_err().to_string();
        assert!(err.contains("cargo build --workspace --bins"), "{err}");
        assert!(err.contains("no-such-binary-e2e"), "{err}");
    }

    #[test]
    fn the_target_dir_holds_the_deps_folder() {
        assert!(target_dir().unwrap().join("deps").is_dir());
    }
}
