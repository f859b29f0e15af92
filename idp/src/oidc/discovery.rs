//! Provider metadata (OpenID Connect Discovery 1.0, RFC 8414 fields, RFC 9207).

use super::clients::{ClientAuthMethod, GrantType};
use super::request::SUPPORTED_SCOPES;
use super::response_mode::ResponseMode;
use crate::state::AppState;
use serde_json::{json, Value};

pub fn metadata(state: &AppState, signing_algs: &[String]) -> Value {
    let i = &*state.issuer;
    let acr = &state.acr;
    let grant_types: Vec<&str> = GrantType::ALL.iter().map(|g| g.as_str()).collect();
    let auth_methods: Vec<&str> = ClientAuthMethod::ALL.iter().map(|m| m.as_str()).collect();
    // Introspection is for clients that authenticate (never `none`).
    let introspection_methods: Vec<&str> = ClientAuthMethod::authenticating()
        .map(|m| m.as_str())
        .collect();
    json!({
        "issuer": i,
        "authorization_endpoint": format!("{i}/authorize"),
        "token_endpoint": format!("{i}/token"),
        "userinfo_endpoint": format!("{i}/userinfo"),
        "jwks_uri": format!("{i}/jwks.json"),
        "introspection_endpoint": format!("{i}/introspect"),
        "revocation_endpoint": format!("{i}/revoke"),
        "end_session_endpoint": format!("{i}/logout"),
        "scopes_supported": SUPPORTED_SCOPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ResponseMode::ALL.map(ResponseMode::as_str),
        "grant_types_supported": grant_types,
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": signing_algs,
        "token_endpoint_auth_methods_supported": auth_methods,
        "token_endpoint_auth_signing_alg_values_supported": ["ES256", "RS256", "EdDSA"],
        "introspection_endpoint_auth_methods_supported": introspection_methods,
        "revocation_endpoint_auth_methods_supported": auth_methods,
        "code_challenge_methods_supported": ["S256"],
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "amr", "azp", "at_hash", "sid",
                             "name", "given_name", "family_name", "locale", "updated_at", "email", "email_verified"],
        "claims_parameter_supported": true,
        "request_parameter_supported": false,
        "request_uri_parameter_supported": false,
        "require_request_uri_registration": false,
        "acr_values_supported": acr.all(),
        "prompt_values_supported": ["none", "login", "consent", "select_account"],
        // The languages whose catalogue ships (issue 15), never one the pages cannot show.
        "ui_locales_supported": crate::i18n::shipped().iter().map(|l| l.code).collect::<Vec<_>>(),
        "claim_types_supported": ["normal"],
        "authorization_response_iss_parameter_supported": true,
        "backchannel_logout_supported": true,
        "backchannel_logout_session_supported": true,
        "frontchannel_logout_supported": false,
    })
}
