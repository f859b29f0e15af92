//! J10 through the router: security keys registered and used with a software authenticator
//! that signs exactly as a real one does (CBOR attestation "none", ES256 assertions), so the
//! flags that decide the level (user verification, backup eligibility) are under the test's
//! control. Chromium's virtual authenticator drives the same pages in `tests/tests/webauthn.rs`.

use crate::support::*;
use axum::http::StatusCode;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use openssl::bn::BigNumContext;
use openssl::ec::{EcGroup, EcKey};
use openssl::ecdsa::EcdsaSig;
use openssl::nid::Nid;
use openssl::pkey::Private;
use serde_cbor_2::Value as Cbor;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// A software authenticator holding one ES256 credential.
struct SoftKey {
    key: EcKey<Private>,
    cred_id: Vec<u8>,
    counter: u32,
    user_verified: bool,
    backup_eligible: bool,
}

impl SoftKey {
    fn new(user_verified: bool, backup_eligible: bool) -> Self {
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        Self {
            key: EcKey::generate(&group).unwrap(),
            cred_id: uuid::Uuid::new_v4().as_bytes().to_vec(),
            counter: 0,
            user_verified,
            backup_eligible,
        }
    }

    fn auth_data(&mut self, rp_id: &str, attested: bool) -> Vec<u8> {
        self.counter += 1;
        let mut flags = 0x01; // user present
        if self.user_verified {
            flags |= 0x04;
        }
        if self.backup_eligible {
            flags |= 0x08 | 0x10;
        }
        if attested {
            flags |= 0x40;
        }
        let mut data = Sha256::digest(rp_id.as_bytes()).to_vec();
        data.push(flags);
        data.extend_from_slice(&self.counter.to_be_bytes());
        if attested {
            data.extend_from_slice(&[0u8; 16]); // AAGUID
            data.extend_from_slice(&(self.cred_id.len() as u16).to_be_bytes());
            data.extend_from_slice(&self.cred_id);
            data.extend_from_slice(&serde_cbor_2::to_vec(&self.cose_key()).unwrap());
        }
        data
    }

    fn cose_key(&self) -> Cbor {
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        let mut ctx = BigNumContext::new().unwrap();
        let mut x = openssl::bn::BigNum::new().unwrap();
        let mut y = openssl::bn::BigNum::new().unwrap();
        self.key
            .public_key()
            .affine_coordinates(&group, &mut x, &mut y, &mut ctx)
            .unwrap();
        let int = |i: i128| Cbor::Integer(i);
        Cbor::Map(BTreeMap::from([
            (int(1), int(2)),
            (int(3), int(-7)),
            (int(-1), int(1)),
            (int(-2), Cbor::Bytes(x.to_vec_padded(32).unwrap())),
            (int(-3), Cbor::Bytes(y.to_vec_padded(32).unwrap())),
        ]))
    }

    fn client_data(kind: &str, challenge: &str) -> Vec<u8> {
        json!({ "type": kind, "challenge": challenge, "origin": ISSUER, "crossOrigin": false })
            .to_string()
            .into_bytes()
    }

