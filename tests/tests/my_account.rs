//! J4 My Account from the gear menu, and authenticator apps (TOTP) from enrolment to a
//! medium sign-in at a relying party, in headless Chromium against the real `idp` binary.
//! Authenticator-app codes are computed here from the secret the page shows.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use e2e::signin::{password_session, sign_in};
use e2e::wait;
use e2e::{
    oidc, unique_email, Browser, ClientSpec, Provider, ProviderOptions, RedirectListener,
    RelyingParty, UserSpec,
};

const PASSWORD: &str = "violet harbour lantern 4791 quietly";
const NEW_PASSWORD: &str = "copper meadow whistle 2208 slowly";

/// Opens an item of the gear menu in the page header.
async fn gear(browser: &Browser, href: &str) -> anyhow::Result<()> {
    browser.click("#user-menu-button").await?;
    browser
        .click(&format!("#user-menu-list a[href='{href}']"))
        .await
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
async fn add_authenticator_app(browser: &Browser, name: &str) -> anyhow::Result<Vec<u8>> {
    browser.click("#add-authenticator-app").await?;
    browser
        .fill_and_submit("#totp-add-form", &[("name", name)])
        .await?;
    browser.wait_for_selector("#totp-qr").await?;
    let shown = browser
        .eval_string("document.querySelector('#totp-secret').textContent")
        .await?;
    let secret: String = shown.chars().filter(|c| !c.is_whitespace()).collect();
    let secret = totp_rs::Secret::Encoded(secret)
        .to_bytes()
        .map_err(|e| anyhow::anyhow!("the secret shown is not base32 ({e:?}): {shown}"))?;
    let uri = browser
        .eval_string("document.querySelector('#totp-uri').textContent")
        .await?;
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(uri.contains("issuer=EU%20Login"), "{uri}");
    browser
        .fill_and_submit(
            "#totp-confirm-form",
            &[("code", &code_at(&secret, unix_now()))],
        )
        .await?;
    browser
        .wait_for_text(&format!(
            "Your authenticator app \"{name}\" was added successfully."
        ))
        .await?;
    Ok(secret)
}

/// Fills in and submits "Change password" on the page the browser shows.
async fn change_password(browser: &Browser, current: &str, new: &str) -> anyhow::Result<()> {
    browser.wait_for_selector("#password-form").await?;
    browser
        .fill_and_submit(
            "#password-form",
            &[("current", current), ("password", new), ("confirm", new)],
        )
        .await
}

/// FAQ Q4: a password younger than the minimum age cannot be changed yet, and the page
/// says how long is left instead of failing silently.
#[tokio::test]
async fn a_password_changed_too_soon_says_how_long_is_left() -> anyhow::Result<()> {
    let email = unique_email("too-soon");
    let options = ProviderOptions::default()
        .env("IDP_PASSWORD_MIN_AGE_SECS", "3600")
        .user(UserSpec::new(&email, PASSWORD));
    let provider = Provider::start(options).await?;
    let browser = Browser::launch().await?;
    password_session(&browser, &provider, &email, PASSWORD).await?;
    // The password was set when the account was made, seconds ago, but a first password
    // is no change: it can be changed at once.
    gear(&browser, "/account/password").await?;
    change_password(&browser, PASSWORD, NEW_PASSWORD).await?;
    browser.wait_for_text("Your password was changed").await?;
    // That change starts the minimum age: an hour is left.
    gear(&browser, "/account/password").await?;
    browser
        .wait_for_text("you have to wait before you can change your password again: 1 hour left")
        .await?;
    change_password(&browser, NEW_PASSWORD, PASSWORD).await?;
    browser
        .wait_for_text("you have to wait before changing your password again: 1 hour left")
        .await?;
    // Nothing changed: the password of the first change still signs in elsewhere.
    let other = Browser::launch().await?;
    password_session(&other, &provider, &email, NEW_PASSWORD).await?;
    other.close().await?;
    browser.close().await?;
    Ok(())
}

/// Whether the user menu's "My Account" link can be seen (laid out, not hidden).
const MENU_LINK_SHOWN: &str =
    "(() => { const a = document.querySelector(\"#user-menu-list a[href='/account']\"); \
    if (!a) return false; const r = a.getBoundingClientRect(); const s = getComputedStyle(a); \
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.opacity !== '0'; })()";

/// The seed's first step: "move the mouse over the gear ... select My Account". The menu
/// opens on hover, on click and from the keyboard, and its links are readable (the page
/// check measures their contrast against the menu's background).
#[tokio::test]
async fn the_user_menu_opens_on_hover_click_and_keyboard() -> anyhow::Result<()> {
    let email = unique_email("user-menu");
    let options = ProviderOptions::default().user(UserSpec::new(&email, PASSWORD));
    let provider = Provider::start(options).await?;
    let browser = Browser::launch().await?;
    password_session(&browser, &provider, &email, PASSWORD).await?;
    browser
        .goto_and_wait(&provider.url("/account"), "Manage my mobile phone numbers")
        .await?;
    let shown = || async { anyhow::Ok(browser.eval(MENU_LINK_SHOWN).await? == true) };
    anyhow::ensure!(!shown().await?, "the menu starts closed");

    // Hover: the mouse over the button opens it; moving away closes it.
    let button = browser.page().find_element("#user-menu-button").await?;
    button.hover().await?;
    wait::until(
        "the menu to open on hover",
        wait::DEFAULT_DEADLINE,
        || async { Ok(shown().await?.then_some(())) },
    )
    .await?;
    browser
        .page()
        .move_mouse(chromiumoxide::layout::Point { x: 5.0, y: 700.0 })
        .await?;
    wait::until("the menu to close", wait::DEFAULT_DEADLINE, || async {
        Ok((!shown().await?).then_some(()))
    })
    .await?;

    // Keyboard: focus the button, Enter opens it, Tab reaches "My Account", Escape closes.
    button.focus().await?;
    button.press_key("Enter").await?;
    wait::until(
        "the menu to open from the keyboard",
        wait::DEFAULT_DEADLINE,
        || async { Ok(shown().await?.then_some(())) },
    )
    .await?;
    browser
        .page()
        .find_element("#user-menu-list a[href='/account']")
        .await?
        .focus()
        .await?;
    anyhow::ensure!(
        shown().await?,
        "the menu stays open while a link has the focus"
    );
    let focused = browser
        .eval_string("document.activeElement.getAttribute('href') || ''")
        .await?;
    anyhow::ensure!(
        focused == "/account",
        "the focus is on My Account: {focused}"
    );
    browser
        .page()
        .find_element("#user-menu-list a[href='/account']")
        .await?
        .press_key("Escape")
        .await?;
    browser.eval("document.activeElement.blur(); true").await?;
    wait::until(
        "the menu to close on Escape",
        wait::DEFAULT_DEADLINE,
        || async { Ok((!shown().await?).then_some(())) },
    )
    .await?;

    // Click: the journeys' way, down to the page.
    gear(&browser, "/account/password").await?;
    browser.wait_for_text("Change password").await?;
    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn my_account_password_data_sessions_activity_devices_and_deletion() -> anyhow::Result<()> {
    let email = unique_email("my-account");
    let options = ProviderOptions::default()
        // No minimum age here: FAQ Q4's wait has its own test below.
        .env("IDP_PASSWORD_MIN_AGE_SECS", "0")
        .user(UserSpec::new(&email, PASSWORD).name("Francesco", "Rotolo"));
    let provider = Provider::start(options).await?;
    let browser = Browser::launch().await?;

    // Sign in and open My Account from the gear menu.
    password_session(&browser, &provider, &email, PASSWORD).await?;
    gear(&browser, "/account").await?;
    browser.wait_for_text("My account details").await?;
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
        assert!(browser.text_contains(item).await?, "missing {item}");
    }

    // Modify my personal data.
    browser.click("a[href='/account/details']").await?;
    browser
        .fill_and_submit(
            "#details-form",
            &[
                ("first_name", "Francesca"),
                ("last_name", "Rotola"),
                ("language", "fr"),
            ],
        )
        .await?;
    // The account's language is French now, and so is the page at once (issue 15).
    browser
        .wait_for_text("Vos données personnelles ont été enregistrées.")
        .await?;
    assert_eq!(browser.lang().await?, "fr");
    let details = browser
        .eval_string("document.querySelector('#details').innerText")
        .await?;
    assert!(
        details.contains("Francesca") && details.contains("Rotola"),
        "{details}"
    );
    assert!(details.contains("français (fr)"), "{details}");
    // The mail already goes out in French; then back to English, for the rest of the
    // journey (other browsers sign in too).
    gear(&browser, "/account/password").await?;
    change_password(&browser, PASSWORD, NEW_PASSWORD).await?;
    browser
        .wait_for_text("Votre mot de passe a été modifié.")
        .await?;
    assert!(provider
        .outbox()
        .wait_for_where(
            "the password-change notification",
            wait::DEFAULT_DEADLINE,
            |m| m.to == email
                && m.body
                    .contains("Le mot de passe de votre compte EU Login a été modifié"),
        )
        .await
        .is_ok());
    browser.click("a[href='/account/details']").await?;
    browser
        .fill_and_submit("#details-form", &[("language", "en")])
        .await?;
    browser.wait_for_text("My account details").await?;

    // Display my sessions: a second browser signs in; this one ends that session.
    let other = Browser::launch().await?;
    password_session(&other, &provider, &email, NEW_PASSWORD).await?;
    browser.goto(&provider.url("/account")).await?;
    browser.click("a[href='/account/sessions']").await?;
    browser.wait_for_selector("#sessions tr.current").await?;
    let rows = browser
        .eval("document.querySelectorAll('#sessions tr').length")
        .await?;
    assert_eq!(rows, serde_json::json!(3), "a header and two sessions");
    assert!(browser.text_contains("This session").await?);
    browser
        .click("#sessions tr:not(.current) button[type=submit]")
        .await?;
    browser.wait_for_text("The session was ended.").await?;
    other.goto(&provider.url("/account")).await?;
    other.wait_for_url_prefix(&provider.url("/login")).await?;
    other.close().await?;

    // An authenticator app, then "Delete all my devices" (the new-phone case).
    browser
        .goto(&provider.url("/account/authenticator-apps"))
        .await?;
    let secret = add_authenticator_app(&browser, "Old phone").await?;
    browser.goto(&provider.url("/account")).await?;
    browser
        .click("a[href='/account/devices/delete-all']")
        .await?;
    // The password alone does not remove a second factor: sign in with it first.
    browser.wait_for_selector("#recovery-start-form").await?;
    browser.click("#delete-devices-reauth").await?;
    sign_in(&browser, &email, NEW_PASSWORD, Some("totp")).await?;
    browser.wait_for_selector("#totp-code-form").await?;
    // The next time step: the one that confirmed the app is used up.
    browser
        .fill_and_submit(
            "#totp-code-form",
            &[("code", &code_at(&secret, unix_now() + 30))],
        )
        .await?;
    browser.wait_for_selector("#delete-devices-form").await?;
    browser.submit("#delete-devices-form").await?;
    browser
        .wait_for_text("All your devices were deleted.")
        .await?;
    browser
        .goto_and_wait(
            &provider.url("/account/authenticator-apps"),
            "No authenticator app is registered",
        )
        .await?;

    // Activity lists what happened.
    browser.goto(&provider.url("/account")).await?;
    browser.click("a[href='/account/activity']").await?;
    browser.wait_for_selector("#activity").await?;
    let activity = browser.text().await?;
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
    browser.goto(&provider.url("/account")).await?;
    browser.click("a[href='/account/delete']").await?;
    browser.submit("#delete-form").await?;
    browser.wait_for_text("Please tick the box").await?;
    browser
        .set_checked("#delete-form [name=confirm]", true)
        .await?;
    browser.submit("#delete-form").await?;
    browser.wait_for_text("Your account was deleted").await?;
    browser.goto(&provider.url("/login")).await?;
    sign_in(&browser, &email, NEW_PASSWORD, Some("password")).await?;
    browser
        .wait_for_text("Invalid e-mail address or password")
        .await?;

    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn an_authenticator_app_is_added_then_signs_in_at_medium() -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let email = unique_email("totp");
    let options = ProviderOptions::default()
        .client(
            ClientSpec::new("CPMS")
                .redirect_uri(rp.url("/callback"))
                .minimum_acr("medium"),
        )
        .user(UserSpec::new(&email, PASSWORD).name("Ada", "Lovelace"));
    let provider = Provider::start(options).await?;
    let browser = Browser::launch().await?;

    password_session(&browser, &provider, &email, PASSWORD).await?;
    gear(&browser, "/account").await?;
    browser
        .click("a[href='/account/authenticator-apps']")
        .await?;
    let secret = add_authenticator_app(&browser, "Pixel 8").await?;
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
    let fresh = Browser::launch().await?;
    let cpms = RelyingParty::for_client(&provider, "CPMS", &rp).await?;
    let request = cpms.authorization_request(&["openid", "email"], &[]);
    fresh.goto(request.url.as_str()).await?;
    sign_in(&fresh, &email, PASSWORD, Some("totp")).await?;
    fresh.wait_for_selector("#totp-code-form").await?;
    assert!(fresh.text_contains("Enter the 6-digit code").await?);
    // A wrong code first: refused with the tries left.
    let right_now = code_at(&secret, unix_now() + 30);
    let wrong = if right_now == "000000" {
        "111111"
    } else {
        "000000"
    };
    fresh
        .fill_and_submit("#totp-code-form", &[("code", wrong)])
        .await?;
    fresh.wait_for_text("4 tries left").await?;
    // The enrolment used the current time step; the app's next code (one step ahead is
    // accepted) is certainly a new one.
    fresh
        .fill_and_submit(
            "#totp-code-form",
            &[("code", &code_at(&secret, unix_now() + 30))],
        )
        .await?;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    assert_eq!(callback.param("error"), None, "{callback:?}");
    let (_, claims) = cpms.redeem(&callback, request).await?;
    let acr = oidc::acr(&claims)?;
    assert!(acr.ends_with("/loa/medium"), "acr = {acr}");
    assert_eq!(oidc::amr(&claims)?, ["pwd", "otp", "mfa"]);

    fresh.close().await?;
    browser.close().await?;
    Ok(())
}
