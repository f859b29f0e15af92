//! J1 and J2 through the router: registration, the set-password link, the policy, and
//! "Lost your password?", on SQLite and PostgreSQL.

use crate::support::*;
use axum::http::StatusCode;

async fn register(app: &TestApp, email: &str, jar: &mut Jar) -> Page {
    let form = app.get("/register", jar).await;
    let csrf = form.input("csrf").unwrap();
    app.post_form(
        "/register",
        &[
            ("csrf", &csrf),
            ("first_name", "Francesco"),
            ("last_name", "Rotolo"),
            ("email", email),
            ("email_confirm", email),
            ("language", "en"),
        ],
        jar,
    )
    .await
}

fn link_from(body: &str) -> String {
    let start = body.find(ISSUER).expect("a link in the mail");
    let end = body[start..]
        .find(char::is_whitespace)
        .map(|e| start + e)
        .unwrap_or(body.len());
    body[start..end].trim_start_matches(ISSUER).to_owned()
}

async fn set_password(app: &TestApp, link: &str, password: &str, jar: &mut Jar) -> Page {
    let page = app.get(link, jar).await;
    let Some(token) = page.input("token") else {
        return page;
    };
    let csrf = page.input("csrf").unwrap();
    app.post_form(
        "/password/set",
        &[
            ("csrf", &csrf),
            ("token", &token),
            ("password", password),
            ("password_confirm", password),
        ],
        jar,
    )
    .await
}

#[tokio::test]
async fn register_confirm_by_mail_set_a_password_and_sign_in() {
    for app in backends().await {
        let mut jar = Jar::default();
        let done = register(&app, "francesco.rotolo@chru-strasbourg.fr", &mut jar).await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        assert!(done.body.contains("check your e-mail"));
        let mails = app.outbox();
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].subject, "You have been registered in EU Login");
        assert!(mails[0].body.contains("maximum of 5 min"));
        let link = link_from(&mails[0].body);
        let page = app.get(&link, &mut jar).await;
        assert!(
            page.body.contains("At least 15 characters"),
            "rules shown: {}",
            page.body
        );
        let set = set_password(&app, &link, "a long walk along the seine", &mut jar).await;
        assert_eq!(set.status, StatusCode::OK, "{}", set.body);
        assert!(set.body.contains("Your password has been set"));
        let client = app.client(|_| {}).await;
        let mut rp = Jar::default();
        let first = app
            .get(&format!("/authorize?response_type=code&client_id={}&redirect_uri=http%3A%2F%2F127.0.0.1%3A9000%2Fcallback&scope=openid", client.0), &mut rp)
            .await;
        let signed = app
            .sign_in_at(
                &first.location(),
                "francesco.rotolo@chru-strasbourg.fr",
                "a long walk along the seine",
                &mut rp,
            )
            .await;
        assert_eq!(
            signed.status,
            StatusCode::SEE_OTHER,
            "{} on {}",
            signed.body,
            app.backend
        );
    }
}

#[tokio::test]
async fn registering_a_known_address_reveals_nothing_on_screen() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let known = register(&app, "ada@example.org", &mut jar).await;
    let fresh = register(&app, "new@example.org", &mut jar).await;
    let clean = |p: &Page| {
        p.body
            .replace("ada@example.org", "X")
            .replace("new@example.org", "X")
    };
    assert_eq!(known.status, fresh.status);
    assert_eq!(clean(&known), clean(&fresh));
    let mails = app.outbox();
    let to_owner = mails.iter().find(|m| m.to == "ada@example.org").unwrap();
    assert!(
        to_owner.subject.contains("Registration attempt"),
        "the owner is told instead"
    );
    assert!(!to_owner.body.contains("You have been registered"));
}

#[tokio::test]
async fn expired_and_used_links_are_refused_and_offer_a_new_one() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    register(&app, "late@example.org", &mut jar).await;
    let link = link_from(&app.outbox()[0].body);
    app.clock.advance(5 * 60 + 1);
    let expired = app.get(&link, &mut jar).await;
    assert_eq!(expired.status, StatusCode::BAD_REQUEST);
    assert!(
        expired.body.contains("no longer valid") && expired.body.contains("id=\"forgot-form\"")
    );
    // re-enter the e-mail: a new link comes
    let csrf = expired.input("csrf").unwrap();
    let again = app
        .post_form(
            "/password/forgot",
            &[("csrf", &csrf), ("email", "late@example.org")],
            &mut jar,
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    let link2 = link_from(&app.outbox().last().unwrap().body);
    assert_ne!(link, link2);
    assert_eq!(
        set_password(&app, &link2, "a long walk along the seine", &mut jar)
            .await
            .status,
        StatusCode::OK
    );
    let reused = app.get(&link2, &mut jar).await;
    assert_eq!(reused.status, StatusCode::BAD_REQUEST, "single use");
}

