//! Issue 16, the installable app (PWA) on a phone: `mobile-app serve` on an origin of its
//! own, the app in headless Chromium's default browser context at 390x844 (a phone, with
//! Chromium's fake camera), the provider's pages in another browser context (another
//! device's cookies). J7 by camera, J8 approve and deny with number matching and the PIN
//! (a wrong PIN says how many tries are left), J9 with the app offline, two accounts in one
//! app, the service worker and the shell with no network, Web Push proved through a push
//! service on loopback (RFC 8030/8291/8292), CORS as a browser sees it, and bad input (a QR
//! code of another scheme, a damaged one, a wrong PIN, no network, used and expired codes, a
//! device deleted in My Account).
//!
//! The app's screens are checked at phone widths only (`e2e::pages::inspect_phone_app`):
//! the app is made for 360-430 px wide screens, so the laptop widths of the provider's pages
//! are not checked for it.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{ensure, Context};
use chromiumoxide::cdp::browser_protocol::browser::PermissionType;
use e2e::camera::FakeCamera;
use e2e::phone::{self, words, words_before_placeholder};
use e2e::push_service::{verify_vapid, PushService};
use e2e::signin::{sign_in, start_adding_a_device};
use e2e::{
    oidc, unique_email, AuthorizationRequest, Browser, ClientSpec, Provider, ProviderOptions,
    RedirectListener, RelyingParty, Tab, UserSpec, WebApp, WebAppPort,
};

const PASSWORD: &str = "violet harbour lantern 4791 quietly";
const PIN: &str = "4829";
const WRONG_PIN: &str = "1357";

/// A provider with the relying party `e2e` and `emails` as users, whose app API lets the
/// app's origin in; the app's server; a phone (Chromium, its main tab at 390x844, with a
/// fake camera the app may use).
struct Setup {
    rp: RedirectListener,
    provider: Provider,
    app: WebApp,
    camera: FakeCamera,
    phone: Browser,
}

async fn setup(emails: &[&str]) -> anyhow::Result<Setup> {
    setup_with(emails, &[]).await
}

/// [`setup`] with more of the provider's environment (`IDP_APP_...`).
async fn setup_with(emails: &[&str], env: &[(&str, &str)]) -> anyhow::Result<Setup> {
    let rp = RedirectListener::start().await?;
    let port = WebAppPort::reserve()?;
    let mut options = ProviderOptions::default()
        .client(
            ClientSpec::new("e2e")
                .redirect_uri(rp.url("/callback"))
                .auth_method("client_secret_basic"),
        )
        .env("IDP_APP_ORIGINS", port.origin());
    for (key, value) in env {
        options = options.env(*key, *value);
    }
    for email in emails {
        options = options.user(UserSpec::new(*email, PASSWORD).name("Ada", "Lovelace"));
    }
    let provider = Provider::start(options).await?;
    let app = WebApp::start(port, provider.issuer()).await?;
    let camera = FakeCamera::new()?;
    let mut phone = Browser::launch_with(&camera.chromium_flags()).await?;
    phone
        .grant_permissions(&app.origin(), &[PermissionType::VideoCapture])
        .await?;
    phone.emulate_phone().await?;
    Ok(Setup {
        rp,
        provider,
        app,
        camera,
        phone,
    })
}

/// `127.0.0.1:PORT`: how the app names the provider.
fn host_of(url: &str) -> anyhow::Result<String> {
    let url = url::Url::parse(url)?;
    Ok(format!(
        "{}:{}",
        url.host_str().unwrap_or_default(),
        url.port_or_known_default().unwrap_or_default()
    ))
}

/// `a***@example.test`: how the provider names an account to the app.
fn masked(email: &str) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    format!("{}***@{domain}", &local[..1])
}

async fn text_of(tab: &Tab, id: &str) -> anyhow::Result<String> {
    tab.eval_string(&format!(
        "(document.getElementById('{id}')?.textContent || '').trim()"
    ))
    .await
}

/// A fresh sign-in at the relying party with the mobile app `method` (`app_pin`,
/// `app_qr`), up to the provider's page for it.
async fn sign_in_with_app(
    tab: &Tab,
    s: &Setup,
    email: &str,
    method: &str,
) -> anyhow::Result<(RelyingParty, AuthorizationRequest)> {
    let relying_party = RelyingParty::for_client(&s.provider, "e2e", &s.rp).await?;
    let request = relying_party.authorization_request(&["openid", "email"], &[("prompt", "login")]);
    tab.goto(request.url.as_str()).await?;
    sign_in(tab, email, PASSWORD, Some(method)).await?;
    Ok((relying_party, request))
}

/// The relying party receives the code and redeems it: the `amr` of the ID token.
async fn finish_at_rp(
    tab: &Tab,
    s: &Setup,
    relying_party: &RelyingParty,
    request: AuthorizationRequest,
) -> anyhow::Result<Vec<String>> {
    tab.wait_for_url_prefix(&s.rp.url("/callback")).await?;
    let callback =
        s.rp.wait_for_callback_at("/callback", Duration::from_secs(15))
            .await?;
    assert_eq!(callback.param("error"), None, "{callback:?}");
    let (_, claims) = relying_party.redeem(&callback, request).await?;
    let acr = oidc::acr(&claims)?;
    assert!(acr.ends_with("/loa/medium"), "acr = {acr}");
    oidc::amr(&claims)
}

