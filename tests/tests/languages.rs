//! Issue 15 in the browser: the language of the pages chosen by the relying party's
//! `ui_locales` (CPMS in French and German, through a step-up), by the browser's
//! `Accept-Language`, by the selector in the middle of a sign-in (the flow goes on); mail and
//! SMS in the account's language (Polish, Greek) and the `locale` claim; a sign-in with the
//! keyboard alone; and the pages of the journeys in German and Finnish, each checked by
//! axe-core and the layout checks of `e2e::pages` like the English ones.

use std::time::Duration;

use anyhow::Context;
use e2e::signin::{add_phone, password_session, set_password, sign_in, type_sms_code};
use e2e::{
    unique_email, Browser, ClientSpec, Cpms, CpmsPort, Provider, ProviderOptions, RedirectListener,
    RelyingParty, UserSpec,
};

/// Long, uncommon, and unrelated to the e-mail address or name.
const PASSWORD: &str = "amber valley compass 5182 gently";

/// A message of the provider's catalogue in `lang`, its placeables left out: the pieces of
/// text between them, as the reader sees them whatever the data.
fn catalogue_pieces(lang: &str, file: &str, id: &str) -> anyhow::Result<Vec<String>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../idp/locales")
        .join(lang)
        .join(file);
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{id} =")))
        .with_context(|| format!("no {id} in {}", path.display()))?;
    Ok(line
        .split(['{', '}'])
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, piece)| piece.trim().to_owned())
        .filter(|piece| !piece.is_empty())
        .collect())
}

