//! Test harness: a provider per test on its own database, a movable clock, a cookie jar,
//! and helpers that sign in through the real forms.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use http_body_util::BodyExt;
pub use idp::authn::acr::Acr;
pub use idp::authn::factors::Method;
use idp::cli::client::{add_client, AddClient};
use idp::clock::TestClock;
use idp::config::Config;
pub use idp::oidc::clients::{ClientAuthMethod, GrantType};
use idp::AppState;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::sync::Arc;
use tower::ServiceExt;

pub const ISSUER: &str = "http://localhost:8080";
pub const REDIRECT: &str = "http://127.0.0.1:9000/callback";
pub const PASSWORD: &str = "correct horse battery staple 42";

pub struct TestApp {
    pub state: AppState,
    /// The web layer's state over `state` (templates, CSRF key), built once.
    pub web: idp::Web,
    pub clock: TestClock,
    pub dir: tempfile::TempDir,
    pub backend: &'static str,
    /// The PostgreSQL test database, dropped with the app.
    pub pg_database: Option<e2e::pg::FreshDatabase>,
    /// How many SQL statements the app's connection has run (the statement budgets).
    pub statements: Arc<std::sync::atomic::AtomicU64>,
}

pub struct Page {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> String {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }

    /// The value of hidden/visible input `name` in the page.
    pub fn input(&self, name: &str) -> Option<String> {
        let needle = format!("name=\"{name}\" value=\"");
        let start = self.body.find(&needle)? + needle.len();
        let end = self.body[start..].find('"')? + start;
        Some(
            self.body[start..end]
                .replace("&amp;", "&")
                .replace("&#x2f;", "/")
                .replace("&#x3d;", "="),
        )
    }
}

/// Test configuration: cheap argon2 set explicitly, no progressive delay, dev outbox.
pub fn test_config(dir: &std::path::Path) -> Config {
    let mut config = Config {
        issuer: Some(ISSUER.into()),
        data_dir: dir.to_path_buf(),
        dev_mode: true,
        ..Config::default()
    };
    config.argon2.memory_kib = 8;
    config.argon2.iterations = 1;
    config.lockout.delay_step_ms = 0;
    config.lockout.delay_max_ms = 0;
    config.keys.publish_lead_secs = 600;
    // The seeds' name, as an operator entitled to it configures it.
    config.ui.brand = Some("EU Login".into());
    config
}

/// One app per configured backend: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
pub async fn backends() -> Vec<TestApp> {
    backends_with(|_| {}).await
}

pub async fn backends_with(tweak: impl Fn(&mut Config)) -> Vec<TestApp> {
    let mut apps = vec![TestApp::sqlite_with(&tweak).await];
    if let Some(app) = TestApp::postgres_with(&tweak).await {
        apps.push(app);
    }
    apps
}

impl TestApp {
    pub async fn sqlite() -> Self {
        Self::sqlite_with(|_| {}).await
    }

