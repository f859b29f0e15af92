//! Chromium's fake camera, showing what a test puts before it: a QR code rendered by the
//! `qrcode` crate as a Y4M video file (`--use-fake-device-for-media-stream
//! --use-file-for-fake-video-capture=FILE.y4m`).
//!
//! Chromium reads the file each time a page starts the camera (`getUserMedia`), so a test
//! changes what the camera sees between two scans with [`FakeCamera::show_qr`]; a scan in
//! progress keeps the picture it started with.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use qrcode::{Color, EcLevel, QrCode};
use tempfile::TempDir;

/// The side of the square picture, in pixels.
pub const SIDE: usize = 480;

/// The white border around a QR code, in modules (ISO/IEC 18004 asks for 4).
pub const QUIET_ZONE: usize = 4;

/// A camera that films one still picture: a file Chromium is started with.
pub struct FakeCamera {
    _dir: TempDir,
    path: PathBuf,
}

impl FakeCamera {
    /// A camera that sees a blank white page until [`FakeCamera::show_qr`].
    pub fn new() -> Result<Self> {
        let dir = tempfile::Builder::new()
            .prefix("e2e-camera-")
            .tempdir()
            .context("create the fake camera's folder")?;
        let path = dir.path().join("camera.y4m");
        let camera = Self { _dir: dir, path };
        camera.show_blank()?;
        Ok(camera)
    }

    /// The flags that make Chromium's only camera this one.
    pub fn chromium_flags(&self) -> Vec<String> {
        vec![
            "--use-fake-device-for-media-stream".to_owned(),
            format!("--use-file-for-fake-video-capture={}", self.path.display()),
        ]
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// From the next time a page starts the camera, it sees the QR code of `text`.
    pub fn show_qr(&self, text: &str) -> Result<()> {
        self.show(&qr_picture(text, SIDE)?)
    }

    /// From the next time a page starts the camera, it sees a blank white page.
    pub fn show_blank(&self) -> Result<()> {
        self.show(&vec![255u8; SIDE * SIDE])
    }

    /// Replaces the file in one step (a new file renamed over the old one), so Chromium
    /// never reads half a picture.
    fn show(&self, luma: &[u8]) -> Result<()> {
        let next = self.path.with_extension("y4m.next");
        std::fs::write(&next, y4m(SIDE, SIDE, luma)?)
            .with_context(|| format!("write {}", next.display()))?;
        std::fs::rename(&next, &self.path)
            .with_context(|| format!("replace {}", self.path.display()))?;
        Ok(())
    }
}

/// The QR code of `text` (error correction M) with its quiet zone, black on white, scaled
/// by a whole number of pixels per module and centred on a white `side` x `side` picture:
/// one byte of luma (0 black, 255 white) per pixel, row by row.
pub fn qr_picture(text: &str, side: usize) -> Result<Vec<u8>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .with_context(|| format!("a QR code of {} bytes", text.len()))?;
    let modules = code.width();
    let colors = code.to_colors();
    let total = modules + 2 * QUIET_ZONE;
    let scale = side / total;
    if scale < 2 {
        bail!("a QR code of {modules} modules does not fit {side} px at 2 px per module");
    }
    let offset = (side - total * scale) / 2 + QUIET_ZONE * scale;
    let mut luma = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (i % modules, i / modules);
        for y in 0..scale {
            let row = offset + my * scale + y;
            let start = row * side + offset + mx * scale;
            luma[start..start + scale].fill(0);
        }
    }
    Ok(luma)
}

/// One frame of YUV4MPEG2 4:2:0 video (`C420`, progressive, 30 frames a second) of the
/// grey picture `luma`: neutral chroma (128), so black stays black and white white.
pub fn y4m(width: usize, height: usize, luma: &[u8]) -> Result<Vec<u8>> {
    if (width | height) & 1 != 0 || luma.len() != width * height {
        bail!("a 4:2:0 frame needs even sides and {width}x{height} luma bytes");
    }
    let header = format!("YUV4MPEG2 W{width} H{height} F30:1 Ip A1:1 C420\n");
    let chroma = (width / 2) * (height / 2);
    let mut out = Vec::with_capacity(header.len() + 6 + luma.len() + 2 * chroma);
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(b"FRAME\n");
    out.extend_from_slice(luma);
    out.resize(out.len() + 2 * chroma, 128);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_is_a_y4m_header_and_one_420_picture() {
        let luma = vec![7u8; 4 * 2];
        let frame = y4m(4, 2, &luma).unwrap();
        let header = b"YUV4MPEG2 W4 H2 F30:1 Ip A1:1 C420\nFRAME\n";
        assert_eq!(&frame[..header.len()], header);
        assert_eq!(&frame[header.len()..header.len() + 8], &luma[..]);
        // U and V: a 2x1 picture each.
        assert_eq!(&frame[header.len() + 8..], &[128; 4]);
        assert!(y4m(3, 2, &[0; 6]).is_err());
        assert!(y4m(4, 2, &[0; 7]).is_err());
    }

    #[test]
    fn the_picture_of_a_payload_reads_back_as_the_payload() {
        let payload = "eulogin-enrol:v1?issuer=http%3A%2F%2F127.0.0.1%3A40123&token=\
                       Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy&account=a***%40example.test";
        let luma = qr_picture(payload, SIDE).unwrap();
        assert_eq!(luma.len(), SIDE * SIDE);
        // The corners are the white quiet zone.
        assert_eq!(luma[0], 255);
        assert_eq!(luma[SIDE * SIDE - 1], 255);
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(SIDE, SIDE, |x, y| luma[y * SIDE + x]);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, text) = grids[0].decode().unwrap();
        assert_eq!(text, payload);
    }

    #[test]
    fn the_camera_file_is_replaced_whole() {
        let camera = FakeCamera::new().unwrap();
        let blank = std::fs::read(camera.path()).unwrap();
        camera
            .show_qr("eulogin-qr:v1?issuer=x&suite=y&q=1")
            .unwrap();
        let qr = std::fs::read(camera.path()).unwrap();
        assert_eq!(blank.len(), qr.len());
        assert_ne!(blank, qr);
        let flags = camera.chromium_flags();
        assert!(flags[1].ends_with("camera.y4m"), "{flags:?}");
    }
}
