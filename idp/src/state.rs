//! What every handler gets: a cheap-to-clone bundle of shared services. No global statics.
//! Cloning it (once or more per request, by axum's state extraction) is one reference count.

use crate::authn::password::PasswordHasher;
use crate::clock::Clock;
use crate::config::Config;
use crate::error::AppError;
use crate::mail::Mailer;
use crate::signing::Signer;
use crate::sms::SmsGateway;
use crate::store::batch::GroupCommit;
use crate::store::Db;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState(Arc<Services>);

/// The services of an [`AppState`], reached through it (`state.db`, `state.config`).
pub struct Services {
    /// The database: every write and every transaction.
    pub db: Db,
    /// Reads that need no transaction, beside the writer (`store::readers`).
    pub reader: crate::store::Reader,
    /// The read connections behind `reader` (their count is a metric); `None` where
    /// `reader` is the main pool (an in-memory SQLite database).
    pub reader_pool: Option<crate::store::ReaderPool>,
    pub config: Arc<Config>,
    /// The issuer without a trailing slash, exactly as published.
    pub issuer: Arc<str>,
    /// The name pages and e-mails go by (`ui.brand`, else the issuer's host).
    pub brand: Arc<str>,
    /// The acr value of each level, from the configuration, built once.
    pub acr: Arc<crate::authn::acr::AcrValues>,
    pub clock: Arc<dyn Clock>,
    pub signer: Arc<Signer>,
    /// Registered clients, each read at most `clients.cache_secs` ago.
    pub clients: Arc<crate::oidc::client_cache::ClientCache>,
    /// Stand-alone access tokens, written by group commit.
    pub access_tokens: GroupCommit<crate::store::tokens::AccessToken>,
    /// Grants and their codes (the authorization endpoint), written by group commit.
    pub authorizations: GroupCommit<crate::store::batch::Authorization>,
    /// Codes and refresh tokens used once with the tokens they yield, by group commit.
    pub redemptions: GroupCommit<crate::store::batch::Redemption>,
    pub mailer: Arc<Mailer>,
    /// This node's side of the outbox (its worker's name and wake-up bell).
    pub outbox: Arc<crate::mail::outbox::Outbox>,
    pub sms: Arc<SmsGateway>,
    pub hasher: Arc<PasswordHasher>,
    pub master: Arc<keys::MasterKey>,
    /// Outgoing HTTP (back-channel logout, client JWKS).
    pub http: reqwest::Client,
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

impl AppState {
    pub async fn build(
        config: Config,
        db: Db,
        clock: Arc<dyn Clock>,
        master: keys::MasterKey,
    ) -> Result<Self, AppError> {
        let readers = crate::store::readers(&db);
        Self::build_with_reader(config, db, readers, clock, master).await
    }

    /// [`AppState::build`] with the readers given (tests count their statements).
    pub async fn build_with_reader(
        config: Config,
        db: Db,
        readers: crate::store::Readers,
        clock: Arc<dyn Clock>,
        master: keys::MasterKey,
    ) -> Result<Self, AppError> {
        let issuer = config
            .issuer()
            .map_err(|e| AppError::Internal(e.to_string()))?
            .as_str()
            .trim_end_matches('/')
            .to_owned();
        let algorithm = config.keys.algorithm.parse().map_err(|_| {
            AppError::Internal(format!(
                "keys.algorithm {} is not ES256, RS256 or EdDSA",
                config.keys.algorithm
            ))
        })?;
        let master = Arc::new(master);
        let signer = Signer::new(
            db.clone(),
            master.clone(),
            clock.clone(),
            algorithm,
            config.keys.publish_lead_secs,
            config
                .tokens
                .id_token_ttl_secs
                .max(config.tokens.access_token_ttl_secs),
            config.keys.cache_secs,
        );
        signer.ensure_key().await?;
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let mailer = Arc::new(Mailer::from_config(&config)?);
        // The group commits write on PostgreSQL through connections of their own.
        let postgres = match &readers.pool {
            Some(crate::store::ReaderPool::Postgres(pool)) => Some(pool.clone()),
            _ => None,
        };
        if config.ui.pseudo_locale {
            crate::i18n::enable_pseudo();
        }
        Ok(Self(Arc::new(Services {
            acr: Arc::new(crate::authn::acr::AcrValues::new(&config, &issuer)),
            sms: Arc::new(SmsGateway::new(&config, http.clone(), mailer.clone())),
            mailer,
            outbox: Arc::new(crate::mail::outbox::Outbox::new()),
            hasher: Arc::new(PasswordHasher::new(&config.argon2)?),
            signer: Arc::new(signer),
            access_tokens: GroupCommit::new(db.clone(), postgres.clone()),
            authorizations: GroupCommit::new(db.clone(), postgres.clone()),
            redemptions: GroupCommit::new(db.clone(), postgres),
            clients: Arc::new(crate::oidc::client_cache::ClientCache::new(
                config.clients.cache_secs,
            )),
            master,
            issuer: issuer.into(),
            brand: config.brand().into(),
            config: Arc::new(config),
            db,
            reader: readers.db,
            reader_pool: readers.pool,
            clock,
            http,
        })))
    }

    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.issuer, path)
    }

    /// Whether browsers reach the provider over https (TLS terminated here or by a proxy in
    /// front): then cookies are `__Host-` and `Secure`, and every response carries HSTS.
    pub fn https(&self) -> bool {
        self.issuer.starts_with("https://")
    }

    /// The issuer's origin (`scheme://host[:port]`), which every browser form must come from.
    pub fn origin(&self) -> String {
        url::Url::parse(&self.issuer)
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_default()
    }
}