    /// The answer to `navigator.credentials.create(options)`, as the page's script posts it.
    fn register(&mut self, options: &Value) -> String {
        let o = &options["publicKey"];
        let client_data = Self::client_data("webauthn.create", o["challenge"].as_str().unwrap());
        let auth_data = self.auth_data(o["rp"]["id"].as_str().unwrap(), true);
        let attestation = Cbor::Map(BTreeMap::from([
            (Cbor::Text("fmt".into()), Cbor::Text("none".into())),
            (Cbor::Text("attStmt".into()), Cbor::Map(BTreeMap::new())),
            (Cbor::Text("authData".into()), Cbor::Bytes(auth_data)),
        ]));
        let id = URL_SAFE_NO_PAD.encode(&self.cred_id);
        json!({
            "id": id, "rawId": id, "type": "public-key", "extensions": {},
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(&client_data),
                "attestationObject": URL_SAFE_NO_PAD.encode(serde_cbor_2::to_vec(&attestation).unwrap()),
            }
        })
        .to_string()
    }

    /// The answer to `navigator.credentials.get(options)`.
    fn assert(&mut self, options: &Value) -> String {
        let o = &options["publicKey"];
        let client_data = Self::client_data("webauthn.get", o["challenge"].as_str().unwrap());
        let auth_data = self.auth_data(o["rpId"].as_str().unwrap(), false);
        let mut signed = auth_data.clone();
        signed.extend_from_slice(&Sha256::digest(&client_data));
        let signature = EcdsaSig::sign(&Sha256::digest(&signed), &self.key)
            .unwrap()
            .to_der()
            .unwrap();
        let id = URL_SAFE_NO_PAD.encode(&self.cred_id);
        json!({
            "id": id, "rawId": id, "type": "public-key", "extensions": {},
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(&client_data),
                "authenticatorData": URL_SAFE_NO_PAD.encode(&auth_data),
                "signature": URL_SAFE_NO_PAD.encode(&signature),
                "userHandle": null,
            }
        })
        .to_string()
    }
}

/// The WebAuthn options a page hands to its script (`data-options`, HTML-escaped).
fn options_of(page: &Page) -> Value {
    let start = page.body.find("data-options=\"").expect("data-options") + 14;
    let end = page.body[start..].find('"').unwrap() + start;
    let raw = page.body[start..end]
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("options {raw}: {e}"))
}

/// Adds `key` named `name` from "Manage my security keys"; returns the final response.
async fn add_key(app: &TestApp, jar: &mut Jar, key: &mut SoftKey, name: &str) -> Page {
    let page = app.get("/account/security-keys/add", jar).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let credential = key.register(&options_of(&page));
    app.post_form(
        "/account/security-keys/add",
        &[
            ("csrf", &page.input("csrf").unwrap()),
            ("ceremony", &page.input("ceremony").unwrap()),
            ("name", name),
            ("credential", &credential),
        ],
        jar,
    )
    .await
}

/// From the password form with "Security key or platform" to the key's answer.
async fn sign_in_with_key(
    app: &TestApp,
    login: &str,
    email: &str,
    key: &mut SoftKey,
    jar: &mut Jar,
) -> Page {
    let after_password = app.sign_in_with(login, email, "webauthn", jar).await;
    assert_eq!(after_password.status, StatusCode::SEE_OTHER);
    assert!(
        after_password
            .location()
            .starts_with("/login/webauthn?flow="),
        "{}",
        after_password.location()
    );
    let page = app.get(&after_password.location(), jar).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let credential = key.assert(&options_of(&page));
    app.post_form(
        "/login/webauthn",
        &[
            ("csrf", &page.input("csrf").unwrap()),
            ("flow", &page.input("flow").unwrap()),
            ("ceremony", &page.input("ceremony").unwrap()),
            ("credential", &credential),
        ],
        jar,
    )
    .await
}

/// A browser session signed in at `/login` with the password and `key`.
async fn session_with_key(app: &TestApp, email: &str, key: &mut SoftKey) -> Jar {
    let mut jar = Jar::default();
    let start = app.get("/login", &mut jar).await;
    let done = sign_in_with_key(app, &start.location(), email, key, &mut jar).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    jar
}

/// A code flow asking for high, signed in with `key`: the answer to the key's assertion.
async fn sign_in_asking_high(
    app: &TestApp,
    client: &(String, String),
    key: &mut SoftKey,
    jar: &mut Jar,
) -> Page {
    let q = auth_query(
        &client.0,
        &format!("&acr_values={}", urlencode(&format!("{ISSUER}/loa/high"))),
    );
    let q = q.split("&_verifier=").next().unwrap();
    let start = app.get(&format!("/authorize?{q}"), jar).await;
    sign_in_with_key(app, &start.location(), "ada@example.org", key, jar).await
}

