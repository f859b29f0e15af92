//! Headless Chromium over the DevTools protocol (chromiumoxide).
//!
//! Every helper waits (bounded) for the page to be ready for it, so a test never sleeps:
//! `fill` waits for the field to exist, `wait_for_url_prefix` and `wait_for_text` poll.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use chromiumoxide::browser::BrowserConfig;
use chromiumoxide::cdp::browser_protocol::web_authn::{
    self, AddVirtualAuthenticatorParams, AuthenticatorId, AuthenticatorProtocol,
    AuthenticatorTransport, Credential, GetCredentialsParams, VirtualAuthenticatorOptions,
};
use chromiumoxide::Page;
use futures::StreamExt;
use tempfile::TempDir;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::wait;

/// The command-line flags Chromium is started with (plus `--user-data-dir` and chromiumoxide's
/// `--remote-debugging-port=0`, which the DevTools connection needs).
pub const CHROMIUM_FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// `$CHROMIUM`, else Debian's `/usr/bin/chromium`. Fails (never skips) when it is missing.
pub fn chromium_path() -> Result<PathBuf> {
    let path = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    chromium_path_at(&path)
}

fn chromium_path_at(path: &std::path::Path) -> Result<PathBuf> {
    if !path.is_file() {
        bail!(
            "Chromium not found at {}: install chromium (apt-get install -y chromium) \
             or set CHROMIUM to its path",
            path.display()
        );
    }
    Ok(path.to_path_buf())
}

/// One headless Chromium with a fresh profile and one open tab in its default browser
/// context. The tab's helpers ([`Tab`]) are the browser's own (`browser.fill(...)`); more
/// tabs, each in a browser context of its own (cookies, storage), come from
/// [`Browser::new_context_tab`].
pub struct Browser {
    browser: chromiumoxide::Browser,
    tab: Tab,
    handler: tokio::task::JoinHandle<()>,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
    _profile: TempDir,
}

/// What [`Tab::check_page`] checks on the pages a tab waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// The provider's and CPMS's pages: [`crate::pages::inspect`], at a phone's and a
    /// laptop's widths.
    Pages,
    /// The installable app on a phone: each of its screens at phone widths only
    /// ([`crate::pages::inspect_phone_app`]).
    PhoneApp,
}

/// One tab of a [`Browser`]: a page and the helpers that drive it, each waiting (bounded)
/// for the page to be ready for it.
pub struct Tab {
    page: Page,
    deadline: Duration,
    checks: Checks,
}

impl std::ops::Deref for Browser {
    type Target = Tab;

    fn deref(&self) -> &Tab {
        &self.tab
    }
}

impl std::ops::DerefMut for Browser {
    fn deref_mut(&mut self) -> &mut Tab {
        &mut self.tab
    }
}

/// Whether DevTools refused because the node left the document (the page navigated): the
/// mouse events were not sent.
fn is_detached(error: &chromiumoxide::error::CdpError) -> bool {
    let text = error.to_string();
    text.contains("Could not find node")
        || text.contains("does not belong to the document")
        || text.contains("Could not compute box model")
}

/// A function of a selector: whether the page has loaded and the element matching it is in
/// the same place, at the same size, two frames apart (a hidden tab, which draws no frames,
/// waits 100 ms instead).
const STILL: &str = "async selector => { \
  if (document.readyState !== 'complete') return false; \
  const el = document.querySelector(selector); if (!el) return false; \
  const box = () => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(); }; \
  const before = box(); \
  await Promise.race([ \
    new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))), \
    new Promise(r => setTimeout(r, 100)) ]); \
  return el.isConnected && document.querySelector(selector) === el && box() === before; }";

fn js_string(value: &str) -> String {
    // A JSON string literal is a valid JavaScript string literal.
    serde_json::Value::String(value.to_string()).to_string()
}

impl Browser {
    /// Chromium with exactly [`CHROMIUM_FLAGS`].
    pub async fn launch() -> Result<Self> {
        Self::launch_with(&[]).await
    }

