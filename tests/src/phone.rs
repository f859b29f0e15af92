//! What a person does in the installable app (issue 16) on a phone: the steps of its
//! screens, on a [`Tab`] made a phone with [`Tab::emulate_phone`] (every screen a step waits
//! for is checked by [`crate::pages::inspect_phone_app`]). The element ids are the app's
//! contract with these tests: `#accounts` (`li[data-device]`, `button.remove`),
//! `#initialise`, `#scan-qr`, `#paste` + `#paste-ok`, `#pin` + `#pin-ok`, `#message`,
//! `#approve-screen` (`#request-client`, `-time`, `-ip`, `-browser`,
//! `button.number[data-number]`, `#deny`) and `#code`.
//!
//! The app's words come from its catalogue, `mobile-app/web/messages/en.json`: a step that
//! waits for a message takes it from there ([`words`]), so the tests follow the catalogue.

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::browser::Tab;
use crate::web_app::WebApp;

fn js_string(value: &str) -> String {
    serde_json::Value::String(value.to_string()).to_string()
}

/// The app's English text `key` with its `{placeholders}` filled from `params`.
pub fn words(key: &str, params: &[(&str, &str)]) -> Result<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../mobile-app/web/messages/en.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let catalogue: serde_json::Value = serde_json::from_str(&text)?;
    let mut message = catalogue[key]
        .as_str()
        .with_context(|| format!("no {key} in {}", path.display()))?
        .to_owned();
    for (name, value) in params {
        message = message.replace(&format!("{{{name}}}"), value);
    }
    Ok(message)
}

/// The part of a message before its first placeholder: what the reader sees whatever the
/// data (e.g. the start of a provider's words the app passes on).
pub fn words_before_placeholder(key: &str) -> Result<String> {
    let all = words(key, &[])?;
    Ok(all.split('{').next().unwrap_or_default().to_owned())
}

/// Opens the app at its origin and waits for its home screen with its accounts.
pub async fn open(tab: &Tab, app: &WebApp) -> Result<()> {
    open_at(tab, &app.url("/")).await
}

/// Opens the app at `url` (its origin, or the same files under another) and waits for its
/// home screen with its accounts: until the app has read them, the list is neither hidden
/// (no account) nor filled, and what follows it (the buttons) is still to move.
pub async fn open_at(tab: &Tab, url: &str) -> Result<()> {
    tab.goto(url).await?;
    tab.wait_until(
        "the app's accounts on its home screen",
        "(() => { const home = document.getElementById('home-screen'); \
           const list = document.getElementById('accounts'); \
           return !!home && !home.hidden && !!list && \
             (list.hidden || list.querySelector('li[data-device]') !== null); })()",
    )
    .await?;
    wait_for_screen(tab, "home-screen").await
}

/// Waits until the screen `id` (a `section.screen`) is the one shown, then checks it.
pub async fn wait_for_screen(tab: &Tab, id: &str) -> Result<()> {
    let js = format!(
        "(() => {{ const s = document.getElementById({id}); \
           return !!s && !s.hidden && document.readyState === 'complete'; }})()",
        id = js_string(id)
    );
    tab.wait_until(&format!("the app's screen #{id}"), &js)
        .await?;
    tab.check_page().await
}

/// The text of `#message` now.
pub async fn message(tab: &Tab) -> Result<String> {
    tab.eval_string("(document.getElementById('message')?.innerText || '').trim()")
        .await
}

/// Waits until `#message` says `needle`, checks the screen, and returns the whole message.
pub async fn wait_for_message(tab: &Tab, needle: &str) -> Result<String> {
    let js = format!(
        "(document.getElementById('message')?.innerText || '').includes({})",
        js_string(needle)
    );
    tab.wait_until(&format!("the app's message to say {needle:?}"), &js)
        .await?;
    tab.check_page().await?;
    message(tab).await
}

/// "Initialise" (or "Scan QR code"): the camera screen, where a QR code is read or pasted.
pub async fn start_scan(tab: &Tab, button: &str) -> Result<()> {
    tab.click(button).await?;
    wait_for_screen(tab, "scan-screen").await
}

/// On the camera screen: pastes `text` as the text under a QR code and continues.
pub async fn paste(tab: &Tab, text: &str) -> Result<()> {
    tab.fill("#paste", text).await?;
    tab.click("#paste-ok").await
}

/// Types `pin` with the keyboard into `#pin` (emptied first) and presses the PIN form's
/// main button.
pub async fn type_pin(tab: &Tab, pin: &str) -> Result<()> {
    tab.wait_until(
        "the PIN field",
        "(() => { const f = document.getElementById('pin-form'); \
           return !!f && !f.hidden && f.getAttribute('aria-busy') !== 'true'; })()",
    )
    .await?;
    tab.fill("#pin", "").await?;
    tab.click("#pin").await?;
    tab.type_text(pin).await?;
    let typed = tab
        .eval_string("document.getElementById('pin').value")
        .await?;
    if typed != pin {
        bail!("the PIN field holds {typed:?} after typing {pin:?}");
    }
    tab.click("#pin-ok").await
}

/// Taps `pin` on the app's PIN pad and presses the PIN form's main button.
pub async fn tap_pin(tab: &Tab, pin: &str) -> Result<()> {
    tab.fill("#pin", "").await?;
    for digit in pin.chars() {
        tab.click(&format!("#pin-form .pin-pad__key[data-key='{digit}']"))
            .await?;
    }
    tab.click("#pin-ok").await
}