#[tokio::test]
async fn cpms_in_french_and_german_gets_the_step_up_in_its_language() -> anyhow::Result<()> {
    let port = CpmsPort::reserve()?;
    let users = [
        ("fr", unique_email("fr"), "+32 470 11 22 33", "+32470112233"),
        ("de", unique_email("de"), "+32 470 44 55 66", "+32470445566"),
    ];
    let mut options = ProviderOptions::demo().env("IDP_DEMO_CPMS_URL", port.url(""));
    for (_, email, _, _) in &users {
        options = options.user(UserSpec::new(email, PASSWORD).name("Camille", "Martin"));
    }
    let provider = Provider::start(options).await?;
    let path = provider.data_dir().join("demo.json");
    let cpms = Cpms::start_with(port, &[&format!("--demo-json={}", path.display())], &[]).await?;

    for (lang, email, typed, e164) in &users {
        let browser = Browser::launch().await?;
        // A password session and a phone, in English.
        password_session(&browser, &provider, email, PASSWORD).await?;
        add_phone(&browser, &provider, typed, e164).await?;

        // CPMS in the user's language: its sign-in asks for that language (ui_locales), and
        // the provider's step-up, SMS page and CPMS's answer are in it.
        browser
            .goto(&cpms.url(&format!("/language?lang={lang}&back=/")))
            .await?;
        assert_eq!(browser.lang().await?, *lang, "CPMS's page");
        browser.click("#login").await?;
        browser.wait_for_selector("a[href^='/login/sms']").await?;
        browser.check_page().await?;
        assert_eq!(browser.lang().await?, *lang, "the step-up page");
        assert!(
            !browser
                .text_contains("Choose your verification method")
                .await?,
            "English on the {lang} step-up page"
        );
        browser.click("a[href^='/login/sms']").await?;
        browser.wait_for_selector("#sms-send-form").await?;
        assert_eq!(browser.lang().await?, *lang, "the SMS page");
        type_sms_code(&browser, &provider, e164, 2).await?;
        browser.wait_for_url_prefix(&cpms.url("/")).await?;
        browser.check_page().await?;
        assert_eq!(browser.lang().await?, *lang, "CPMS after the sign-in");
        browser.close().await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_browsers_languages_choose_german_and_an_unknown_one_english() -> anyhow::Result<()> {
    let email = unique_email("accept-language");
    let provider =
        Provider::start(ProviderOptions::default().user(UserSpec::new(&email, PASSWORD))).await?;
    let browser = Browser::launch().await?;
    browser.accept_language("de-AT,de;q=0.9,en;q=0.5").await?;
    browser.goto(&provider.url("/login")).await?;
    browser.wait_for_selector("#identifier-form").await?;
    assert_eq!(browser.lang().await?, "de");
    sign_in(&browser, &email, PASSWORD, Some("password")).await?;
    browser.wait_for_selector("#user-menu").await?;
    // Signed in, the account's language (English here) comes before the browser's.
    assert_eq!(
        browser.lang().await?,
        "en",
        "the home page after signing in"
    );

    let other = Browser::launch().await?;
    other.accept_language("xx-YY;q=abc, , tlh").await?;
    other.goto(&provider.url("/login")).await?;
    other.wait_for_selector("#identifier-form").await?;
    assert_eq!(other.lang().await?, "en");
    browser.close().await?;
    other.close().await?;
    Ok(())
}

#[tokio::test]
async fn the_selector_in_the_middle_of_a_sign_in_changes_the_language_and_the_flow_goes_on(
) -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let email = unique_email("selector");
    let options = ProviderOptions::default()
        .client(
            ClientSpec::new("e2e")
                .redirect_uri(rp.url("/callback"))
                .auth_method("client_secret_basic"),
        )
        .user(UserSpec::new(&email, PASSWORD));
    let provider = Provider::start(options).await?;
    let browser = Browser::launch().await?;
    let relying_party = RelyingParty::for_client(&provider, "e2e", &rp).await?;
    // The relying party asks for English; the person prefers Finnish once there.
    let request =
        relying_party.authorization_request(&["openid", "email"], &[("ui_locales", "en")]);
    browser.goto(request.url.as_str()).await?;
    browser
        .fill_and_submit("#identifier-form", &[("email", &email)])
        .await?;
    browser.wait_for_selector("#password-form").await?;
    assert_eq!(browser.lang().await?, "en");
    let password_page = browser.url().await?;

    browser.click("#language-slot a").await?;
    browser
        .wait_for_selector("#languages a[hreflang='fi']")
        .await?;
    browser.check_page().await?;
    browser.click("#languages a[hreflang='fi']").await?;
    browser.wait_for_selector("#password-form").await?;
    assert_eq!(browser.url().await?, password_page, "the same step");
    assert_eq!(browser.lang().await?, "fi");
    browser.check_page().await?;
    browser
        .fill_and_submit("#password-form", &[("password", PASSWORD)])
        .await?;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    assert_eq!(callback.param("error"), None, "{callback:?}");
    relying_party.redeem(&callback, request).await?;
    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_polish_registrant_gets_polish_mail_and_a_greek_user_greek_sms() -> anyhow::Result<()> {
    let rp = RedirectListener::start().await?;
    let options = ProviderOptions::default().client(
        ClientSpec::new("e2e")
            .redirect_uri(rp.url("/callback"))
            .auth_method("client_secret_basic"),
    );
    let provider = Provider::start(options).await?;

    // Registered in Polish from an English page: the mail is Polish, and so is the claim.
    let email = unique_email("pl");
    let browser = Browser::launch().await?;
    browser.goto(&provider.url("/register")).await?;
    browser
        .fill_and_submit(
            "#register-form",
            &[
                ("first_name", "Zofia"),
                ("last_name", "Wiśniewska"),
                ("email", &email),
                ("email_confirm", &email),
                ("language", "pl"),
            ],
        )
        .await?;
    let mail = provider.outbox().wait_for(&email, "email").await?;
    let subject = mail.subject.clone().unwrap_or_default();
    for piece in catalogue_pieces("pl", "mail.ftl", "mail-registered-subject")? {
        assert!(subject.contains(&piece), "{subject:?} lacks {piece:?}");
    }
    let link = mail.link("/password/set")?;
    browser.goto(&link).await?;
    set_password(&browser, PASSWORD).await?;
    let relying_party = RelyingParty::for_client(&provider, "e2e", &rp).await?;
    let request = relying_party.authorization_request(&["openid", "profile", "email"], &[]);
    browser.goto(request.url.as_str()).await?;
    sign_in(&browser, &email, PASSWORD, None).await?;
    let callback = rp.wait_for_callback(Duration::from_secs(15)).await?;
    let (tokens, _) = relying_party.redeem(&callback, request).await?;
    let userinfo = relying_party
        .userinfo(openidconnect::OAuth2TokenResponse::access_token(&tokens))
        .await?;
    assert_eq!(
        userinfo.locale().map(|l| l.as_str().to_owned()),
        Some("pl".to_owned()),
        "the locale claim"
    );
    browser.close().await?;

    // Registered in Greek: the challenge SMS is Greek (the pages here are in English, by
    // the selector), and within two SMS segments.
    let email = unique_email("el");
    let browser = Browser::launch().await?;
    browser
        .goto(&provider.url("/language?lang=en&back=/register"))
        .await?;
    browser
        .fill_and_submit(
            "#register-form",
            &[
                ("first_name", "Eleni"),
                ("last_name", "Papadopoulou"),
                ("email", &email),
                ("email_confirm", &email),
                ("language", "el"),
            ],
        )
        .await?;
    let link = provider
        .outbox()
        .wait_for_link(&email, "/password/set")
        .await?;
    browser.goto(&link).await?;
    set_password(&browser, PASSWORD).await?;
    password_session(&browser, &provider, &email, PASSWORD).await?;
    add_phone(&browser, &provider, "+30 691 234 5678", "+306912345678").await?;
    let sms = provider
        .outbox()
        .wait_for_count("+306912345678", "sms", 1)
        .await?;
    assert!(
        sms.body
            .chars()
            .any(|c| ('\u{0370}'..='\u{03ff}').contains(&c)),
        "not Greek: {:?}",
        sms.body
    );
    let ucs2_units = sms.body.encode_utf16().count();
    assert!(
        ucs2_units <= 134,
        "more than two UCS-2 segments: {:?}",
        sms.body
    );
    browser.close().await?;
    Ok(())
}

#[tokio::test]
async fn a_sign_in_with_password_and_sms_by_keyboard_alone() -> anyhow::Result<()> {
    let email = unique_email("keyboard");
    let provider =
        Provider::start(ProviderOptions::default().user(UserSpec::new(&email, PASSWORD))).await?;
    let setup = Browser::launch().await?;
    password_session(&setup, &provider, &email, PASSWORD).await?;
    add_phone(&setup, &provider, "+32 470 77 88 99", "+32470778899").await?;
    setup.close().await?;

    let browser = Browser::launch().await?;
    browser.goto(&provider.url("/login")).await?;
    browser.wait_for_selector("#identifier-form").await?;
    browser.tab_to("#email", 10).await?;
    browser.type_text(&email).await?;
    browser.press("Enter").await?;
    browser.wait_for_selector("#password-form").await?;
    browser.tab_to("#password", 10).await?;
    browser.type_text(PASSWORD).await?;
    browser.tab_to("#method", 5).await?;
    // A closed select changes its option with the arrow keys.
    for _ in 0..6 {
        if browser
            .eval_string("document.getElementById('method').value")
            .await?
            == "sms"
        {
            break;
        }
        browser.press("ArrowDown").await?;
    }
    assert_eq!(
        browser
            .eval_string("document.getElementById('method').value")
            .await?,
        "sms"
    );
    browser
        .tab_to("#password-form button[type=submit]", 5)
        .await?;
    browser.press("Enter").await?;
    browser.wait_for_selector("#sms-send-form").await?;
    browser
        .tab_to("#sms-send-form button[type=submit]", 15)
        .await?;
    browser.press("Enter").await?;
    let code = provider
        .outbox()
        .wait_for_sms_code("+32470778899", 2)
        .await?;
    browser.wait_for_selector("#sms-code-form").await?;
    // The code field has the focus when the page opens (autofocus), or is reached by Tab.
    if browser
        .eval("document.activeElement && document.activeElement.id === 'code'")
        .await?
        != serde_json::Value::Bool(true)
    {
        browser.tab_to("#code", 15).await?;
    }
    browser.type_text(&code).await?;
    browser.press("Enter").await?;
    browser.wait_for_selector("#user-menu").await?;
    assert!(
        browser.url().await?.starts_with(&provider.url("/")),
        "signed in at the provider"
    );
    browser.close().await?;
    Ok(())
}

/// The pages of the journeys in two languages with long words, each checked at the three
/// widths by axe-core and the layout checks (`e2e::pages`): registration, the lost password,
/// the selector, an unknown address, a sign-in with password and SMS, every page of My
/// Account, the access requests and the helpdesk's queue.
#[tokio::test]
async fn the_journeys_pages_in_german_and_finnish_pass_the_page_checks() -> anyhow::Result<()> {
    let users = [
        (
            "de",
            unique_email("tour-de"),
            "+32 470 21 21 21",
            "+32470212121",
        ),
        (
            "fi",
            unique_email("tour-fi"),
            "+32 470 31 31 31",
            "+32470313131",
        ),
    ];
    let mut options = ProviderOptions::default();
    for (_, email, _, _) in &users {
        options = options.user(
            UserSpec::new(email, PASSWORD)
                .name("Jaana", "Virtanen")
                .role("helpdesk:cpms"),
        );
    }
    let provider = Provider::start(options).await?;
    for (lang, email, typed, e164) in &users {
        let browser = Browser::launch().await?;
        password_session(&browser, &provider, email, PASSWORD).await?;
        add_phone(&browser, &provider, typed, e164).await?;
        browser.goto(&provider.url("/logout")).await?;
        // Waits for the signed-out page, so that no navigation is under way when the next
        // one starts.
        browser.submit("#logout-form").await?;

        let seen = |what: &str| format!("{what} in {lang}");
        browser
            .goto(&provider.url(&format!("/language?lang={lang}&back=/register")))
            .await?;
        for path in [
            "/register",
            "/password/forgot",
            "/language",
            "/no-such-page",
        ] {
            browser.goto(&provider.url(path)).await?;
            browser.check_page().await?;
            assert_eq!(browser.lang().await?, *lang, "{}", seen(path));
        }
        browser.goto(&provider.url("/login")).await?;
        sign_in(&browser, email, PASSWORD, Some("sms")).await?;
        browser.wait_for_selector("#sms-send-form").await?;
        type_sms_code(&browser, &provider, e164, 2).await?;
        browser.wait_for_selector("#user-menu").await?;
        for path in [
            "/",
            "/account",
            "/account/details",
            "/account/password",
            "/account/phones",
            "/account/phones/add",
            "/account/devices",
            "/account/security-keys",
            "/account/security-keys/add",
            "/account/authenticator-apps",
            "/account/sessions",
            "/account/activity",
            "/account/delete",
            "/access",
            "/access/request",
            "/access/helpdesk",
        ] {
            browser.goto(&provider.url(path)).await?;
            browser.check_page().await?;
            assert_eq!(browser.lang().await?, *lang, "{}", seen(path));
        }
        browser.close().await?;
    }
    Ok(())
}