/// The keys of an account the app keeps: non-extractable WebCrypto keys, no raw secret.
fn assert_keys_kept_safely(account: &phone::StoredAccount) {
    let sign = account.sign_key.as_ref().expect("a device key");
    assert_eq!(
        (
            sign.kind.as_str(),
            sign.algorithm.as_str(),
            sign.detail.as_str()
        ),
        ("private", "ECDSA", "P-256"),
        "{account:?}"
    );
    assert!(!sign.extractable, "the device key is non-extractable");
    let ocra = account.ocra_key.as_ref().expect("an OCRA key");
    assert_eq!(
        (ocra.kind.as_str(), ocra.algorithm.as_str()),
        ("secret", "HMAC"),
        "{account:?}"
    );
    assert!(!ocra.extractable, "the OCRA key is non-extractable");
    assert!(
        account.public_jwk.get("d").is_none(),
        "only the public JWK is stored"
    );
    for field in &account.fields {
        assert!(
            !["secret", "private_jwk", "pin"].contains(&field.as_str()),
            "{field} stored: {account:?}"
        );
    }
}

/// J7: the web page's QR code, read by the app through the phone's camera.
#[tokio::test]
async fn j7_the_app_enrols_from_the_qr_code_it_films() -> anyhow::Result<()> {
    let email = unique_email("camera");
    let s = setup(&[&email]).await?;
    let web = s.phone.new_context_tab().await?;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    assert!(payload.starts_with("eulogin-enrol:v1?"), "{payload}");
    web.eval("window.__stillHere = true").await?;
    s.camera.show_qr(&payload)?;

    let phone = &s.phone;
    phone::open(phone, &s.app).await?;
    assert!(phone::listed_accounts(phone).await?.is_empty());
    phone.click("#initialise").await?;
    // The camera reads the code: the app goes on to the PIN by itself.
    phone::wait_for_screen(phone, "pin-screen").await?;
    let provider_host = host_of(s.provider.issuer())?;
    let intro = text_of(phone, "pin-intro").await?;
    assert!(
        intro.contains(&masked(&email)) && intro.contains(&provider_host),
        "the PIN screen names the account and the provider: {intro}"
    );
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_message(
        phone,
        &words(
            "enrol-done",
            &[("account", &masked(&email)), ("provider", &provider_host)],
        )?,
    )
    .await?;
    let listed = phone::listed_accounts(phone).await?;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].text.contains(&masked(&email)) && listed[0].text.contains(&provider_host),
        "the list shows the e-mail and the provider: {listed:?}"
    );
    assert!(listed[0].removable);
    let stored = phone::stored_accounts(phone).await?;
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(stored[0].device_id, listed[0].device);
    assert_eq!(stored[0].issuer, s.provider.issuer());
    assert_keys_kept_safely(&stored[0]);

    // The web page learns of it without a reload.
    web.wait_for_text("A device has been added").await?;
    assert_eq!(
        web.eval("window.__stillHere === true").await?,
        serde_json::Value::Bool(true),
        "the page changed without a reload"
    );
    s.phone.close().await?;
    Ok(())
}

/// J8: the app learns of the request by itself, shows who asks, and the person chooses the
/// number the sign-in page shows; a wrong PIN says how many tries are left, the right one
/// signs in; the next request is denied.
#[tokio::test]
async fn j8_approve_with_number_matching_and_pin_and_deny_the_next() -> anyhow::Result<()> {
    let email = unique_email("approve");
    let s = setup(&[&email]).await?;
    let web = s.phone.new_context_tab().await?;
    let phone = &s.phone;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    phone::open(phone, &s.app).await?;
    phone::enrol_by_paste(phone, &payload, PIN).await?;
    web.wait_for_text("A device has been added").await?;

    let (relying_party, request) = sign_in_with_app(&web, &s, &email, "app_pin").await?;
    web.wait_for_selector("#push-number").await?;
    let number = text_of(&web, "push-number").await?;
    let shown = phone::wait_for_request(phone).await?;
    assert_eq!(shown.client, "e2e", "{shown:?}");
    assert_eq!(shown.ip, "127.0.0.1", "{shown:?}");
    assert_eq!(shown.browser, "Chrome on Linux", "{shown:?}");
    assert!(!shown.time.is_empty(), "{shown:?}");
    assert!(
        shown.account.contains(&masked(&email)),
        "the screen says which account: {shown:?}"
    );
    assert!(
        shown.numbers.len() >= 2 && shown.numbers.contains(&number),
        "choices {:?} include the page's {number}",
        shown.numbers
    );

    phone::choose_number(phone, &number).await?;
    phone::tap_pin(phone, WRONG_PIN).await?;
    let said = phone::wait_for_message(phone, "tries left").await?;
    assert!(said.contains("4 tries left"), "{said}");
    assert!(
        phone
            .eval("!document.getElementById('approve-screen').hidden")
            .await?
            == serde_json::Value::Bool(true),
        "the request stays on screen to try again"
    );
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_message(phone, &words("approve-done", &[("client", "e2e")])?).await?;
    let amr = finish_at_rp(&web, &s, &relying_party, request).await?;
    assert_eq!(amr, ["pwd", "pin", "swk", "mfa"]);

    // The next request: Deny.
    let _ = sign_in_with_app(&web, &s, &email, "app_pin").await?;
    web.wait_for_selector("#push-number").await?;
    phone::wait_for_request(phone).await?;
    phone.click("#deny").await?;
    phone::wait_for_message(phone, &words("deny-done", &[("client", "e2e")])?).await?;
    web.wait_for_text("The request was denied on your mobile device.")
        .await?;
    s.phone.close().await?;
    Ok(())
}

