//! What a user does on the provider's sign-in screens, shared by the journeys: registering
//! and setting a password from the mailed link, the identifier and password screens with a
//! verification method, an SMS code read from the dev outbox, adding a phone number, and
//! the web page's part of adding a mobile device.
//! Steps fail with what the page shows.

use anyhow::Result;

use crate::browser::Tab;
use crate::Provider;

/// J1 "Create an account": fills in the registration form (language English) and waits for
/// the page asking to check the e-mail.
pub async fn register(
    browser: &Tab,
    provider: &Provider,
    (first_name, last_name): (&str, &str),
    email: &str,
) -> Result<()> {
    browser.goto(&provider.url("/register")).await?;
    browser
        .fill_and_submit(
            "#register-form",
            &[
                ("first_name", first_name),
                ("last_name", last_name),
                ("email", email),
                ("email_confirm", email),
                ("language", "en"),
            ],
        )
        .await?;
    browser.wait_for_text("check your e-mail").await
}

/// J2 on the set-password page the browser shows (from a mailed link): types `password`
/// twice and submits.
pub async fn set_password(browser: &Tab, password: &str) -> Result<()> {
    browser
        .fill_and_submit(
            "#set-password-form",
            &[("password", password), ("password_confirm", password)],
        )
        .await
}

/// The identifier screen, then the password screen with `method` chosen ("password",
/// "sms", "app_pin", "app_qr", "webauthn", "totp"; `None` keeps the screen's default).
pub async fn sign_in(
    browser: &Tab,
    email: &str,
    password: &str,
    method: Option<&str>,
) -> Result<()> {
    browser
        .fill_and_submit("#identifier-form", &[("email", email)])
        .await?;
    let mut fields = vec![("password", password)];
    if let Some(method) = method {
        fields.push(("method", method));
    }
    browser.fill_and_submit("#password-form", &fields).await
}

/// Signs in at the provider's own `/login` with the password alone, and waits for the
/// provider's home page ("You are signed in").
pub async fn password_session(
    browser: &Tab,
    provider: &Provider,
    email: &str,
    password: &str,
) -> Result<()> {
    browser.goto(&provider.url("/login")).await?;
    sign_in(browser, email, password, Some("password")).await?;
    browser.wait_for_text("You are signed in").await
}

/// On the "Mobile + SMS" sign-in page: sends a code to the first number and types the
/// newest one (the `count`-th SMS to `e164`).
pub async fn type_sms_code(
    browser: &Tab,
    provider: &Provider,
    e164: &str,
    count: usize,
) -> Result<()> {
    browser.submit("#sms-send-form").await?;
    let code = provider.outbox().wait_for_sms_code(e164, count).await?;
    browser
        .fill_and_submit("#sms-code-form", &[("code", &code)])
        .await
}

/// J5 from "Add a mobile phone number": types the number as `typed`, reads the challenge
/// code sent to `e164` from the outbox, and finalises, as a signed-in user whose sign-in is
/// recent enough to change a factor.
pub async fn add_phone(browser: &Tab, provider: &Provider, typed: &str, e164: &str) -> Result<()> {
    browser.goto(&provider.url("/account/phones/add")).await?;
    browser
        .fill_and_submit("#phone-form", &[("phone", typed)])
        .await?;
    let code = provider.outbox().wait_for_sms_code(e164, 1).await?;
    browser
        .fill_and_submit("#finalise-form", &[("code", &code)])
        .await?;
    browser
        .wait_for_text(&format!(
            "Your mobile phone number {e164} was added successfully."
        ))
        .await
}

/// J7 on the web page: "Add a mobile device" (signing in with the password first when the
/// tab has no session), the device's name and the PIN chosen for it, up to the page with
/// the QR code; returns the text under the QR code (the enrolment payload).
pub async fn start_adding_a_device(
    browser: &Tab,
    provider: &Provider,
    (email, password): (&str, &str),
    (name, pin): (&str, &str),
) -> Result<String> {
    browser.goto(&provider.url("/account/devices/add")).await?;
    browser
        .wait_until(
            "the sign-in or the device form",
            "document.readyState === 'complete' && \
             !!document.querySelector('#identifier-form, #device-form')",
        )
        .await?;
    if browser
        .eval("!!document.querySelector('#identifier-form')")
        .await?
        == serde_json::Value::Bool(true)
    {
        sign_in(browser, email, password, Some("password")).await?;
    }
    browser
        .wait_for_text("Please give a name to identify your mobile device")
        .await?;
    browser
        .fill_and_submit(
            "#device-form",
            &[("name", name), ("pin", pin), ("pin_confirm", pin)],
        )
        .await?;
    browser.wait_for_selector("#enrol-qr").await?;
    browser.check_page().await?;
    browser
        .eval_string("document.getElementById('enrol-payload').textContent.trim()")
        .await
}
