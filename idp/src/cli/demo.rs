//! `idp demo`: dev mode on the demo seed. The first start creates the clients and users and
//! writes `<data>/demo.json`; later starts reuse them.

use super::client::{add_client, AddClient};
use super::user::add_user;
use super::{build_state, serve};
use crate::authn::acr::Acr;
use crate::config::Config;
use crate::oidc::clients::{ClientAuthMethod, GrantType};
use crate::secret::{random_token, Secret};
use crate::state::AppState;
use crate::store;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
pub struct DemoFile {
    pub issuer: String,
    /// The service's name (`ui.brand`), for relying parties that name it ("Sign in with").
    #[serde(default)]
    pub brand: String,
    pub clients: Vec<DemoClient>,
    pub users: Vec<DemoUser>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DemoClient {
    pub name: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    pub redirect_uris: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DemoUser {
    pub email: String,
    pub password: String,
    pub roles: Vec<String>,
}

pub async fn demo(config: Config) -> anyhow::Result<()> {
    let path = config.data_dir.join("demo.json");
    let state = build_state(config).await?;
    let known = match std::fs::read(&path) {
        Ok(bytes) => Some(serde_json::from_slice::<DemoFile>(&bytes)?),
        Err(_) => None,
    };
    let demo = seed(&state, known).await?;
    std::fs::write(&path, serde_json::to_vec_pretty(&demo)?)?;
    // The authorization system's data: CPMS, its profiles, the ERN tree (idempotent).
    crate::access::admin::seed_demo(&state).await?;
    print_summary(&state, &demo, &path);
    serve::run(state).await
}

fn client(name: &str, id: &str, redirects: &[String]) -> AddClient {
    AddClient {
        name: name.into(),
        client_id: Some(id.into()),
        redirect_uris: redirects.to_vec(),
        post_logout_redirect_uris: Vec::new(),
        auth_method: ClientAuthMethod::ClientSecretBasic,
        grant_types: vec![GrantType::AuthorizationCode, GrantType::RefreshToken],
        scope: "openid profile email offline_access".into(),
        minimum_acr: None,
        allowed_methods: Vec::new(),
        backchannel_logout_uri: None,
        jwks: None,
        jwks_uri: None,
        id_token_alg: None,
        resource: None,
        audiences: Vec::new(),
        json: false,
    }
}

/// Creates what the demo needs and is missing. Clients and users already in `known`
/// (`demo.json` of an earlier start) are kept as they are; ones in the database but not in
/// `known` get a new secret or password, so what is printed always works.
pub async fn seed(state: &AppState, known: Option<DemoFile>) -> anyhow::Result<DemoFile> {
    let known = known.unwrap_or(DemoFile {
        issuer: String::new(),
        brand: String::new(),
        clients: Vec::new(),
        users: Vec::new(),
    });
    let rp = vec![
        "http://127.0.0.1:9000/callback".to_owned(),
        "http://localhost:9000/callback".to_owned(),
    ];
    // Where the CPMS portal runs (`scripts/demo` starts it on 8081; tests pick a free port).
    let cpms_url = std::env::var("IDP_DEMO_CPMS_URL")
        .ok()
        .filter(|u| u.starts_with("http"))
        .unwrap_or_else(|| "http://127.0.0.1:8081".to_owned());
    let cpms_url = cpms_url.trim_end_matches('/');
    let mut cpms = vec![format!("{cpms_url}/callback")];
    if cpms_url == "http://127.0.0.1:8081" {
        cpms.push("http://localhost:8081/callback".to_owned());
    }
    let access = vec![state.url("/access/callback")];
    // The CPMS API is a resource server of its own: tokens issued to CPMS are for it, and
    // it introspects them with its own credentials.
    let cpms_api = format!("{cpms_url}/api");
    let mut specs = vec![
        AddClient {
            post_logout_redirect_uris: vec![
                "http://127.0.0.1:9000/".into(),
                "http://localhost:9000/".into(),
            ],
            grant_types: GrantType::ALL.to_vec(),
            ..client("Demo relying party", "demo-rp", &rp)
        },
        AddClient {
            minimum_acr: Some(Acr::Medium),
            post_logout_redirect_uris: cpms
                .iter()
                .map(|u| u.trim_end_matches("callback").to_owned())
                .collect(),
            backchannel_logout_uri: Some(format!("{cpms_url}/backchannel-logout")),
            audiences: vec![cpms_api.clone()],
            ..client("CPMS", "cpms", &cpms)
        },
        AddClient {
            grant_types: vec![GrantType::ClientCredentials],
            scope: String::new(),
            resource: Some(cpms_api.clone()),
            ..client("CPMS API", "cpms-api", &[])
        },
        client("Authorization system", "authorization-system", &access),
    ];
    let mut clients = Vec::new();
    for spec in specs.drain(..) {
        let redirect_uris = spec.redirect_uris.clone();
        let id = spec.client_id.clone().unwrap_or_default();
        if let Some(kept) = known.clients.iter().find(|c| c.client_id == id) {
            // What a resource server holds follows the demo's CPMS address on every start.
            store::clients::set_resources(
                &state.db,
                &id,
                spec.resource.as_deref(),
                &spec.audiences,
            )
            .await?;
            clients.push(DemoClient {
                name: kept.name.clone(),
                client_id: kept.client_id.clone(),
                client_secret: kept.client_secret.clone(),
                redirect_uris: kept.redirect_uris.clone(),
            });
            continue;
        }
        // Without demo.json (deleted, data kept) the old secrets are unknown: new ones are
        // set, so what is printed and written always works.
        let (c, secret) =
            match store::clients::find(&state.db, spec.client_id.as_deref().unwrap_or("")).await? {
                Some(existing) => {
                    store::clients::set_resources(
                        &state.db,
                        &existing.client_id,
                        spec.resource.as_deref(),
                        &spec.audiences,
                    )
                    .await?;
                    let secret = random_token(32).expose().to_owned();
                    let rotated = store::clients::set_secret_hash(
                        &state.db,
                        &existing.client_id,
                        &crate::secret::token_hash(&secret),
                    )
                    .await?;
                    (existing, rotated.then_some(secret))
                }
                None => add_client(state, spec).await?,
            };
        clients.push(DemoClient {
            name: c.name,
            client_id: c.client_id,
            client_secret: secret,
            redirect_uris,
        });
    }
    let mut users = Vec::new();
    for (email, first, last, roles) in [
        ("test.user@example.org", "Francesco", "Rotolo", vec![]),
        (
            "helpdesk@example.org",
            "Helpdesk",
            "Cpms",
            vec!["helpdesk:cpms".to_owned()],
        ),
    ] {
        if let Some(kept) = known.users.iter().find(|u| u.email == email) {
            users.push(DemoUser {
                email: kept.email.clone(),
                password: kept.password.clone(),
                roles: kept.roles.clone(),
            });
            continue;
        }
        let password = format!("demo-{}", random_token(16).expose());
        if let Some(existing) = store::users::find_by_email(&state.db, email).await? {
            // As for the clients: the printed password is the one that works.
            let hash = state.hasher.hash(&Secret::new(password.clone())).await?;
            store::users::set_password(&state.db, &existing.id, &hash, state.now(), false).await?;
        } else {
            add_user(
                state,
                email,
                &Secret::new(password.clone()),
                first,
                last,
                &roles,
            )
            .await?;
        }
        users.push(DemoUser {
            email: email.into(),
            password,
            roles,
        });
    }
    Ok(DemoFile {
        issuer: state.issuer.to_string(),
        brand: state.brand.to_string(),
        clients,
        users,
    })
}

fn print_summary(state: &AppState, demo: &DemoFile, path: &std::path::Path) {
    println!("EU Login demo identity provider");
    println!("  issuer:        {}", state.issuer);
    println!(
        "  discovery:     {}/.well-known/openid-configuration",
        state.issuer
    );
    println!("  sign in:       {}/login", state.issuer);
    println!("  register:      {}/register", state.issuer);
    println!(
        "  dev outbox:    {}/dev/outbox  (e-mails and SMS land here)",
        state.issuer
    );
    println!(
        "  access:        {}/access  (request access to CPMS: {}/access/request?application=cpms; helpdesk: {}/access/helpdesk)",
        state.issuer, state.issuer, state.issuer
    );
    println!("Clients:");
    for c in &demo.clients {
        println!("  {}", c.name);
        println!("    client_id:     {}", c.client_id);
        println!(
            "    client_secret: {}",
            c.client_secret.as_deref().unwrap_or("(see demo.json)")
        );
        println!("    redirect_uris: {}", c.redirect_uris.join(" "));
    }
    println!("Users:");
    for u in &demo.users {
        println!(
            "  {}  password {}  roles [{}]",
            u.email,
            u.password,
            u.roles.join(", ")
        );
    }
    println!("All of this is also in {}", path.display());
}
