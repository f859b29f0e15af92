//! J12/J13 against the real binaries: `idp` as the provider and `relying-party-demo` as CPMS,
//! driven by headless Chromium and over HTTP.
//!
//! These tests cover what CPMS must refuse: a password-only (basic) sign-in, bearer tokens
//! below medium or invalid, and forged logout tokens. The whole seed story (access request,
//! helpdesk approval, step-up by SMS, first-login preferences, panels, back-channel logout)
//! and the FAQ cases with grants (no grant, a denial, the API after step-up) are in
//! `seed_story.rs`.

use std::time::Duration;

use anyhow::Context;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chromiumoxide::cdp::browser_protocol::network::CookieParam;
use e2e::signin::sign_in;
use e2e::{
    oidc, unique_email, Browser, ClientSpec, Cpms, CpmsPort, Provider, ProviderOptions,
    RedirectListener, RelyingParty, UserSpec,
};
use openidconnect::OAuth2TokenResponse;
use reqwest::header::{LOCATION, SET_COOKIE, WWW_AUTHENTICATE};
use reqwest::StatusCode;

/// Long, uncommon, and unrelated to the e-mail address or name.
const PASSWORD: &str = "amber orchard compass 5812 slowly";

const CLIENT: &str = "cpms-without-minimum-acr";

/// A provider with a CPMS-like client that has NO `minimum_acr` (so a password-only sign-in
/// gives basic), CPMS on its own port, and a loopback redirect listener registered on the same
/// client (for the test's own token requests).
struct Setup {
    provider: Provider,
    cpms: Cpms,
    rp: RedirectListener,
    email: String,
}

async fn setup(prefix: &str) -> anyhow::Result<Setup> {
    let port = CpmsPort::reserve()?;
    let rp = RedirectListener::start().await?;
    let email = unique_email(prefix);
    let options = ProviderOptions::default()
        .client(
            ClientSpec::new(CLIENT)
                .redirect_uri(port.url("/callback"))
                .redirect_uri(rp.url("/callback"))
                .post_logout_redirect_uri(port.url("/"))
                .backchannel_logout_uri(port.url("/backchannel-logout"))
                .auth_method("client_secret_basic"),
        )
        .user(UserSpec::new(&email, PASSWORD).name("Wout", "Feitz"));
    let provider = Provider::start(options).await?;
    let client = provider.client(CLIENT)?.clone();
    let secret = client
        .client_secret
        .as_deref()
        .context("the client has no secret: not a confidential client")?;
    let cpms = Cpms::start(port, provider.issuer(), &client.client_id, secret).await?;
    Ok(Setup {
        provider,
        cpms,
        rp,
        email,
    })
}

fn http() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(Duration::from_secs(15))
        .build()?)
}

/// Polls a log file until it contains `needle`.
async fn wait_for_log(path: std::path::PathBuf, needle: &str) -> anyhow::Result<()> {
    e2e::wait::until(
        &format!("{needle:?} in {}", path.display()),
        Duration::from_secs(15),
        || {
            let path = path.clone();
            async move {
                let text = std::fs::read_to_string(&path).context("read the log")?;
                Ok(text.contains(needle).then_some(()))
            }
        },
    )
    .await
}

