//! J1 and J2 through the router: registration, the set-password link, the policy, and
//! "Lost your password?", on SQLite and PostgreSQL.

use crate::support::*;
use axum::http::StatusCode;

pub(crate) async fn register(app: &TestApp, email: &str, jar: &mut Jar) -> Page {
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
        let mails = app.outbox().await;
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
    let mails = app.outbox().await;
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
    let link = link_from(&app.outbox().await[0].body);
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
    let link2 = link_from(&app.outbox().await.last().unwrap().body);
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
    let link = link_from(&app.outbox().await[0].body);
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
    let sixty_four = "Ünïcödé 🐙 über die Brücke gehen wir morgen früh, ça va très bien merci";
    assert!(sixty_four.chars().count() >= 64);
    let ok = set_password(&app, &link, sixty_four, &mut jar).await;
    assert_eq!(
        ok.status,
        StatusCode::OK,
        "the link still works after refusals: {}",
        ok.body
    );
    // and the exact password (not truncated) signs in, a prefix does not
    let mut rp = Jar::default();
    let done = app
        .sign_in_from_login(
            "policy@example.org",
            &sixty_four[..sixty_four.len() - 1],
            &mut rp,
        )
        .await;
    assert_eq!(done.status, StatusCode::UNAUTHORIZED);
    let done = app
        .sign_in_from_login("policy@example.org", sixty_four, &mut rp)
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
        assert_eq!(
            app.outbox().await.len(),
            1,
            "only the real account gets a mail"
        );
        // The password was set moments ago, but it was the first one: FAQ Q4's wait is
        // about changes, so a user who forgot it chooses a new one at once (within the
        // link's five minutes).
        app.clock.advance(120);
        let link = link_from(&app.outbox().await[0].body);
        assert_eq!(
            set_password(&app, &link, "a first forgotten sentence", &mut jar)
                .await
                .status,
            StatusCode::OK,
            "{}",
            app.backend
        );
        // That was a change: a new link within the minimum age says how long to wait.
        app.clock.advance(180);
        let again = app
            .post_form(
                "/password/forgot",
                &[("csrf", &csrf), ("email", "ada@example.org")],
                &mut jar,
            )
            .await;
        assert_eq!(again.status, StatusCode::OK);
        let link = link_from(&app.outbox().await.last().unwrap().body);
        let page = app.get(&link, &mut jar).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST);
        assert!(
            page.body
                .contains("You can change it again in 23 hours 57 minutes"),
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
        let link = link_from(&app.outbox().await.last().unwrap().body);
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
    assert!(app.outbox().await.is_empty());
}

/// Finding 3 of the review: long but guessable passwords passed the exact-match blocklist.
#[tokio::test]
async fn guessable_passwords_are_refused_and_the_page_says_why() {
    let app = TestApp::sqlite().await;
    let mut jar = Jar::default();
    register(&app, "guess@example.org", &mut jar).await;
    let link = link_from(&app.outbox().await[0].body);
    for weak in [
        "passwordpassword",
        "1234567890123456",
        "aaaaaaaaaaaaaaaaaaaa",
        "1qaz2wsx3edc4rfv5tgb",
        "qwertyqwertyqwerty",
        "password123456789",
        "iloveyouiloveyou",
        "abcdefghijklmnop",
        "password1234567890",
    ] {
        let page = set_password(&app, &link, weak, &mut jar).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{weak}");
        assert!(
            page.body.contains("too easy to guess") || page.body.contains("too common"),
            "{weak}: {}",
            page.body
        );
    }
    let ok = set_password(&app, &link, "the heron waits by the old mill", &mut jar).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
}

/// Finding 3: a password typed in NFD is the same password as in NFC (NIST 800-63B), and a
/// hash made before passwords were normalised still verifies (and is upgraded).
#[tokio::test]
async fn a_password_is_the_same_in_nfc_and_nfd_and_old_hashes_still_verify() {
    use unicode_normalization::UnicodeNormalization;
    for app in backends().await {
        let nfc = "Crème brûlée au café, s'il vous plaît";
        let nfd: String = nfc.nfd().collect();
        let mut jar = Jar::default();
        register(&app, "nfc@example.org", &mut jar).await;
        let link = link_from(&app.outbox().await[0].body);
        assert_eq!(
            set_password(&app, &link, &nfd, &mut jar).await.status,
            StatusCode::OK
        );
        for typed in [nfc, nfd.as_str()] {
            let mut rp = Jar::default();
            let start = app.get("/login", &mut rp).await;
            let done = app
                .sign_in_at(&start.location(), "nfc@example.org", typed, &mut rp)
                .await;
            assert_eq!(
                done.status,
                StatusCode::SEE_OTHER,
                "{}: {}",
                app.backend,
                done.body
            );
        }
        // An account whose hash was made from the bytes typed (before this change).
        let id = app.user("legacy@example.org").await;
        let legacy = legacy_hash(&nfd);
        set_legacy_hash(&app, &id, &legacy).await;
        let mut rp = Jar::default();
        let start = app.get("/login", &mut rp).await;
        let done = app
            .sign_in_at(&start.location(), "legacy@example.org", &nfd, &mut rp)
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "the old hash verifies");
        let user = idp::store::users::find(&app.state.db, &id)
            .await
            .unwrap()
            .unwrap();
        assert!(user.password_nfc, "upgraded at the sign-in");
        assert_ne!(user.password_hash.as_deref(), Some(legacy.as_str()));
        let mut rp = Jar::default();
        let start = app.get("/login", &mut rp).await;
        let done = app
            .sign_in_at(&start.location(), "legacy@example.org", nfc, &mut rp)
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "and now NFC works too");
    }
}

