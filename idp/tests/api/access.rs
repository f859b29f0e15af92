//! The authorization system (J11) through the real router: the four steps of an access
//! request, the FAQ's "only eUROGEN" refusal, the helpdesk's queue and decisions with their
//! e-mails and audit entries, and the `entitlements` claim for the application's client only.

use crate::support::*;
use axum::http::StatusCode;
use idp::access::helpdesk::{self, Actor};
use idp::store;

const CENTRE: &str = "eurogen.nl.radboud-university-medical-center";
const CENTRE_LABEL: &str = "Radboud University Medical Center (eUROGEN, Netherlands)";
const OTHER_CENTRE: &str = "eurogen.nl.erasmus-mc";
const HELPDESK: &str = "helpdesk@example.org";

/// The fields of a form.
type Fields<'a> = Vec<(&'a str, &'a str)>;

struct Setup {
    /// The client of the application `cpms`.
    cpms: (String, String),
    /// Any other client of the provider.
    other: (String, String),
}

/// The demo's authorization system on `app`: client `cpms` linked to the application, its
/// profiles, the ERN tree; the requester ada@ and a CPMS helpdesk user.
async fn setup(app: &TestApp) -> Setup {
    let cpms = app
        .client(|c| {
            c.name = "CPMS".into();
            c.client_id = Some("cpms".into());
        })
        .await;
    let other = app.client(|c| c.name = "Other portal".into()).await;
    idp::access::admin::seed_demo(&app.state).await.unwrap();
    app.user("ada@example.org").await;
    idp::cli::user::add_user(
        &app.state,
        HELPDESK,
        &idp::secret::Secret::new(PASSWORD),
        "Hana",
        "Desk",
        &["helpdesk:cpms".to_owned()],
    )
    .await
    .unwrap();
    Setup { cpms, other }
}

/// Posts one step of the request form with this browser's CSRF token.
async fn step(app: &TestApp, jar: &mut Jar, fields: &[(&str, &str)]) -> Page {
    let form = app.get("/access/request", jar).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let csrf = form.input("csrf").unwrap();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    app.post_form("/access/request", &all, jar).await
}

