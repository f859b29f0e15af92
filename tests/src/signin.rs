//! What a user does on the provider's sign-in screens, shared by the journeys: the
//! identifier and password screens with a verification method, an SMS code read from the
//! dev outbox, and adding a phone number. Steps panic with what the page shows, as tests
//! want.

use crate::{Browser, Provider};

/// The identifier screen, then the password screen with `method` chosen ("password",
/// "sms", "app_pin", "app_qr", "webauthn", "totp"; `None` keeps the screen's default).
pub async fn sign_in(browser: &Browser, email: &str, password: &str, method: Option<&str>) {
    browser
        .fill("#identifier-form [name=email]", email)
        .await
        .unwrap();
    browser.submit("#identifier-form").await.unwrap();
    browser
        .fill("#password-form [name=password]", password)
        .await
        .unwrap();
    if let Some(method) = method {
        browser
            .fill("#password-form [name=method]", method)
            .await
            .unwrap();
    }
    browser.submit("#password-form").await.unwrap();
}

/// Signs in at the provider's own `/login` with the password alone, and waits for the
/// provider's home page ("You are signed in").
pub async fn password_session(browser: &Browser, provider: &Provider, email: &str, password: &str) {
    browser.goto(&provider.url("/login")).await.unwrap();
    sign_in(browser, email, password, Some("password")).await;
    browser.wait_for_text("You are signed in").await.unwrap();
}

/// The `XXXX-XXXX` challenge code in an SMS body.
pub fn sms_code_in(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '.')
        .find(|w| w.len() == 9 && w.as_bytes()[4] == b'-')
        .unwrap_or_else(|| panic!("no XXXX-XXXX code in {text:?}"))
        .to_owned()
}

/// On the "Mobile + SMS" sign-in page: sends a code to the first number and types the
/// newest one (the `count`-th SMS to `e164`).
pub async fn type_sms_code(browser: &Browser, provider: &Provider, e164: &str, count: usize) {
    browser.submit("#sms-send-form").await.unwrap();
    let sms = provider
        .outbox()
        .wait_for_count(e164, "sms", count)
        .await
        .unwrap();
    browser
        .fill("#sms-code-form [name=code]", &sms_code_in(&sms.body))
        .await
        .unwrap();
    browser.submit("#sms-code-form").await.unwrap();
}

/// J5 from "Add a mobile phone number": types the number as `typed`, reads the challenge
/// code sent to `e164` from the outbox, and finalises, as a signed-in user whose sign-in is
/// recent enough to change a factor.
pub async fn add_phone(browser: &Browser, provider: &Provider, typed: &str, e164: &str) {
    browser
        .goto(&provider.url("/account/phones/add"))
        .await
        .unwrap();
    browser
        .fill("#phone-form [name=phone]", typed)
        .await
        .unwrap();
    browser.submit("#phone-form").await.unwrap();
    let sms = provider.outbox().wait_for(e164, "sms").await.unwrap();
    browser
        .fill("#finalise-form [name=code]", &sms_code_in(&sms.body))
        .await
        .unwrap();
    browser.submit("#finalise-form").await.unwrap();
    browser
        .wait_for_text(&format!(
            "Your mobile phone number {e164} was added successfully."
        ))
        .await
        .unwrap();
}
