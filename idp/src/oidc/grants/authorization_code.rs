//! authorization_code (RFC 6749 4.1.3, PKCE RFC 7636): single use; a replayed code
//! revokes everything issued from it.

use super::{grant_id_token, redeem, revoke_replayed, TokenResponse};
use crate::audit::AuditEvent;
use crate::oidc::clients::GrantType;
use crate::oidc::error::OAuthError;
use crate::oidc::params::Params;
use crate::secret::{constant_time_eq, sha256_b64url, token_key};
use crate::state::AppState;
use crate::store::{self, batch::Used, clients::Client};

#[tracing::instrument(skip_all, fields(client_id = %client.client_id))]
pub async fn exchange(
    state: &AppState,
    client: &Client,
    params: &Params,
) -> Result<TokenResponse, OAuthError> {
    let code = params.require("code")?;
    let code_hash = token_key(code);
    let now = state.now();
    let invalid =
        || OAuthError::invalid_grant("the authorization code is invalid, expired or already used");
    let Some(store::tokens::Issued { row, grant, user }) =
        store::tokens::find_code_and_grant(&state.reader, &code_hash).await?
    else {
        return Err(invalid());
    };
    if grant.client_id != client.client_id {
        return Err(OAuthError::invalid_grant(
            "the authorization code was issued to another client",
        ));
    }
    if params.get("redirect_uri") != Some(row.redirect_uri.as_str()) {
        return Err(OAuthError::invalid_grant(
            "redirect_uri does not match the authorization request",
        ));
    }
    match (&row.code_challenge, params.get("code_verifier")) {
        (Some(challenge), Some(verifier)) => {
            let well_formed = (43..=128).contains(&verifier.len())
                && verifier
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
            if !well_formed
                || !constant_time_eq(
                    sha256_b64url(verifier.as_bytes()).as_bytes(),
                    challenge.as_bytes(),
                )
            {
                return Err(OAuthError::invalid_grant(
                    "code_verifier does not match the code_challenge",
                ));
            }
        }
        (Some(_), None) => return Err(OAuthError::invalid_grant("code_verifier is required")),
        (None, Some(_)) => {
            return Err(OAuthError::invalid_grant(
                "no code_challenge was sent with the authorization request",
            ))
        }
        (None, None) => {}
    }
    // An expired code is refused; one that was also used is a replay, below.
    if row.expires_at <= now && row.consumed_at.is_none() {
        return Err(invalid());
    }
    if grant.revoked_at.is_some() {
        // Used or not, nothing more is issued from a revoked grant.
        return Err(invalid());
    }
    // A code is always of a user's sign-in; a user removed since has no tokens.
    let user = user.ok_or_else(invalid)?;
    // What the ID token needs is read before the code is used, so that a failure here
    // leaves the code unused.
    let for_id_token = if grant.scope.split(' ').any(|s| s == "openid") {
        let loaded = state.signer.current().await?;
        let applications = crate::oidc::clients::applications(state, &client.client_id).await?;
        let entitlements =
            crate::access::entitlements(&state.reader, &applications, &user.id).await?;
        Some((loaded, entitlements))
    } else {
        None
    };
    let refresh_scope = client
        .allows_grant(GrantType::RefreshToken)
        .then_some(grant.scope.as_str());
    let used = Used::Code(code_hash);
    let Some(minted) = redeem(state, used, &grant, &grant.scope, refresh_scope).await? else {
        let event = AuditEvent::CodeReplayed {
            grant: grant.id.clone(),
        };
        revoke_replayed(state, now, &grant, &client.client_id, event).await?;
        return Err(invalid());
    };
    let id_token = match for_id_token {
        Some((loaded, entitlements)) => Some(grant_id_token(
            state,
            &loaded,
            &grant,
            client,
            &user,
            row.nonce.as_deref(),
            &minted.access_token,
            entitlements,
        )?),
        None => None,
    };
    Ok(TokenResponse {
        access_token: minted.access_token,
        token_type: "Bearer",
        expires_in: state.config.tokens.access_token_ttl_secs,
        refresh_token: minted.refresh_token,
        id_token,
        scope: grant.scope,
    })
}