/// Submits a whole request (step 4's form) and returns the new request's id.
async fn submit(
    app: &TestApp,
    jar: &mut Jar,
    centre: &str,
    profile: &str,
    comment: &str,
) -> String {
    let done = step(
        app,
        jar,
        &[
            ("application", "cpms"),
            ("organisation", centre),
            ("profile", profile),
            ("comment", comment),
            ("go", "submit"),
        ],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    done.location()
        .strip_prefix("/access?submitted=")
        .unwrap_or_else(|| panic!("unexpected redirect {}", done.location()))
        .to_owned()
}

async fn status_of(app: &TestApp, id: &str) -> String {
    store::access::find_request(&app.state.db, id)
        .await
        .unwrap()
        .unwrap()
        .status
}

async fn events(app: &TestApp, event: &str) -> u64 {
    store::audit::count_events(&app.state.db, event)
        .await
        .unwrap()
}

async fn mails_to(app: &TestApp, to: &str) -> Vec<idp::mail::OutboxEntry> {
    app.outbox()
        .await
        .into_iter()
        .filter(|m| m.channel == "email" && m.to == to)
        .collect()
}

/// Posts a helpdesk decision with this browser's CSRF token.
async fn decide(app: &TestApp, jar: &mut Jar, id: &str, decision: &str, reason: &str) -> Page {
    let csrf = csrf_of(app, jar).await;
    app.post_form(
        "/access/helpdesk/decide",
        &[
            ("csrf", &csrf),
            ("request", id),
            ("decision", decision),
            ("reason", reason),
        ],
        jar,
    )
    .await
}

/// This browser's CSRF token, from the request form.
async fn csrf_of(app: &TestApp, jar: &mut Jar) -> String {
    app.get("/access/request", jar).await.input("csrf").unwrap()
}

#[tokio::test]
async fn the_four_steps_end_in_a_recap_with_comments_and_a_pending_request() {
    for app in backends().await {
        setup(&app).await;

        // Without a session: sign in first, then back to the authorization system.
        let anonymous = app.get("/access", &mut Jar::default()).await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
        assert!(
            anonymous.location().starts_with("/login?flow="),
            "{}",
            anonymous.location()
        );
        let mut fresh = Jar::default();
        let first = app.get("/access/helpdesk", &mut fresh).await;
        let back = app
            .sign_in_at(&first.location(), "ada@example.org", PASSWORD, &mut fresh)
            .await;
        assert_eq!(back.location(), "/access/helpdesk");

        let mut jar = app.signed_in("ada@example.org").await;
        let home = app.get("/access", &mut jar).await;
        assert_eq!(home.status, StatusCode::OK, "{}", home.body);
        assert!(home.body.contains("Request access"));
        assert!(home.body.contains("You have no access requests yet"));
        assert!(!home.body.contains("Helpdesk queue"), "not a helpdesk user");

        // Step 1: the application, preselected from CPMS's link.
        let one = app.get("/access/request?application=cpms", &mut jar).await;
        assert_eq!(one.status, StatusCode::OK);
        assert!(one.body.contains("Step 1: Select application"));
        assert!(one
            .body
            .contains("<option value=\"cpms\" selected>CPMS</option>"));

        // Step 2: the ERNs, closed; "Open" shows the countries, then the centres.
        let two = step(&app, &mut jar, &[("application", "cpms"), ("go", "2")]).await;
        assert_eq!(two.status, StatusCode::OK, "{}", two.body);
        assert!(two.body.contains("Step 2: Select organisation"));
        for ern in ["eUROGEN", "ERKNet", "ERN-RND"] {
            assert!(
                two.body.contains(&format!("<strong>{ern}</strong>")),
                "{ern}"
            );
        }
        assert!(two.body.contains("id=\"open-eurogen\""));
        assert!(
            !two.body.contains("Netherlands (NL)"),
            "countries are closed"
        );
        let ern = step(
            &app,
            &mut jar,
            &[("application", "cpms"), ("open", "eurogen")],
        )
        .await;
        assert_eq!(ern.status, StatusCode::OK);
        assert!(ern.body.contains("Netherlands (NL)"));
        assert!(ern.body.contains("Italy (IT)"));
        assert!(!ern.body.contains("Radboud"), "centres are closed");
        let country = step(
            &app,
            &mut jar,
            &[("application", "cpms"), ("open", "eurogen.nl")],
        )
        .await;
        assert!(country.body.contains(&format!("value=\"{CENTRE}\"")));
        assert!(country.body.contains("Radboud University Medical Center"));
        assert!(country.body.contains("Erasmus MC"));
        // Only the opened country shows its centres: the others keep their "Open" button.
        assert!(!country.body.contains("id=\"open-eurogen.nl\""));
        assert!(
            country.body.contains("id=\"open-eurogen.it\""),
            "{}",
            country.body
        );

        // Step 3: the application's access profiles.
        let three = step(
            &app,
            &mut jar,
            &[
                ("application", "cpms"),
                ("organisation", CENTRE),
                ("go", "3"),
            ],
        )
        .await;
        assert_eq!(three.status, StatusCode::OK, "{}", three.body);
        assert!(three.body.contains("Step 3: Select access profile"));
        assert!(three
            .body
            .contains("<strong>HP</strong> Healthcare professional"));

        // Step 4: the recap, with a comments box.
        let four = step(
            &app,
            &mut jar,
            &[
                ("application", "cpms"),
                ("organisation", CENTRE),
                ("profile", "HP"),
                ("go", "4"),
            ],
        )
        .await;
        assert_eq!(four.status, StatusCode::OK, "{}", four.body);
        assert!(four.body.contains("Step 4: Recap and submission"));
        assert!(four.body.contains("<th>Application</th><td>CPMS</td>"));
        assert!(four
            .body
            .contains(&format!("<th>Organisation</th><td>{CENTRE_LABEL}</td>")));
        assert!(four
            .body
            .contains("<th>Access Profile</th><td>HP (Healthcare professional)</td>"));
        assert!(four.body.contains("name=\"comment\""));
        assert!(four.body.contains("Submit Request Access"));

        // Back to step 2 keeps the centre checked and its country open.
        let back = step(
            &app,
            &mut jar,
            &[
                ("application", "cpms"),
                ("organisation", CENTRE),
                ("profile", "HP"),
                ("go", "2"),
            ],
        )
        .await;
        assert!(back.body.contains(&format!("value=\"{CENTRE}\" checked")));

        let comment = "Paediatric urologist, WS1 patients of Radboud";
        let id = submit(&app, &mut jar, CENTRE, "HP", comment).await;
        let stored = store::access::find_request(&app.state.db, &id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.status, "pending");
        assert_eq!(stored.organisation_id, CENTRE);
        assert_eq!(stored.profile_code, "HP");
        assert_eq!(stored.comment, comment);
        assert_eq!(events(&app, "access.requested").await, 1);

        let mine = app.get(&format!("/access?submitted={id}"), &mut jar).await;
        assert!(mine.body.contains("Your request has been submitted"));
        assert!(mine.body.contains(CENTRE_LABEL));
        assert!(mine.body.contains("class=\"status-pending\">Pending"));

        // The same request again is refused while the first one is pending.
        let again = step(
            &app,
            &mut jar,
            &[
                ("application", "cpms"),
                ("organisation", CENTRE),
                ("profile", "HP"),
                ("go", "submit"),
            ],
        )
        .await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        assert!(again.body.contains("You already have a pending request"));
        assert_eq!(
            store::access::count_requests(&app.state.db).await.unwrap(),
            1
        );
    }
}

#[tokio::test]
async fn choosing_only_an_ern_or_a_country_is_refused_with_the_faqs_explanation() {
    for app in backends().await {
        setup(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;

        // The FAQ's Q1: the round button next to eUROGEN instead of "Open".
        let ern_only = step(
            &app,
            &mut jar,
            &[
                ("application", "cpms"),
                ("organisation", "eurogen"),
                ("go", "3"),
            ],
        )
        .await;
        assert_eq!(ern_only.status, StatusCode::BAD_REQUEST);
        assert!(ern_only.body.contains("Step 2: Select organisation"));
        assert!(
            ern_only
                .body
                .contains("You selected only eUROGEN. Please click"),
            "{}",
            ern_only.body
        );
        assert!(ern_only
            .body
            .contains("a request without a centre would be denied"));
        assert!(
            ern_only.body.contains("Netherlands (NL)"),
            "the ERN is opened to show its countries"
        );

        // Submitting step 4's form with only the ERN (a crafted or stale form) fails too.
        for (organisation, expected) in [
            ("eurogen", "You selected only eUROGEN."),
            ("eurogen.nl", "You selected only Netherlands in eUROGEN."),
            ("", "Please select your centre"),
            ("no-such-node", "does not exist"),
        ] {
            let refused = step(
                &app,
                &mut jar,
                &[
                    ("application", "cpms"),
                    ("organisation", organisation),
                    ("profile", "HP"),
                    ("go", "submit"),
                ],
            )
            .await;
            assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{organisation}");
            assert!(
                refused.body.contains(expected),
                "{organisation}: {}",
                refused.body
            );
        }
        assert_eq!(
            store::access::count_requests(&app.state.db).await.unwrap(),
            0,
            "nothing is stored"
        );
        assert_eq!(events(&app, "access.requested").await, 0);
    }
}

#[tokio::test]
async fn the_helpdesk_approves_or_denies_with_a_reason_and_the_requester_is_told() {
    for app in backends().await {
        setup(&app).await;
        idp::cli::user::add_user(
            &app.state,
            "other-helpdesk@example.org",
            &idp::secret::Secret::new(PASSWORD),
            "Otto",
            "Other",
            &["helpdesk:another-app".to_owned()],
        )
        .await
        .unwrap();
        let mut ada = app.signed_in("ada@example.org").await;
        let approved = submit(&app, &mut ada, CENTRE, "HP", "Urologist").await;
        let denied = submit(&app, &mut ada, OTHER_CENTRE, "EC", "").await;

        // Only helpdesk:cpms users see the queue and decide.
        let refused = app.get("/access/helpdesk", &mut ada).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let csrf = csrf_of(&app, &mut ada).await;
        let self_approval = app
            .post_form(
                "/access/helpdesk/decide",
                &[
                    ("csrf", &csrf),
                    ("request", &approved),
                    ("decision", "approve"),
                ],
                &mut ada,
            )
            .await;
        assert_eq!(self_approval.status, StatusCode::FORBIDDEN);
        let probe = app
            .post_form(
                "/access/helpdesk/decide",
                &[
                    ("csrf", &csrf),
                    ("request", "no-such-request"),
                    ("decision", "deny"),
                ],
                &mut ada,
            )
            .await;
        assert_eq!(
            probe.status,
            StatusCode::FORBIDDEN,
            "no hint about which requests exist"
        );
        let mut otto = app.signed_in("other-helpdesk@example.org").await;
        let elsewhere = decide(&app, &mut otto, &approved, "approve", "").await;
        assert_eq!(
            elsewhere.status,
            StatusCode::FORBIDDEN,
            "{}",
            elsewhere.body
        );
        assert_eq!(status_of(&app, &approved).await, "pending");

        let mut desk = app.signed_in(HELPDESK).await;
        let home = app.get("/access", &mut desk).await;
        assert!(home.body.contains("Helpdesk queue"));
        let queue = app.get("/access/helpdesk", &mut desk).await;
        assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
        assert!(queue.body.contains("ada@example.org"));
        assert!(queue.body.contains("Ada LOVELACE"));
        assert!(queue.body.contains(CENTRE_LABEL));
        assert!(queue.body.contains("Urologist"));
        assert!(queue.body.contains(&format!("id=\"decide-{denied}\"")));

        // Nobody decides on their own request, helpdesk or not.
        let own = submit(&app, &mut desk, CENTRE, "HP", "").await;
        let self_approval = decide(&app, &mut desk, &own, "approve", "").await;
        assert_eq!(self_approval.status, StatusCode::FORBIDDEN);
        assert!(self_approval.body.contains("your own access request"));
        assert_eq!(status_of(&app, &own).await, "pending");

        // Without the form's CSRF token nothing happens.
        let forged = app
            .post_form(
                "/access/helpdesk/decide",
                &[("request", &approved), ("decision", "approve")],
                &mut desk,
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        assert_eq!(status_of(&app, &approved).await, "pending");

        // A denial needs its reason; the requester receives it.
        let no_reason = decide(&app, &mut desk, &denied, "deny", "  ").await;
        assert_eq!(no_reason.status, StatusCode::BAD_REQUEST);
        assert!(no_reason.body.contains("Please give the reason"));
        assert_eq!(status_of(&app, &denied).await, "pending");
        let reason = "The EC profile is for ERN coordinators; please request HP for your centre.";
        let deny = decide(&app, &mut desk, &denied, "deny", reason).await;
        assert_eq!(deny.status, StatusCode::SEE_OTHER, "{}", deny.body);
        assert_eq!(deny.location(), "/access/helpdesk?done=denied");
        assert_eq!(status_of(&app, &denied).await, "denied");
        let mail = mails_to(&app, "ada@example.org").await.pop().unwrap();
        assert_eq!(mail.subject, "Your access request for CPMS was denied");
        assert!(mail.body.contains("Dear Ada Lovelace"), "{}", mail.body);
        assert!(
            mail.body.contains(&format!("Reason: {reason}")),
            "{}",
            mail.body
        );
        assert!(mail
            .body
            .contains(&format!("{ISSUER}/access/request?application=cpms")));
        assert_eq!(events(&app, "access.denied").await, 1);

        let approve = decide(&app, &mut desk, &approved, "approve", "Welcome").await;
        assert_eq!(approve.status, StatusCode::SEE_OTHER, "{}", approve.body);
        let done = app.get(&approve.location(), &mut desk).await;
        assert!(done.body.contains("The request was approved"));
        assert!(!done.body.contains(&format!("id=\"decide-{approved}\"")));
        assert!(done.body.contains(&format!("id=\"revoke-{approved}\"")));
        assert_eq!(status_of(&app, &approved).await, "approved");
        let mail = mails_to(&app, "ada@example.org").await.pop().unwrap();
        assert_eq!(mail.subject, "Your access to CPMS was approved");
        assert!(mail.body.contains(CENTRE_LABEL), "{}", mail.body);
        assert_eq!(mails_to(&app, "ada@example.org").await.len(), 2);

        // The audit trail names the request, the decision and who made it.
        let audit = store::audit::recent_for_user(
            &app.state.db,
            &store::users::find_by_email(&app.state.db, "ada@example.org")
                .await
                .unwrap()
                .unwrap()
                .id,
            20,
        )
        .await
        .unwrap();
        let approval = audit
            .iter()
            .find(|e| e.event == "access.approved")
            .expect("an audit entry for the approval");
        let detail: serde_json::Value =
            serde_json::from_str(approval.detail.as_deref().unwrap()).unwrap();
        assert_eq!(detail["request"], approved.as_str());
        assert_eq!(detail["profile"], "HP");
        assert_eq!(approval.client_id.as_deref(), Some("cpms"));
        assert!(detail["decided_by"].is_string());

        // A request is decided once.
        let twice = decide(&app, &mut desk, &approved, "deny", "changed my mind").await;
        assert_eq!(twice.status, StatusCode::CONFLICT);
        assert!(twice.body.contains("already been decided"));
        assert_eq!(status_of(&app, &approved).await, "approved");

        // The requester sees both outcomes, the denial with its reason.
        let mine = app.get("/access", &mut ada).await;
        assert!(mine.body.contains("class=\"status-approved\">Approved"));
        assert!(mine.body.contains("class=\"status-denied\">Denied"));
        assert!(mine.body.contains("The EC profile is for ERN coordinators"));
    }
}

#[tokio::test]
async fn an_approved_grant_is_a_claim_for_the_applications_client_only_until_revoked() {
    for app in backends().await {
        let s = setup(&app).await;
        let mut ada = app.signed_in("ada@example.org").await;
        let id = submit(&app, &mut ada, CENTRE, "HP", "").await;

        // Pending: no claim yet.
        let mut jar = Jar::default();
        let (q, verifier) = code_for(&app, &s.cpms.0, "ada@example.org", "", &mut jar).await;
        let tokens = exchange(&app, &s.cpms, &q["code"], &verifier).await;
        let id_token = jwt_claims(tokens.json()["id_token"].as_str().unwrap());
        assert!(id_token.get("entitlements").is_none(), "{id_token}");

        helpdesk::decide(
            &app.state,
            Actor::Operator,
            &id,
            helpdesk::Decision::Approve,
            "",
            "127.0.0.1",
        )
        .await
        .unwrap();

        // The application's client: ID token, userinfo, introspection.
        let mut jar = Jar::default();
        let (q, verifier) = code_for(&app, &s.cpms.0, "ada@example.org", "", &mut jar).await;
        let tokens = exchange(&app, &s.cpms, &q["code"], &verifier).await;
        assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
        let body = tokens.json();
        let id_token = jwt_claims(body["id_token"].as_str().unwrap());
        let expected = serde_json::json!([{
            "application": "cpms",
            "profile": "HP",
            "ern": "eUROGEN",
            "country": "NL",
            "centre": "Radboud University Medical Center",
            "centre_id": CENTRE,
        }]);
        assert_eq!(id_token["entitlements"], expected);
        let access = body["access_token"].as_str().unwrap().to_owned();
        let refresh = body["refresh_token"].as_str().map(str::to_owned);
        let info = app
            .post_token("/userinfo", &[("access_token", &access)], None)
            .await;
        assert_eq!(info.status, StatusCode::OK, "{}", info.body);
        assert_eq!(info.json()["entitlements"], expected);
        assert_eq!(
            introspect(&app, &s.cpms, &access).await["entitlements"],
            expected
        );

        // Another client of the same user gets nothing of it.
        let mut jar = Jar::default();
        let (q, verifier) = code_for(&app, &s.other.0, "ada@example.org", "", &mut jar).await;
        let other = exchange(&app, &s.other, &q["code"], &verifier).await;
        let other_body = other.json();
        let other_id = jwt_claims(other_body["id_token"].as_str().unwrap());
        assert!(other_id.get("entitlements").is_none(), "{other_id}");
        let other_access = other_body["access_token"].as_str().unwrap();
        let info = app
            .post_token("/userinfo", &[("access_token", other_access)], None)
            .await;
        assert!(info.json().get("entitlements").is_none(), "{}", info.body);
        let intro = introspect(&app, &s.other, other_access).await;
        assert_eq!(intro["active"], true);
        assert!(intro.get("entitlements").is_none(), "{intro}");

        // Revoked (what `idp access grant revoke` does): gone at once, the user is told.
        helpdesk::revoke(
            &app.state,
            Actor::Operator,
            &id,
            "Left the centre",
            "127.0.0.1",
        )
        .await
        .unwrap();
        assert_eq!(status_of(&app, &id).await, "revoked");
        assert_eq!(events(&app, "access.revoked").await, 1);
        let info = app
            .post_token("/userinfo", &[("access_token", &access)], None)
            .await;
        assert_eq!(info.status, StatusCode::OK);
        assert!(info.json().get("entitlements").is_none(), "{}", info.body);
        let intro = introspect(&app, &s.cpms, &access).await;
        assert_eq!(intro["active"], true);
        assert!(intro.get("entitlements").is_none(), "{intro}");
        if let Some(refresh) = refresh {
            let renewed = app
                .post_token(
                    "/token",
                    &[("grant_type", "refresh_token"), ("refresh_token", &refresh)],
                    Some((&s.cpms.0, &s.cpms.1)),
                )
                .await;
            assert_eq!(renewed.status, StatusCode::OK, "{}", renewed.body);
            if let Some(jwt) = renewed.json()["id_token"].as_str() {
                assert!(jwt_claims(jwt).get("entitlements").is_none());
            }
        }
        let mail = mails_to(&app, "ada@example.org").await.pop().unwrap();
        assert_eq!(mail.subject, "Your access to CPMS was revoked");
        assert!(
            mail.body.contains("Reason: Left the centre"),
            "{}",
            mail.body
        );
        // Revoking twice is a conflict, not a second mail.
        let again = helpdesk::revoke(&app.state, Actor::Operator, &id, "", "127.0.0.1").await;
        assert!(matches!(again, Err(idp::access::AccessError::Conflict(_))));
    }
}

#[tokio::test]
async fn bad_input_to_the_access_pages_is_a_clear_4xx() {
    for app in backends().await {
        setup(&app).await;
        let mut jar = app.signed_in("ada@example.org").await;
        let csrf = csrf_of(&app, &mut jar).await;
        let long = "x".repeat(10_000);
        let control = "bell\u{7}";
        let long_comment = "y".repeat(2001);
        let cases: Vec<(Fields, StatusCode, &str)> = vec![
            // No CSRF token.
            (
                vec![("application", "cpms"), ("go", "2")],
                StatusCode::FORBIDDEN,
                "The form has expired",
            ),
            (
                vec![("csrf", &csrf), ("application", "cpms"), ("go", "9")],
                StatusCode::BAD_REQUEST,
                "Unknown step",
            ),
            (
                vec![("csrf", &csrf), ("application", "cpms")],
                StatusCode::BAD_REQUEST,
                "Unknown step",
            ),
            (
                vec![("csrf", &csrf), ("application", "nope"), ("go", "2")],
                StatusCode::BAD_REQUEST,
                "Unknown application",
            ),
            (
                vec![("csrf", &csrf), ("go", "2")],
                StatusCode::BAD_REQUEST,
                "Please select an application",
            ),
            (
                vec![("csrf", &csrf), ("application", &long), ("go", "2")],
                StatusCode::BAD_REQUEST,
                "Unknown application",
            ),
            (
                vec![
                    ("csrf", &csrf),
                    ("application", "cpms"),
                    ("organisation", &long),
                    ("go", "3"),
                ],
                StatusCode::BAD_REQUEST,
                "does not exist",
            ),
            (
                vec![
                    ("csrf", &csrf),
                    ("application", "cpms"),
                    ("organisation", CENTRE),
                    ("profile", "XX"),
                    ("go", "4"),
                ],
                StatusCode::BAD_REQUEST,
                "This access profile does not exist",
            ),
            (
                vec![
                    ("csrf", &csrf),
                    ("application", "cpms"),
                    ("organisation", CENTRE),
                    ("profile", "HP"),
                    ("comment", &long_comment),
                    ("go", "submit"),
                ],
                StatusCode::BAD_REQUEST,
                "too long",
            ),
            (
                vec![
                    ("csrf", &csrf),
                    ("application", "cpms"),
                    ("organisation", CENTRE),
                    ("profile", "HP"),
                    ("comment", control),
                    ("go", "submit"),
                ],
                StatusCode::BAD_REQUEST,
                "not allowed",
            ),
            (
                vec![("csrf", &csrf), ("application", "cpms"), ("open", &long)],
                StatusCode::OK,
                "Step 2",
            ),
        ];
        for (fields, status, text) in cases {
            let page = app.post_form("/access/request", &fields, &mut jar).await;
            assert_eq!(page.status, status, "{fields:?}: {}", page.body);
            assert!(page.body.contains(text), "{fields:?}: {}", page.body);
        }

        // Malformed bodies: broken UTF-8, repeated fields.
        for body in [
            format!("csrf={csrf}&application=%FF%FE&go=2"),
            format!("csrf={csrf}&application=cpms&application=other&go=2"),
            format!("csrf={csrf}&go=2&go=3&application=cpms"),
        ] {
            let req = axum::http::Request::post("/access/request")
                .header("cookie", jar.header())
                .header("content-type", "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(body.clone()))
                .unwrap();
            let page = app.send(req).await;
            assert!(page.status.is_client_error(), "{body}: {}", page.status);
        }

        let unknown = app.get("/access/request?application=nope", &mut jar).await;
        assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
        let huge = app
            .get(&format!("/access/request?application={long}"), &mut jar)
            .await;
        assert!(huge.status.is_client_error(), "{}", huge.status);

        // The helpdesk's forms.
        let mut desk = app.signed_in(HELPDESK).await;
        let csrf = csrf_of(&app, &mut desk).await;
        for (fields, status) in [
            (
                vec![
                    ("csrf", csrf.as_str()),
                    ("request", "nope"),
                    ("decision", "approve"),
                ],
                StatusCode::BAD_REQUEST,
            ),
            (
                vec![("csrf", &csrf), ("request", &long), ("decision", "approve")],
                StatusCode::BAD_REQUEST,
            ),
            (
                vec![("csrf", &csrf), ("request", "nope"), ("decision", "maybe")],
                StatusCode::BAD_REQUEST,
            ),
            (
                vec![
                    ("csrf", &csrf),
                    ("request", "nope"),
                    ("decision", "deny"),
                    ("reason", &long),
                ],
                StatusCode::BAD_REQUEST,
            ),
        ] {
            let page = app
                .post_form("/access/helpdesk/decide", &fields, &mut desk)
                .await;
            assert_eq!(page.status, status, "{fields:?}: {}", page.body);
        }
        let revoke = app
            .post_form(
                "/access/helpdesk/revoke",
                &[("csrf", &csrf), ("request", "nope")],
                &mut desk,
            )
            .await;
        assert_eq!(revoke.status, StatusCode::BAD_REQUEST);
        let no_csrf = app
            .post_form("/access/helpdesk/revoke", &[("request", "nope")], &mut desk)
            .await;
        assert_eq!(no_csrf.status, StatusCode::FORBIDDEN);
        assert_eq!(
            store::access::count_requests(&app.state.db).await.unwrap(),
            0
        );
    }
}

/// Issue 14: a denial without a reason shows the error beside the reason of that request,
/// on the helpdesk page, with what was typed; the requester's activity names the decision
/// and the helpdesk person in words; the approval e-mail links to the application.
#[tokio::test]
async fn the_helpdesk_pages_speak_in_words_and_errors_sit_beside_their_field() {
    for app in backends().await {
        setup(&app).await;
        let mut ada = app.signed_in("ada@example.org").await;
        let first = submit(&app, &mut ada, CENTRE, "HP", "Urologist").await;
        let mut desk = app.signed_in(HELPDESK).await;

        let refused = decide(&app, &mut desk, &first, "deny", " ").await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
        assert!(
            refused.body.contains("Pending requests")
                && refused.body.contains(&format!("id=\"decide-{first}\"")),
            "the helpdesk page itself, not a bare error page: {}",
            refused.body
        );
        let form = refused
            .body
            .split(&format!("id=\"decide-{first}\""))
            .nth(1)
            .and_then(|rest| rest.split("</form>").next())
            .unwrap_or_default();
        assert!(
            form.contains("Please give the reason of the denial")
                && form.contains("aria-invalid=\"true\""),
            "the message beside the reason of that request: {form}"
        );

        let approved = decide(&app, &mut desk, &first, "approve", "").await;
        assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
        let mail = mails_to(&app, "ada@example.org").await.pop().unwrap();
        assert!(
            mail.body.contains("http://127.0.0.1:9000/"),
            "the approval links to the application: {}",
            mail.body
        );

        let activity = app.get("/account/activity", &mut ada).await;
        assert_eq!(activity.status, StatusCode::OK);
        assert!(
            activity.body.contains("Access request approved"),
            "{}",
            activity.body
        );
        assert!(
            activity.body.contains("by Hana DESK"),
            "the helpdesk person by name: {}",
            activity.body
        );
        let helpdesk_id = store::users::find_by_email(&app.state.db, HELPDESK)
            .await
            .unwrap()
            .unwrap()
            .id;
        assert!(
            !activity.body.contains(&helpdesk_id),
            "no internal id: {}",
            activity.body
        );
        assert!(!activity.body.contains("decided_by"), "{}", activity.body);
    }
}
