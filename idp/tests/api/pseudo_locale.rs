//! Every word a person reads comes from the catalogue (issue 15): with the pseudo-locale
//! `en-XA` (every letter accented, a third longer) chosen in the selector, the pages of every
//! journey and the e-mails they send hold no plain word that is not data (names, e-mail
//! addresses, the brand, the applications', networks' and languages' own names).

use crate::support::*;
use axum::http::StatusCode;

/// The words of a page a person reads or hears: text between tags and the texts of the
/// attributes that are shown or spoken (`aria-label`, `placeholder`, `title`, `alt`, a
/// button's `value`), without scripts and styles.
fn readable(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push(rest[..start].to_owned());
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start + 1..start + end];
        for attr in ["aria-label=\"", "placeholder=\"", "title=\"", "alt=\""] {
            if let Some(at) = tag.find(attr) {
                let value = &tag[at + attr.len()..];
                out.push(value[..value.find('"').unwrap_or(value.len())].to_owned());
            }
        }
        rest = &rest[start + end + 1..];
        for skipped in ["script", "style", "title"] {
            if tag.starts_with(skipped) {
                let close = format!("</{skipped}>");
                rest = rest.find(&close).map_or("", |i| &rest[i..]);
            }
        }
    }
    out.push(rest.to_owned());
    out
}

/// Plain ASCII words (two letters or more) left once the data is taken out.
fn foreign_words(texts: &[String], data: &[&str]) -> Vec<String> {
    // Names may be shown in capitals ("LOVELACE Ada").
    let mut data: Vec<String> = data
        .iter()
        .flat_map(|d| [d.to_string(), d.to_uppercase()])
        .collect();
    for l in idp::i18n::LOCALES.iter().chain([&idp::i18n::PSEUDO]) {
        data.push(l.label());
        data.push(l.name.to_owned());
        data.push(l.code.to_uppercase());
    }
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let mut words = Vec::new();
    for text in texts {
        let mut text = text
            .replace("&amp;", "&")
            .replace("&#x27;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
        for d in &data {
            text = text.replace(d.as_str(), " ");
        }
        for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() >= 2 {
                words.push(word.to_owned());
            }
        }
    }
    words
}

const DATA: &[&str] = &[
    "ada@example.org",
    "helpdesk@example.org",
    "Ada",
    "Lovelace",
    "Hana",
    "Desk",
    "EU Login",
    "CPMS",
    "cpms",
    "Other portal",
];

fn assert_in_pseudo(what: &str, page: &Page) {
    assert!(
        page.body.contains("lang=\"en-XA\""),
        "{what}: not in the pseudo-locale"
    );
    let words = foreign_words(&readable(&page.body), DATA);
    assert!(
        words.is_empty(),
        "{what}: words not from the catalogue: {words:?}\n{}",
        page.body
    );
}

#[tokio::test]
async fn every_page_and_mail_of_the_journeys_comes_from_the_catalogue() {
    let app = TestApp::sqlite_with(|c| {
        c.ui.pseudo_locale = true;
        c.ui.brand = Some("EU Login".into());
    })
    .await;
    app.client(|c| {
        c.name = "CPMS".into();
        c.client_id = Some("cpms".into());
    })
    .await;
    idp::access::admin::seed_demo(&app.state).await.unwrap();
    let mut jar = Jar::default();
    let chosen = app
        .get("/language?lang=en-XA&back=/register", &mut jar)
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);

    // Before signing in: registration, its refusal, the lost-password form, the selector,
    // the error pages.
    for path in [
        "/register",
        "/password/forgot",
        "/language",
        "/no-such-page",
    ] {
        let page = app.get(path, &mut jar).await;
        assert_in_pseudo(path, &page);
    }
    let register = app.get("/register", &mut jar).await;
    let csrf = register.input("csrf").unwrap();
    let refused = app
        .post_form(
            "/register",
            &[("csrf", &csrf), ("email", "not an address")],
            &mut jar,
        )
        .await;
    assert_in_pseudo("registration refused", &refused);
    let forged = app
        .post_form("/register", &[("csrf", "forged")], &mut jar)
        .await;
    assert_in_pseudo("a forged form", &forged);

    // Signing in: the identifier, a wrong password, the password with its methods.
    app.user("ada@example.org").await;
    let start = app.get("/login", &mut jar).await;
    let identifier = app.get(&start.location(), &mut jar).await;
    assert_in_pseudo("identifier", &identifier);
    let flow = identifier.input("flow").unwrap_or_default();
    let csrf = identifier.input("csrf").unwrap();
    let next = app
        .post_form(
            "/login/identifier",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("email", "ada@example.org"),
            ],
            &mut jar,
        )
        .await;
    let password = app.get(&next.location(), &mut jar).await;
    assert_in_pseudo("password", &password);
    let csrf = password.input("csrf").unwrap();
    let wrong = app
        .post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", "wrong"),
                ("method", "password"),
            ],
            &mut jar,
        )
        .await;
    assert_in_pseudo("wrong password", &wrong);
    let done = app
        .post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("method", "password"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);

    // Signed in: every page of My Account and of the access requests.
    for path in [
        "/",
        "/account",
        "/account/details",
        "/account/password",
        "/account/phones",
        "/account/phones/add",
        "/account/devices",
        "/account/devices/add",
        "/account/security-keys",
        "/account/security-keys/add",
        "/account/authenticator-apps",
        "/account/sessions",
        "/account/activity",
        "/account/delete",
        "/access",
        "/access/request",
    ] {
        let page = app.get(path, &mut jar).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        assert_in_pseudo(path, &page);
    }

    // The mails: a lost-password request by a user whose account is in the pseudo-locale.
    let mut other = Jar::default();
    app.get("/language?lang=en-XA&back=/password/forgot", &mut other)
        .await;
    let details = app.get("/account/details", &mut jar).await;
    let csrf = details.input("csrf").unwrap();
    app.post_form(
        "/account/details",
        &[
            ("csrf", &csrf),
            ("first_name", "Ada"),
            ("last_name", "Lovelace"),
            ("language", "en-XA"),
        ],
        &mut jar,
    )
    .await;
    app.ask_reset("ada@example.org", &mut other).await;
    let mail = app
        .outbox()
        .await
        .into_iter()
        .rfind(|m| m.to == "ada@example.org")
        .expect("a mail to ada");
    let link_free: Vec<String> = [mail.subject.clone(), mail.body.clone()]
        .into_iter()
        .map(|t| {
            t.split_whitespace()
                .filter(|w| !w.starts_with("http"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let words = foreign_words(&link_free, DATA);
    assert!(words.is_empty(), "mail: {words:?}\n{}", mail.body);

    // An authorization request from an application that is not registered: its page.
    let unknown = app
        .get(
            "/authorize?client_id=nope&redirect_uri=http%3A%2F%2Fx%2F&response_type=code&scope=openid",
            &mut jar,
        )
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_in_pseudo("unknown client", &unknown);

    // The helpdesk's queue, with Ada's request in it.
    let step = app.get("/access/request", &mut jar).await;
    assert_in_pseudo("request form", &step);
    idp::cli::user::add_user(
        &app.state,
        "helpdesk@example.org",
        &idp::secret::Secret::new(PASSWORD),
        "Hana",
        "Desk",
        &["helpdesk:cpms".to_owned()],
    )
    .await
    .unwrap();
    let mut desk = app.signed_in("helpdesk@example.org").await;
    app.get("/language?lang=en-XA&back=/", &mut desk).await;
    let queue = app.get("/access/helpdesk", &mut desk).await;
    assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
    assert_in_pseudo("helpdesk queue", &queue);
}
