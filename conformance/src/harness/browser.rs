//! A scripted browser: a cookie jar, manual redirect following, and the provider's HTML forms
//! submitted as a user would (sign-in, consent, logout confirmation, form_post auto-submit).

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use reqwest::header::{CONTENT_TYPE, LOCATION};
use url::Url;

use super::html::{self, Form};
use super::listener::{Received, ECHO_CONTENT_TYPE};
use super::outbox::Outbox;
use super::Ctx;
use crate::config::Config;

/// What the browser may do on pages shown by the provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Sign in and accept consent screens.
    SignIn,
    /// Stop at the first page the provider shows (prompt=none, error pages).
    NoInteraction,
    /// Confirm a logout confirmation form (never signs in).
    ConfirmLogout,
}

/// Where a navigation ended.
#[derive(Debug, Clone)]
pub enum Arrival {
    /// The relying party side (a loopback redirect/post-logout URI) received a request.
    Rp { url: String, received: Received },
    /// The provider showed a page the browser did not act upon.
    Page {
        status: u16,
        url: String,
        body: String,
    },
}

/// A navigation's result and how much user interaction it took.
#[derive(Debug, Clone)]
pub struct Journey {
    pub arrival: Arrival,
    /// Password forms submitted (sign-ins).
    pub logins: usize,
}

impl Journey {
    pub fn received(&self) -> Option<&Received> {
        match &self.arrival {
            Arrival::Rp { received, .. } => Some(received),
            Arrival::Page { .. } => None,
        }
    }

    /// A short description of where the navigation ended, for failure messages.
    pub fn describe(&self) -> String {
        match &self.arrival {
            Arrival::Rp { url, .. } => format!("redirected to {url}"),
            Arrival::Page { status, url, body } => {
                let t: String = html::text(body).chars().take(200).collect();
                format!("page {url} (HTTP {status}): {t}")
            }
        }
    }
}

/// The next request: method, URL, form fields.
type Step = (reqwest::Method, String, Vec<(String, String)>);

pub struct Browser {
    client: reqwest::Client,
    rp_origins: Vec<String>,
    login: crate::config::Login,
    email: String,
    password: String,
    second_factor: crate::config::SecondFactor,
    /// Where SMS codes are read, when the configuration names an outbox.
    outbox: Option<Outbox>,
    /// SMS codes this browser already typed (never typed twice).
    sms_used: Mutex<HashSet<String>>,
}

/// How far one navigation got through an SMS second factor.
#[derive(Default)]
struct SmsProgress {
    /// The outbox's codes just before the provider was asked to send one.
    before_send: Option<HashSet<String>>,
    /// Codes typed in this navigation.
    typed: usize,
}

fn origin(u: &Url) -> String {
    let host = match u.host_str() {
        Some("localhost") => "127.0.0.1",
        Some(h) => h,
        None => "",
    };
    format!(
        "{}://{}:{}",
        u.scheme(),
        host,
        u.port_or_known_default().unwrap_or(0)
    )
}

/// Every URI of the configuration that belongs to the runner's own listener.
pub fn rp_uris(cfg: &Config) -> Vec<String> {
    let mut v = Vec::new();
    for c in [
        Some(&cfg.client),
        cfg.client2.as_ref(),
        cfg.client_post.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        v.push(c.redirect_uri.clone());
        v.extend(c.post_logout_redirect_uri.clone());
        v.extend(c.backchannel_logout_uri.clone());
    }
    v
}

impl Browser {
    pub fn new(ctx: &Ctx) -> Result<Self> {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_provider(jar)
            .user_agent("Mozilla/5.0 (conformance runner)")
            .timeout(std::time::Duration::from_secs(30))
            .build()?;
        let rp_origins = rp_uris(&ctx.cfg)
            .iter()
            .filter_map(|u| Url::parse(u).ok())
            .map(|u| origin(&u))
            .collect();
        Ok(Self {
            client,
            rp_origins,
            login: ctx.cfg.login.clone(),
            email: ctx.cfg.user.email.clone(),
            password: ctx.cfg.user.password.clone(),
            second_factor: ctx.cfg.second_factor.clone(),
            outbox: Outbox::new(&ctx.cfg.second_factor, ctx.http.clone()),
            sms_used: Mutex::new(HashSet::new()),
        })
    }

    fn is_rp(&self, u: &Url) -> bool {
        self.rp_origins.contains(&origin(u))
    }

    /// GET `url` and follow what the provider does.
    pub async fn get(&self, url: &str, mode: Mode) -> Result<Journey> {
        self.navigate(reqwest::Method::GET, url.to_string(), Vec::new(), mode)
            .await
    }

    /// POST a form to `url` (e.g. an authorization request by POST) and follow.
    pub async fn post(
        &self,
        url: &str,
        form: Vec<(String, String)>,
        mode: Mode,
    ) -> Result<Journey> {
        self.navigate(reqwest::Method::POST, url.to_string(), form, mode)
            .await
    }