/// An argon2id hash of exactly these bytes, as the provider made them before NFC.
fn legacy_hash(password: &str) -> String {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let params = argon2::Params::new(8, 1, 1, None).unwrap();
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password(
            password.as_bytes(),
            &SaltString::generate(&mut rand::rngs::OsRng),
        )
        .unwrap()
        .to_string()
}

async fn set_legacy_hash(app: &TestApp, user_id: &str, hash: &str) {
    use sea_orm::{ConnectionTrait, Statement};
    let backend = app.state.db.get_database_backend();
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "UPDATE users SET password_hash = $1, password_nfc = false WHERE id = $2"
        }
        _ => "UPDATE users SET password_hash = ?, password_nfc = false WHERE id = ?",
    };
    app.state
        .db
        .execute(Statement::from_sql_and_values(
            backend,
            sql,
            [hash.into(), user_id.into()],
        ))
        .await
        .unwrap();
}

/// Finding 12: registering again sent a newer link, and the older one still worked.
#[tokio::test]
async fn registering_again_voids_the_older_link() {
    for app in backends().await {
        let mut jar = Jar::default();
        register(&app, "twice@example.org", &mut jar).await;
        let first = link_from(&app.outbox().await[0].body);
        app.clock.advance(61);
        register(&app, "twice@example.org", &mut jar).await;
        let mails = app.outbox().await;
        assert_eq!(mails.len(), 2);
        assert_eq!(mails[1].subject, "You have been registered in EU Login");
        let second = link_from(&mails[1].body);
        assert_ne!(first, second);
        let old = app.get(&first, &mut jar).await;
        assert_eq!(old.status, StatusCode::BAD_REQUEST, "{}", app.backend);
        assert!(old.body.contains("no longer valid"));
        let ok = set_password(&app, &second, "the heron waits by the old mill", &mut jar).await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    }
}

/// Finding 1: with the mail server down, "Lost your password?" answered 500 for an existing
/// address and 200 for an unknown one; registration likewise. Now the mail leaves off the
/// request path and the answers are the same.
#[tokio::test]
async fn a_mail_server_that_is_down_reveals_nothing() {
    let app = TestApp::sqlite_with(|c| {
        // Nothing listens on port 9 of this machine: every delivery fails.
        c.smtp.url = Some("smtp://127.0.0.1:9".into());
    })
    .await;
    app.user("ada@example.org").await;
    let mut jar = Jar::default();
    let form = app.get("/password/forgot", &mut jar).await;
    let csrf = form.input("csrf").unwrap();
    let mut forgot = Vec::new();
    for email in ["ada@example.org", "ghost@example.org"] {
        let page = app
            .post_form(
                "/password/forgot",
                &[("csrf", &csrf), ("email", email)],
                &mut jar,
            )
            .await;
        forgot.push((page.status, page.body.replace(email, "X")));
    }
    assert_eq!(forgot[0].0, StatusCode::OK);
    assert_eq!(forgot[0], forgot[1]);
    let mut registered = Vec::new();
    for email in ["ada@example.org", "new@example.org"] {
        let page = register(&app, email, &mut jar).await;
        registered.push((page.status, page.body.replace(email, "X")));
    }
    assert_eq!(registered[0].0, StatusCode::OK);
    assert_eq!(registered[0], registered[1]);
}

/// Finding 4, e-mail side: links are paced per address, for every address alike, and the
/// page says when another can be asked for.
#[tokio::test]
async fn password_links_are_paced_per_address_for_every_address_alike() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let mut jar = Jar::default();
        let form = app.get("/password/forgot", &mut jar).await;
        let csrf = form.input("csrf").unwrap();
        let mut second = Vec::new();
        for email in ["ada@example.org", "ghost@example.org"] {
            let first = app
                .post_form(
                    "/password/forgot",
                    &[("csrf", &csrf), ("email", email)],
                    &mut jar,
                )
                .await;
            assert_eq!(first.status, StatusCode::OK);
            assert!(
                first.body.contains("you can ask for a new one in 1 minute"),
                "{}",
                first.body
            );
            let again = app
                .post_form(
                    "/password/forgot",
                    &[("csrf", &csrf), ("email", email)],
                    &mut jar,
                )
                .await;
            second.push((
                again.status,
                again.body.clone(),
                again.headers.get("retry-after").cloned(),
            ));
        }
        assert_eq!(
            second[0], second[1],
            "the same for an address without an account"
        );
        assert_eq!(second[0].0, StatusCode::TOO_MANY_REQUESTS);
        assert!(
            second[0].1.contains("You can ask again in 1 minute"),
            "{}",
            second[0].1
        );
        assert_eq!(app.outbox().await.len(), 1, "one mail, to the account");
        app.clock.advance(61);
        let later = app
            .post_form(
                "/password/forgot",
                &[("csrf", &csrf), ("email", "ada@example.org")],
                &mut jar,
            )
            .await;
        assert_eq!(later.status, StatusCode::OK);
        assert_eq!(app.outbox().await.len(), 2);
    }
}