/// An account as the home screen lists it.
#[derive(Debug, Clone, Deserialize)]
pub struct ListedAccount {
    /// `data-device`: the device id.
    pub device: String,
    /// What the person reads: the e-mail and the provider.
    pub text: String,
    /// Whether it has its "Remove" button.
    pub removable: bool,
}

/// The accounts the home screen lists.
pub async fn listed_accounts(tab: &Tab) -> Result<Vec<ListedAccount>> {
    let value = tab
        .eval(
            "[...document.querySelectorAll('#accounts li[data-device]')].map(li => ({ \
               device: li.dataset.device, text: li.innerText, \
               removable: !!li.querySelector('button.remove') }))",
        )
        .await?;
    Ok(serde_json::from_value(value)?)
}

/// One of the app's keys as IndexedDB keeps it (a `CryptoKey`).
#[derive(Debug, Clone, Deserialize)]
pub struct StoredKey {
    #[serde(rename = "type")]
    pub kind: String,
    pub extractable: bool,
    pub algorithm: String,
    /// The curve of an ECDSA key, the hash of an HMAC key.
    pub detail: String,
}

/// An account record of the app's IndexedDB (`eulogin-app`, store `accounts`).
#[derive(Debug, Clone, Deserialize)]
pub struct StoredAccount {
    pub device_id: String,
    pub issuer: String,
    pub account: String,
    /// Every field of the record, sorted.
    pub fields: Vec<String>,
    pub sign_key: Option<StoredKey>,
    pub ocra_key: Option<StoredKey>,
    pub public_jwk: serde_json::Value,
}

/// Reads the app's IndexedDB without creating it (a database opened here before the app
/// made it would lack its store).
const READ_STORE: &str = r#"(async () => {
  const names = (await indexedDB.databases()).map(d => d.name);
  if (!names.includes('eulogin-app')) return [];
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('eulogin-app');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!db.objectStoreNames.contains('accounts')) return [];
    const all = await new Promise((resolve, reject) => {
      const request = db.transaction('accounts').objectStore('accounts').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const key = k => k && typeof k === 'object' && 'extractable' in k ? {
      type: k.type, extractable: k.extractable, algorithm: k.algorithm.name,
      detail: k.algorithm.namedCurve || (k.algorithm.hash && k.algorithm.hash.name) || '' } : null;
    return all.map(a => ({ device_id: a.device_id, issuer: a.issuer, account: a.account || '',
      fields: Object.keys(a).sort(), sign_key: key(a.sign_key), ocra_key: key(a.ocra_key),
      public_jwk: a.public_jwk || null }));
  } finally {
    db.close();
  }
})()"#;

/// The accounts the app keeps in IndexedDB.
pub async fn stored_accounts(tab: &Tab) -> Result<Vec<StoredAccount>> {
    let value = tab.eval(READ_STORE).await?;
    serde_json::from_value(value.clone())
        .with_context(|| format!("the app's IndexedDB records: {value}"))
}

/// J7 in the app with the text under the QR code: "Initialise", paste, the PIN chosen in
/// My Account; waits for the app to say the device is registered and returns the new
/// account's device id.
pub async fn enrol_by_paste(tab: &Tab, payload: &str, pin: &str) -> Result<String> {
    let before: Vec<String> = listed_accounts(tab)
        .await?
        .into_iter()
        .map(|a| a.device)
        .collect();
    start_scan(tab, "#initialise").await?;
    paste(tab, payload).await?;
    wait_for_screen(tab, "pin-screen").await?;
    type_pin(tab, pin).await?;
    wait_for_message(tab, &words_before_placeholder("enrol-done")?).await?;
    wait_for_screen(tab, "home-screen").await?;
    let added: Vec<ListedAccount> = listed_accounts(tab)
        .await?
        .into_iter()
        .filter(|a| !before.contains(&a.device))
        .collect();
    match added.as_slice() {
        [one] => Ok(one.device.clone()),
        other => bail!(
            "the app lists {} new accounts after enrolling: {other:?}",
            other.len()
        ),
    }
}

/// A sign-in request as the approval screen shows it.
#[derive(Debug, Clone, Deserialize)]
pub struct ShownRequest {
    /// "For a***@example.test at 127.0.0.1:PORT".
    pub account: String,
    pub client: String,
    pub time: String,
    pub ip: String,
    pub browser: String,
    pub numbers: Vec<String>,
}

/// Waits for the approval screen (the app learns of the request by itself) and reads it.
pub async fn wait_for_request(tab: &Tab) -> Result<ShownRequest> {
    tab.wait_until(
        "the app to show a sign-in request",
        "(() => { const s = document.getElementById('approve-screen'); \
           return !!s && !s.hidden && s.querySelectorAll('button.number').length > 0; })()",
    )
    .await?;
    tab.check_page().await?;
    let value = tab
        .eval(
            "(() => { const t = id => (document.getElementById(id)?.innerText || '').trim(); \
               return { account: t('request-account'), client: t('request-client'), \
                 time: t('request-time'), ip: t('request-ip'), browser: t('request-browser'), \
                 numbers: [...document.querySelectorAll('#approve-screen button.number')] \
                   .map(b => b.dataset.number) }; })()",
        )
        .await?;
    Ok(serde_json::from_value(value)?)
}

/// On the approval screen: chooses `number` (the one the sign-in page shows).
pub async fn choose_number(tab: &Tab, number: &str) -> Result<()> {
    let button = format!("#approve-screen button.number[data-number='{number}']");
    tab.click(&button).await?;
    tab.wait_until(
        &format!("{button} to be chosen"),
        &format!(
            "document.querySelector({})?.getAttribute('aria-pressed') === 'true'",
            js_string(&button)
        ),
    )
    .await
}