    async fn navigate(
        &self,
        mut method: reqwest::Method,
        mut url: String,
        mut form: Vec<(String, String)>,
        mode: Mode,
    ) -> Result<Journey> {
        let mut logins = 0;
        let mut confirmations = 0;
        let mut last_password_form: Option<String> = None;
        let mut factor_steps = 0;
        let mut sms = SmsProgress::default();
        for _ in 0..40 {
            let parsed = Url::parse(&url).with_context(|| format!("bad URL {url}"))?;
            let mut req = self.client.request(method.clone(), parsed.clone());
            if method == reqwest::Method::POST {
                req = req.form(&form);
            }
            let resp = req
                .send()
                .await
                .with_context(|| format!("{method} {url}"))?;
            let status = resp.status().as_u16();
            let ct = resp
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            if ct.starts_with(ECHO_CONTENT_TYPE) {
                let received: Received = resp.json().await?;
                return Ok(Journey {
                    arrival: Arrival::Rp { url, received },
                    logins,
                });
            }
            if resp.status().is_redirection() {
                if let Some(loc) = resp.headers().get(LOCATION).and_then(|v| v.to_str().ok()) {
                    let next = parsed
                        .join(loc)
                        .with_context(|| format!("bad Location {loc}"))?;
                    url = next.to_string();
                    // 307/308 repeat the method; others become GET.
                    if status != 307 && status != 308 {
                        method = reqwest::Method::GET;
                        form.clear();
                    }
                    continue;
                }
            }
            let body = resp.text().await.unwrap_or_default();
            let forms = html::forms(&body);
            // form_post (or any auto-submitting form) towards the relying party.
            if let Some(f) = forms.iter().find(|f| self.action_is_rp(&parsed, f)) {
                let action = parsed.join(f.action.as_deref().unwrap_or(""))?;
                method = if f.method == "post" {
                    reqwest::Method::POST
                } else {
                    reqwest::Method::GET
                };
                form = f.submission(&BTreeMap::new());
                url = action.to_string();
                if method == reqwest::Method::GET {
                    let mut u = action;
                    u.query_pairs_mut().extend_pairs(form.drain(..));
                    url = u.to_string();
                }
                continue;
            }
            let page = || Arrival::Page {
                status,
                url: url.clone(),
                body: body.clone(),
            };
            match mode {
                Mode::NoInteraction => {
                    return Ok(Journey {
                        arrival: page(),
                        logins,
                    });
                }
                Mode::SignIn => {
                    if let Some((f, values, is_password)) = self.sign_in_form(&forms) {
                        if is_password {
                            if last_password_form.as_deref() == Some(url.as_str()) && status >= 400
                            {
                                bail!(
                                    "sign-in failed: {}",
                                    html::text(&body).chars().take(200).collect::<String>()
                                );
                            }
                            last_password_form = Some(url.clone());
                            logins += 1;
                            if logins > 3 {
                                bail!(
                                    "the OP asked for the password {logins} times in one request"
                                );
                            }
                        }
                        (method, url, form) = self.submission(&parsed, f, values)?;
                        continue;
                    }
                    if let Some(f) = forms.iter().find(|f| self.is_consent(f)) {
                        confirmations += 1;
                        (method, url, form) = self.submission(&parsed, f, BTreeMap::new())?;
                        continue;
                    }
                    if let Some(outbox) = &self.outbox {
                        factor_steps += 1;
                        if factor_steps > 6 {
                            bail!("the second-factor pages did not lead anywhere");
                        }
                        let step = self
                            .sms_step(outbox, &mut sms, &parsed, status, &forms, &body)
                            .await?;
                        if let Some(step) = step {
                            (method, url, form) = step;
                            continue;
                        }
                    }
                    if forms.iter().any(looks_like_second_factor) {
                        self.second_factor_hook()?;
                    }
                    return Ok(Journey {
                        arrival: page(),
                        logins,
                    });
                }
                Mode::ConfirmLogout => {
                    let postable = |f: &&Form| {
                        f.method == "post" && self.sign_in_form(std::slice::from_ref(*f)).is_none()
                    };
                    let named_logout = |f: &&Form| {
                        let id = f.id.as_deref().unwrap_or("").to_ascii_lowercase();
                        id.contains("logout") || id.contains("signout")
                    };
                    let candidate = forms
                        .iter()
                        .filter(postable)
                        .find(named_logout)
                        .or_else(|| forms.iter().find(postable));
                    if let (Some(f), 0) = (candidate, confirmations) {
                        confirmations += 1;
                        (method, url, form) = self.submission(&parsed, f, BTreeMap::new())?;
                        continue;
                    }
                    return Ok(Journey {
                        arrival: page(),
                        logins,
                    });
                }
            }
        }
        bail!("too many redirects or pages starting at {url}")
    }

    fn action_is_rp(&self, base: &Url, f: &Form) -> bool {
        f.action
            .as_deref()
            .and_then(|a| base.join(a).ok())
            .is_some_and(|u| self.is_rp(&u))
    }