/// J9: with the app's tab offline, the camera reads the sign-in QR code and the PIN makes
/// the 8-digit code, which the sign-in page accepts.
#[tokio::test]
async fn j9_the_qr_code_gives_a_code_with_the_phone_offline() -> anyhow::Result<()> {
    let email = unique_email("offline-qr");
    let s = setup(&[&email]).await?;
    let web = s.phone.new_context_tab().await?;
    let phone = &s.phone;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    phone::open(phone, &s.app).await?;
    phone::enrol_by_paste(phone, &payload, PIN).await?;
    web.wait_for_text("A device has been added").await?;

    let (relying_party, request) = sign_in_with_app(&web, &s, &email, "app_qr").await?;
    web.wait_for_selector("#signin-qr").await?;
    let signin_payload = text_of(&web, "signin-payload").await?;
    assert!(
        signin_payload.starts_with("eulogin-qr:v1?"),
        "{signin_payload}"
    );
    s.camera.show_qr(&signin_payload)?;

    phone.set_offline(true).await?;
    let reach = format!(
        "fetch({}, {{ cache: 'no-store' }}).then(() => 'online', () => 'offline')",
        serde_json::Value::String(s.provider.url("/readyz"))
    );
    assert_eq!(
        phone.eval(&reach).await?,
        "offline",
        "the phone cannot reach the provider"
    );
    phone.click("#scan-qr").await?;
    phone::wait_for_screen(phone, "pin-screen").await?;
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_screen(phone, "code-screen").await?;
    let code = text_of(phone, "code").await?;
    assert!(
        code.len() == 8 && code.bytes().all(|b| b.is_ascii_digit()),
        "{code:?}"
    );
    assert_eq!(phone.eval(&reach).await?, "offline", "still offline");

    web.fill_and_submit("#qr-code-form", &[("code", &code)])
        .await?;
    let amr = finish_at_rp(&web, &s, &relying_party, request).await?;
    assert_eq!(amr, ["pwd", "otp", "swk", "mfa"]);
    phone.set_offline(false).await?;
    s.phone.close().await?;
    Ok(())
}

