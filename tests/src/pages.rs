//! What every page of the journeys must be, checked where the journeys pass: at 390x844 (a
//! phone), 1280x800 (a laptop) and 640x400 (the laptop at 200 % zoom), no sideways scroll,
//! every form field with an accessible name, on the phone touch targets of at least 44 px,
//! the user menu's links readable against their background (contrast 4.5:1), and no serious
//! or critical violation found by axe-core. A screenshot at each width goes to
//! `target/screenshots/` for a person to look at.
//!
//! The installable app (issue 16) is made for phones: its screens are checked at 390x844
//! and 360x640 only ([`inspect_phone_app`]), each screen by its id since they share one URL.
//!
//! [`crate::Browser`] calls [`inspect`] after each page a test waits for. A page (path and
//! title, or the app's screen) is checked once per test run: nextest runs each test in its own process, so the
//! pages already checked in this run are marked by files under
//! `target/screenshots/.checked-<NEXTEST_RUN_ID>/`.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use chromiumoxide::cdp::browser_protocol::emulation::{
    ClearDeviceMetricsOverrideParams, SetDeviceMetricsOverrideParams,
};
use chromiumoxide::cdp::browser_protocol::page::{CaptureScreenshotParams, Viewport};
use chromiumoxide::Page;

use crate::bins;

/// The widths every page is checked at, with a height: a phone, a laptop, and the laptop's
/// window zoomed to 200 % (WCAG 1.4.4 and 1.4.10: nothing lost, no sideways scroll).
pub const VIEWPORTS: [(i64, i64); 3] = [(390, 844), (1280, 800), (640, 400)];

/// The phone the installable app is used on: 390x844 CSS px.
pub const PHONE: (i64, i64) = (390, 844);

/// The widths the installable app's screens are checked at: the phone, and the narrowest
/// phone the app is made for (360 px) with a short screen. The app is made for phones
/// (360-430 px): the laptop widths of [`VIEWPORTS`] are not checked for it.
pub const PHONE_VIEWPORTS: [(i64, i64); 2] = [PHONE, (360, 640)];

/// The lowest contrast allowed for the user menu's links (WCAG 2.x AA, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// Everything one check found wrong on a page at one width.
#[derive(Debug, serde::Deserialize, Default)]
pub struct Findings {
    pub overflow: Option<serde_json::Value>,
    #[serde(default)]
    pub unnamed: Vec<String>,
    #[serde(default)]
    pub contrast: Vec<String>,
    #[serde(default)]
    pub small: Vec<String>,
}

/// Resolves once the page has laid out and painted twice since the call (after a resize).
const SETTLED: &str =
    "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))";

/// The checks run in the page (plain JavaScript, no library).
const CHECKS: &str = r#"(() => {
  const out = { overflow: null, unnamed: [], contrast: [], small: [] };
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth) {
    const wide = [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(-5)
      .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
        (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
    out.overflow = { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, widest: wide };
  }
  const text = el => (el ? (el.innerText || el.textContent || '').trim() : '');
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type === 'hidden') continue;
    const labelled = (el.getAttribute('aria-labelledby') || '').split(/\s+/)
      .map(id => text(document.getElementById(id))).join(' ').trim();
    const name = labelled || (el.getAttribute('aria-label') || '').trim() ||
      [...(el.labels || [])].map(text).join(' ').trim() || (el.title || '').trim() ||
      ((el.type === 'submit' || el.type === 'button') ? (el.value || '').trim() : '');
    if (!name) out.unnamed.push(el.outerHTML.slice(0, 160));
  }
  const rgba = s => { const m = s.match(/[\d.]+/g) || []; return m.map(Number).concat([1]).slice(0, 4); };
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) return c;
    }
    return [255, 255, 255, 1];
  };
  const lum = c => {
    const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // Touch targets on a phone: controls and links that stand alone (not a link inside a
  // sentence, which WCAG 2.5.8 exempts) are at least 44 px high.
  if (window.innerWidth < 600) {
    for (const el of document.querySelectorAll('button, select, textarea, summary, a[href], input')) {
      if (el.type === 'hidden' || el.type === 'checkbox' || el.type === 'radio') continue;
      const style = getComputedStyle(el), r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      if (el.closest('[hidden]') || el.closest('#user-menu-list') && !el.closest('#user-menu.is-open')) continue;
      if (el.tagName === 'A' && style.display === 'inline') continue;
      if (r.height < 43.5) out.small.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${text(el).slice(0, 40)}" ${Math.round(r.height)} px`);
    }
  }
  const menu = document.getElementById('user-menu-list');
  if (menu) {
    for (const a of menu.querySelectorAll('a, button')) {
      const fg = rgba(getComputedStyle(a).color), bg = background(a);
      const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      if (ratio < __MIN__) out.contrast.push(`${text(a)}: ${ratio.toFixed(2)}:1 (${getComputedStyle(a).color} on rgba(${bg.join(',')}))`);
    }
  }
  return out;
})()"#;

/// axe-core's serious and critical violations, as `rule: targets` lines.
const AXE_RUN: &str = r#"(async () => {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
})()"#;

