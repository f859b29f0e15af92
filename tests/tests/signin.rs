//! J1 register, J2 set password, J3 sign in at a relying party: the real `idp` binary, driven
//! by headless Chromium, with an `openidconnect` relying party on a loopback listener.

use std::time::Duration;

use e2e::signin::{register, set_password, sign_in};
use e2e::{
    oidc, unique_email, Browser, ClientSpec, Provider, ProviderOptions, RedirectListener,
    RelyingParty, UserSpec,
};

/// Long, uncommon, and unrelated to the e-mail address or name.
const PASSWORD: &str = "violet harbour lantern 4791 quietly";

fn options_with_client(rp: &RedirectListener) -> ProviderOptions {
    ProviderOptions::default().client(
        ClientSpec::new("e2e")
            .redirect_uri(rp.url("/callback"))
            .auth_method("client_secret_basic"),
    )
}

#[tokio::test]
async fn register_set_password_and_sign_in_at_a_relying_party() -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let provider = Provider::start(options_with_client(&rp)).await?;
    let browser = Browser::launch().await?;
    let email = unique_email("register");

    // J1: register.
    register(&browser, &provider, ("Ada", "Lovelace"), &email).await?;
    let link = provider
        .outbox()
        .wait_for_link(&email, "/password/set")
        .await?;
    assert!(link.starts_with(&provider.url("/password/set?")), "{link}");

    // J2: set the password from the link.
    browser.goto(&link).await?;
    set_password(&browser, PASSWORD).await?;
    browser.wait_for_text("Sign in").await?;

    // J3: the relying party sends the browser to sign in.
    let relying_party = RelyingParty::for_client(&provider, "e2e", &rp).await?;
    let request = relying_party.authorization_request(&["openid", "profile", "email"], &[]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, PASSWORD, None).await?;
    browser.wait_for_url_prefix(&rp.url("/callback")).await?;

    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    assert_eq!(callback.param("error"), None, "{callback:?}");
    assert_eq!(
        callback.param("state").as_deref(),
        Some(request.state.secret().as_str())
    );
    assert_eq!(
        callback.param("iss").as_deref(),
        Some(provider.issuer()),
        "RFC 9207 iss"
    );

    let (tokens, claims) = relying_party.redeem(&callback, request).await?;
    assert_eq!(claims.issuer().as_str(), provider.issuer());
    let acr = oidc::acr(&claims)?;
    assert!(acr.ends_with("/loa/basic"), "acr = {acr}");
    let amr = oidc::amr(&claims)?;
    assert!(amr.iter().any(|m| m == "pwd"), "amr = {amr:?}");
    assert!(claims.auth_time().is_some(), "auth_time in the ID token");

    let userinfo = relying_party
        .userinfo(openidconnect::OAuth2TokenResponse::access_token(&tokens))
        .await?;
    assert_eq!(userinfo.subject(), claims.subject());
    assert_eq!(userinfo.email().map(|e| e.as_str()), Some(email.as_str()));

    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_wrong_password_is_refused_and_never_reaches_the_relying_party() -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let email = unique_email("wrong-password");
    let options =
        options_with_client(&rp).user(UserSpec::new(&email, PASSWORD).name("Grace", "Hopper"));
    let provider = Provider::start(options).await?;
    let browser = Browser::launch().await?;

    let relying_party = RelyingParty::for_client(&provider, "e2e", &rp).await?;
    let request = relying_party.authorization_request(&["openid", "email"], &[]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, "violet harbour lantern 4791 loudly", None).await?;

    browser
        .wait_for_text("Invalid e-mail address or password")
        .await?;
    let at = browser.url().await?;
    assert!(
        at.starts_with(provider.issuer()),
        "the browser left the provider: {at}"
    );
    browser.wait_for_selector("#password-form").await?;
    assert!(
        rp.take_received().await.is_empty(),
        "the relying party was called"
    );

    // The same flow continues with the right password.
    browser
        .fill_and_submit("#password-form", &[("password", PASSWORD)])
        .await?;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    assert_eq!(
        callback.param("state").as_deref(),
        Some(request.state.secret().as_str())
    );
    assert!(callback.param("code").is_some(), "{callback:?}");

    browser.close().await?;
    Ok(())
}

/// Issue 12: too many wrong passwords lock password sign-in for that address, the screen
/// says so (as it would for an address without an account), and the owner gets an e-mail
/// with the way back in: choosing a new password, which ends the lock.
#[tokio::test]
async fn a_locked_account_tells_its_owner_who_gets_back_in_with_a_new_password(
) -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let email = unique_email("locked");
    let options = options_with_client(&rp)
        .user(UserSpec::new(&email, PASSWORD).name("Grace", "Hopper"))
        .env("IDP_LOCKOUT_MAX_CONSECUTIVE_FAILURES", "3")
        .env("IDP_LOCKOUT_DELAY_STEP_MS", "0")
        .env("IDP_PASSWORD_MIN_AGE_SECS", "0");
    let provider = Provider::start(options).await?;
    let browser = Browser::launch().await?;
    let relying_party = RelyingParty::for_client(&provider, "e2e", &rp).await?;
    let request = relying_party.authorization_request(&["openid", "email"], &[]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, "violet harbour lantern 4791 loudly", None).await?;
    browser
        .wait_for_text("Invalid e-mail address or password")
        .await?;
    for wrong in ["one more wrong guess here", "and the third wrong guess"] {
        browser
            .fill_and_submit("#password-form", &[("password", wrong)])
            .await?;
    }
    browser
        .wait_for_text("Too many failed sign-in attempts with this e-mail address")
        .await?;
    // Even the right password is refused while the lock lasts.
    browser
        .fill_and_submit("#password-form", &[("password", PASSWORD)])
        .await?;
    browser.wait_for_text("blocked until").await?;
    assert!(rp.take_received().await.is_empty());

    let mail = provider
        .outbox()
        .wait_for_where("the lockout e-mail", e2e::wait::DEFAULT_DEADLINE, |m| {
            m.to == email
                && m.subject
                    .as_deref()
                    .is_some_and(|s| s.contains("too many failed sign-in attempts"))
        })
        .await?;
    browser.goto(&mail.link("/password/forgot")?).await?;
    browser
        .fill_and_submit("#forgot-form", &[("email", &email)])
        .await?;
    browser.wait_for_text("Please check your e-mail").await?;
    let reset = provider
        .outbox()
        .wait_for_where("the reset e-mail", e2e::wait::DEFAULT_DEADLINE, |m| {
            m.to == email && m.subject.as_deref() == Some("Your EU Login password")
        })
        .await?;
    browser.goto(&reset.link("/password/set")?).await?;
    let new_password = "amber lighthouse seventeen gulls 0935";
    set_password(&browser, new_password).await?;
    browser.wait_for_text("Your password has been set").await?;

    // Back at the relying party: the lock is over, the new password signs in.
    let request = relying_party.authorization_request(&["openid", "email"], &[]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, new_password, None).await?;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    assert!(callback.param("code").is_some(), "{callback:?}");
    browser.close().await?;
    Ok(())
}