#[tokio::test]
async fn cpms_refuses_a_password_only_sign_in_by_its_own_acr_check() -> anyhow::Result<()> {
    let s = setup("cpms-basic").await?;
    let browser = Browser::launch().await?;

    // CPMS's authorization request: code flow, PKCE S256, state, nonce, acr_values=medium.
    let res = http()?.get(s.cpms.url("/login")).send().await?;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let cookie = res
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("cpms_session="))
        .expect("CPMS sets its session cookie")
        .to_string();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    let session_id = cookie
        .trim_start_matches("cpms_session=")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let location = res.headers()[LOCATION].to_str()?.to_string();
    let mut authorize =
        url::Url::parse(&location).with_context(|| format!("CPMS redirects to {location}"))?;
    assert!(
        location.starts_with(&s.provider.url("/authorize")),
        "{location}"
    );
    let param = |name: &str| {
        authorize
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    assert_eq!(
        param("acr_values"),
        Some(s.provider.url("/loa/medium")),
        "CPMS asks for medium"
    );
    assert_eq!(param("code_challenge_method").as_deref(), Some("S256"));
    assert_eq!(param("response_type").as_deref(), Some("code"));
    assert!(param("state").is_some() && param("nonce").is_some());

    // The request loses its acr_values on the way (a tampered link, or a provider that
    // ignores it): the provider, with no minimum for this client, issues basic.
    let kept: Vec<(String, String)> = authorize
        .query_pairs()
        .filter(|(k, _)| k != "acr_values")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    authorize.query_pairs_mut().clear().extend_pairs(kept);

    browser
        .page()
        .set_cookie(
            CookieParam::builder()
                .name("cpms_session")
                .value(session_id)
                .url(s.cpms.url("/"))
                .http_only(true)
                .build()
                .map_err(anyhow::Error::msg)?,
        )
        .await
        .context("give the browser the CPMS session cookie")?;
    browser.goto(authorize.as_str()).await?;
    sign_in(&browser, &s.email, PASSWORD, None).await?;

    // Back at CPMS, which verified the ID token and then refused its acr itself.
    browser
        .wait_for_text("CPMS requires two-factor authentication (medium level)")
        .await?;
    let at = browser.url().await?;
    assert!(at.starts_with(&s.cpms.url("/callback")), "{at}");
    browser.wait_for_selector("#login-again").await?;
    wait_for_log(s.cpms.stderr_log(), "sign-in below medium refused").await?;

    // No CPMS session came of it: the home page is the landing page.
    browser.goto(&s.cpms.url("/")).await?;
    browser.wait_for_selector("#login").await?;
    assert!(!browser.text_contains("Sign out").await?);

    // Signing out at the provider sends CPMS a real back-channel logout token (the provider
    // issued CPMS a grant in that session); CPMS verifies it and answers 200.
    browser.goto(&s.provider.url("/logout")).await?;
    browser.wait_for_selector("#logout-form").await?;
    browser.submit("#logout-form").await?;
    wait_for_log(s.provider.stderr_log(), "back-channel logout delivered").await?;
    wait_for_log(s.cpms.stderr_log(), "back-channel logout").await?;
    assert!(
        !s.cpms.stderr_tail().contains("logout token refused"),
        "{}",
        s.cpms.stderr_tail()
    );

    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn the_bearer_api_challenges_low_and_invalid_tokens_and_forged_logout_tokens_fail(
) -> anyhow::Result<()> {
    let s = setup("cpms-api").await?;
    let browser = Browser::launch().await?;
    let api = s.cpms.url("/api/patients");
    let http = http()?;

    // Pages need a CPMS session; every response carries the content security policy.
    for path in [
        "/ern",
        "/preferences",
        "/ern/preferences",
        "/panels",
        "/logout",
    ] {
        let res = http.get(s.cpms.url(path)).send().await?;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(res.headers()[LOCATION], "/", "{path}");
    }
    let res = http.get(s.cpms.url("/")).send().await?;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()["content-security-policy"],
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
    );
    let res = http
        .post(s.cpms.url("/preferences"))
        .form(&[
            ("csrf", "x"),
            ("professional_role", "Surgeon"),
            ("thematic_area", "WS3 Rare urogenital tumours"),
        ])
        .send()
        .await?;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "no session, no saving");

    // No token: a bare challenge.
    let res = http.get(&api).send().await?;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let challenge = res.headers()[WWW_AUTHENTICATE].to_str()?;
    assert!(challenge.starts_with("Bearer "), "{challenge}");

    // An unknown token: invalid_token.
    let res = http
        .get(&api)
        .bearer_auth("not-a-token-the-provider-issued")
        .send()
        .await?;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let challenge = res.headers()[WWW_AUTHENTICATE].to_str()?;
    assert!(challenge.contains("error=\"invalid_token\""), "{challenge}");

    // A real access token of this client at basic (password only).
    let client = s.provider.client(CLIENT)?;
    let relying_party = RelyingParty::discover(
        s.provider.issuer(),
        &client.client_id,
        client.client_secret.as_deref(),
        &s.rp.url("/callback"),
    )
    .await?;
    let request = relying_party.authorization_request(&["openid", "profile", "email"], &[]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &s.email, PASSWORD, None).await?;
    let callback = s.rp.wait_for_callback(Duration::from_secs(15)).await?;
    let (tokens, claims) = relying_party.redeem(&callback, request).await?;
    assert!(oidc::acr(&claims)?.ends_with("/loa/basic"));

    // RFC 9470: insufficient_user_authentication with the level to reach.
    let res = http
        .get(&api)
        .bearer_auth(tokens.access_token().secret())
        .send()
        .await?;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let challenge = res.headers()[WWW_AUTHENTICATE].to_str()?.to_string();
    assert!(challenge.starts_with("Bearer "), "{challenge}");
    assert!(
        challenge.contains("error=\"insufficient_user_authentication\""),
        "{challenge}"
    );
    assert!(
        challenge.contains(&format!("acr_values=\"{}\"", s.provider.url("/loa/medium"))),
        "{challenge}"
    );
    assert!(challenge.contains("error_description=\""), "{challenge}");
    let body: serde_json::Value = res.json().await.context("the API's JSON error")?;
    assert_eq!(body["error"], "insufficient_user_authentication");

    // Back-channel logout: forged and malformed tokens are refused with 400.
    let enc = |v: serde_json::Value| URL_SAFE_NO_PAD.encode(v.to_string());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    let claims = enc(serde_json::json!({
        "iss": s.provider.issuer(), "aud": client.client_id, "iat": now, "exp": now + 120,
        "jti": "forged", "sub": claims.subject().as_str(),
        "events": { "http://schemas.openid.net/event/backchannel-logout": {} }
    }));
    let forged = [
        format!("{}.{claims}.", enc(serde_json::json!({"alg": "none"}))),
        format!(
            "{}.{claims}.{}",
            enc(serde_json::json!({"alg": "ES256", "typ": "logout+jwt"})),
            URL_SAFE_NO_PAD.encode([7u8; 64])
        ),
        format!(
            "{}.{claims}.{}",
            enc(serde_json::json!({"alg": "HS256"})),
            URL_SAFE_NO_PAD.encode([7u8; 32])
        ),
        "not-a-jwt".to_string(),
        String::new(),
    ];
    for token in forged {
        let res = http
            .post(s.cpms.url("/backchannel-logout"))
            .form(&[("logout_token", token.as_str())])
            .send()
            .await?;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{token}");
    }

    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn cpms_reads_its_client_from_the_demo_seed() -> anyhow::Result<()> {
    let provider = Provider::start(ProviderOptions::demo()).await?;
    let path = provider.data_dir().join("demo.json");
    // The seed registers http://127.0.0.1:8081/callback; CPMS runs on a free port here and
    // names the seed's public URL (nothing in this test follows the redirect back).
    let cpms = Cpms::start_with(
        CpmsPort::reserve()?,
        &[
            &format!("--demo-json={}", path.display()),
            "--public-url=http://127.0.0.1:8081",
        ],
        &[],
    )
    .await?;

    let http = http()?;
    let res = http.get(cpms.url("/login")).send().await?;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let location = url::Url::parse(res.headers()[LOCATION].to_str()?)?;
    let param = |name: &str| {
        location
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    assert!(location.as_str().starts_with(&provider.url("/authorize")));
    assert_eq!(param("client_id").as_deref(), Some("cpms"));
    assert_eq!(
        param("redirect_uri").as_deref(),
        Some("http://127.0.0.1:8081/callback")
    );
    assert_eq!(param("acr_values"), Some(provider.url("/loa/medium")));

    // The provider accepts the request (client and redirect URI match the seed) and starts a
    // sign-in instead of showing an error.
    let res = http.get(location.as_str()).send().await?;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let next = res.headers()[LOCATION].to_str()?;
    assert!(next.starts_with("/login?flow="), "{next}");
    Ok(())
}
