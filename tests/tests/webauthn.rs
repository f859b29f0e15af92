//! J10: security keys and platform authenticators (WebAuthn), in headless Chromium with
//! its virtual authenticators, against the real `idp` binary on `http://localhost:PORT`.

use std::time::Duration;

use e2e::signin::sign_in;
use e2e::{
    oidc, unique_email, Browser, ClientSpec, Provider, ProviderOptions, RedirectListener,
    RelyingParty, UserSpec,
};

const PASSWORD: &str = "copper meadow signal 2716 gently";

/// Adds a security key named `name` from "Manage my security keys".
async fn add_key(browser: &Browser, provider: &Provider, name: &str) -> anyhow::Result<()> {
    browser
        .goto(&provider.url("/account/security-keys"))
        .await?;
    browser.click("#add-security-key").await?;
    browser
        .fill_and_submit("#security-key-form", &[("name", name)])
        .await?;
    browser
        .wait_for_text(&format!(
            "Your security key \"{name}\" was added successfully."
        ))
        .await
}

/// The level shown beside the key named `name` in "Manage my security keys".
async fn level_of(browser: &Browser, name: &str) -> anyhow::Result<String> {
    let script = format!(
        "Array.from(document.querySelectorAll('#security-keys tr'))\
           .filter(r => r.querySelector('.key-name')?.textContent === {name:?})\
           .map(r => r.querySelector('.key-level').textContent)[0] || ''"
    );
    browser.eval_string(&script).await
}

/// Signs in at the relying party with "Security key or platform" and returns the ID
/// token's acr and amr.
async fn sign_in_with_key(
    browser: &Browser,
    relying_party: &RelyingParty,
    rp: &RedirectListener,
    email: &str,
    acr: &str,
) -> anyhow::Result<(String, Vec<String>)> {
    let request = relying_party
        .authorization_request(&["openid"], &[("acr_values", acr), ("prompt", "login")]);
    browser.goto(request.url.as_str()).await?;
    sign_in(browser, email, PASSWORD, Some("webauthn")).await?;
    let callback = rp
        .wait_for_callback_at("/callback", Duration::from_secs(20))
        .await?;
    let (_, claims) = relying_party.redeem(&callback, request).await?;
    Ok((oidc::acr(&claims)?, oidc::amr(&claims)?))
}

#[tokio::test]
async fn j10_a_key_with_user_verification_reaches_high_and_one_without_reaches_medium(
) -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let email = unique_email("webauthn");
    let options = ProviderOptions::default()
        .on_localhost()
        .client(ClientSpec::new("Clinical records").redirect_uri(rp.url("/callback")))
        .user(UserSpec::new(&email, PASSWORD).name("Ilse", "Verhoeven"));
    let provider = Provider::start(options).await?;
    assert!(provider.issuer().starts_with("http://localhost:"));
    let client = provider.client("Clinical records")?;
    let relying_party = RelyingParty::discover(
        provider.issuer(),
        &client.client_id,
        client.client_secret.as_deref(),
        &rp.url("/callback"),
    )
    .await?;
    let high = format!("{}/loa/high", provider.issuer());
    let medium = format!("{}/loa/medium", provider.issuer());

    // Register a platform authenticator with user verification (fingerprint, PIN).
    let browser = Browser::launch().await?;
    browser.goto(&provider.url("/account")).await?;
    sign_in(&browser, &email, PASSWORD, Some("password")).await?;
    browser.wait_for_text("Manage my security keys").await?;
    let platform = browser.add_virtual_authenticator(true).await?;
    add_key(&browser, &provider, "Laptop fingerprint").await?;
    assert_eq!(level_of(&browser, "Laptop fingerprint").await?, "high");
    assert_eq!(browser.virtual_credentials(&platform).await?.len(), 1);
    let mail = provider.outbox().wait_for(&email, "email").await?;
    assert!(
        mail.body.contains("Laptop fingerprint"),
        "the user is told: {}",
        mail.body
    );

    // A client asking for high gets it, with the amr of RFC 8176.
    let (acr, amr) = sign_in_with_key(&browser, &relying_party, &rp, &email, &high).await?;
    assert_eq!(acr, high);
    assert_eq!(amr, ["pwd", "hwk", "user", "mfa"]);

    // A second key that can only prove presence: adding it needs the existing second
    // factor first (the session above is recent and used it), and it reaches medium.
    browser.remove_virtual_authenticator(&platform).await?;
    let _usb = browser.add_virtual_key_without_user_verification().await?;
    add_key(&browser, &provider, "USB key").await?;
    assert_eq!(level_of(&browser, "USB key").await?, "medium");
    let (acr, amr) = sign_in_with_key(&browser, &relying_party, &rp, &email, &medium).await?;
    assert_eq!(acr, medium);
    assert_eq!(amr, ["pwd", "hwk", "mfa"]);

    // Asking for high with only the presence key: the key works, but the level is not
    // reached, so the provider says so instead of issuing a lower token.
    let request = relying_party
        .authorization_request(&["openid"], &[("acr_values", &high), ("prompt", "login")]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, PASSWORD, Some("webauthn")).await?;
    browser
        .wait_for_text("does not reach the level this application requires")
        .await?;
    assert!(rp
        .take_received()
        .await
        .iter()
        .all(|c| c.path != "/callback"));

    // Deleting a key is a factor change: it is audited and the user is told.
    browser
        .goto(&provider.url("/account/security-keys"))
        .await?;
    browser.click("#security-keys form button").await?;
    browser
        .wait_for_text("The security key was deleted.")
        .await?;
    browser
        .goto_and_wait(
            &provider.url("/account/activity"),
            "Verification method removed",
        )
        .await?;
    assert!(browser.text_contains("security key \"").await?);
    browser.close().await?;
    Ok(())
}
