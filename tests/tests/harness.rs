//! Self-checks of the end-to-end harness that need no provider: real headless Chromium
//! submitting a form to the relying-party listener.

use std::time::Duration;

use e2e::{Browser, RedirectListener};

fn data_url(html: &str) -> String {
    let mut url = url::Url::parse("data:text/html,").unwrap();
    url.set_path(&format!("text/html,{}", html.replace('#', "%23")));
    url.to_string()
}

#[tokio::test]
async fn chromium_fills_and_submits_a_form_to_the_listener() {
    let rp = RedirectListener::start().await.unwrap();
    let page = format!(
        r#"<form id="f" method="get" action="{}">
             <input name="email"><input type="checkbox" name="remember" value="yes">
             <select name="language"><option value="en">English</option><option value="fr">Français</option></select>
             <button type="submit">Go</button></form><p>Ready to go</p>"#,
        rp.url("/callback")
    );
    let browser = Browser::launch().await.unwrap();
    browser.goto(&data_url(&page)).await.unwrap();
    browser.wait_for_text("Ready to go").await.unwrap();
    browser
        .fill("#f [name=email]", "a+b@example.test")
        .await
        .unwrap();
    browser.fill("#f [name=language]", "fr").await.unwrap();
    browser
        .set_checked("#f [name=remember]", true)
        .await
        .unwrap();
    browser.submit("#f").await.unwrap();

    let url = browser
        .wait_for_url_prefix(&rp.url("/callback?"))
        .await
        .unwrap();
    let callback = rp.wait_for_callback(Duration::from_secs(10)).await.unwrap();
    assert_eq!(
        callback.param("email").as_deref(),
        Some("a+b@example.test"),
        "{url}"
    );
    assert_eq!(callback.param("language").as_deref(), Some("fr"));
    assert_eq!(callback.param("remember").as_deref(), Some("yes"));
    browser
        .wait_for_text("received by the e2e relying party")
        .await
        .unwrap();
    assert!(!browser.text_contains("Ready to go").await.unwrap());
    browser.close().await.unwrap();
}

#[tokio::test]
async fn waiting_for_missing_text_fails_with_what_the_page_shows() {
    let mut browser = Browser::launch().await.unwrap();
    browser.set_deadline(Duration::from_secs(1));
    browser
        .goto(&data_url("<p>Something else</p>"))
        .await
        .unwrap();
    let err = tokio::time::timeout(
        Duration::from_secs(30),
        browser.wait_for_text("Never shown"),
    )
    .await
    .unwrap()
    .unwrap_err();
    let text = format!("{err:#}");
    assert!(text.contains("Something else"), "{text}");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn a_virtual_authenticator_creates_a_credential_for_localhost() {
    let rp = RedirectListener::start().await.unwrap();
    let browser = Browser::launch().await.unwrap();
    // A secure context with a domain RP ID: localhost, never an IP address.
    let origin = format!("http://localhost:{}", rp.addr().port());
    browser.goto(&format!("{origin}/webauthn")).await.unwrap();
    let authenticator = browser.add_virtual_authenticator(true).await.unwrap();
    assert!(browser
        .virtual_credentials(&authenticator)
        .await
        .unwrap()
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
        .await
        .unwrap();
    assert_eq!(created, "public-key");
    let credentials = browser.virtual_credentials(&authenticator).await.unwrap();
    assert_eq!(credentials.len(), 1);
    assert_eq!(credentials[0].rp_id.as_deref(), Some("localhost"));
    browser.close().await.unwrap();
}
