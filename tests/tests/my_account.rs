//! J4 My Account from the gear menu, and authenticator apps (TOTP) from enrolment to a
//! medium sign-in at a relying party, in headless Chromium against the real `idp` binary.
//! Authenticator-app codes are computed here from the secret the page shows.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use e2e::signin::{password_session, sign_in};
use e2e::wait;
use e2e::{
    unique_email, Browser, ClientSpec, Provider, ProviderOptions, RedirectListener, RelyingParty,
    UserSpec,
};

const PASSWORD: &str = "violet harbour lantern 4791 quietly";
const NEW_PASSWORD: &str = "copper meadow whistle 2208 slowly";

/// Opens an item of the gear menu in the page header.
async fn gear(browser: &Browser, href: &str) {
    browser.click("nav.gear summary").await.unwrap();
    browser
        .click(&format!("nav.gear a[href='{href}']"))
        .await
        .unwrap();
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// What an authenticator app with this secret shows at unix time `t`.
fn code_at(secret: &[u8], t: u64) -> String {
    totp_rs::TOTP::new_unchecked(
        totp_rs::Algorithm::SHA1,
        6,
        0,
        30,
        secret.to_vec(),
        None,
        String::new(),
    )
    .generate(t)
}

/// From "Manage my authenticator apps": adds one named `name`, reading the secret from the
/// page and confirming with the current code; returns the secret.
async fn add_authenticator_app(browser: &Browser, name: &str) -> Vec<u8> {
    browser.click("#add-authenticator-app").await.unwrap();
    browser
        .fill("#totp-add-form [name=name]", name)
        .await
        .unwrap();
    browser.submit("#totp-add-form").await.unwrap();
    browser.wait_for_selector("#totp-qr").await.unwrap();
    let shown = browser
        .eval("document.querySelector('#totp-secret').textContent")
        .await
        .unwrap();
    let secret: String = shown
        .as_str()
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let secret = totp_rs::Secret::Encoded(secret).to_bytes().unwrap();
    let uri = browser
        .eval("document.querySelector('#totp-uri').textContent")
        .await
        .unwrap();
    let uri = uri.as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(uri.contains("issuer=EU%20Login"), "{uri}");
    browser
        .fill(
            "#totp-confirm-form [name=code]",
            &code_at(&secret, unix_now()),
        )
        .await
        .unwrap();
    browser.submit("#totp-confirm-form").await.unwrap();
    browser
        .wait_for_text(&format!(
            "Your authenticator app \"{name}\" was added successfully."
        ))
        .await
        .unwrap();
    secret
}

/// Fills in and submits "Change password" on the page the browser shows.
async fn change_password(browser: &Browser, current: &str, new: &str) {
    browser.wait_for_selector("#password-form").await.unwrap();
    browser
        .fill("#password-form [name=current]", current)
        .await
        .unwrap();
    browser
        .fill("#password-form [name=password]", new)
        .await
        .unwrap();
    browser
        .fill("#password-form [name=confirm]", new)
        .await
        .unwrap();
    browser.submit("#password-form").await.unwrap();
}

/// FAQ Q4: a password younger than the minimum age cannot be changed yet, and the page
/// says how long is left instead of failing silently.
#[tokio::test]
async fn a_password_changed_too_soon_says_how_long_is_left() {
    let email = unique_email("too-soon");
    let options = ProviderOptions::default()
        .env("IDP_PASSWORD_MIN_AGE_SECS", "3600")
        .user(UserSpec::new(&email, PASSWORD));
    let provider = Provider::start(options).await.unwrap();
    let browser = Browser::launch().await.unwrap();
    password_session(&browser, &provider, &email, PASSWORD).await;
    gear(&browser, "/account/password").await;
    // The password was set when the account was made, seconds ago: an hour is left.
    browser
        .wait_for_text("you have to wait before you can change your password again: 1 hour left")
        .await
        .unwrap();
    change_password(&browser, PASSWORD, NEW_PASSWORD).await;
    browser
        .wait_for_text("you have to wait before changing your password again: 1 hour left")
        .await
        .unwrap();
    // Nothing changed: the old password still signs in elsewhere.
    let other = Browser::launch().await.unwrap();
    password_session(&other, &provider, &email, PASSWORD).await;
    other.close().await.unwrap();
    browser.close().await.unwrap();
}

#[tokio::test]
async fn my_account_password_data_sessions_activity_devices_and_deletion() {
    let email = unique_email("my-account");
    let options = ProviderOptions::default()
        // No minimum age here: FAQ Q4's wait has its own test below.
        .env("IDP_PASSWORD_MIN_AGE_SECS", "0")
        .user(UserSpec::new(&email, PASSWORD).name("Francesco", "Rotolo"));
    let provider = Provider::start(options).await.unwrap();
    let browser = Browser::launch().await.unwrap();

    // Sign in and open My Account from the gear menu.
    password_session(&browser, &provider, &email, PASSWORD).await;
    gear(&browser, "/account").await;
    browser.wait_for_text("My account details").await.unwrap();
    for item in [
        "Change password",
        "Modify my personal data",
        "Delete my account",
        "Manage my mobile devices",
        "Manage my mobile phone numbers",
        "Manage my authenticator apps",
        "Display my sessions",
        "Delete all my devices",
        "Activity",
    ] {
        assert!(browser.text_contains(item).await.unwrap(), "missing {item}");
    }

    // Modify my personal data.
    browser.click("a[href='/account/details']").await.unwrap();
    browser
        .fill("#details-form [name=first_name]", "Francesca")
        .await
        .unwrap();
    browser
        .fill("#details-form [name=last_name]", "Rotola")
        .await
        .unwrap();
    browser
        .fill("#details-form [name=language]", "fr")
        .await
        .unwrap();
    browser.submit("#details-form").await.unwrap();
    browser
        .wait_for_text("Your personal data was saved.")
        .await
        .unwrap();
    let details = browser
        .eval("document.querySelector('#details').innerText")
        .await
        .unwrap();
    let details = details.as_str().unwrap();
    assert!(
        details.contains("Francesca") && details.contains("Rotola"),
        "{details}"
    );
    assert!(details.contains("fr"), "{details}");

    // Change password.
    gear(&browser, "/account/password").await;
    change_password(&browser, PASSWORD, NEW_PASSWORD).await;
    browser
        .wait_for_text("Your password was changed.")
        .await
        .unwrap();
    assert!(provider
        .outbox()
        .wait_for_where(
            "the password-change notification",
            wait::DEFAULT_DEADLINE,
            |m| m.to == email
                && m.body
                    .contains("password of your EU Login account was changed"),
        )
        .await
        .is_ok());

    // Display my sessions: a second browser signs in; this one ends that session.
    let other = Browser::launch().await.unwrap();
    password_session(&other, &provider, &email, NEW_PASSWORD).await;
    browser.goto(&provider.url("/account")).await.unwrap();
    browser.click("a[href='/account/sessions']").await.unwrap();
    browser
        .wait_for_selector("#sessions tr.current")
        .await
        .unwrap();
    let rows = browser
        .eval("document.querySelectorAll('#sessions tr').length")
        .await
        .unwrap();
    assert_eq!(rows, serde_json::json!(3), "a header and two sessions");
    assert!(browser.text_contains("This session").await.unwrap());
    browser
        .click("#sessions tr:not(.current) button[type=submit]")
        .await
        .unwrap();
    browser
        .wait_for_text("The session was ended.")
        .await
        .unwrap();
    other.goto(&provider.url("/account")).await.unwrap();
    other
        .wait_for_url_prefix(&provider.url("/login"))
        .await
        .unwrap();
    other.close().await.unwrap();

    // An authenticator app, then "Delete all my devices" (the new-phone case).
    browser
        .goto(&provider.url("/account/authenticator-apps"))
        .await
        .unwrap();
    let secret = add_authenticator_app(&browser, "Old phone").await;
    browser.goto(&provider.url("/account")).await.unwrap();
    browser
        .click("a[href='/account/devices/delete-all']")
        .await
        .unwrap();
    // The password alone does not remove a second factor: sign in with it first.
    browser
        .wait_for_selector("#recovery-start-form")
        .await
        .unwrap();
    browser.click("#delete-devices-reauth").await.unwrap();
    sign_in(&browser, &email, NEW_PASSWORD, Some("totp")).await;
    browser.wait_for_selector("#totp-code-form").await.unwrap();
    // The next time step: the one that confirmed the app is used up.
    browser
        .fill(
            "#totp-code-form [name=code]",
            &code_at(&secret, unix_now() + 30),
        )
        .await
        .unwrap();
    browser.submit("#totp-code-form").await.unwrap();
    browser
        .wait_for_selector("#delete-devices-form")
        .await
        .unwrap();
    browser.submit("#delete-devices-form").await.unwrap();
    browser
        .wait_for_text("All your devices were deleted.")
        .await
        .unwrap();
    browser
        .goto(&provider.url("/account/authenticator-apps"))
        .await
        .unwrap();
    browser
        .wait_for_text("No authenticator app is registered")
        .await
        .unwrap();

    // Activity lists what happened.
    browser.goto(&provider.url("/account")).await.unwrap();
    browser.click("a[href='/account/activity']").await.unwrap();
    browser.wait_for_selector("#activity").await.unwrap();
    let activity = browser.text().await.unwrap();
    for event in [
        "Signed in",
        "Password set or changed",
        "Signed out",
        "Verification method added",
        "Verification method removed",
    ] {
        assert!(activity.contains(event), "no {event:?} in {activity}");
    }

    // Delete my account: then signing in fails.
    browser.goto(&provider.url("/account")).await.unwrap();
    browser.click("a[href='/account/delete']").await.unwrap();
    browser.submit("#delete-form").await.unwrap();
    browser.wait_for_text("Please tick the box").await.unwrap();
    browser
        .set_checked("#delete-form [name=confirm]", true)
        .await
        .unwrap();
    browser.submit("#delete-form").await.unwrap();
    browser
        .wait_for_text("Your account was deleted")
        .await
        .unwrap();
    browser.goto(&provider.url("/login")).await.unwrap();
    sign_in(&browser, &email, NEW_PASSWORD, Some("password")).await;
    browser
        .wait_for_text("Invalid e-mail address or password")
        .await
        .unwrap();

    browser.close().await.unwrap();
}

#[tokio::test]
async fn an_authenticator_app_is_added_then_signs_in_at_medium() {
    let rp = RedirectListener::start().await.unwrap();
    let email = unique_email("totp");
    let options = ProviderOptions::default()
        .client(
            ClientSpec::new("CPMS")
                .redirect_uri(rp.url("/callback"))
                .minimum_acr("medium"),
        )
        .user(UserSpec::new(&email, PASSWORD).name("Ada", "Lovelace"));
    let provider = Provider::start(options).await.unwrap();
    let browser = Browser::launch().await.unwrap();

    password_session(&browser, &provider, &email, PASSWORD).await;
    gear(&browser, "/account").await;
    browser
        .click("a[href='/account/authenticator-apps']")
        .await
        .unwrap();
    let secret = add_authenticator_app(&browser, "Pixel 8").await;
    assert!(provider
        .outbox()
        .wait_for_where(
            "the notification of the new authenticator app",
            wait::DEFAULT_DEADLINE,
            |m| m.to == email
                && m.body
                    .contains("The authenticator app \"Pixel 8\" was added"),
        )
        .await
        .is_ok());

    // A new browser signs in to CPMS choosing the authenticator app.
    let fresh = Browser::launch().await.unwrap();
    let cpms = RelyingParty::for_client(&provider, "CPMS", &rp)
        .await
        .unwrap();
    let request = cpms.authorization_request(&["openid", "email"], &[]);
    fresh.goto(request.url.as_str()).await.unwrap();
    sign_in(&fresh, &email, PASSWORD, Some("totp")).await;
    fresh.wait_for_selector("#totp-code-form").await.unwrap();
    assert!(fresh.text_contains("Enter the 6-digit code").await.unwrap());
    // A wrong code first: refused with the tries left.
    let right_now = code_at(&secret, unix_now() + 30);
    let wrong = if right_now == "000000" {
        "111111"
    } else {
        "000000"
    };
    fresh
        .fill("#totp-code-form [name=code]", wrong)
        .await
        .unwrap();
    fresh.submit("#totp-code-form").await.unwrap();
    fresh.wait_for_text("4 tries left").await.unwrap();
    // The enrolment used the current time step; the app's next code (one step ahead is
    // accepted) is certainly a new one.
    fresh
        .fill(
            "#totp-code-form [name=code]",
            &code_at(&secret, unix_now() + 30),
        )
        .await
        .unwrap();
    fresh.submit("#totp-code-form").await.unwrap();
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await.unwrap();
    assert_eq!(callback.param("error"), None, "{callback:?}");
    let tokens = cpms
        .exchange_code(&callback.param("code").unwrap(), request.pkce_verifier)
        .await
        .unwrap();
    let claims = cpms.verify_id_token(&tokens, &request.nonce).unwrap();
    let acr = claims.auth_context_ref().unwrap().as_str().to_owned();
    assert!(acr.ends_with("/loa/medium"), "acr = {acr}");
    let amr: Vec<&str> = claims
        .auth_method_refs()
        .unwrap()
        .iter()
        .map(|m| m.as_str())
        .collect();
    assert_eq!(amr, ["pwd", "otp", "mfa"]);

    fresh.close().await.unwrap();
    browser.close().await.unwrap();
}
