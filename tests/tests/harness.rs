//! Self-checks of the end-to-end harness that need no provider: real headless Chromium
//! submitting a form to the relying-party listener.

use std::time::Duration;

use anyhow::Context;
use e2e::{Browser, RedirectListener};

fn data_url(html: &str) -> String {
    let mut url = url::Url::parse("data:text/html,").unwrap();
    url.set_path(&format!("text/html,{}", html.replace('#', "%23")));
    url.to_string()
}

#[tokio::test]
async fn chromium_fills_and_submits_a_form_to_the_listener() -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let page = format!(
        r#"<form id="f" method="get" action="{}">
             <input name="email"><input type="checkbox" name="remember" value="yes">
             <select name="language"><option value="en">English</option><option value="fr">Français</option></select>
             <button type="submit">Go</button></form><p>Ready to go</p>"#,
        rp.url("/callback")
    );
    let browser = Browser::launch().await?;
    browser
        .goto_and_wait(&data_url(&page), "Ready to go")
        .await?;
    browser.fill("#f [name=email]", "a+b@example.test").await?;
    browser.fill("#f [name=language]", "fr").await?;
    browser.set_checked("#f [name=remember]", true).await?;
    browser.submit("#f").await?;

    let url = browser.wait_for_url_prefix(&rp.url("/callback?")).await?;
    let callback = rp.wait_for_callback(Duration::from_secs(10)).await?;
    assert_eq!(
        callback.param("email").as_deref(),
        Some("a+b@example.test"),
        "{url}"
    );
    assert_eq!(callback.param("language").as_deref(), Some("fr"));
    assert_eq!(callback.param("remember").as_deref(), Some("yes"));
    browser
        .wait_for_text("received by the e2e relying party")
        .await?;
    assert!(!browser.text_contains("Ready to go").await?);
    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn waiting_for_missing_text_fails_with_what_the_page_shows() -> anyhow::Result<()> {
    let mut browser = Browser::launch().await?;
    browser.set_deadline(Duration::from_secs(1));
    browser.goto(&data_url("<p>Something else</p>")).await?;
    let waited = tokio::time::timeout(
        Duration::from_secs(30),
        browser.wait_for_text("Never shown"),
    )
    .await
    .context("the wait for text never shown ends within 30 s")?;
    let err = waited.expect_err("waiting for text the page never shows fails");
    let text = format!("{err:#}");
    assert!(text.contains("Something else"), "{text}");
    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_virtual_authenticator_creates_a_credential_for_localhost() -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let browser = Browser::launch().await?;
    // A secure context with a domain RP ID: localhost, never an IP address.
    let origin = format!("http://localhost:{}", rp.addr().port());
    browser.goto(&format!("{origin}/webauthn")).await?;
    let authenticator = browser.add_virtual_authenticator(true).await?;
    assert!(browser
        .virtual_credentials(&authenticator)
        .await?
        .is_empty());

    let created = browser
        .eval(
            r#"navigator.credentials.create({ publicKey: {
                 rp: { id: "localhost", name: "e2e" },
                 user: { id: new Uint8Array([1, 2, 3, 4]), name: "ada", displayName: "Ada" },
                 challenge: new Uint8Array(32),
                 pubKeyCredParams: [{ type: "public-key", alg: -7 }],
                 authenticatorSelection: { userVerification: "required", residentKey: "required" }
               } }).then(c => c.type)"#,
        )
        .await?;
    assert_eq!(created, "public-key");
    let credentials = browser.virtual_credentials(&authenticator).await?;
    assert_eq!(credentials.len(), 1);
    assert_eq!(credentials[0].rp_id.as_deref(), Some("localhost"));
    browser.close().await?;
    Ok(())
}
