//! J7 add a mobile device, J8 sign in with the app's PIN (push), J9 sign in with the app's QR
//! code: the real `idp` in headless Chromium and the real `mobile-app` binary as a process.

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use base64::Engine;
use e2e::signin::sign_in;
use e2e::{
    bin_path, oidc, unique_email, Browser, ClientSpec, Provider, ProviderOptions, RedirectListener,
    RelyingParty, UserSpec,
};

const PASSWORD: &str = "violet harbour lantern 4791 quietly";
const PIN: &str = "4829";

async fn start(email: &str) -> anyhow::Result<(RedirectListener, Provider)> {
    let rp = RedirectListener::start().await?;
    let provider = Provider::start(
        ProviderOptions::default()
            .client(
                ClientSpec::new("e2e")
                    .redirect_uri(rp.url("/callback"))
                    .auth_method("client_secret_basic"),
            )
            .user(UserSpec::new(email, PASSWORD).name("Ada", "Lovelace")),
    )
    .await?;
    Ok((rp, provider))
}

/// Runs `mobile-app` with `args`, bounded by a deadline; (exit code, stdout, stderr).
async fn mobile_app(args: &[&str]) -> anyhow::Result<(i32, String, String)> {
    let exe = bin_path("mobile-app")?;
    let child = tokio::process::Command::new(&exe)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .with_context(|| format!("spawn {}", exe.display()))?;
    let output = tokio::time::timeout(Duration::from_secs(60), child.wait_with_output())
        .await
        .context("mobile-app did not finish within its deadline")?
        .context("wait for mobile-app")?;
    Ok((
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    ))
}

/// Writes the SVG behind an `<img>`'s `data:` URL to `path`.
async fn save_qr_svg(browser: &Browser, img: &str, path: &Path) -> anyhow::Result<()> {
    let src = browser
        .eval_string(&format!("document.getElementById('{img}').src"))
        .await?;
    let b64 = src
        .strip_prefix("data:image/svg+xml;base64,")
        .with_context(|| format!("QR image is not an SVG data URL: {src}"))?;
    let svg = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .with_context(|| format!("the QR image's base64: {src}"))?;
    std::fs::write(path, svg).with_context(|| format!("write {}", path.display()))?;
    Ok(())
}

async fn text_of(browser: &Browser, id: &str) -> anyhow::Result<String> {
    browser
        .eval_string(&format!(
            "document.getElementById('{id}').textContent.trim()"
        ))
        .await
}

/// J7 in the browser: sign in, "Add a mobile device", the QR code page. Returns the payload.
async fn open_enrolment(
    browser: &Browser,
    provider: &Provider,
    email: &str,
) -> anyhow::Result<String> {
    browser.goto(&provider.url("/account/devices/add")).await?;
    sign_in(browser, email, PASSWORD, Some("password")).await?;
    browser
        .wait_for_text("Please give a name to identify your mobile device")
        .await?;
    browser
        .fill_and_submit(
            "#device-form",
            &[("name", "Test phone"), ("pin", PIN), ("pin_confirm", PIN)],
        )
        .await?;
    browser.wait_for_selector("#enrol-qr").await?;
    // A marker that a reload or navigation would erase.
    browser.eval("window.__stillHere = true").await?;
    text_of(browser, "enrol-payload").await
}

async fn finish_at_rp(
    browser: &Browser,
    rp: &RedirectListener,
    relying_party: &RelyingParty,
    request: e2e::AuthorizationRequest,
) -> anyhow::Result<Vec<String>> {
    browser.wait_for_url_prefix(&rp.url("/callback")).await?;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    assert_eq!(callback.param("error"), None, "{callback:?}");
    let (_, claims) = relying_party.redeem(&callback, request).await?;
    let acr = oidc::acr(&claims)?;
    assert!(acr.ends_with("/loa/medium"), "acr = {acr}");
    oidc::amr(&claims)
}