    /// Chromium with [`CHROMIUM_FLAGS`] and `extra` flags (each `--flag` or `--flag=VALUE`,
    /// e.g. [`crate::camera::FakeCamera::chromium_flags`]).
    pub async fn launch_with(extra: &[String]) -> Result<Self> {
        let executable = chromium_path()?;
        let profile = tempfile::Builder::new()
            .prefix("e2e-chromium-")
            .tempdir()
            .context("create a Chromium profile folder")?;
        // `disable_default_args` + `with_head` stop chromiumoxide from adding flags of its
        // own, so the browser runs with exactly CHROMIUM_FLAGS.
        let config = BrowserConfig::builder()
            .chrome_executable(&executable)
            .disable_default_args()
            .with_head()
            .user_data_dir(profile.path())
            .args(CHROMIUM_FLAGS)
            .args(extra)
            .launch_timeout(Duration::from_secs(30))
            .request_timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| anyhow::anyhow!("Chromium configuration: {e}"))?;
        let (mut browser, mut handler) = chromiumoxide::Browser::launch(config)
            .await
            .with_context(|| format!("launch {}", executable.display()))?;
        // Drive the DevTools connection. Newer Chromium sends events this chromiumoxide
        // version does not know; those surface as errors here and are not fatal.
        let handler = tokio::spawn(async move { while handler.next().await.is_some() {} });
        // Keep reading Chromium's stderr (chromiumoxide stops after the DevTools URL) so a
        // chatty browser never blocks on a full pipe; the last lines help diagnose crashes.
        let stderr_tail = Arc::new(Mutex::new(VecDeque::new()));
        if let Some(stderr) = browser.get_mut_child().and_then(|c| c.stderr.take()) {
            let tail = Arc::clone(&stderr_tail);
            tokio::spawn(async move {
                let mut lines = BufReader::new(stderr.into_inner()).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Ok(mut tail) = tail.lock() {
                        if tail.len() == 20 {
                            tail.pop_front();
                        }
                        tail.push_back(line);
                    }
                }
            });
        }
        let page = browser
            .new_page("about:blank")
            .await
            .context("open a Chromium tab")?;
        Ok(Self {
            browser,
            tab: Tab::new(page),
            handler,
            stderr_tail,
            _profile: profile,
        })
    }

    /// The last lines Chromium wrote to stderr.
    pub fn stderr_tail(&self) -> String {
        self.stderr_tail
            .lock()
            .map(|tail| tail.iter().cloned().collect::<Vec<_>>().join("\n"))
            .unwrap_or_default()
    }

    /// The browser-level DevTools session (new tabs, cookies, WebAuthn domain commands).
    pub fn cdp(&self) -> &chromiumoxide::Browser {
        &self.browser
    }

    /// A new tab in a browser context of its own: no cookies or storage shared with the
    /// other tabs, as a second device would be.
    pub async fn new_context_tab(&self) -> Result<Tab> {
        use chromiumoxide::cdp::browser_protocol::target::{
            CreateBrowserContextParams, CreateTargetParams,
        };
        let context = self
            .browser
            .create_browser_context(CreateBrowserContextParams::default())
            .await
            .context("Target.createBrowserContext")?;
        let params = CreateTargetParams::builder()
            .url("about:blank")
            .browser_context_id(context)
            .build()
            .map_err(anyhow::Error::msg)?;
        let page = self
            .browser
            .new_page(params)
            .await
            .context("open a tab in a new browser context")?;
        let mut tab = Tab::new(page);
        tab.deadline = self.tab.deadline;
        Ok(tab)
    }

    /// Grants `permissions` to `origin` in the default browser context, as a person
    /// answering "Allow" would (`Browser.grantPermissions`), e.g. the camera
    /// (`VideoCapture`) and notifications for the app.
    pub async fn grant_permissions(
        &self,
        origin: &str,
        permissions: &[chromiumoxide::cdp::browser_protocol::browser::PermissionType],
    ) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::browser::GrantPermissionsParams;
        let params = GrantPermissionsParams::builder()
            .permissions(permissions.iter().cloned())
            .origin(origin)
            .build()
            .map_err(anyhow::Error::msg)?;
        self.browser
            .execute(params)
            .await
            .with_context(|| format!("Browser.grantPermissions {permissions:?} to {origin}"))?;
        Ok(())
    }

    /// Closes Chromium and waits for it to exit.
    pub async fn close(mut self) -> Result<()> {
        self.browser.close().await?;
        self.browser.wait().await?;
        Ok(())
    }
}