    fn is_consent(&self, f: &Form) -> bool {
        let action = f.action.as_deref().unwrap_or("");
        let only_hidden = f.fields.iter().all(|x| x.kind == "hidden");
        let logout_like = action.contains("logout") || action.contains("session/end");
        f.method == "post"
            && !f.has_kind("password")
            && !logout_like
            && (self
                .login
                .consent_actions
                .iter()
                .any(|c| action.contains(c.as_str()))
                || only_hidden)
    }

    /// Finds a sign-in form and the values to fill in: (form, values, has a password field).
    fn sign_in_form<'f>(
        &self,
        forms: &'f [Form],
    ) -> Option<(&'f Form, BTreeMap<String, String>, bool)> {
        for f in forms {
            if let Some(id) = &self.login.form_id {
                if f.id.as_deref() != Some(id.as_str()) {
                    continue;
                }
            }
            let ident = self.login.identifier_fields.iter().find(|n| f.has_field(n));
            let pass = self.login.password_fields.iter().find(|n| f.has_field(n));
            if ident.is_none() && pass.is_none() {
                continue;
            }
            let mut values = BTreeMap::new();
            if let Some(n) = ident {
                values.insert(n.clone(), self.email.clone());
            }
            if let Some(n) = pass {
                values.insert(n.clone(), self.password.clone());
            }
            for (k, v) in &self.login.extra_fields {
                if f.has_field(k) {
                    values.insert(k.clone(), v.clone());
                }
            }
            return Some((f, values, pass.is_some()));
        }
        None
    }

    fn submission(&self, base: &Url, f: &Form, values: BTreeMap<String, String>) -> Result<Step> {
        let action = base.join(f.action.as_deref().unwrap_or(""))?;
        let fields = f.submission(&values);
        if f.method == "post" {
            Ok((reqwest::Method::POST, action.to_string(), fields))
        } else {
            let mut u = action;
            u.query_pairs_mut().extend_pairs(fields);
            Ok((reqwest::Method::GET, u.to_string(), Vec::new()))
        }
    }

    /// One step of an SMS second factor with codes read from the dev outbox, as a tester
    /// does: follow the link to the SMS method, submit the form that sends the code (noting
    /// the outbox's codes first), then type the code that arrived.
    async fn sms_step(
        &self,
        outbox: &Outbox,
        progress: &mut SmsProgress,
        base: &Url,
        status: u16,
        forms: &[Form],
        body: &str,
    ) -> Result<Option<Step>> {
        if let Some(f) = forms.iter().find(|f| f.has_field("code")) {
            if progress.typed > 0 && status >= 400 {
                bail!(
                    "the OP refused the SMS code read from the outbox: {}",
                    html::text(body).chars().take(200).collect::<String>()
                );
            }
            let known = match progress.before_send.take() {
                Some(before) => before,
                None => self.sms_used.lock().map(|u| u.clone()).unwrap_or_default(),
            };
            let code = outbox.wait_new(&known, Duration::from_secs(15)).await?;
            if let Ok(mut used) = self.sms_used.lock() {
                used.insert(code.clone());
            }
            progress.typed += 1;
            let values = BTreeMap::from([("code".to_string(), code)]);
            return self.submission(base, f, values).map(Some);
        }
        if let Some(f) = forms
            .iter()
            .find(|f| f.has_field("phone") && f.method == "post")
        {
            progress.before_send = Some(outbox.codes().await?.into_iter().collect());
            return self.submission(base, f, BTreeMap::new()).map(Some);
        }
        let link = hrefs(body)
            .into_iter()
            .find(|h| h.contains("/sms") && !h.contains("account"));
        if let Some(link) = link {
            let u = base.join(&link)?;
            return Ok(Some((reqwest::Method::GET, u.to_string(), Vec::new())));
        }
        Ok(None)
    }

    /// A second factor the runner cannot provide: the module is SKIPPED with the reason.
    fn second_factor_hook(&self) -> Result<()> {
        let sf = &self.second_factor;
        if !sf.has_outbox() && sf.mobile_app.is_none() {
            return Err(super::skip(
                "the provider asks for a second factor and the configuration has no [second_factor] source",
            ));
        }
        let app = match (&sf.mobile_app, &sf.mobile_app_state, &sf.mobile_app_pin) {
            (Some(app), Some(state), Some(_)) => {
                format!(" ({} --state {})", app.display(), state.display())
            }
            _ => String::new(),
        };
        Err(super::skip(format!(
            "only SMS codes from the dev outbox are automated; the mobile app{app} is not driven by the runner"
        )))
    }
}

fn looks_like_second_factor(f: &Form) -> bool {
    ["code", "otp", "pin", "totp"]
        .iter()
        .any(|n| f.has_field(n))
}

/// The `href` values of the links of a page, entities decoded.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(super::html::decode_entities)
        .collect()
}
