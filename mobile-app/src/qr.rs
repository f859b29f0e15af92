//! Reading a QR code from a file: a PNG image (any QR code, decoded by rqrr), or the SVG the
//! provider shows (rendered by the `qrcode` crate: a background `rect` and one `path` of
//! `M{x} {y}h{w}v{h}H{x}V{y}` rectangles), which is rasterised and decoded the same way.
//! A file holding the page's `data:image/...;base64,` URL is accepted too.

use anyhow::{bail, Context, Result};
use base64::Engine;
use std::path::Path;

pub fn decode_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read the QR code {}", path.display()))?;
    decode_bytes(&bytes).with_context(|| format!("cannot read a QR code in {}", path.display()))
}

pub fn decode_bytes(bytes: &[u8]) -> Result<String> {
    if let Some(rest) = bytes.strip_prefix(b"data:") {
        let text = std::str::from_utf8(rest).context("a data: URL must be text")?;
        let (_, data) = text
            .trim()
            .split_once(";base64,")
            .context("only base64 data: URLs are supported")?;
        let inner = base64::engine::general_purpose::STANDARD
            .decode(data.trim())
            .context("the data: URL is not valid base64")?;
        return decode_bytes(&inner);
    }
    if bytes.starts_with(b"\x89PNG") {
        let image = image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
            .context("not a readable PNG image")?
            .to_luma8();
        let (w, h) = (image.width() as usize, image.height() as usize);
        return decode_grey(w, h, |x, y| image.get_pixel(x as u32, y as u32).0[0]);
    }
    let text = std::str::from_utf8(bytes).context("neither a PNG image nor an SVG text")?;
    if !text.contains("<svg") {
        bail!("neither a PNG image nor an SVG image");
    }
    let (w, h, rects) = parse_svg(text)?;
    let scale = (300 / w.max(1)).max(1);
    let (sw, sh) = (w * scale, h * scale);
    let mut pixels = vec![255u8; sw * sh];
    for (x, y, rw, rh) in rects {
        for yy in (y * scale)..((y + rh) * scale).min(sh) {
            for xx in (x * scale)..((x + rw) * scale).min(sw) {
                pixels[yy * sw + xx] = 0;
            }
        }
    }
    decode_grey(sw, sh, |x, y| pixels[y * sw + x])
}

fn decode_grey(w: usize, h: usize, fill: impl FnMut(usize, usize) -> u8) -> Result<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, fill);
    let grids = prepared.detect_grids();
    let Some(grid) = grids.first() else {
        bail!("no QR code found in the image");
    };
    let (_, content) = grid
        .decode()
        .map_err(|e| anyhow::anyhow!("the QR code cannot be decoded: {e:?}"))?;
    Ok(content)
}

/// A dark rectangle: left, top, width, height (SVG units).
type Rect = (usize, usize, usize, usize);

/// The SVG's size and its dark rectangles.
fn parse_svg(text: &str) -> Result<(usize, usize, Vec<Rect>)> {
    let attr = |name: &str| -> Option<usize> {
        let start = text.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = text[start..].find('"')? + start;
        text[start..end]
            .trim()
            .parse::<f64>()
            .ok()
            .map(|v| v as usize)
    };
    let (Some(w), Some(h)) = (attr("width"), attr("height")) else {
        bail!("the SVG has no width and height");
    };
    if w == 0 || h == 0 || w > 4000 || h > 4000 {
        bail!("the SVG size is not plausible for a QR code");
    }
    let start = text.find(" d=\"").context("the SVG has no path")? + 4;
    let end = text[start..].find('"').context("unterminated path")? + start;
    let d = &text[start..end];
    let mut rects = Vec::new();
    let mut tokens = Tokens::new(d);
    while let Some(cmd) = tokens.command() {
        match cmd {
            'M' => {
                let (x, y) = (tokens.number()?, tokens.number()?);
                let Some('h') = tokens.command() else {
                    bail!("unexpected SVG path shape");
                };
                let rw = tokens.number()?;
                let Some('v') = tokens.command() else {
                    bail!("unexpected SVG path shape");
                };
                let rh = tokens.number()?;
                rects.push((x, y, rw, rh));
            }
            'H' | 'V' => {
                tokens.number()?;
            }
            'z' | 'Z' => {}
            other => bail!("unsupported SVG path command `{other}`"),
        }
    }
    Ok((w, h, rects))
}

struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    fn new(d: &'a str) -> Self {
        Tokens { rest: d }
    }

    fn command(&mut self) -> Option<char> {
        self.rest = self.rest.trim_start_matches([' ', ',']);
        let c = self.rest.chars().next()?;
        if c.is_ascii_alphabetic() {
            self.rest = &self.rest[1..];
            Some(c)
        } else {
            None
        }
    }

    fn number(&mut self) -> Result<usize> {
        self.rest = self.rest.trim_start_matches([' ', ',']);
        let end = self
            .rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(self.rest.len());
        let (n, rest) = self.rest.split_at(end);
        self.rest = rest;
        Ok(n.parse::<f64>().context("bad number in the SVG path")? as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "eulogin-qr:v1?issuer=http%3A%2F%2F127.0.0.1%3A1&suite=OCRA-1%3AHOTP-SHA256-8%3AQN08-PSHA256&q=12345678";

    #[test]
    fn reads_the_providers_svg_and_its_data_url() {
        let svg = qrcode::QrCode::new(TEXT.as_bytes())
            .unwrap()
            .render::<qrcode::render::svg::Color>()
            .module_dimensions(6, 6)
            .build();
        assert_eq!(decode_bytes(svg.as_bytes()).unwrap(), TEXT);
        let url = format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(&svg)
        );
        assert_eq!(decode_bytes(url.as_bytes()).unwrap(), TEXT);
    }

    #[test]
    fn reads_a_png() {
        let code = qrcode::QrCode::new(TEXT.as_bytes()).unwrap();
        let width = code.width();
        let colors = code.to_colors();
        let (scale, quiet) = (5u32, 4u32);
        let size = (width as u32 + 2 * quiet) * scale;
        let img = image::GrayImage::from_fn(size, size, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let dark = mx >= quiet
                && my >= quiet
                && mx < quiet + width as u32
                && my < quiet + width as u32
                && colors[((my - quiet) as usize) * width + (mx - quiet) as usize]
                    == qrcode::Color::Dark;
            image::Luma([if dark { 0 } else { 255 }])
        });
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("qr.png");
        img.save(&path).unwrap();
        assert_eq!(decode_file(&path).unwrap(), TEXT);
    }

    #[test]
    fn other_files_are_clear_errors() {
        assert!(decode_bytes(b"hello").is_err());
        assert!(decode_bytes(b"<svg width=\"10\" height=\"10\"></svg>").is_err());
    }
}