impl Tab {
    fn new(page: Page) -> Self {
        Self {
            page,
            deadline: wait::DEFAULT_DEADLINE,
            checks: Checks::Pages,
        }
    }

    /// How long each waiting helper waits (default [`wait::DEFAULT_DEADLINE`]).
    pub fn set_deadline(&mut self, deadline: Duration) {
        self.deadline = deadline;
    }

    /// The tab, for DevTools commands of its own (e.g. `page().execute(...)`).
    pub fn page(&self) -> &Page {
        &self.page
    }

    /// Opens `url` and waits for it to load.
    pub async fn goto(&self, url: &str) -> Result<()> {
        self.page
            .goto(url)
            .await
            .with_context(|| format!("open {url}"))?;
        Ok(())
    }

    /// Evaluates a JavaScript expression and returns its JSON value (a promise's, once it
    /// settles).
    pub async fn eval(&self, expression: &str) -> Result<serde_json::Value> {
        let result = self
            .page
            .evaluate_expression(expression)
            .await
            .with_context(|| format!("evaluate {expression}"))?;
        Ok(result.value().cloned().unwrap_or(serde_json::Value::Null))
    }

    /// Evaluates `expression` (which yields `true` once done) until it does.
    async fn until_true(&self, what: &str, expression: &str) -> Result<()> {
        let result = wait::until(what, self.deadline, || async {
            Ok((self.eval(expression).await? == serde_json::Value::Bool(true)).then_some(()))
        })
        .await;
        self.with_page_context(result).await
    }

    /// Waits until the JavaScript expression `expression` yields `true` (`what` names the
    /// condition in the error when it never does).
    pub async fn wait_until(&self, what: &str, expression: &str) -> Result<()> {
        self.until_true(what, expression).await
    }

    /// Adds where the browser is and what it shows to a failed wait.
    async fn with_page_context<T>(&self, result: Result<T>) -> Result<T> {
        match result {
            Ok(value) => Ok(value),
            Err(e) => Err(e.context(format!(
                "browser is at {} showing:\n{}",
                self.url().await.unwrap_or_default(),
                self.text().await.unwrap_or_default()
            ))),
        }
    }

    /// Waits for an element matching the CSS `selector`.
    pub async fn wait_for_selector(&self, selector: &str) -> Result<()> {
        let js = format!("document.querySelector({}) !== null", js_string(selector));
        self.until_true(&format!("an element {selector}"), &js)
            .await
    }

    /// Sets the value of the input, textarea or select matching `selector` (waiting for it to
    /// exist) and fires `input` and `change` like a user edit.
    pub async fn fill(&self, selector: &str, value: &str) -> Result<()> {
        let js = format!(
            "(() => {{ const el = document.querySelector({sel}); if (!el) return false; \
             el.focus(); el.value = {val}; \
             el.dispatchEvent(new Event('input', {{ bubbles: true }})); \
             el.dispatchEvent(new Event('change', {{ bubbles: true }})); \
             return el.value === {val}; }})()",
            sel = js_string(selector),
            val = js_string(value)
        );
        self.until_true(&format!("a field {selector} to fill"), &js)
            .await
    }

    /// Ticks or unticks the checkbox matching `selector`.
    pub async fn set_checked(&self, selector: &str, checked: bool) -> Result<()> {
        let js = format!(
            "(() => {{ const el = document.querySelector({sel}); if (!el) return false; \
             if (el.checked !== {checked}) el.click(); return el.checked === {checked}; }})()",
            sel = js_string(selector)
        );
        self.until_true(&format!("a checkbox {selector}"), &js)
            .await
    }