/// Two people's accounts in one app (EU Login's "Switch account"): each key its own, each
/// request approved by its own account, a QR code asking which account, and one account
/// removed.
#[tokio::test]
async fn two_accounts_in_one_app_each_approve_their_own_then_one_is_removed() -> anyhow::Result<()>
{
    let alice = unique_email("alice");
    let bob = unique_email("bob");
    let s = setup(&[&alice, &bob]).await?;
    let phone = &s.phone;
    let web_a = s.phone.new_context_tab().await?;
    let web_b = s.phone.new_context_tab().await?;
    phone::open(phone, &s.app).await?;
    let payload =
        start_adding_a_device(&web_a, &s.provider, (&alice, PASSWORD), ("Phone", PIN)).await?;
    let device_a = phone::enrol_by_paste(phone, &payload, PIN).await?;
    web_a.wait_for_text("A device has been added").await?;
    let payload =
        start_adding_a_device(&web_b, &s.provider, (&bob, PASSWORD), ("Phone", PIN)).await?;
    let device_b = phone::enrol_by_paste(phone, &payload, PIN).await?;
    web_b.wait_for_text("A device has been added").await?;

    let listed = phone::listed_accounts(phone).await?;
    assert_eq!(listed.len(), 2, "{listed:?}");
    for (device, email) in [(&device_a, &alice), (&device_b, &bob)] {
        let row = listed
            .iter()
            .find(|a| &a.device == device)
            .context("listed")?;
        assert!(row.text.contains(&masked(email)), "{row:?}");
    }
    let stored = phone::stored_accounts(phone).await?;
    assert_eq!(stored.len(), 2, "{stored:?}");
    for account in &stored {
        assert_keys_kept_safely(account);
    }
    assert_ne!(
        stored[0].public_jwk["x"], stored[1].public_jwk["x"],
        "each account has its own device key"
    );

    // Each approves its own request.
    for (web, email) in [(&web_a, &alice), (&web_b, &bob)] {
        let (relying_party, request) = sign_in_with_app(web, &s, email, "app_pin").await?;
        web.wait_for_selector("#push-number").await?;
        let number = text_of(web, "push-number").await?;
        let shown = phone::wait_for_request(phone).await?;
        assert!(
            shown.account.contains(&masked(email)),
            "{email}'s request is shown for {email}'s account: {shown:?}"
        );
        phone::choose_number(phone, &number).await?;
        phone::type_pin(phone, PIN).await?;
        phone::wait_for_message(phone, &words("approve-done", &[("client", "e2e")])?).await?;
        let amr = finish_at_rp(web, &s, &relying_party, request).await?;
        assert_eq!(amr, ["pwd", "pin", "swk", "mfa"]);
    }

    // A QR code of the provider both accounts are at: the app asks which one.
    let (relying_party, request) = sign_in_with_app(&web_b, &s, &bob, "app_qr").await?;
    web_b.wait_for_selector("#signin-qr").await?;
    let signin_payload = text_of(&web_b, "signin-payload").await?;
    phone::start_scan(phone, "#scan-qr").await?;
    phone::paste(phone, &signin_payload).await?;
    phone::wait_for_screen(phone, "choose-screen").await?;
    phone
        .click(&format!("#choose-list button[data-device='{device_b}']"))
        .await?;
    phone::wait_for_screen(phone, "pin-screen").await?;
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_screen(phone, "code-screen").await?;
    let code = text_of(phone, "code").await?;
    web_b
        .fill_and_submit("#qr-code-form", &[("code", &code)])
        .await?;
    let amr = finish_at_rp(&web_b, &s, &relying_party, request).await?;
    assert_eq!(amr, ["pwd", "otp", "swk", "mfa"]);
    phone.click("#code-done").await?;
    phone::wait_for_screen(phone, "home-screen").await?;

    // Alice's account leaves the app.
    phone
        .click(&format!(
            "#accounts li[data-device='{device_a}'] button.remove"
        ))
        .await?;
    phone
        .wait_until(
            "the remove dialog",
            "document.getElementById('remove-dialog').open === true",
        )
        .await?;
    phone.check_page().await?;
    phone.click("#remove-ok").await?;
    let provider_host = host_of(s.provider.issuer())?;
    phone::wait_for_message(
        phone,
        &words(
            "remove-done",
            &[("account", &masked(&alice)), ("provider", &provider_host)],
        )?,
    )
    .await?;
    let listed = phone::listed_accounts(phone).await?;
    assert_eq!(
        listed.iter().map(|a| a.device.as_str()).collect::<Vec<_>>(),
        [device_b.as_str()]
    );
    let stored = phone::stored_accounts(phone).await?;
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(stored[0].device_id, device_b);
    s.phone.close().await?;
    Ok(())
}