fn axe_source() -> Result<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).with_context(|| {
        format!(
            "axe-core is not installed at {}: run `npm ci --prefix tests/axe` (scripts/test does)",
            path.display()
        )
    })
}

/// `target/screenshots/`.
pub fn screenshots_dir() -> Result<PathBuf> {
    let profile = bins::target_dir()?;
    let target = profile.parent().unwrap_or(&profile);
    Ok(target.join("screenshots"))
}

/// A file-name part for a page: its path (`/account/phones` -> `account-phones`) and title.
pub fn slug(path: &str, title: &str) -> String {
    let clean = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-")
    };
    let path = match clean(path) {
        p if p.is_empty() => "home".to_owned(),
        p => p,
    };
    let title: String = clean(title).chars().take(40).collect();
    format!("{path}--{}", title.trim_end_matches('-'))
}

/// Claims the check of page `slug` for this test run; false when another test of the run
/// has it already.
fn claim(slug: &str) -> Result<bool> {
    let run = std::env::var("NEXTEST_RUN_ID").unwrap_or_else(|_| std::process::id().to_string());
    let dir = screenshots_dir()?.join(format!(".checked-{run}"));
    std::fs::create_dir_all(&dir)?;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dir.join(slug))
    {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e.into()),
    }
}

async fn eval(page: &Page, expression: &str) -> Result<serde_json::Value> {
    let result = page.evaluate_expression(expression).await?;
    Ok(result.value().cloned().unwrap_or(serde_json::Value::Null))
}

/// Whether DevTools refused because the page went away under the evaluation (it navigated:
/// an automatic form post, a security key's answer).
fn navigated(error: &anyhow::Error) -> bool {
    let text = format!("{error:#}");
    text.contains("Cannot find context with specified id")
        || text.contains("Execution context was destroyed")
        || text.contains("Inspected target navigated")
}

/// How a page is checked: the widths, what it is called, and the viewport it goes back to.
struct Inspection<'a> {
    viewports: &'a [(i64, i64)],
    /// The page's name for the once-per-run claim and the screenshots, when its path and
    /// title do not tell it apart (the app's screens share one URL).
    name: Option<String>,
    /// The viewport restored afterwards; `None` clears the override (the window's own).
    restore: Option<(i64, i64)>,
}

/// Checks the page the tab shows (once per run), at the widths of [`VIEWPORTS`]; an error
/// lists what is wrong. Pages that are not HTML, and pages that navigate away during the
/// check (an automatic form post, a security key's answer), are left alone.
pub async fn inspect(page: &Page) -> Result<()> {
    inspect_as(
        page,
        Inspection {
            viewports: &VIEWPORTS,
            name: None,
            restore: None,
        },
    )
    .await
}

/// The app's screen the tab shows: `app-<screen id>`, with the open dialog, whether accounts
/// are listed, and the kind of message shown, so that each state is checked once.
const APP_SCREEN: &str = r#"(() => {
  const screen = document.querySelector('main .screen:not([hidden])');
  const dialog = document.querySelector('dialog[open]');
  const accounts = document.querySelectorAll('#accounts li').length;
  const message = document.querySelector('#message.ecl-notification');
  const kind = message ? (message.className.match(/ecl-notification--(\w+)/) || [])[1] : '';
  return ['app', screen ? screen.id : 'no-screen', dialog ? dialog.id : '',
          screen && screen.id === 'home-screen' ? (accounts ? 'accounts' : 'empty') : '',
          kind || ''].filter(Boolean).join('-');
})()"#;

/// Sets the tab's viewport to the phone ([`PHONE`], a mobile viewport).
pub async fn emulate_phone(page: &Page) -> Result<()> {
    page.execute(SetDeviceMetricsOverrideParams::new(
        PHONE.0, PHONE.1, 1.0, true,
    ))
    .await
    .context("set the phone's viewport")?;
    Ok(())
}

/// Checks the installable app's screen the tab shows, like [`inspect`] but at
/// [`PHONE_VIEWPORTS`], each screen (and dialog, message kind) once per run, and the phone's
/// viewport restored afterwards.
pub async fn inspect_phone_app(page: &Page) -> Result<()> {
    let name = match eval(page, APP_SCREEN).await {
        Ok(serde_json::Value::String(name)) => name,
        Ok(other) => bail!("the app's screen is not known: {other}"),
        Err(e) if navigated(&e) => return Ok(()),
        Err(e) => return Err(e),
    };
    inspect_as(
        page,
        Inspection {
            viewports: &PHONE_VIEWPORTS,
            name: Some(name),
            restore: Some(PHONE),
        },
    )
    .await
}

async fn restore(page: &Page, to: Option<(i64, i64)>) -> Result<()> {
    match to {
        Some((width, height)) => {
            page.execute(SetDeviceMetricsOverrideParams::new(
                width, height, 1.0, true,
            ))
            .await?;
        }
        None => {
            page.execute(ClearDeviceMetricsOverrideParams::default())
                .await?;
        }
    }
    Ok(())
}

async fn inspect_as(page: &Page, how: Inspection<'_>) -> Result<()> {
    match inspect_loaded(page, &how).await {
        Err(e) if navigated(&e) => {
            let _ = restore(page, how.restore).await;
            Ok(())
        }
        other => other,
    }
}