/// A code flow at `acr` signed in with `key`: the ID token's claims.
async fn id_token_with_key(
    app: &TestApp,
    client: &(String, String),
    email: &str,
    key: &mut SoftKey,
    acr: &str,
) -> Value {
    let mut jar = Jar::default();
    let q = auth_query(&client.0, &format!("&acr_values={}", urlencode(acr)));
    let (q, verifier) = q.split_once("&_verifier=").unwrap();
    let start = app.get(&format!("/authorize?{q}"), &mut jar).await;
    let done = sign_in_with_key(app, &start.location(), email, key, &mut jar).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let resumed = app.get(&done.location(), &mut jar).await;
    let code = redirect_query(&resumed.location())
        .get("code")
        .cloned()
        .unwrap_or_else(|| panic!("no code: {}", resumed.location()));
    let tokens = exchange(app, client, &code, verifier).await;
    assert_eq!(tokens.status, StatusCode::OK, "{}", tokens.body);
    jwt_claims(tokens.json()["id_token"].as_str().unwrap())
}

#[tokio::test]
async fn user_verification_on_a_device_bound_key_reaches_high_and_a_synced_passkey_medium() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = app.client(|_| {}).await;
        let mut jar = app.signed_in("ada@example.org").await;

        let mut hardware = SoftKey::new(true, false);
        let added = add_key(&app, &mut jar, &mut hardware, "YubiKey 5 NFC").await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let list = app.get(&added.location(), &mut jar).await;
        assert!(list
            .body
            .contains("Your security key &quot;YubiKey 5 NFC&quot; was added successfully."));
        assert!(list.body.contains("<td class=\"key-level\">high</td>"));
        assert!(app.outbox().await.iter().any(|m| m.to == "ada@example.org"
            && m.body
                .contains("The security key \"YubiKey 5 NFC\" was added")));

        let high = format!("{ISSUER}/loa/high");
        let claims =
            id_token_with_key(&app, &client, "ada@example.org", &mut hardware, &high).await;
        assert_eq!(claims["acr"], high);
        assert_eq!(claims["amr"], json!(["pwd", "hwk", "user", "mfa"]));

        // A synced passkey: user verification, but the key may live on several devices.
        // Adding it needs a recent sign-in with the existing second factor, not the password.
        let stale = app.get("/account/security-keys/add", &mut jar).await;
        assert_eq!(stale.status, StatusCode::SEE_OTHER);
        assert!(stale.location().starts_with("/login?flow="));
        let mut reauth = Jar::default();
        let again = sign_in_with_key(
            &app,
            &stale.location(),
            "ada@example.org",
            &mut hardware,
            &mut reauth,
        )
        .await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
        reauth.store(&again);
        let mut synced = SoftKey::new(true, true);
        let added = add_key(&app, &mut reauth, &mut synced, "Phone passkey").await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let list = app.get("/account/security-keys", &mut reauth).await;
        assert!(list.body.contains("<td class=\"key-level\">medium</td>"));

        let medium = format!("{ISSUER}/loa/medium");
        let claims =
            id_token_with_key(&app, &client, "ada@example.org", &mut synced, &medium).await;
        assert_eq!(claims["acr"], medium);
        assert_eq!(claims["amr"], json!(["pwd", "hwk", "mfa"]));
    }
}

#[tokio::test]
async fn a_key_below_the_requested_level_does_not_get_a_token() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let client = app.client(|_| {}).await;
    let mut jar = app.signed_in("ada@example.org").await;
    let mut presence_only = SoftKey::new(false, false);
    let added = add_key(&app, &mut jar, &mut presence_only, "Old U2F key").await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);

    let mut flow_jar = Jar::default();
    let done = sign_in_asking_high(&app, &client, &mut presence_only, &mut flow_jar).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(
        done.location().starts_with("/login/step-up?"),
        "{}",
        done.location()
    );
    let step_up = app.get(&done.location(), &mut flow_jar).await;
    assert!(step_up
        .body
        .contains("does not reach the level this application requires"));
}