#[tokio::test]
async fn j7_add_a_device_from_the_svg_qr_code_then_j8_approve_a_push() -> anyhow::Result<()> {
    let email = unique_email("mobile-push");
    let (rp, provider) = start(&email).await?;
    let browser = Browser::launch().await?;
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("app.json");
    let state_arg = state.to_str().unwrap();

    // J7: the page shows the QR code; the app scans it (the SVG file) and enrols.
    let payload = open_enrolment(&browser, &provider, &email).await?;
    assert!(payload.starts_with("eulogin-enrol:v1?"), "{payload}");
    let svg = dir.path().join("enrol.svg");
    save_qr_svg(&browser, "enrol-qr", &svg).await?;
    let (code, out, err) = mobile_app(&[
        &format!("--state={state_arg}"),
        "enroll",
        &format!("--pin={PIN}"),
        &format!("--qr={}", svg.to_str().unwrap()),
    ])
    .await?;
    assert_eq!(code, 0, "enroll: {out}{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&state)
            .context("the app's state file")?
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the state file is private");
    }
    browser.wait_for_text("A device has been added").await?;
    assert_eq!(
        browser.eval("window.__stillHere === true").await?,
        serde_json::Value::Bool(true),
        "the page changed without a reload"
    );
    // The same QR code cannot enrol a second app.
    let other_state = dir.path().join("other.json");
    let (again, _, err) = mobile_app(&[
        &format!("--state={}", other_state.to_str().unwrap()),
        "enroll",
        &format!("--pin={PIN}"),
        &format!("--payload={payload}"),
    ])
    .await?;
    assert_eq!(again, 4, "a used enrolment token is refused: {err}");

    // J8: a relying party asks for a fresh sign-in; "Mobile app PIN code".
    let relying_party = RelyingParty::for_client(&provider, "e2e", &rp).await?;
    let request = relying_party.authorization_request(&["openid", "email"], &[("prompt", "login")]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, PASSWORD, Some("app_pin")).await?;
    browser.wait_for_selector("#push-number").await?;
    let number = text_of(&browser, "push-number").await?;
    let (code, out, err) = mobile_app(&[
        &format!("--state={state_arg}"),
        "approve",
        &format!("--pin={PIN}"),
        &format!("--number={number}"),
        "--once",
        "--timeout=30",
    ])
    .await?;
    assert_eq!(code, 0, "approve: {out}{err}");
    assert!(out.contains("e2e"), "the app shows who asks: {out}");
    assert!(out.contains(&number), "the app shows the numbers: {out}");
    assert!(out.contains("approved"), "{out}");
    let amr = finish_at_rp(&browser, &rp, &relying_party, request).await?;
    assert_eq!(amr, ["pwd", "pin", "swk", "mfa"]);
    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn j7_add_a_device_from_the_payload_then_j9_sign_in_with_a_qr_code() -> anyhow::Result<()> {
    let email = unique_email("mobile-qr");
    let (rp, provider) = start(&email).await?;
    let browser = Browser::launch().await?;
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("app.json");
    let state_arg = state.to_str().unwrap();

    let payload = open_enrolment(&browser, &provider, &email).await?;
    let (code, out, err) = mobile_app(&[
        &format!("--state={state_arg}"),
        "enroll",
        &format!("--pin={PIN}"),
        &format!("--payload={payload}"),
    ])
    .await?;
    assert_eq!(code, 0, "enroll: {out}{err}");
    browser.wait_for_text("A device has been added").await?;

    // J9: "Mobile app QR code"; the app reads the QR code (SVG) offline and shows the code.
    let relying_party = RelyingParty::for_client(&provider, "e2e", &rp).await?;
    let request = relying_party.authorization_request(&["openid"], &[("prompt", "login")]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, PASSWORD, Some("app_qr")).await?;
    browser.wait_for_selector("#signin-qr").await?;
    browser.wait_for_text("Code generated by your app").await?;
    let svg = dir.path().join("signin.svg");
    save_qr_svg(&browser, "signin-qr", &svg).await?;
    let (code, out, err) = mobile_app(&[
        &format!("--state={state_arg}"),
        "code",
        &format!("--pin={PIN}"),
        &format!("--qr={}", svg.to_str().unwrap()),
    ])
    .await?;
    assert_eq!(code, 0, "code: {out}{err}");
    let otp = out.trim().to_owned();
    assert!(
        otp.len() == 8 && otp.bytes().all(|b| b.is_ascii_digit()),
        "{otp}"
    );
    // The same from the text payload.
    let text = text_of(&browser, "signin-payload").await?;
    let (_, out2, _) = mobile_app(&[
        &format!("--state={state_arg}"),
        "code",
        &format!("--pin={PIN}"),
        &format!("--payload={text}"),
    ])
    .await?;
    assert_eq!(out2.trim(), otp);
    browser
        .fill_and_submit("#qr-code-form", &[("code", &otp)])
        .await?;
    let amr = finish_at_rp(&browser, &rp, &relying_party, request).await?;
    assert_eq!(amr, ["pwd", "otp", "swk", "mfa"]);
    browser.close().await?;
    Ok(())
}
