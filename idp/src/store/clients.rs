//! Registered relying parties, decoded into the vocabulary of a registration
//! (`oidc::clients`), levels (`authn::acr`) and second factors (`authn::factors`).

use super::entities::client;
use super::{json_list, to_json_list, Conn, StoreError};
use crate::authn::acr::Acr;
use crate::authn::factors::Method;
use crate::oidc::clients::{ClientAuthMethod, GrantType};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

#[derive(Clone, Debug)]
pub struct Client {
    pub client_id: String,
    pub name: String,
    /// SHA-256 of the secret (secrets are 256-bit random values).
    pub secret_hash: Option<String>,
    pub auth_method: ClientAuthMethod,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub grant_types: Vec<GrantType>,
    pub scope: String,
    pub minimum_acr: Option<Acr>,
    /// Second-factor methods this client accepts; `None` = all enabled ones.
    pub allowed_methods: Option<Vec<Method>>,
    pub backchannel_logout_uri: Option<String>,
    pub jwks: Option<String>,
    pub jwks_uri: Option<String>,
    /// Algorithm of the ID tokens this client receives; `None` = the provider default.
    pub id_token_alg: Option<String>,
    pub created_at: i64,
    /// The resource indicator (RFC 8707) this client holds as a resource server: it may
    /// introspect tokens issued for that resource.
    pub resource: Option<String>,
    /// The resources this client's access tokens are for (their audience).
    pub audiences: Vec<String>,
}

impl Client {
    pub fn is_public(&self) -> bool {
        self.auth_method == ClientAuthMethod::None
    }

    pub fn allows_grant(&self, grant: GrantType) -> bool {
        self.grant_types.contains(&grant)
    }

    /// Whether this client may see, by introspection, the tokens issued to `owner`: its own,
    /// and those whose audience is the resource it holds.
    pub fn may_introspect_tokens_of(&self, owner: &Client) -> bool {
        self.client_id == owner.client_id
            || self
                .resource
                .as_ref()
                .is_some_and(|r| owner.audiences.iter().any(|a| a == r))
    }
}

#[cfg(test)]
impl Client {
    /// A public client named `id` with nothing registered, for unit tests to fill in.
    pub(crate) fn bare(id: &str) -> Self {
        Self {
            client_id: id.into(),
            name: id.into(),
            secret_hash: None,
            auth_method: ClientAuthMethod::None,
            redirect_uris: vec![],
            post_logout_redirect_uris: vec![],
            grant_types: vec![],
            scope: String::new(),
            minimum_acr: None,
            allowed_methods: None,
            backchannel_logout_uri: None,
            jwks: None,
            jwks_uri: None,
            id_token_alg: None,
            created_at: 0,
            resource: None,
            audiences: vec![],
        }
    }
}