#[tokio::test]
async fn the_policy_refuses_weak_passwords_without_burning_the_link() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    register(&app, "policy@example.org", &mut jar).await;
    let link = link_from(&app.outbox()[0].body);
    for (bad, why) in [
        ("too short", "too short"),
        ("francesco rotolo is me", "name"),
        ("policy@example.org is my login", "e-mail"),
    ] {
        let page = set_password(&app, &link, bad, &mut jar).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(page.body.contains(why), "{bad}: {}", page.body);
    }
    let common = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/common-passwords.txt"
    ))
    .unwrap();
    let long_common = common.lines().find(|p| p.chars().count() >= 15).unwrap();
    let page = set_password(&app, &link, long_common, &mut jar).await;
    assert!(page.body.contains("too common"), "{}", page.body);
    let sixty_four = "Ünïcödé 🐙 ".repeat(7);
    assert!(sixty_four.chars().count() >= 64);
    let ok = set_password(&app, &link, &sixty_four, &mut jar).await;
    assert_eq!(
        ok.status,
        StatusCode::OK,
        "the link still works after refusals: {}",
        ok.body
    );
    // and the exact password (not truncated) signs in, a prefix does not
    let mut rp = Jar::default();
    let start = app.get("/login", &mut rp).await;
    let done = app
        .sign_in_at(
            &start.location(),
            "policy@example.org",
            &sixty_four[..sixty_four.len() - 1],
            &mut rp,
        )
        .await;
    assert_eq!(done.status, StatusCode::UNAUTHORIZED);
    let start = app.get("/login", &mut rp).await;
    let done = app
        .sign_in_at(
            &start.location(),
            "policy@example.org",
            &sixty_four,
            &mut rp,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn lost_password_reveals_nothing_and_respects_the_minimum_age() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let form = app.get("/password/forgot", &mut jar).await;
        let csrf = form.input("csrf").unwrap();
        let known = app
            .post_form(
                "/password/forgot",
                &[("csrf", &csrf), ("email", "ada@example.org")],
                &mut jar,
            )
            .await;
        let unknown = app
            .post_form(
                "/password/forgot",
                &[("csrf", &csrf), ("email", "ghost@example.org")],
                &mut jar,
            )
            .await;
        assert_eq!(known.status, unknown.status);
        assert_eq!(
            known.body.replace("ada@example.org", "X"),
            unknown.body.replace("ghost@example.org", "X")
        );
        assert_eq!(app.outbox().len(), 1, "only the real account gets a mail");
        // the password was set moments ago: FAQ Q4, the page says how long to wait
        let link = link_from(&app.outbox()[0].body);
        let page = app.get(&link, &mut jar).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST);
        assert!(
            page.body.contains("You can change it again in 24 hours"),
            "{}",
            page.body
        );
        app.clock.advance(24 * 3600);
        let fresh = app
            .post_form(
                "/password/forgot",
                &[("csrf", &csrf), ("email", "ada@example.org")],
                &mut jar,
            )
            .await;
        assert_eq!(fresh.status, StatusCode::OK);
        let link = link_from(&app.outbox().last().unwrap().body);
        assert_eq!(
            set_password(&app, &link, "an entirely new sentence", &mut jar)
                .await
                .status,
            StatusCode::OK,
            "{}",
            app.backend
        );
    }
}

#[tokio::test]
async fn registration_form_errors_are_shown_per_field() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    let form = app.get("/register", &mut jar).await;
    let csrf = form.input("csrf").unwrap();
    let page = app
        .post_form(
            "/register",
            &[
                ("csrf", &csrf),
                ("first_name", ""),
                ("last_name", "X"),
                ("email", "not-an-email"),
                ("email_confirm", "x"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("Please enter your first name"));
    assert!(page.body.contains("valid e-mail address"));
    let mismatch = app
        .post_form(
            "/register",
            &[
                ("csrf", &csrf),
                ("first_name", "A"),
                ("last_name", "B"),
                ("email", "a@b.org"),
                ("email_confirm", "c@b.org"),
            ],
            &mut jar,
        )
        .await;
    assert!(mismatch.body.contains("not the same"));
    assert!(app.outbox().is_empty());
}