/// Finding 13 of the review: a key listed at medium (no user verification when it was
/// added) yielded high when a later assertion set the UV flag. One rule decides a key's
/// level, shown and given alike: the listed level is the most it ever gives.
#[tokio::test]
async fn a_key_listed_at_medium_never_gives_high() {
    for app in backends().await {
        app.user("ada@example.org").await;
        let client = app.client(|_| {}).await;
        let mut jar = app.signed_in("ada@example.org").await;
        let mut key = SoftKey::new(false, false);
        let added = add_key(&app, &mut jar, &mut key, "Old U2F key").await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let list = app.get("/account/security-keys", &mut jar).await;
        assert!(list.body.contains("<td class=\"key-level\">medium</td>"));
        // The same credential now claims user verification.
        key.user_verified = true;
        let mut flow_jar = Jar::default();
        let done = sign_in_asking_high(&app, &client, &mut key, &mut flow_jar).await;
        assert!(
            done.location().starts_with("/login/step-up?"),
            "no high from a medium key on {}: {}",
            app.backend,
            done.location()
        );
        let medium = format!("{ISSUER}/loa/medium");
        let claims = id_token_with_key(&app, &client, "ada@example.org", &mut key, &medium).await;
        assert_eq!(claims["acr"], medium);
        assert_eq!(
            claims["amr"],
            json!(["pwd", "hwk", "mfa"]),
            "no `user` either"
        );
    }
}

