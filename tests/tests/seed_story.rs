//! The seed user guide end to end ("EU login setup and CPMS access request", sections 1-4,
//! and its FAQ) against the real binaries: `idp demo` as EU Login with the authorization
//! system, `relying-party-demo` as CPMS, headless Chromium as the user and the helpdesk.

use std::time::Duration;

use anyhow::Context;
use e2e::signin::{add_phone, password_session, register, set_password, sign_in, type_sms_code};
use e2e::{
    oidc, unique_email, Browser, ClientSpec, Cpms, CpmsPort, Provider, ProviderOptions,
    RedirectListener, RelyingParty, UserSpec,
};
use openidconnect::OAuth2TokenResponse;
use reqwest::header::WWW_AUTHENTICATE;
use reqwest::StatusCode;

/// Long, uncommon, and unrelated to the e-mail address or name.
const PASSWORD: &str = "copper meadow lantern 7314 softly";

const CENTRE: &str = "eurogen.nl.radboud-university-medical-center";
const WS1: &str = "WS1 Rare congenital urorecto genital anomalies";

/// `idp demo` (seeded clients, helpdesk user, ERN tree) with CPMS on its own port.
struct Demo {
    provider: Provider,
    cpms: Cpms,
    helpdesk_email: String,
    helpdesk_password: String,
}

async fn demo() -> anyhow::Result<Demo> {
    let port = CpmsPort::reserve()?;
    let provider =
        Provider::start(ProviderOptions::demo().env("IDP_DEMO_CPMS_URL", port.url(""))).await?;
    let path = provider.data_dir().join("demo.json");
    let cpms = Cpms::start_with(port, &[&format!("--demo-json={}", path.display())], &[]).await?;
    let demo = provider.demo_json().context("no demo.json")?.clone();
    let helpdesk = demo["users"]
        .as_array()
        .context("demo.json has no users")?
        .iter()
        .find(|u| {
            u["roles"]
                .as_array()
                .is_some_and(|r| r.iter().any(|r| r == "helpdesk:cpms"))
        })
        .context("the demo seed has no CPMS helpdesk user")?
        .clone();
    let text = |field: &str| {
        helpdesk[field]
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("the helpdesk user has no {field} in demo.json"))
    };
    Ok(Demo {
        provider,
        cpms,
        helpdesk_email: text("email")?,
        helpdesk_password: text("password")?,
    })
}

fn http() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .timeout(Duration::from_secs(15))
        .build()?)
}

/// An element id with dots (the tree's ids) as a CSS selector.
fn by_id(id: &str) -> String {
    format!("[id='{id}']")
}

/// Guide 3.2-3.3 up to step 2, where the tree is shown: "Request access", CPMS, "Step2".
async fn request_form_at_step_two(browser: &Browser, provider: &Provider) -> anyhow::Result<()> {
    browser.goto(&provider.url("/access")).await?;
    browser.click("#request-access").await?;
    browser.fill("#application", "cpms").await?;
    browser.click("#next-step").await?;
    browser.wait_for_selector(".org-tree").await
}

/// Guide 3.3-3.5 from step 2: "Open" eUROGEN, "Open" the Netherlands, the centre's round
/// button, Step3, the profile, Step4, a comment, "Submit Request Access".
async fn finish_request(
    browser: &Browser,
    centre: &str,
    profile: &str,
    comment: &str,
) -> anyhow::Result<()> {
    // eUROGEN is already open when step 2 came back with an error about it.
    let closed = browser
        .eval("document.querySelector(\"[id='open-eurogen']\") !== null")
        .await?;
    if closed == serde_json::Value::Bool(true) {
        browser.click(&by_id("open-eurogen")).await?;
    }
    browser.click(&by_id("open-eurogen.nl")).await?;
    browser
        .set_checked(&by_id(&format!("org-{centre}")), true)
        .await?;
    browser.click("#next-step").await?;
    browser
        .set_checked(&by_id(&format!("profile-{profile}")), true)
        .await?;
    browser.click("#next-step").await?;
    browser.fill("#comment", comment).await?;
    assert!(browser.text_contains("Summary").await?);
    browser.click("#submit-request").await?;
    browser
        .wait_for_text("Your request has been submitted")
        .await
}