/// A stored name as `T`; an unknown one is a corrupt row, not a silent default.
fn named<T>(
    client_id: &str,
    column: &str,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<T, StoreError> {
    parse(value)
        .ok_or_else(|| StoreError::Corrupt(format!("client {client_id}: {column} {value:?}")))
}

fn names<T>(
    client_id: &str,
    column: &str,
    json: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Vec<T>, StoreError> {
    json_list(json)?
        .iter()
        .map(|v| named(client_id, column, v, &parse))
        .collect()
}

fn from_model(m: client::Model) -> Result<Client, StoreError> {
    let id = m.client_id.clone();
    Ok(Client {
        redirect_uris: json_list(&m.redirect_uris)?,
        post_logout_redirect_uris: json_list(&m.post_logout_redirect_uris)?,
        grant_types: names(&id, "grant type", &m.grant_types, |v| v.parse().ok())?,
        // Methods a newer version may add are dropped, never widened to "any".
        allowed_methods: m
            .allowed_methods
            .as_deref()
            .map(|json| {
                json_list(json).map(|l| l.iter().filter_map(|n| Method::from_name(n)).collect())
            })
            .transpose()?,
        auth_method: named(&id, "auth method", &m.auth_method, |v| v.parse().ok())?,
        minimum_acr: m
            .minimum_acr
            .as_deref()
            .map(|v| named(&id, "minimum acr", v, Acr::from_name))
            .transpose()?,
        client_id: m.client_id,
        name: m.name,
        secret_hash: m.secret_hash,
        scope: m.scope,
        backchannel_logout_uri: m.backchannel_logout_uri,
        jwks: m.jwks,
        jwks_uri: m.jwks_uri,
        id_token_alg: m.id_token_alg,
        created_at: m.created_at,
        resource: m.resource,
        audiences: m
            .audiences
            .as_deref()
            .map(json_list)
            .transpose()?
            .unwrap_or_default(),
    })
}

pub async fn insert(db: &impl Conn, c: &Client) -> Result<(), StoreError> {
    client::Entity::insert(client::ActiveModel {
        client_id: Set(c.client_id.clone()),
        name: Set(c.name.clone()),
        secret_hash: Set(c.secret_hash.clone()),
        auth_method: Set(c.auth_method.as_str().to_owned()),
        redirect_uris: Set(to_json_list(&c.redirect_uris)),
        post_logout_redirect_uris: Set(to_json_list(&c.post_logout_redirect_uris)),
        grant_types: Set(to_json_list(
            &c.grant_types.iter().map(|g| g.as_str()).collect::<Vec<_>>(),
        )),
        scope: Set(c.scope.clone()),
        minimum_acr: Set(c.minimum_acr.map(|a| a.name().to_owned())),
        allowed_methods: Set(c
            .allowed_methods
            .as_deref()
            .map(|list| to_json_list(&list.iter().map(|m| m.name()).collect::<Vec<_>>()))),
        backchannel_logout_uri: Set(c.backchannel_logout_uri.clone()),
        jwks: Set(c.jwks.clone()),
        jwks_uri: Set(c.jwks_uri.clone()),
        id_token_alg: Set(c.id_token_alg.clone()),
        created_at: Set(c.created_at),
        resource: Set(c.resource.clone()),
        audiences: Set((!c.audiences.is_empty()).then(|| to_json_list(&c.audiences))),
    })
    .exec(db)
    .await?;
    Ok(())
}

pub async fn find(db: &impl Conn, client_id: &str) -> Result<Option<Client>, StoreError> {
    client::Entity::find_by_id(client_id.to_owned())
        .one(db)
        .await?
        .map(from_model)
        .transpose()
}

pub async fn list(db: &impl Conn) -> Result<Vec<Client>, StoreError> {
    client::Entity::find()
        .order_by_asc(client::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(from_model)
        .collect()
}

/// Replaces a confidential client's secret (stored as its hash).
pub async fn set_secret_hash(
    db: &impl Conn,
    client_id: &str,
    hash: &str,
) -> Result<bool, StoreError> {
    let res = client::Entity::update_many()
        .col_expr(client::Column::SecretHash, hash.into())
        .filter(client::Column::ClientId.eq(client_id))
        .filter(client::Column::SecretHash.is_not_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Sets what a client holds and is for: its resource as a resource server and the audiences
/// of its tokens (the demo seed keeps these up to date on an existing database).
pub async fn set_resources(
    db: &impl Conn,
    client_id: &str,
    resource: Option<&str>,
    audiences: &[String],
) -> Result<(), StoreError> {
    client::Entity::update_many()
        .col_expr(client::Column::Resource, resource.map(str::to_owned).into())
        .col_expr(
            client::Column::Audiences,
            (!audiences.is_empty())
                .then(|| to_json_list(audiences))
                .into(),
        )
        .filter(client::Column::ClientId.eq(client_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes a client and, by cascade, every grant, code and token issued to it.
pub async fn remove(db: &impl Conn, client_id: &str) -> Result<bool, StoreError> {
    let res = client::Entity::delete_by_id(client_id.to_owned())
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}