#[tokio::test]
async fn replayed_cloned_foreign_and_malformed_answers_are_refused() {
    for app in backends().await {
        app.user("ada@example.org").await;
        app.user("bob@example.org").await;
        let mut ada = app.signed_in("ada@example.org").await;
        let mut key = SoftKey::new(true, false);

        // Malformed answers and bad names: a clear 400, nothing stored.
        let page = app.get("/account/security-keys/add", &mut ada).await;
        let csrf = page.input("csrf").unwrap();
        let ceremony = page.input("ceremony").unwrap();
        let garbage = app
            .post_form(
                "/account/security-keys/add",
                &[
                    ("csrf", &csrf),
                    ("ceremony", &ceremony),
                    ("name", "Key"),
                    ("credential", "{\"id\": 12, \"rawId\": [1, 2"),
                ],
                &mut ada,
            )
            .await;
        assert_eq!(garbage.status, StatusCode::BAD_REQUEST);
        assert!(garbage.body.contains("could not be verified"));
        let unnamed = add_key(&app, &mut ada, &mut key, "   ").await;
        assert_eq!(unnamed.status, StatusCode::BAD_REQUEST);
        assert!(unnamed.body.contains("a name of 1 to 50 characters"));
        let control = add_key(&app, &mut ada, &mut key, "Desk\u{7}key").await;
        assert_eq!(control.status, StatusCode::BAD_REQUEST);
        let forged = app
            .post_form(
                "/account/security-keys/add",
                &[("csrf", "forged"), ("ceremony", &ceremony), ("name", "Key")],
                &mut ada,
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let list = app.get("/account/security-keys", &mut ada).await;
        assert!(list.body.contains("No security key is registered"));

        // A registration answer is good for one ceremony only.
        let page = app.get("/account/security-keys/add", &mut ada).await;
        let credential = key.register(&options_of(&page));
        let form = [
            ("csrf", page.input("csrf").unwrap()),
            ("ceremony", page.input("ceremony").unwrap()),
            ("name", "Desk key".to_owned()),
            ("credential", credential),
        ];
        let first_form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let first = app
            .post_form("/account/security-keys/add", &first_form, &mut ada)
            .await;
        assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
        // Now that Ada has a key, changes need a sign-in with it.
        let mut ada = session_with_key(&app, "ada@example.org", &mut key).await;
        let fresh = app.get("/account/security-keys/add", &mut ada).await;
        let mut replayed = form.clone();
        replayed[0].1 = fresh.input("csrf").unwrap();
        let replayed: Vec<(&str, &str)> = replayed.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let replay = app
            .post_form("/account/security-keys/add", &replayed, &mut ada)
            .await;
        assert_eq!(replay.status, StatusCode::BAD_REQUEST);
        assert!(replay.body.contains("expired or was already used"));

        // The same authenticator cannot be registered twice, on any account.
        let twice = add_key(&app, &mut ada, &mut key, "Desk key again").await;
        assert_eq!(twice.status, StatusCode::CONFLICT);
        let mut bob = app.signed_in("bob@example.org").await;
        let stolen = add_key(&app, &mut bob, &mut key, "Not mine").await;
        assert_eq!(stolen.status, StatusCode::CONFLICT, "{}", stolen.body);

        // Bob has a key of his own, but Ada's key does not sign him in.
        let mut bobs = SoftKey::new(true, false);
        let added = add_key(&app, &mut bob, &mut bobs, "Bob's key").await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
        let start = app.get("/login", &mut Jar::default()).await;
        let mut flow_jar = Jar::default();
        let foreign = sign_in_with_key(
            &app,
            &start.location(),
            "bob@example.org",
            &mut key,
            &mut flow_jar,
        )
        .await;
        assert_eq!(foreign.status, StatusCode::UNAUTHORIZED);
        assert!(foreign.body.contains("could not be verified"));

        // A cloned key (its signature counter goes backwards) is refused.
        key.counter = 0;
        let start = app.get("/login", &mut Jar::default()).await;
        let mut flow_jar = Jar::default();
        let cloned = sign_in_with_key(
            &app,
            &start.location(),
            "ada@example.org",
            &mut key,
            &mut flow_jar,
        )
        .await;
        assert_eq!(cloned.status, StatusCode::UNAUTHORIZED, "{}", cloned.body);
    }
}

#[tokio::test]
async fn deleting_a_key_needs_csrf_and_leaves_an_audit_entry() {
    let app = TestApp::sqlite().await;
    app.user("ada@example.org").await;
    let mut jar = app.signed_in("ada@example.org").await;
    let mut key = SoftKey::new(true, false);
    let added = add_key(&app, &mut jar, &mut key, "Desk key").await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    // Removing a factor needs a recent sign-in with one.
    let list = app.get("/account/security-keys", &mut jar).await;
    let csrf = list.input("csrf").unwrap();
    let id = list.input("key").unwrap();
    let password_only = app
        .post_form(
            "/account/security-keys/delete",
            &[("csrf", &csrf), ("key", &id)],
            &mut jar,
        )
        .await;
    assert_eq!(password_only.status, StatusCode::SEE_OTHER);
    assert!(password_only.location().starts_with("/login?flow="));
    let mut jar = session_with_key(&app, "ada@example.org", &mut key).await;
    let list = app.get("/account/security-keys", &mut jar).await;
    let forged = app
        .post_form(
            "/account/security-keys/delete",
            &[("csrf", "forged"), ("key", &id)],
            &mut jar,
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let csrf = list.input("csrf").unwrap();
    let unknown = app
        .post_form(
            "/account/security-keys/delete",
            &[("csrf", &csrf), ("key", "nope")],
            &mut jar,
        )
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    let deleted = app
        .post_form(
            "/account/security-keys/delete",
            &[("csrf", &csrf), ("key", &id)],
            &mut jar,
        )
        .await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER, "{}", deleted.body);
    let list = app.get(&deleted.location(), &mut jar).await;
    assert!(list.body.contains("The security key was deleted."));
    let activity = app.get("/account/activity", &mut jar).await;
    assert!(activity.body.contains("Verification method removed"));
    assert!(app
        .outbox()
        .await
        .iter()
        .any(|m| m.body.contains("The security key \"Desk key\" was removed")));
}