/// The service worker keeps the app shell: with the app's server gone and the tab offline,
/// the app opens, lists its account, and reads a sign-in QR code with the camera (jsQR from
/// the cache) into a code the provider accepts.
#[tokio::test]
async fn the_service_worker_opens_the_app_and_makes_codes_with_no_network() -> anyhow::Result<()> {
    let email = unique_email("shell");
    let mut s = setup(&[&email]).await?;

    // What the server sends: the contract's headers.
    let http = reqwest::Client::builder().no_proxy().build()?;
    let index = http.get(s.app.url("/")).send().await?;
    assert_eq!(index.status(), 200);
    let header = |r: &reqwest::Response, name: &str| {
        r.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let csp = header(&index, "content-security-policy");
    let provider_origin = s.provider.issuer().trim_end_matches('/').to_owned();
    for directive in [
        "default-src 'self'".to_owned(),
        format!("connect-src 'self' {provider_origin}"),
        "script-src 'self'".to_owned(),
        "style-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "frame-ancestors 'none'".to_owned(),
    ] {
        assert!(csp.contains(&directive), "{directive} in {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(header(&index, "x-content-type-options"), "nosniff");
    assert_eq!(header(&index, "referrer-policy"), "no-referrer");
    let html = index.text().await?;
    assert!(
        !html.contains("<script>") && !html.contains(" style="),
        "no inline script or style"
    );
    let worker = http.get(s.app.url("/sw.js")).send().await?;
    assert_eq!(header(&worker, "service-worker-allowed"), "/");
    assert_eq!(header(&worker, "cache-control"), "no-cache");
    let manifest = http.get(s.app.url("/manifest.webmanifest")).send().await?;
    assert!(header(&manifest, "content-type").starts_with("application/manifest+json"));
    let manifest: serde_json::Value = manifest.json().await?;
    assert_eq!(manifest["display"], "standalone", "{manifest}");
    assert!(manifest["icons"].as_array().is_some_and(|i| !i.is_empty()));
    let config: serde_json::Value = http
        .get(s.app.url("/config.json"))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(config["provider"], provider_origin);

    let web = s.phone.new_context_tab().await?;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    let phone = &s.phone;
    phone::open(phone, &s.app).await?;
    // Installed, active, and in control of the page.
    let installed = phone
        .wait_until(
            "the app's service worker, active and in control",
            &format!(
                "navigator.serviceWorker.getRegistration('/').then(r => !!r && !!r.active && \
                   r.active.scriptURL === {} && navigator.serviceWorker.controller !== null)",
                serde_json::Value::String(s.app.url("/sw.js"))
            ),
        )
        .await;
    if let Err(e) = installed {
        return Err(e.context(worker_state(phone).await));
    }
    let device = phone::enrol_by_paste(phone, &payload, PIN).await?;
    web.wait_for_text("A device has been added").await?;
    phone
        .wait_until(
            "the shell in the cache",
            "(async () => { const keys = await caches.keys(); \
               return keys.some(k => k.startsWith('eulogin-app-')) && \
                 !!(await caches.match('/vendor/jsQR.js')) && !!(await caches.match('/app.js')); })()",
        )
        .await?;

    // No network at all: the server is gone and the tab is offline.
    s.app.stop();
    let app_origin = s.app.origin();
    phone.set_offline(true).await?;
    phone::open_at(phone, &format!("{app_origin}/")).await?;
    let listed = phone::listed_accounts(phone).await?;
    assert_eq!(
        listed.iter().map(|a| a.device.as_str()).collect::<Vec<_>>(),
        [device.as_str()]
    );
    let uncached = format!(
        "fetch({}, {{ cache: 'no-store' }}).then(() => 'reached', () => 'unreachable')",
        serde_json::Value::String(format!("{app_origin}/not-in-the-shell"))
    );
    assert_eq!(
        phone.eval(&uncached).await?,
        "unreachable",
        "nothing but the cache answers"
    );

    // And it still makes codes, with the camera.
    let (relying_party, request) = sign_in_with_app(&web, &s, &email, "app_qr").await?;
    web.wait_for_selector("#signin-qr").await?;
    s.camera.show_qr(&text_of(&web, "signin-payload").await?)?;
    phone.click("#scan-qr").await?;
    phone::wait_for_screen(phone, "pin-screen").await?;
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_screen(phone, "code-screen").await?;
    let code = text_of(phone, "code").await?;
    web.fill_and_submit("#qr-code-form", &[("code", &code)])
        .await?;
    let amr = finish_at_rp(&web, &s, &relying_party, request).await?;
    assert_eq!(amr, ["pwd", "otp", "swk", "mfa"]);
    s.phone.close().await?;
    Ok(())
}

/// Where the app's service worker stands, for a failed wait: its registration as the page
/// sees it, and the service worker targets DevTools knows.
async fn worker_state(phone: &Browser) -> String {
    use chromiumoxide::cdp::browser_protocol::target::GetTargetsParams;
    let registration = phone
        .eval(
            "navigator.serviceWorker.getRegistration('/').then(r => JSON.stringify(r ? { \
               installing: r.installing && r.installing.state, waiting: r.waiting && r.waiting.state, \
               active: r.active && r.active.state, controller: !!navigator.serviceWorker.controller } \
               : 'no registration'))",
        )
        .await;
    let targets = phone
        .cdp()
        .execute(GetTargetsParams::default())
        .await
        .map(|t| {
            t.result
                .target_infos
                .iter()
                .filter(|i| i.r#type == "service_worker")
                .map(|i| format!("{} (attached: {})", i.url, i.attached))
                .collect::<Vec<_>>()
        });
    format!("the service worker: {registration:?}; its targets: {targets:?}")
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// A device signature for the app API (`Authorization: Device <JWS>`), by the command-line
/// app's key.
fn device_authorization(state: &mobile_app::AppState) -> anyhow::Result<String> {
    let jws = mobile_app::sign(
        state,
        &serde_json::json!({
            "device_id": state.device_id,
            "iat": now(),
            "jti": uuid::Uuid::new_v4().simple().to_string(),
        }),
    )?;
    Ok(format!("Device {jws}"))
}

/// Web Push: the provider encrypts the sign-in request to the subscription's keys and signs
/// for the push service with VAPID; the test's push service opens and checks it; the same
/// message, delivered to the app's service worker, shows the notification.
#[tokio::test]
async fn web_push_is_encrypted_to_the_subscription_signed_with_vapid_and_shown(
) -> anyhow::Result<()> {
    let email = unique_email("web-push");
    let s = setup(&[&email]).await?;
    let push = PushService::start().await?;
    let web = s.phone.new_context_tab().await?;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    // A device enrolled by the command-line app's library, which signs with its own key.
    let mobile_app::Payload::Enrol { issuer, token, .. } = mobile_app::Payload::parse(&payload)?
    else {
        anyhow::bail!("not an enrolment payload: {payload}");
    };
    let state = mobile_app::client::enrol(&issuer, &token, PIN).await?;
    web.wait_for_text("A device has been added").await?;

    let http = reqwest::Client::builder().no_proxy().build()?;
    let subscription = push.subscribe()?;
    let answer = http
        .post(s.provider.url("/app/v1/subscription"))
        .header("Authorization", device_authorization(&state)?)
        .json(&subscription.to_json()?)
        .send()
        .await?;
    assert_eq!(answer.status(), 204, "{}", answer.text().await?);
    let vapid_key: serde_json::Value = http
        .get(s.provider.url("/app/v1/push-key"))
        .send()
        .await?
        .json()
        .await?;
    let vapid_key = vapid_key["vapid_public_key"]
        .as_str()
        .context("vapid_public_key")?
        .to_owned();

    // A sign-in with "Mobile app PIN code" creates a request: it is pushed.
    let (relying_party, request) = sign_in_with_app(&web, &s, &email, "app_pin").await?;
    web.wait_for_selector("#push-number").await?;
    let number = text_of(&web, "push-number").await?;
    let message = push
        .wait_for(&subscription, Duration::from_secs(15))
        .await?;
    assert_eq!(message.header("content-encoding"), Some("aes128gcm"));
    assert_eq!(message.header("ttl"), Some("120"));
    assert_eq!(message.header("urgency"), Some("high"));

    let vapid = verify_vapid(message.header("authorization").context("Authorization")?)?;
    assert_eq!(vapid.claims["aud"], push.origin(), "{:?}", vapid.claims);
    let exp = vapid.claims["exp"].as_i64().context("exp")?;
    ensure!(
        exp > now() && exp <= now() + 24 * 3600 + 60,
        "exp {exp} is not within 24 hours"
    );
    let sub = vapid.claims["sub"].as_str().unwrap_or_default();
    ensure!(
        sub.starts_with("mailto:") || sub.starts_with("https:") || sub.starts_with("http:"),
        "sub is a contact URI: {sub:?}"
    );
    use base64::Engine;
    assert_eq!(
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&vapid.public_key),
        vapid_key.trim_end_matches('='),
        "k is the provider's VAPID key"
    );

    let plaintext = subscription.decrypt(&message.body)?;
    let pending = mobile_app::client::pending(&state, 0).await?;
    let [waiting] = pending.as_slice() else {
        anyhow::bail!("one request waits for the device: {pending:?}");
    };
    assert!(
        !message
            .body
            .windows(waiting.id.len())
            .any(|w| w == waiting.id.as_bytes()),
        "the request id does not travel in clear"
    );
    let said: serde_json::Value = serde_json::from_slice(&plaintext)?;
    assert_eq!(said["type"], "signin", "{said}");
    assert_eq!(said["id"], waiting.id.as_str(), "{said}");
    assert_eq!(said["device_id"], state.device_id.as_str(), "{said}");
    assert_eq!(said["client_name"], "e2e", "{said}");
    assert_eq!(said["title"], "Sign-in request from e2e", "{said}");

    // The same message, delivered to the app's service worker, is a notification.
    let phone = &s.phone;
    phone
        .grant_permissions(&s.app.origin(), &[PermissionType::Notifications])
        .await?;
    phone::open(phone, &s.app).await?;
    let registration = phone.service_worker_registration(&s.app.url("/")).await?;
    phone
        .deliver_push_message(
            &s.app.origin(),
            &registration,
            std::str::from_utf8(&plaintext)?,
        )
        .await?;
    let shown = format!(
        "navigator.serviceWorker.ready.then(r => r.getNotifications()).then(all => \
           all.some(n => n.title === 'Sign-in request from e2e' && n.data && n.data.id === {}))",
        serde_json::Value::String(waiting.id.clone())
    );
    phone
        .wait_until("the notification of the request", &shown)
        .await?;

    // The request itself is still answered by the device, and the sign-in goes on.
    let status = mobile_app::client::decide(
        &state,
        &waiting.id,
        mobile_app::client::Decision::Approve {
            number: number.parse()?,
        },
        PIN,
    )
    .await?;
    assert_eq!(status, "approved");
    let amr = finish_at_rp(&web, &s, &relying_party, request).await?;
    assert_eq!(amr, ["pwd", "pin", "swk", "mfa"]);
    s.phone.close().await?;
    Ok(())
}

/// What a page on `origin` reads with `fetch(url, init)`: `read STATUS`, or `blocked` when
/// the browser keeps the answer from it.
fn fetch_js(url: &str, init: &str) -> String {
    format!(
        "fetch({}, {init}).then(r => 'read ' + r.status, () => 'blocked')",
        serde_json::Value::String(url.to_owned())
    )
}

/// CORS as the browser applies it: the app's origin reads the app API, preflighted
/// requests included; a page of any other origin cannot, nor can the app's own files served
/// under another origin enrol; the provider's pages never send `Access-Control-Allow-Origin`.
#[tokio::test]
async fn the_app_api_answers_the_apps_origin_and_no_other() -> anyhow::Result<()> {
    let email = unique_email("cors");
    let s = setup(&[&email]).await?;
    let phone = &s.phone;
    let push_key = s.provider.url("/app/v1/push-key");
    let subscription = s.provider.url("/app/v1/subscription");
    let post_json =
        "{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }";
    let delete_signed =
        "{ method: 'DELETE', headers: { 'Authorization': 'Device not-a-signature' } }";

    // Over HTTP: preflight and simple requests, the app's origin and another.
    let http = reqwest::Client::builder().no_proxy().build()?;
    let app_origin = s.app.origin();
    let other_origin = s.rp.url("");
    let preflight = http
        .request(reqwest::Method::OPTIONS, &subscription)
        .header("Origin", &app_origin)
        .header("Access-Control-Request-Method", "DELETE")
        .header(
            "Access-Control-Request-Headers",
            "authorization, content-type",
        )
        .send()
        .await?;
    assert_eq!(preflight.status(), 204);
    let h = |r: &reqwest::Response, name: &str| {
        r.headers()
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(", ")
    };
    assert_eq!(h(&preflight, "access-control-allow-origin"), app_origin);
    let methods = h(&preflight, "access-control-allow-methods");
    for method in ["GET", "POST", "DELETE"] {
        assert!(methods.contains(method), "{method} in {methods}");
    }
    let headers = h(&preflight, "access-control-allow-headers").to_ascii_lowercase();
    assert!(
        headers.contains("authorization") && headers.contains("content-type"),
        "{headers}"
    );
    assert_eq!(h(&preflight, "access-control-max-age"), "600");
    assert!(h(&preflight, "vary").contains("Origin"));
    for method in [reqwest::Method::OPTIONS, reqwest::Method::GET] {
        let mut refused = http
            .request(method.clone(), &push_key)
            .header("Origin", &other_origin);
        if method == reqwest::Method::OPTIONS {
            refused = refused.header("Access-Control-Request-Method", "GET");
        }
        let refused = refused.send().await?;
        assert_eq!(refused.status(), 403, "{method} from {other_origin}");
        assert!(
            refused
                .headers()
                .get("access-control-allow-origin")
                .is_none(),
            "{method}"
        );
        let body: serde_json::Value = refused.json().await?;
        assert_eq!(body["error"], "origin_not_allowed");
    }
    for page in ["/login", "/.well-known/openid-configuration", "/readyz"] {
        let answer = http
            .get(s.provider.url(page))
            .header("Origin", &app_origin)
            .send()
            .await?;
        assert!(
            answer
                .headers()
                .get("access-control-allow-origin")
                .is_none(),
            "{page} sends Access-Control-Allow-Origin"
        );
    }

    // In the browser: the app's origin reads the app API, a preflighted DELETE included.
    phone::open(phone, &s.app).await?;
    let key = phone
        .eval(&format!(
            "fetch({}).then(r => r.json()).then(j => j.vapid_public_key)",
            serde_json::Value::String(push_key.clone())
        ))
        .await?;
    assert_eq!(key.as_str().map(str::len), Some(87), "{key}");
    let deleted = phone.eval(&fetch_js(&subscription, delete_signed)).await?;
    let deleted = deleted.as_str().unwrap_or_default();
    assert!(
        deleted == "read 400" || deleted == "read 401",
        "the app reads the provider's refusal of a bad signature: {deleted}"
    );

    // A page of another origin cannot, simple or preflighted.
    let other = s.phone.new_context_tab().await?;
    other.goto(&s.rp.url("/another-site")).await?;
    assert_eq!(other.eval(&fetch_js(&push_key, "{}")).await?, "blocked");
    assert_eq!(
        other.eval(&fetch_js(&subscription, post_json)).await?,
        "blocked"
    );

    // The app's own files under another origin (localhost, not in app.origins): enrolment
    // fails with a message, nothing is kept, and the same code then works from the app's
    // origin.
    let web = s.phone.new_context_tab().await?;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    let mut elsewhere = s.phone.new_context_tab().await?;
    elsewhere.emulate_phone().await?;
    let port = url::Url::parse(&app_origin)?
        .port()
        .context("the app's port")?;
    phone::open_at(&elsewhere, &format!("http://localhost:{port}/")).await?;
    phone::start_scan(&elsewhere, "#initialise").await?;
    phone::paste(&elsewhere, &payload).await?;
    phone::wait_for_screen(&elsewhere, "pin-screen").await?;
    phone::type_pin(&elsewhere, PIN).await?;
    let provider_host = host_of(s.provider.issuer())?;
    phone::wait_for_message(
        &elsewhere,
        &words("provider-unreachable", &[("provider", &provider_host)])?,
    )
    .await?;
    assert!(phone::stored_accounts(&elsewhere).await?.is_empty());
    phone::enrol_by_paste(phone, &payload, PIN).await?;
    web.wait_for_text("A device has been added").await?;
    s.phone.close().await?;
    Ok(())
}

/// Bad input: a QR code of another scheme, a damaged one, a wrong PIN, the provider out of
/// reach, a used enrolment code: each a message in words, nothing kept half-way; then the
/// device deleted in My Account, which the app tells of.
#[tokio::test]
async fn bad_qr_codes_a_wrong_pin_no_network_and_a_used_code_store_nothing_a_deleted_device_says_so(
) -> anyhow::Result<()> {
    let email = unique_email("bad-input");
    let s = setup(&[&email]).await?;
    let phone = &s.phone;
    let web = s.phone.new_context_tab().await?;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    phone::open(phone, &s.app).await?;
    let nothing_kept = move || async move {
        assert!(phone::listed_accounts(phone).await?.is_empty());
        assert!(phone::stored_accounts(phone).await?.is_empty());
        anyhow::Ok(())
    };

    // Another scheme.
    phone::start_scan(phone, "#initialise").await?;
    phone::paste(phone, "https://example.org/?a=b").await?;
    phone::wait_for_message(phone, &words("qr-not-eulogin", &[])?).await?;
    // Damaged: cut short where the token begins.
    let cut = &payload[..payload.find("token=").context("a token")? + "token=".len()];
    phone::paste(phone, cut).await?;
    phone::wait_for_message(phone, &words("qr-damaged", &[("field", "token")])?).await?;
    phone::wait_for_screen(phone, "scan-screen").await?;
    phone.click("#scan-cancel").await?;
    phone::wait_for_screen(phone, "home-screen").await?;
    nothing_kept().await?;

    // A wrong PIN: the provider says how many tries are left; nothing is kept.
    phone::start_scan(phone, "#initialise").await?;
    phone::paste(phone, &payload).await?;
    phone::wait_for_screen(phone, "pin-screen").await?;
    phone::type_pin(phone, WRONG_PIN).await?;
    let said = phone::wait_for_message(phone, "tries left").await?;
    assert!(
        said.contains("The PIN code is not the one chosen"),
        "{said}"
    );
    nothing_kept().await?;

    // The provider out of reach: a message, nothing kept; back online, the same code works.
    phone.set_offline(true).await?;
    phone::type_pin(phone, PIN).await?;
    let provider_host = host_of(s.provider.issuer())?;
    phone::wait_for_message(
        phone,
        &words("provider-unreachable", &[("provider", &provider_host)])?,
    )
    .await?;
    nothing_kept().await?;
    phone.set_offline(false).await?;
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_message(phone, &words_before_placeholder("enrol-done")?).await?;
    web.wait_for_text("A device has been added").await?;
    let before = phone::stored_accounts(phone).await?;
    assert_eq!(before.len(), 1, "{before:?}");

    // The used code again: refused, the account list as it was.
    phone::start_scan(phone, "#initialise").await?;
    phone::paste(phone, &payload).await?;
    phone::wait_for_screen(phone, "pin-screen").await?;
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_message(phone, "already used").await?;
    let listed = phone::listed_accounts(phone).await?;
    assert_eq!(listed.len(), 1, "{listed:?}");
    let after = phone::stored_accounts(phone).await?;
    assert_eq!(
        after.iter().map(|a| &a.device_id).collect::<Vec<_>>(),
        before.iter().map(|a| &a.device_id).collect::<Vec<_>>()
    );
    // The provider has the one device, no half-made other.
    web.goto(&s.provider.url("/account/devices")).await?;
    web.wait_for_selector("#devices").await?;
    web.check_page().await?;
    let rows = web
        .eval("document.querySelectorAll('#devices tbody tr').length")
        .await?;
    assert_eq!(rows, 1, "the devices of My Account");

    // The device deleted in My Account: the app, opened again, says so for that account.
    let delete = "#devices form[action='/account/devices/delete']";
    web.submit(delete).await?;
    if web
        .eval("!!document.querySelector('#identifier-form')")
        .await?
        == true
    {
        // Removing a device asks for a fresh sign-in with a second factor: the app's PIN.
        sign_in(&web, &email, PASSWORD, Some("app_pin")).await?;
        web.wait_for_selector("#push-number").await?;
        let number = text_of(&web, "push-number").await?;
        phone::wait_for_request(phone).await?;
        phone::choose_number(phone, &number).await?;
        phone::type_pin(phone, PIN).await?;
        web.wait_for_selector(delete).await?;
        web.submit(delete).await?;
    }
    web.wait_for_text("The mobile device was deleted.").await?;
    phone::open(phone, &s.app).await?;
    let gone = "This device is not (or no longer) enrolled.";
    let said = phone::wait_for_message(phone, gone).await?;
    assert!(said.contains(&masked(&email)), "which account: {said}");
    let listed = phone::listed_accounts(phone).await?;
    assert!(
        listed.len() == 1 && listed[0].text.contains(gone),
        "the account says its device is gone: {listed:?}"
    );
    s.phone.close().await?;
    Ok(())
}

/// An enrolment code past its validity: the app says so and keeps nothing.
#[tokio::test]
async fn an_expired_enrolment_code_is_refused_and_nothing_is_kept() -> anyhow::Result<()> {
    let email = unique_email("expired");
    let s = setup_with(&[&email], &[("IDP_APP_ENROL_TTL_SECS", "1")]).await?;
    let phone = &s.phone;
    let web = s.phone.new_context_tab().await?;
    let payload =
        start_adding_a_device(&web, &s.provider, (&email, PASSWORD), ("Phone", PIN)).await?;
    web.wait_for_text("The QR code has expired.").await?;
    phone::open(phone, &s.app).await?;
    phone::start_scan(phone, "#initialise").await?;
    phone::paste(phone, &payload).await?;
    phone::wait_for_screen(phone, "pin-screen").await?;
    phone::type_pin(phone, PIN).await?;
    phone::wait_for_message(phone, "has expired").await?;
    phone::wait_for_screen(phone, "home-screen").await?;
    assert!(phone::listed_accounts(phone).await?.is_empty());
    assert!(phone::stored_accounts(phone).await?.is_empty());
    s.phone.close().await?;
    Ok(())
}