    /// Clicks (a real mouse click at its centre) the element matching `selector`, once the
    /// page holding it has finished loading and the element stays where it is for two
    /// frames (a click computed before the stylesheet arrives, or while a script still adds
    /// content above the element, lands where the element no longer is). When the page
    /// navigates between finding the element and clicking it, nothing was clicked, so it
    /// looks again on the new page.
    pub async fn click(&self, selector: &str) -> Result<()> {
        let ready = format!("({STILL})({})", js_string(selector));
        let mut attempts = 0;
        loop {
            self.until_true(&format!("a loaded page with {selector}"), &ready)
                .await?;
            let element = match self.page.find_element(selector).await {
                Ok(element) => element,
                Err(e) if attempts < 5 && is_detached(&e) => {
                    attempts += 1;
                    continue;
                }
                Err(e) => return Err(e).with_context(|| format!("find {selector}")),
            };
            match element.click().await {
                Ok(_) => return Ok(()),
                Err(e) if attempts < 5 && is_detached(&e) => attempts += 1,
                Err(e) => return Err(e).with_context(|| format!("click {selector}")),
            }
        }
    }

    /// Submits the form matching `form_selector` by clicking its submit button, and waits
    /// for the page that answers it, so that the next step never acts on the old page (a
    /// click there would cancel the submission).
    pub async fn submit(&self, form_selector: &str) -> Result<()> {
        let button = format!("{form_selector} button[type=submit]");
        let ready = format!(
            "document.readyState === 'complete' && document.querySelector({}) !== null",
            js_string(&button)
        );
        self.until_true(&format!("a loaded page with {button}"), &ready)
            .await?;
        // The page of the form is a page of the journey too (a sign-in step, a form of My
        // Account): checked before it is left.
        self.check_page().await?;
        self.eval("window.e2eSubmitted = true").await?;
        self.click(&button).await?;
        self.until_true(
            &format!("the page answering {form_selector}"),
            "window.e2eSubmitted !== true && document.readyState === 'complete'",
        )
        .await?;
        self.check_page().await
    }