    pub async fn sqlite_with(tweak: impl Fn(&mut Config)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("idp.db").display());
        Self::build(dir, url, "sqlite", tweak).await
    }

    /// A fresh database on the PostgreSQL server of TEST_DATABASE_URL.
    pub async fn postgres_with(tweak: impl Fn(&mut Config)) -> Option<Self> {
        let db = e2e::pg::FreshDatabase::create("idp_test")
            .await
            .expect("TEST_DATABASE_URL reachable")?;
        let dir = tempfile::tempdir().unwrap();
        let mut app = Self::build(dir, db.url().to_owned(), "postgres", tweak).await;
        app.pg_database = Some(db);
        Some(app)
    }

    async fn build(
        dir: tempfile::TempDir,
        url: String,
        backend: &'static str,
        tweak: impl Fn(&mut Config),
    ) -> Self {
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter("idp=debug")
            .try_init();
        let mut config = test_config(dir.path());
        config.database_url = Some(url.clone());
        tweak(&mut config);
        let mut db = idp::store::connect(&url).await.unwrap();
        idp::store::migrate(&db).await.unwrap();
        // Every statement counts, on the writer and on the readers (`store::readers`).
        let statements = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counter = statements.clone();
        db.set_metric_callback(move |_| {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let mut reader = idp::store::readers(&db);
        let counter = statements.clone();
        reader.on_statement(move |_| {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
        let clock = TestClock::new(1_900_000_000);
        let state = AppState::build_with_reader(
            config,
            db,
            reader,
            Arc::new(clock.clone()),
            keys::MasterKey::generate(),
        )
        .await
        .unwrap();
        Self {
            web: idp::Web::new(state.clone()),
            state,
            clock,
            dir,
            backend,
            pg_database: None,
            statements,
        }
    }

    /// A second provider node: its own services and caches over this app's database, with
    /// the same configuration, master key and clock.
    pub async fn other_node(&self) -> TestApp {
        let state = AppState::build(
            (*self.state.config).clone(),
            self.state.db.clone(),
            Arc::new(self.clock.clone()),
            (*self.state.master).clone(),
        )
        .await
        .unwrap();
        TestApp {
            web: idp::Web::new(state.clone()),
            state,
            clock: self.clock.clone(),
            dir: tempfile::tempdir().unwrap(),
            backend: self.backend,
            pg_database: None,
            statements: self.statements.clone(),
        }
    }

    /// The PostgreSQL readers of this app, which a group commit writer's connection is made
    /// from (`None` on SQLite).
    pub fn postgres_readers(&self) -> Option<Arc<idp::store::postgres_readers::PostgresReaders>> {
        match idp::store::readers(&self.state.db).pool {
            Some(idp::store::ReaderPool::Postgres(readers)) => Some(readers),
            _ => None,
        }
    }

    /// Where this app's group commits write (`store::batch`), for tests that write batches
    /// themselves.
    pub fn batch_target(&self) -> idp::store::batch::Target {
        use idp::store::batch::Target;
        match self.postgres_readers() {
            Some(readers) => {
                Target::Postgres(idp::store::postgres_writer::PostgresWriter::new(readers))
            }
            None => Target::Pool(self.state.db.clone()),
        }
    }

    /// The SQL statements `request` runs.
    pub async fn count_statements<T>(
        &self,
        request: impl std::future::Future<Output = T>,
    ) -> (u64, T) {
        use std::sync::atomic::Ordering::Relaxed;
        let before = self.statements.load(Relaxed);
        let answer = request.await;
        (self.statements.load(Relaxed) - before, answer)
    }

    /// The provider's clock now.
    pub fn clock_now(&self) -> i64 {
        use idp::clock::Clock;
        self.clock.now()
    }

    pub fn router(&self) -> Router {
        idp::app(self.web.clone())
    }

    pub async fn send(&self, request: Request<Body>) -> Page {
        let response: Response<Body> = self.router().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, uri: &str, jar: &mut Jar) -> Page {
        let req = Request::get(uri)
            .header(header::COOKIE, jar.header())
            .body(Body::empty())
            .unwrap();
        let page = self.send(req).await;
        jar.store(&page);
        page
    }

    pub async fn post_form(&self, uri: &str, form: &[(&str, &str)], jar: &mut Jar) -> Page {
        let body = serde_urlencoded::to_string(form).unwrap();
        let req = Request::post(uri)
            .header(header::COOKIE, jar.header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        let page = self.send(req).await;
        jar.store(&page);
        page
    }

    /// A POST to a protocol endpoint with optional HTTP Basic client authentication.
    pub async fn post_token(
        &self,
        uri: &str,
        form: &[(&str, &str)],
        basic: Option<(&str, &str)>,
    ) -> Page {
        let body = serde_urlencoded::to_string(form).unwrap();
        let mut req =
            Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some((id, secret)) = basic {
            let encoded =
                base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"));
            req = req.header(header::AUTHORIZATION, format!("Basic {encoded}"));
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }

    pub async fn client(&self, tweak: impl FnOnce(&mut AddClient)) -> (String, String) {
        let mut add = AddClient {
            name: "Test RP".into(),
            client_id: None,
            redirect_uris: vec![REDIRECT.into()],
            post_logout_redirect_uris: vec!["http://127.0.0.1:9000/bye".into()],
            auth_method: ClientAuthMethod::ClientSecretBasic,
            grant_types: GrantType::ALL.to_vec(),
            scope: "openid profile email offline_access api".into(),
            minimum_acr: None,
            allowed_methods: vec![],
            backchannel_logout_uri: None,
            jwks: None,
            jwks_uri: None,
            id_token_alg: None,
            resource: None,
            audiences: vec![],
            json: false,
        };
        tweak(&mut add);
        let (client, secret) = add_client(&self.state, add).await.unwrap();
        (client.client_id, secret.unwrap_or_default())
    }

    pub async fn user(&self, email: &str) -> String {
        idp::cli::user::add_user(
            &self.state,
            email,
            &idp::secret::Secret::new(PASSWORD),
            "Ada",
            "Lovelace",
            &[],
        )
        .await
        .unwrap()
    }

    /// Like `sign_in_at`, choosing a verification method on the password form.
    pub async fn sign_in_with(
        &self,
        login_location: &str,
        email: &str,
        method: &str,
        jar: &mut Jar,
    ) -> Page {
        let login = self.get(login_location, jar).await;
        assert_eq!(login.status, StatusCode::OK, "login page: {}", login.body);
        let flow = login.input("flow").unwrap_or_default();
        let csrf = login.input("csrf").expect("csrf field");
        let next = self
            .post_form(
                "/login/identifier",
                &[("flow", &flow), ("csrf", &csrf), ("email", email)],
                jar,
            )
            .await;
        assert_eq!(
            next.status,
            StatusCode::SEE_OTHER,
            "identifier: {}",
            next.body
        );
        let pw = self.get(&next.location(), jar).await;
        let csrf = pw.input("csrf").expect("csrf field on the password form");
        self.post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("method", method),
            ],
            jar,
        )
        .await
    }

    /// Signs in at `/login` (no client) with the password; the jar holds the session.
    pub async fn signed_in(&self, email: &str) -> Jar {
        self.signed_in_with_password(email, PASSWORD).await
    }

    /// Signs in at `/login` (no client) with `password`, right or wrong: the answer to the
    /// password form.
    pub async fn sign_in_from_login(&self, email: &str, password: &str, jar: &mut Jar) -> Page {
        let start = self.get("/login", jar).await;
        self.sign_in_at(&start.location(), email, password, jar)
            .await
    }

    pub async fn signed_in_with_password(&self, email: &str, password: &str) -> Jar {
        let mut jar = Jar::default();
        let start = self.get("/login", &mut jar).await;
        assert_eq!(start.status, StatusCode::SEE_OTHER);
        let done = self
            .sign_in_at(&start.location(), email, password, &mut jar)
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "sign-in: {}", done.body);
        jar.store(&done);
        jar
    }

    /// "Lost your password?" for `email`, from its form in this browser.
    pub async fn ask_reset(&self, email: &str, jar: &mut Jar) -> Page {
        let form = self.get("/password/forgot", jar).await;
        let csrf = form.input("csrf").unwrap();
        self.post_form(
            "/password/forgot",
            &[("csrf", &csrf), ("email", email)],
            jar,
        )
        .await
    }

    /// Follows a sign-in from `/login?flow=...` through identifier and password forms.
    pub async fn sign_in_at(
        &self,
        login_location: &str,
        email: &str,
        password: &str,
        jar: &mut Jar,
    ) -> Page {
        let login = self.get(login_location, jar).await;
        assert_eq!(login.status, StatusCode::OK, "login page: {}", login.body);
        let flow = login.input("flow").unwrap_or_default();
        let csrf = login
            .input("csrf")
            .expect("csrf field on the identifier form");
        let next = self
            .post_form(
                "/login/identifier",
                &[("flow", &flow), ("csrf", &csrf), ("email", email)],
                jar,
            )
            .await;
        assert_eq!(
            next.status,
            StatusCode::SEE_OTHER,
            "identifier step: {}",
            next.body
        );
        let pw = self.get(&next.location(), jar).await;
        let csrf = pw.input("csrf").expect("csrf field on the password form");
        self.post_form(
            "/login/password",
            &[
                ("flow", &flow),
                ("csrf", &csrf),
                ("password", password),
                ("method", "password"),
            ],
            jar,
        )
        .await
    }

    /// A whole authorization-code flow up to the code: returns the redirect's query.
    pub async fn authorize(
        &self,
        query: &str,
        email: &str,
        jar: &mut Jar,
    ) -> BTreeMap<String, String> {
        let first = self.get(&format!("/authorize?{query}"), jar).await;
        assert_eq!(
            first.status,
            StatusCode::SEE_OTHER,
            "authorize: {}",
            first.body
        );
        let mut location = first.location();
        if location.starts_with("/login") {
            let done = self.sign_in_at(&location, email, PASSWORD, jar).await;
            assert_eq!(
                done.status,
                StatusCode::SEE_OTHER,
                "password step: {}",
                done.body
            );
            let resumed = self.get(&done.location(), jar).await;
            assert_eq!(
                resumed.status,
                StatusCode::SEE_OTHER,
                "resume: {}",
                resumed.body
            );
            location = resumed.location();
        }
        redirect_query(&location)
    }

    /// Every message written to the outbox table, oldest first (what `/dev/outbox` shows;
    /// no worker runs in these tests: [`TestApp::deliver_outbox`] is one round of it).
    pub async fn outbox(&self) -> Vec<idp::mail::OutboxEntry> {
        idp::store::outbox::all(&self.state.db)
            .await
            .unwrap()
            .iter()
            .map(idp::mail::OutboxEntry::from)
            .collect()
    }

    /// One round of the outbox worker: delivers what is due at the test clock's time.
    pub async fn deliver_outbox(&self) -> usize {
        idp::mail::outbox::deliver_due(&self.state, None)
            .await
            .unwrap()
    }
}

pub fn redirect_query(location: &str) -> BTreeMap<String, String> {
    let url = url::Url::parse(location)
        .unwrap_or_else(|_| panic!("not an absolute redirect: {location}"));
    url.query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub struct Pkce {
    pub verifier: String,
    pub challenge: String,
}

pub fn pkce() -> Pkce {
    let verifier = URL_SAFE_NO_PAD.encode(rand_bytes());
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    Pkce {
        verifier,
        challenge,
    }
}

fn rand_bytes() -> [u8; 32] {
    let mut b = [0u8; 32];
    for (i, x) in uuid::Uuid::new_v4()
        .as_bytes()
        .iter()
        .chain(uuid::Uuid::new_v4().as_bytes())
        .enumerate()
    {
        b[i] = *x;
    }
    b
}

/// The claims of a JWT, unverified (tests verify signatures separately where it matters).
pub fn jwt_claims(jwt: &str) -> serde_json::Value {
    let payload = jwt.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

#[derive(Default)]
pub struct Jar(BTreeMap<String, String>);

impl Jar {
    pub fn header(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn store(&mut self, page: &Page) {
        for v in page.headers.get_all(header::SET_COOKIE) {
            let Ok(text) = v.to_str() else { continue };
            let first = text.split(';').next().unwrap_or("");
            if let Some((k, v)) = first.split_once('=') {
                if v.is_empty() || text.contains("Max-Age=0") {
                    self.0.remove(k);
                } else {
                    self.0.insert(k.to_owned(), v.to_owned());
                }
            }
        }
    }

    pub fn get(&self, name: &str) -> Option<&String> {
        self.0.get(name)
    }
}

pub fn auth_query(client_id: &str, extra: &str) -> String {
    let p = pkce();
    format!(
        "response_type=code&client_id={client_id}&redirect_uri={}&scope=openid%20profile%20email&state=st-1&nonce=n-1&code_challenge={}&code_challenge_method=S256{extra}",
        urlencode(REDIRECT),
        p.challenge
    )
    .replace("CHALLENGE", &p.challenge)
        + &format!("&_verifier={}", p.verifier)
}

pub fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Runs a full flow and returns (query of the redirect, verifier used).
pub async fn code_for(
    app: &TestApp,
    client_id: &str,
    email: &str,
    extra: &str,
    jar: &mut Jar,
) -> (std::collections::BTreeMap<String, String>, String) {
    let q = auth_query(client_id, extra);
    let verifier = q.split("&_verifier=").nth(1).unwrap().to_owned();
    let q = q.split("&_verifier=").next().unwrap().to_owned();
    (app.authorize(&q, email, jar).await, verifier)
}

pub async fn exchange(
    app: &TestApp,
    client: &(String, String),
    code: &str,
    verifier: &str,
) -> Page {
    app.post_token(
        "/token",
        &[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", REDIRECT),
            ("code_verifier", verifier),
        ],
        Some((&client.0, &client.1)),
    )
    .await
}

pub async fn introspect(
    app: &TestApp,
    client: &(String, String),
    token: &str,
) -> serde_json::Value {
    let page = app
        .post_token(
            "/introspect",
            &[("token", token)],
            Some((&client.0, &client.1)),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.json()
}

/// A `private_key_jwt` client registered with the public key of an ES256 key of its own:
/// (client id, the key that signs its assertions).
pub async fn private_key_jwt_client(app: &TestApp) -> (String, keys::SigningKey) {
    let master = keys::MasterKey::generate();
    let sealed = keys::generate(keys::Algorithm::ES256, &master).unwrap();
    let signer = keys::SigningKey::unseal(&sealed, &master).unwrap();
    let jwks_path = app.dir.path().join("client-jwks.json");
    std::fs::write(&jwks_path, format!("{{\"keys\":[{}]}}", sealed.public_jwk)).unwrap();
    let (client_id, _) = app
        .client(|c| {
            c.auth_method = ClientAuthMethod::PrivateKeyJwt;
            c.jwks = Some(jwks_path.clone());
        })
        .await;
    (client_id, signer)
}

/// A client that requires medium (CPMS-like).
pub async fn medium_client(app: &TestApp) -> (String, String) {
    app.client(|c| {
        c.name = "CPMS".into();
        c.minimum_acr = Some(Acr::Medium);
    })
    .await
}

/// The `flow` parameter of a location.
pub fn flow_of(location: &str) -> String {
    location
        .split("flow=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap()
        .to_owned()
}

/// Starts a flow for `client` with a signed-in jar and follows it to the step-up page;
/// returns (step-up page, PKCE verifier, flow).
pub async fn to_step_up(app: &TestApp, client: &str, jar: &mut Jar) -> (Page, String, String) {
    let q = auth_query(client, "");
    let verifier = q.split("&_verifier=").nth(1).unwrap().to_owned();
    let q = q.split("&_verifier=").next().unwrap().to_owned();
    let (page, flow) = step_up_at(app, &q, jar).await;
    (page, verifier, flow)
}

/// `/authorize?{query}` for a signed-in jar, to the step-up page; returns (page, flow).
pub async fn step_up_at(app: &TestApp, query: &str, jar: &mut Jar) -> (Page, String) {
    let first = app.get(&format!("/authorize?{query}"), jar).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert!(
        first.location().starts_with("/login/step-up?flow="),
        "a signed-in user is asked only for the second factor: {}",
        first.location()
    );
    let mut page = app.get(&first.location(), jar).await;
    page.body = page.body.replace("&#x2f;", "/");
    (page, flow_of(&first.location()))
}

/// Waits (at most 60 s, looking every 10 ms) until `ready` holds: for a test that waits on
/// other tasks' progress, not on the clock.
pub async fn until(ready: impl Fn() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !ready() {
        assert!(
            std::time::Instant::now() < deadline,
            "not reached within 60 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

/// "Add a mobile phone number" in My Account with `typed`: the answer (a redirect to the
/// finalise page when the code is on its way).
pub async fn post_phone(app: &TestApp, jar: &mut Jar, typed: &str) -> Page {
    let form = app.get("/account/phones/add", jar).await;
    let csrf = form.input("csrf").unwrap();
    app.post_form(
        "/account/phones/add",
        &[("csrf", &csrf), ("phone", typed)],
        jar,
    )
    .await
}

/// The finalise page `sent` redirects to, its form posted with `code`.
pub async fn finalise_phone(app: &TestApp, jar: &mut Jar, sent: &Page, code: &str) -> Page {
    let finalise = app.get(&sent.location(), jar).await;
    app.post_form(
        "/account/phones/finalise",
        &[
            ("csrf", &finalise.input("csrf").unwrap()),
            ("phone", &finalise.input("phone").unwrap()),
            ("code", code),
        ],
        jar,
    )
    .await
}

/// The `XXXX-XXXX` code of the newest SMS to `to`.
pub async fn last_code(app: &TestApp, to: &str) -> String {
    let sms = app
        .outbox()
        .await
        .into_iter()
        .rfind(|m| m.channel == "sms" && m.to == to)
        .unwrap_or_else(|| panic!("no SMS to {to}"));
    code_in(&sms.body)
}

pub fn code_in(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '.')
        .find(|w| w.len() == 9 && w.as_bytes()[4] == b'-')
        .unwrap_or_else(|| panic!("no code in {text:?}"))
        .to_owned()
}

/// The "Mobile + SMS" page of a flow: (CSRF token, id of the first registered number).
pub async fn sms_form(app: &TestApp, flow: &str, jar: &mut Jar) -> (String, String) {
    let choose = app.get(&format!("/login/sms?flow={flow}"), jar).await;
    assert_eq!(choose.status, StatusCode::OK, "{}", choose.body);
    assert!(choose.body.contains("***"), "numbers are masked");
    let phone = choose
        .body
        .split("<option value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    (choose.input("csrf").unwrap(), phone)
}

/// Sends a sign-in code to the first registered number; the answer (303 to the code page).
pub async fn send_sms(app: &TestApp, flow: &str, jar: &mut Jar) -> Page {
    let (csrf, phone) = sms_form(app, flow, jar).await;
    let sent = app
        .post_form(
            "/login/sms",
            &[("csrf", &csrf), ("flow", flow), ("phone", &phone)],
            jar,
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    sent
}

/// From the SMS sign-in page: send to the first number, type the code, follow to the client.
pub async fn sms_sign_in(
    app: &TestApp,
    flow: &str,
    e164: &str,
    jar: &mut Jar,
) -> BTreeMap<String, String> {
    let sent = send_sms(app, flow, jar).await;
    let code = last_code(app, e164).await;
    let page = app.get(&sent.location(), jar).await;
    let csrf = page.input("csrf").unwrap();
    let done = app
        .post_form(
            "/login/sms/code",
            &[("csrf", &csrf), ("flow", flow), ("code", &code)],
            jar,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let resumed = app.get(&done.location(), jar).await;
    assert_eq!(resumed.status, StatusCode::SEE_OTHER, "{}", resumed.body);
    redirect_query(&resumed.location())
}

/// An enrolled mobile device of `user_id`, written directly (for tests that need one to
/// exist, not to be used).
pub async fn insert_device(app: &TestApp, user_id: &str, id: &str) {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let now = app.state.now();
    idp::store::entities::mobile_device::ActiveModel {
        id: Set(id.into()),
        user_id: Set(user_id.into()),
        name: Set("My Eyephone".into()),
        pin_hash: Set("x".into()),
        public_jwk: Set(Some("{}".into())),
        sealed_secret: Set(Some("x".into())),
        pin_failures: Set(0),
        locked_at: Set(None),
        created_at: Set(now),
        enrolled_at: Set(Some(now)),
        last_used_at: Set(None),
    }
    .insert(&app.state.db)
    .await
    .unwrap();
}