async fn inspect_loaded(page: &Page, how: &Inspection<'_>) -> Result<()> {
    // A page still loading is checked once it has loaded; one that navigates meanwhile is
    // left alone (its evaluation fails with a navigation error, see `inspect`).
    let loaded = crate::wait::until("a loaded page", crate::wait::DEFAULT_DEADLINE, || async {
        Ok((eval(page, "document.readyState").await? == "complete").then_some(()))
    })
    .await;
    if let Err(e) = loaded {
        if navigated(&e) {
            return Ok(());
        }
        return Err(e);
    }
    let about = eval(
        page,
        "({ href: location.href, path: location.pathname, title: document.title, \
           html: document.contentType === 'text/html', ready: document.readyState })",
    )
    .await?;
    let href = about["href"].as_str().unwrap_or_default().to_owned();
    if !href.starts_with("http") || about["html"] != serde_json::Value::Bool(true) {
        return Ok(());
    }
    let slug = match &how.name {
        Some(name) => slug(name, "").trim_end_matches('-').to_owned(),
        None => slug(
            about["path"].as_str().unwrap_or_default(),
            about["title"].as_str().unwrap_or_default(),
        ),
    };
    if !claim(&slug)? {
        return Ok(());
    }
    let axe = axe_source()?;
    let mut problems = Vec::new();
    for &(width, height) in how.viewports {
        page.execute(SetDeviceMetricsOverrideParams::new(
            width,
            height,
            1.0,
            width < 600,
        ))
        .await
        .context("set the viewport")?;
        let outcome = check_at(page, &axe, &slug, width).await;
        // Navigated away while checking: not this page's fault, and not checkable.
        let now = eval(page, "location.href").await.unwrap_or_default();
        if now.as_str() != Some(href.as_str()) {
            let _ = restore(page, how.restore).await;
            return Ok(());
        }
        match outcome {
            Ok(found) => problems.extend(found.into_iter().map(|p| format!("{width} px: {p}"))),
            Err(e) if navigated(&e) => return Err(e),
            Err(e) => problems.push(format!("{width} px: the check failed: {e:#}")),
        }
    }
    restore(page, how.restore)
        .await
        .context("restore the viewport")?;
    // The journey goes on in the restored layout: a click computed before it settles could
    // land where its element no longer is.
    eval(page, SETTLED).await?;
    if !problems.is_empty() {
        bail!("page {href} ({slug}):\n- {}", problems.join("\n- "));
    }
    Ok(())
}

async fn check_at(page: &Page, axe: &str, slug: &str, width: i64) -> Result<Vec<String>> {
    // Layout settles after the resize (media queries, wrapping) before anything is measured.
    eval(page, SETTLED).await?;
    let mut problems = Vec::new();
    let findings: Findings = serde_json::from_value(
        eval(page, &CHECKS.replace("__MIN__", &MIN_CONTRAST.to_string())).await?,
    )
    .context("read the page checks")?;
    if let Some(overflow) = findings.overflow {
        problems.push(format!("scrolls sideways: {overflow}"));
    }
    for field in findings.unnamed {
        problems.push(format!("a form field without an accessible name: {field}"));
    }
    for target in findings.small {
        problems.push(format!("a touch target under 44 px: {target}"));
    }
    for link in findings.contrast {
        problems.push(format!("user menu contrast below {MIN_CONTRAST}:1: {link}"));
    }
    if eval(page, "typeof window.axe === 'undefined'").await? == serde_json::Value::Bool(true) {
        eval(page, &format!("{axe};true")).await?;
    }
    let violations = eval(page, AXE_RUN).await?;
    for v in violations.as_array().into_iter().flatten() {
        problems.push(format!("axe: {}", v.as_str().unwrap_or_default()));
    }
    screenshot(page, slug, width).await?;
    Ok(problems)
}

/// The whole page at the current width, to `target/screenshots/<slug>-<width>.png`.
async fn screenshot(page: &Page, slug: &str, width: i64) -> Result<()> {
    let height = eval(page, "document.documentElement.scrollHeight")
        .await?
        .as_f64()
        .unwrap_or(800.0)
        .clamp(200.0, 6000.0);
    let params = CaptureScreenshotParams::builder()
        .capture_beyond_viewport(true)
        .clip(Viewport {
            x: 0.0,
            y: 0.0,
            width: width as f64,
            height,
            scale: 1.0,
        })
        .build();
    let shot = page.execute(params).await.context("take a screenshot")?;
    use base64::Engine;
    let png = base64::engine::general_purpose::STANDARD
        .decode(&shot.result.data)
        .context("decode the screenshot")?;
    let dir = screenshots_dir()?;
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(format!("{slug}-{width}.png")), png)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn a_page_is_named_by_its_path_and_title() {
        assert_eq!(
            slug(
                "/account/phones",
                "Manage my mobile phone numbers - EU Login"
            ),
            "account-phones--manage-my-mobile-phone-numbers-eu-login"
        );
        assert_eq!(slug("/", "EU Login"), "home--eu-login");
    }
}