    /// Presses a key ("Tab", "Enter", " ") as a keyboard would: the page sees keydown,
    /// keypress (for keys that type) and keyup, and acts as it would for a person.
    pub async fn press(&self, key: &str) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::input::{
            DispatchKeyEventParams, DispatchKeyEventType,
        };
        let (code, key_code, text) = match key {
            "Tab" => ("Tab", 9, None),
            "Enter" => ("Enter", 13, Some("\r")),
            " " => ("Space", 32, Some(" ")),
            "ArrowDown" => ("ArrowDown", 40, None),
            other => anyhow::bail!("no key {other:?} in the test keyboard"),
        };
        let mut down = DispatchKeyEventParams::builder()
            .r#type(DispatchKeyEventType::KeyDown)
            .key(key)
            .code(code)
            .windows_virtual_key_code(key_code)
            .native_virtual_key_code(key_code);
        if let Some(text) = text {
            down = down.text(text);
        }
        self.page
            .execute(down.build().map_err(anyhow::Error::msg)?)
            .await
            .with_context(|| format!("press {key}"))?;
        let up = DispatchKeyEventParams::builder()
            .r#type(DispatchKeyEventType::KeyUp)
            .key(key)
            .code(code)
            .windows_virtual_key_code(key_code)
            .native_virtual_key_code(key_code)
            .build()
            .map_err(anyhow::Error::msg)?;
        self.page
            .execute(up)
            .await
            .with_context(|| format!("release {key}"))?;
        Ok(())
    }

    /// Types `text` into the focused element, as a keyboard (or an input method) would.
    pub async fn type_text(&self, text: &str) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::input::InsertTextParams;
        self.page
            .execute(InsertTextParams::new(text))
            .await
            .context("type text")?;
        Ok(())
    }

    /// Presses Tab until the focused element matches `selector` (at most `max` times): a
    /// keyboard user reaches it in the page's order, with its focus visible (an outline or a
    /// box shadow drawn around it).
    pub async fn tab_to(&self, selector: &str, max: usize) -> Result<()> {
        let reached = format!(
            "(() => {{ const el = document.activeElement; if (!el || !el.matches({sel})) return null; \
             const s = getComputedStyle(el); \
             return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }})()",
            sel = js_string(selector)
        );
        for _ in 0..max {
            self.press("Tab").await?;
            match self.eval(&reached).await? {
                serde_json::Value::Bool(true) => return Ok(()),
                serde_json::Value::Bool(false) => {
                    anyhow::bail!("{selector} has the keyboard focus but no visible focus")
                }
                _ => {}
            }
        }
        let focused = self
            .eval_string(
                "document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : ''",
            )
            .await?;
        self.with_page_context(Err(anyhow::anyhow!(
            "{selector} not reached with {max} presses of Tab; the focus is on {focused}"
        )))
        .await
    }

    /// Sends `Accept-Language: value` with every request of this tab from now on.
    pub async fn accept_language(&self, value: &str) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::network::{Headers, SetExtraHttpHeadersParams};
        self.page
            .execute(SetExtraHttpHeadersParams::new(Headers::new(
                serde_json::json!({ "Accept-Language": value }),
            )))
            .await
            .context("set Accept-Language")?;
        Ok(())
    }

    /// The language of the page shown (`<html lang>`).
    pub async fn lang(&self) -> Result<String> {
        self.eval_string("document.documentElement.lang").await
    }

    /// The tab's current URL.
    pub async fn url(&self) -> Result<String> {
        Ok(self.page.url().await?.unwrap_or_default())
    }

    /// Waits until the tab's URL starts with `prefix` and returns it.
    pub async fn wait_for_url_prefix(&self, prefix: &str) -> Result<String> {
        let what = format!("the browser to reach {prefix}");
        let result = wait::until(&what, self.deadline, || async {
            let url = self.url().await?;
            Ok(url.starts_with(prefix).then_some(url))
        })
        .await;
        self.with_page_context(result).await
    }

    /// The visible text of the page (`document.body.innerText`).
    pub async fn text(&self) -> Result<String> {
        let value = self
            .eval("document.body ? document.body.innerText : ''")
            .await?;
        Ok(value.as_str().unwrap_or_default().to_string())
    }

    /// Whether the visible text contains `needle` right now.
    pub async fn text_contains(&self, needle: &str) -> Result<bool> {
        Ok(self.text().await?.contains(needle))
    }

    /// Waits until the visible text contains `needle`, then checks the page
    /// ([`crate::pages::inspect`]).
    pub async fn wait_for_text(&self, needle: &str) -> Result<()> {
        let what = format!("the page to show {needle:?}");
        let result = wait::until(&what, self.deadline, || async {
            Ok(self.text_contains(needle).await?.then_some(()))
        })
        .await;
        self.with_page_context(result).await?;
        self.check_page().await
    }

    /// Checks the page the tab shows at phone and laptop widths, once per test run
    /// ([`crate::pages::inspect`]); the journeys call it on every page they wait for.
    pub async fn check_page(&self) -> Result<()> {
        match self.checks {
            Checks::Pages => crate::pages::inspect(&self.page).await,
            Checks::PhoneApp => crate::pages::inspect_phone_app(&self.page).await,
        }
    }

    /// Makes this tab a phone: a 390x844 touch screen ([`crate::pages::PHONE`]), and the
    /// pages it waits for are checked as the app's screens ([`Checks::PhoneApp`]).
    pub async fn emulate_phone(&mut self) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::emulation::SetTouchEmulationEnabledParams;
        crate::pages::emulate_phone(&self.page).await?;
        let touch = SetTouchEmulationEnabledParams::builder()
            .enabled(true)
            .max_touch_points(5)
            .build()
            .map_err(anyhow::Error::msg)?;
        self.page
            .execute(touch)
            .await
            .context("Emulation.setTouchEmulationEnabled")?;
        self.start_workers_unpaused().await?;
        self.checks = Checks::PhoneApp;
        Ok(())
    }

    /// chromiumoxide auto-attaches to the workers a page starts with
    /// `waitForDebuggerOnStart`, then resumes and detaches a service worker with two
    /// commands to two sessions. With Chromium 156 the app's service worker was left paused
    /// in about half the runs: its script fetched, its install never begun, every later
    /// `register()` waiting behind it (the detach winning the race, it seems). Workers of
    /// this tab start unpaused; no run has hung since.
    async fn start_workers_unpaused(&self) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::target::SetAutoAttachParams;
        let attach = SetAutoAttachParams::builder()
            .auto_attach(true)
            .wait_for_debugger_on_start(false)
            .flatten(true)
            .build()
            .map_err(anyhow::Error::msg)?;
        self.page
            .execute(attach)
            .await
            .context("Target.setAutoAttach without waiting for the debugger")?;
        Ok(())
    }

    /// Cuts this tab off the network, or connects it again (DevTools network emulation, as
    /// the "Offline" box of DevTools does).
    pub async fn set_offline(&self, offline: bool) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::network::{
            EmulateNetworkConditionsParams, EnableParams,
        };
        self.page
            .execute(EnableParams::default())
            .await
            .context("Network.enable")?;
        let (latency, throughput) = (0.0, -1.0);
        self.page
            .execute(EmulateNetworkConditionsParams::new(
                offline, latency, throughput, throughput,
            ))
            .await
            .with_context(|| format!("Network.emulateNetworkConditions offline={offline}"))?;
        Ok(())
    }

    /// The id of the service worker registration whose scope is `scope` (e.g.
    /// `http://127.0.0.1:PORT/`), once the worker is activated, from the DevTools
    /// `ServiceWorker` domain.
    pub async fn service_worker_registration(&self, scope: &str) -> Result<String> {
        use chromiumoxide::cdp::browser_protocol::service_worker::{
            EnableParams, EventWorkerRegistrationUpdated, EventWorkerVersionUpdated,
            ServiceWorkerVersionStatus,
        };
        let mut registrations = self
            .page
            .event_listener::<EventWorkerRegistrationUpdated>()
            .await?;
        let mut versions = self
            .page
            .event_listener::<EventWorkerVersionUpdated>()
            .await?;
        self.page
            .execute(EnableParams::default())
            .await
            .context("ServiceWorker.enable")?;
        let mut ids = std::collections::HashSet::new();
        let mut activated = std::collections::HashSet::new();
        let end = tokio::time::Instant::now() + self.deadline;
        loop {
            let next = tokio::time::timeout_at(end, async {
                tokio::select! {
                    Some(event) = registrations.next() => {
                        for r in &event.registrations {
                            if r.scope_url == scope && !r.is_deleted {
                                ids.insert(r.registration_id.inner().clone());
                            }
                        }
                    }
                    Some(event) = versions.next() => {
                        for v in &event.versions {
                            if v.status == ServiceWorkerVersionStatus::Activated {
                                activated.insert(v.registration_id.inner().clone());
                            }
                        }
                    }
                    // Both streams ended: nothing more will come before the deadline.
                    else => std::future::pending::<()>().await,
                }
            })
            .await;
            if let Some(id) = ids.iter().find(|id| activated.contains(*id)) {
                return Ok(id.clone());
            }
            if next.is_err() {
                bail!(
                    "no activated service worker for {scope} within {:?} (registrations seen: \
                     {ids:?}, activated: {activated:?})",
                    self.deadline
                );
            }
        }
    }

    /// Delivers a push message with `data` to the service worker of registration
    /// `registration_id` at `origin`, as the browser does when its push service brings one
    /// (`ServiceWorker.deliverPushMessage`).
    pub async fn deliver_push_message(
        &self,
        origin: &str,
        registration_id: &str,
        data: &str,
    ) -> Result<()> {
        use chromiumoxide::cdp::browser_protocol::service_worker::DeliverPushMessageParams;
        self.page
            .execute(DeliverPushMessageParams::new(
                origin,
                registration_id.to_owned(),
                data,
            ))
            .await
            .context("ServiceWorker.deliverPushMessage")?;
        Ok(())
    }

    /// Opens `url` and waits until the page shows `needle`.
    pub async fn goto_and_wait(&self, url: &str, needle: &str) -> Result<()> {
        self.goto(url).await?;
        self.wait_for_text(needle).await
    }

    /// Fills the named fields of the form matching `form_selector` (each `(name, value)` as
    /// `{form_selector} [name=NAME]`, in order) and submits it, like [`Browser::fill`] and
    /// [`Browser::submit`].
    pub async fn fill_and_submit(
        &self,
        form_selector: &str,
        fields: &[(&str, &str)],
    ) -> Result<()> {
        for (name, value) in fields {
            self.fill(&format!("{form_selector} [name={name}]"), value)
                .await?;
        }
        self.submit(form_selector).await
    }

    /// Evaluates a JavaScript expression that yields a string (an element's text or value).
    pub async fn eval_string(&self, expression: &str) -> Result<String> {
        match self.eval(expression).await? {
            serde_json::Value::String(text) => Ok(text),
            other => bail!("{expression} gave {other}, not a string"),
        }
    }

    /// Enables the DevTools WebAuthn domain on the tab and adds a virtual CTAP2 authenticator
    /// (internal transport, resident keys, user verification as given, presence simulated).
    /// WebAuthn needs a secure context and a domain RP ID: use `http://localhost:PORT`, not
    /// an IP address.
    pub async fn add_virtual_authenticator(&self, user_verified: bool) -> Result<AuthenticatorId> {
        self.page
            .execute(web_authn::EnableParams::default())
            .await
            .context("WebAuthn.enable")?;
        let options = VirtualAuthenticatorOptions::builder()
            .protocol(AuthenticatorProtocol::Ctap2)
            .transport(AuthenticatorTransport::Internal)
            .has_resident_key(true)
            .has_user_verification(true)
            .is_user_verified(user_verified)
            .automatic_presence_simulation(true)
            .build()
            .map_err(|e| anyhow::anyhow!("virtual authenticator options: {e}"))?;
        let added = self
            .page
            .execute(AddVirtualAuthenticatorParams::new(options))
            .await
            .context("WebAuthn.addVirtualAuthenticator")?;
        Ok(added.result.authenticator_id)
    }

    /// Adds a virtual roaming security key (CTAP2 over USB) that cannot verify its user: no
    /// PIN, no fingerprint, only presence.
    pub async fn add_virtual_key_without_user_verification(&self) -> Result<AuthenticatorId> {
        self.page
            .execute(web_authn::EnableParams::default())
            .await
            .context("WebAuthn.enable")?;
        let options = VirtualAuthenticatorOptions::builder()
            .protocol(AuthenticatorProtocol::Ctap2)
            .transport(AuthenticatorTransport::Usb)
            .has_resident_key(false)
            .has_user_verification(false)
            .automatic_presence_simulation(true)
            .build()
            .map_err(|e| anyhow::anyhow!("virtual authenticator options: {e}"))?;
        let added = self
            .page
            .execute(AddVirtualAuthenticatorParams::new(options))
            .await
            .context("WebAuthn.addVirtualAuthenticator")?;
        Ok(added.result.authenticator_id)
    }

    /// Unplugs a virtual authenticator.
    pub async fn remove_virtual_authenticator(
        &self,
        authenticator: &AuthenticatorId,
    ) -> Result<()> {
        self.page
            .execute(web_authn::RemoveVirtualAuthenticatorParams::new(
                authenticator.clone(),
            ))
            .await
            .context("WebAuthn.removeVirtualAuthenticator")?;
        Ok(())
    }

    /// The credentials a virtual authenticator holds.
    pub async fn virtual_credentials(
        &self,
        authenticator: &AuthenticatorId,
    ) -> Result<Vec<Credential>> {
        let got = self
            .page
            .execute(GetCredentialsParams::new(authenticator.clone()))
            .await
            .context("WebAuthn.getCredentials")?;
        Ok(got.result.credentials)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Not closed (a failing test): kill Chromium and reap it (bounded) before the profile
        // folder is removed, so it cannot write the folder back.
        if let Some(child) = self.browser.get_mut_child() {
            if let Ok(None) = child.inner.try_wait() {
                let _ = child.inner.start_kill();
                for _ in 0..100 {
                    if !matches!(child.inner.try_wait(), Ok(None)) {
                        break;
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
        }
        self.handler.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_strings_are_quoted_and_escaped() {
        assert_eq!(js_string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(js_string("#f [name=x]"), "\"#f [name=x]\"");
    }

    #[test]
    fn a_missing_chromium_says_how_to_install_it() {
        let err = chromium_path_at(std::path::Path::new("/nonexistent/chromium"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("apt-get install -y chromium"), "{err}");
    }
}