/// The helpdesk, in its own browser, decides the only pending request.
async fn helpdesk_decides(
    provider: &Provider,
    email: &str,
    password: &str,
    approve: bool,
    reason: &str,
) -> anyhow::Result<()> {
    let desk = Browser::launch().await?;
    // Not signed in: EU Login first, then back to the queue.
    desk.goto(&provider.url("/access/helpdesk")).await?;
    sign_in(&desk, email, password, Some("password")).await?;
    desk.wait_for_selector("#pending").await?;
    desk.fill("#pending textarea[name=reason]", reason).await?;
    let button = if approve { "approve" } else { "deny" };
    desk.click(&format!("#pending button[value={button}]"))
        .await?;
    desk.wait_for_text(if approve {
        "The request was approved"
    } else {
        "The request was denied"
    })
    .await?;
    desk.close().await
}

#[tokio::test]
async fn the_seed_story_from_registration_to_a_cpms_panel_and_sign_out_everywhere(
) -> anyhow::Result<()> {
    let d = demo().await?;
    let provider = &d.provider;
    let browser = Browser::launch().await?;
    let email = unique_email("seed-story");

    // 1.1 Creating an account.
    register(&browser, provider, ("Francesca", "Verdi"), &email).await?;

    // 1.2-1.3 The confirmation e-mail's link, then the password.
    let link = provider
        .outbox()
        .wait_for_link(&email, "/password/set")
        .await?;
    browser.goto(&link).await?;
    set_password(&browser, PASSWORD).await?;
    browser.wait_for_text("Sign in").await?;

    // 1.4 Sign in with the verification method "password".
    password_session(&browser, provider, &email, PASSWORD).await?;

    // 2.1 My Account > Manage my mobile phone numbers > Add, in the guide's spelling.
    add_phone(&browser, provider, "+31 612 34 56 78", "+31612345678").await?;

    // 3. The access request: CPMS, eUROGEN > Netherlands > Radboud, HP, a comment.
    request_form_at_step_two(&browser, provider).await?;
    finish_request(&browser, CENTRE, "HP", "Paediatric urologist, WS1").await?;
    assert!(browser.text_contains("Pending").await?);

    // The CPMS helpdesk approves; the requester is told by e-mail.
    helpdesk_decides(
        provider,
        &d.helpdesk_email,
        &d.helpdesk_password,
        true,
        "Welcome to CPMS",
    )
    .await?;
    let approved = provider
        .outbox()
        .wait_for_where("the approval mail", Duration::from_secs(15), |m| {
            m.to == email && m.subject.as_deref() == Some("Your access to CPMS was approved")
        })
        .await?;
    assert!(approved.body.contains("Radboud University Medical Center"));

    // 4. First login to CPMS: the password session is stepped up with an SMS code only.
    browser.goto(&d.cpms.url("/")).await?;
    browser.click("#login").await?;
    browser
        .wait_for_text("Choose your verification method")
        .await?;
    browser.click("a[href^='/login/sms']").await?;
    type_sms_code(&browser, provider, "+31612345678", 2).await?;

    // The first-login preferences: professional role and thematic area.
    browser
        .wait_for_text("Welcome to CPMS: your preferences")
        .await?;
    for area in [
        WS1,
        "WS2 Functional urogenital conditions requiring highly specialised surgery",
        "WS3 Rare urogenital tumours",
    ] {
        assert!(browser.text_contains(area).await?, "{area}");
    }
    browser
        .fill("#professional_role", "Paediatric urologist")
        .await?;
    browser
        .set_checked(&format!("input[name=thematic_area][value='{WS1}']"), true)
        .await?;
    browser.submit("#preferences-form").await?;

    // The ERN tab, its Preferences (kept), and a panel with the role beside the name.
    browser.wait_for_selector("#side-panels").await?;
    browser.click("#side-preferences").await?;
    browser.wait_for_selector("#professional_role").await?;
    let role = browser
        .eval("document.querySelector('#professional_role').value")
        .await?;
    assert_eq!(role, "Paediatric urologist");
    browser.click("#side-panels").await?;
    browser
        .wait_for_text("Francesca Verdi — Paediatric urologist")
        .await?;

    // Sign out everywhere: EU Login's sign-out ends the CPMS session by back-channel logout.
    browser.goto(&provider.url("/logout")).await?;
    browser.submit("#logout-form").await?;
    browser.wait_for_text("You have been signed out").await?;
    // The browser never signed out at CPMS itself; its CPMS session ends when the provider's
    // logout token arrives there.
    e2e::wait::until(
        "CPMS to end the session",
        Duration::from_secs(15),
        || async {
            browser.goto(&d.cpms.url("/panels")).await?;
            Ok(browser
                .eval("document.querySelector('#login') !== null")
                .await?
                .as_bool()
                .filter(|ended| *ended))
        },
    )
    .await?;
    assert!(!browser.text_contains("Sign out").await?);
    assert!(browser.text_contains("Sign in with EU Login").await?);
    assert!(
        !d.cpms.stderr_tail().contains("logout token refused"),
        "{}",
        d.cpms.stderr_tail()
    );

    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn without_a_grant_cpms_explains_how_to_request_access_and_a_denial_is_shown(
) -> anyhow::Result<()> {
    let d = demo().await?;
    let provider = &d.provider;
    let email = unique_email("faq");
    provider
        .run([
            "user",
            "add",
            &format!("--email={email}"),
            &format!("--password={PASSWORD}"),
            "--first-name=Wout",
            "--last-name=Feitz",
            "--phone=+32 470 12 34 56",
        ])
        .await?;
    let browser = Browser::launch().await?;

    // Signed in at medium but without an approved request: CPMS explains and links.
    browser.goto(&d.cpms.url("/")).await?;
    browser.click("#login").await?;
    sign_in(&browser, &email, PASSWORD, Some("sms")).await?;
    type_sms_code(&browser, provider, "+32470123456", 1).await?;
    browser
        .wait_for_text("You do not have access to CPMS yet")
        .await?;
    assert!(browser.text_contains("Submit Request Access").await?);
    let href = browser
        .eval("document.querySelector('#request-access').href")
        .await?;
    assert_eq!(
        href,
        provider.url("/access/request?application=cpms").as_str()
    );

    // The link opens step 1 with CPMS selected.
    browser.click("#request-access").await?;
    browser.wait_for_text("Step 1: Select application").await?;
    let selected = browser
        .eval("document.querySelector('#application').value")
        .await?;
    assert_eq!(selected, "cpms");
    browser.click("#next-step").await?;

    // FAQ Q1: only the round button next to eUROGEN is refused at once, with the reason.
    browser.set_checked(&by_id("org-eurogen"), true).await?;
    browser.click("#next-step").await?;
    browser.wait_for_text("You selected only eUROGEN.").await?;
    assert!(
        browser
            .text_contains("a request without a centre would be denied")
            .await?
    );
    assert!(browser.text_contains("Step 2: Select organisation").await?);

    // Done right, but with a profile the helpdesk denies, with a reason.
    finish_request(&browser, "eurogen.nl.erasmus-mc", "EC", "").await?;
    let reason = "EC is for ERN coordinators; please request HP.";
    helpdesk_decides(
        provider,
        &d.helpdesk_email,
        &d.helpdesk_password,
        false,
        reason,
    )
    .await?;
    let mail = provider
        .outbox()
        .wait_for_where("the denial mail", Duration::from_secs(15), |m| {
            m.to == email && m.subject.as_deref() == Some("Your access request for CPMS was denied")
        })
        .await?;
    assert!(mail.body.contains(reason), "{}", mail.body);
    browser
        .goto_and_wait(&provider.url("/access"), "Denied")
        .await?;
    assert!(browser.text_contains(reason).await?);

    // Signing in to CPMS again still shows how to request access.
    browser
        .goto_and_wait(&d.cpms.url("/login"), "You do not have access to CPMS yet")
        .await?;

    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn the_api_asks_for_step_up_then_serves_a_medium_token_with_the_grant() -> anyhow::Result<()>
{
    // A client for CPMS without a minimum level, so a password-only token exists, linked to
    // the application `cpms` of the authorization system.
    let port = CpmsPort::reserve()?;
    let rp = RedirectListener::start().await?;
    let email = unique_email("api");
    let helpdesk = unique_email("helpdesk");
    let options = ProviderOptions::default()
        .client(
            ClientSpec::new("cpms-api")
                .redirect_uri(port.url("/callback"))
                .redirect_uri(rp.url("/callback"))
                .auth_method("client_secret_basic"),
        )
        .user(UserSpec::new(&email, PASSWORD).name("Wout", "Feitz"))
        .user(
            UserSpec::new(&helpdesk, PASSWORD)
                .name("Hana", "Desk")
                .role("helpdesk:cpms"),
        );
    let provider = Provider::start(options).await?;
    let client = provider.client("cpms-api")?.clone();
    let secret = client
        .client_secret
        .clone()
        .context("the client has no secret: not a confidential client")?;
    provider
        .run([
            "access",
            "application",
            "add",
            "--id=cpms",
            "--name=CPMS",
            &format!("--client-id={}", client.client_id),
            "--profile=HP=Healthcare professional",
        ])
        .await?;
    provider
        .run([
            "access",
            "org",
            "add",
            "--ern=eUROGEN",
            "--country=NL",
            "--centre=Radboud University Medical Center",
        ])
        .await?;
    let cpms = Cpms::start(port, provider.issuer(), &client.client_id, &secret).await?;
    let relying_party = RelyingParty::discover(
        provider.issuer(),
        &client.client_id,
        Some(&secret),
        &rp.url("/callback"),
    )
    .await?;
    let api = cpms.url("/api/patients");
    let http = http()?;
    let browser = Browser::launch().await?;

    // A phone for the step-up, added in My Account after a password sign-in.
    password_session(&browser, &provider, &email, PASSWORD).await?;
    add_phone(&browser, &provider, "+32 470 99 88 77", "+32470998877").await?;

    // Access requested and approved.
    request_form_at_step_two(&browser, &provider).await?;
    finish_request(&browser, CENTRE, "HP", "").await?;
    helpdesk_decides(&provider, &helpdesk, PASSWORD, true, "").await?;

    // A password-only token: RFC 9470's challenge names the level to reach.
    let request = relying_party.authorization_request(&["openid", "profile", "email"], &[]);
    browser.goto(request.url.as_str()).await?;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    let code = callback
        .param("code")
        .with_context(|| format!("the callback carries no code: {callback:?}"))?;
    let tokens = relying_party
        .exchange_code(&code, request.pkce_verifier)
        .await?;
    let res = http
        .get(&api)
        .bearer_auth(tokens.access_token().secret())
        .send()
        .await?;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let challenge = res.headers()[WWW_AUTHENTICATE].to_str()?.to_string();
    assert!(
        challenge.contains("error=\"insufficient_user_authentication\""),
        "{challenge}"
    );
    let medium = provider.url("/loa/medium");
    assert!(
        challenge.contains(&format!("acr_values=\"{medium}\"")),
        "{challenge}"
    );

    // The client asks again with the challenge's acr_values: only the SMS code is asked.
    let request = relying_party
        .authorization_request(&["openid", "profile", "email"], &[("acr_values", &medium)]);
    browser
        .goto_and_wait(request.url.as_str(), "Choose your verification method")
        .await?;
    browser.click("a[href^='/login/sms']").await?;
    type_sms_code(&browser, &provider, "+32470998877", 2).await?;
    let callback = rp
        .wait_for_callback_at("/callback", Duration::from_secs(15))
        .await?;
    let (tokens, claims) = relying_party.redeem(&callback, request).await?;
    assert_eq!(oidc::acr(&claims)?, medium);
    let res = http
        .get(&api)
        .bearer_auth(tokens.access_token().secret())
        .send()
        .await?;
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.context("the API's JSON answer")?;
    assert!(body["patients"].as_array().is_some_and(|p| !p.is_empty()));

    // The grant revoked (`idp access grant revoke`): the same medium token is refused.
    let listed = provider
        .run(["access", "grant", "list", "--application=cpms"])
        .await?;
    let id = listed
        .lines()
        .find(|l| l.contains(&email))
        .and_then(|l| l.split('\t').next())
        .with_context(|| format!("no grant of {email} in {listed}"))?
        .to_owned();
    // The grant id is random base64url: `--` so one beginning with `-` is not read as a flag.
    provider
        .run(["access", "grant", "revoke", "--reason=test", "--", &id])
        .await?;
    let res = http
        .get(&api)
        .bearer_auth(tokens.access_token().secret())
        .send()
        .await?;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let challenge = res.headers()[WWW_AUTHENTICATE].to_str()?;
    assert!(
        challenge.contains("error=\"insufficient_scope\""),
        "{challenge}"
    );

    browser.close().await?;
    Ok(())
}
