//! J4 My Account, J5 add a phone number, J6 sign in with Mobile + SMS, and step-up from a
//! password session, in headless Chromium against the real `idp` binary.

use std::time::Duration;

use e2e::signin::{password_session, sign_in, sms_code_in, type_sms_code};
use e2e::{
    unique_email, Browser, ClientSpec, Provider, ProviderOptions, RedirectListener, RelyingParty,
    UserSpec,
};

const PASSWORD: &str = "violet harbour lantern 4791 quietly";

#[tokio::test]
async fn add_a_phone_then_sign_in_with_mobile_and_sms_and_step_up() {
    let rp = RedirectListener::start().await.unwrap();
    let email = unique_email("sms");
    let options = ProviderOptions::default()
        .client(ClientSpec::new("basic-rp").redirect_uri(rp.url("/callback")))
        .client(
            ClientSpec::new("CPMS")
                .redirect_uri(rp.url("/callback"))
                .minimum_acr("medium"),
        )
        .user(UserSpec::new(&email, PASSWORD).name("Francesco", "Rotolo"))
        // Two sign-ins with SMS to one number follow each other within a second here; the
        // minute between two codes to one number is tested in the router tests (sms.rs).
        .env("IDP_PACING_SMS_MIN_INTERVAL_SECS", "0");
    let provider = Provider::start(options).await.unwrap();
    let browser = Browser::launch().await.unwrap();

    // J4: sign in with the password, open My Account from the gear menu.
    password_session(&browser, &provider, &email, PASSWORD).await;
    browser.goto(&provider.url("/account")).await.unwrap();
    browser
        .wait_for_text("Manage my mobile phone numbers")
        .await
        .unwrap();
    assert!(
        browser.text_contains("ROTOLO").await.unwrap(),
        "the gear shows the name"
    );

    // J5: add a number in the seed's spelling.
    browser.click("a[href='/account/phones']").await.unwrap();
    browser.click("#add-phone").await.unwrap();
    browser
        .fill("#phone-form [name=phone]", "+33 6 12 34 56 78")
        .await
        .unwrap();
    browser.submit("#phone-form").await.unwrap();
    browser
        .wait_for_text("It might take up to 8 minutes")
        .await
        .unwrap();
    let sms = provider
        .outbox()
        .wait_for("+33612345678", "sms")
        .await
        .unwrap();
    browser
        .fill(
            "#finalise-form [name=code]",
            &sms_code_in(&sms.body).to_lowercase(),
        )
        .await
        .unwrap();
    browser.submit("#finalise-form").await.unwrap();
    browser
        .wait_for_text("Your mobile phone number +33612345678 was added successfully.")
        .await
        .unwrap();

    // Step-up: the password session meets a medium client; only the SMS is asked.
    let cpms = RelyingParty::for_client(&provider, "CPMS", &rp)
        .await
        .unwrap();
    let request = cpms.authorization_request(&["openid", "email"], &[]);
    browser.goto(request.url.as_str()).await.unwrap();
    browser
        .wait_for_text("Choose your verification method")
        .await
        .unwrap();
    assert!(
        !browser.text_contains("Lost your password?").await.unwrap(),
        "no password again"
    );
    browser.click("a[href^='/login/sms']").await.unwrap();
    type_sms_code(&browser, &provider, "+33612345678", 2).await;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await.unwrap();
    let tokens = cpms
        .exchange_code(&callback.param("code").unwrap(), request.pkce_verifier)
        .await
        .unwrap();
    let claims = cpms.verify_id_token(&tokens, &request.nonce).unwrap();
    assert!(claims
        .auth_context_ref()
        .unwrap()
        .as_str()
        .ends_with("/loa/medium"));
    let amr: Vec<&str> = claims
        .auth_method_refs()
        .unwrap()
        .iter()
        .map(|m| m.as_str())
        .collect();
    assert_eq!(amr, ["pwd", "sms", "mfa"]);

    // J6: a new browser signs in to CPMS choosing "Mobile + SMS" on the password screen.
    let fresh = Browser::launch().await.unwrap();
    let request = cpms.authorization_request(&["openid"], &[]);
    fresh.goto(request.url.as_str()).await.unwrap();
    sign_in(&fresh, &email, PASSWORD, Some("sms")).await;
    fresh.wait_for_selector("#sms-send-form").await.unwrap();
    type_sms_code(&fresh, &provider, "+33612345678", 3).await;
    let callback = loop {
        // The first browser may still ask the listener for a favicon.
        let c = rp.wait_for_callback(Duration::from_secs(15)).await.unwrap();
        if c.path == "/callback" {
            break c;
        }
    };
    assert!(callback.param("code").is_some(), "{callback:?}");

    fresh.close().await.unwrap();
    browser.close().await.unwrap();
}
