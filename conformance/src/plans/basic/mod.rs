//! oidcc-basic-certification-test-plan (also run as the form_post variant).

mod acr_values;
mod claims_essential;
mod claims_locales;
mod codereuse;
mod codereuse_30seconds;
mod display_page;
mod display_popup;
mod id_token_hint;
mod idtoken_signature;
mod login_hint;
mod max_age_1;
mod max_age_10000;
mod other_scope_order;
mod post_request;
mod prompt_login;
mod prompt_none_logged_in;
mod prompt_none_not_logged_in;
mod redirect_uri_registered;
pub mod refresh_token;
mod request_object;
mod request_object_redirect_uri;
mod request_uri_unsigned;
mod response_type_missing;
mod scope_address;
mod scope_all;
mod scope_email;
mod scope_phone;
mod scope_profile;
pub mod scopes;
mod server;
mod server_client_secret_post;
mod ui_locales;
mod unknown_parameter;
mod userinfo_get;
mod userinfo_post_body;
mod userinfo_post_header;
mod valid_pkce;
mod without_nonce;

use anyhow::Result;

use crate::harness::flow::{self, UserInfoCall};
use crate::harness::{AuthRequest, Journey, Run, Tokens};
use crate::module;
use crate::plans::Module;

pub fn modules() -> Vec<Module> {
    vec![
        module!("oidcc-server", server),
        module!("oidcc-response-type-missing", response_type_missing),
        module!("oidcc-idtoken-signature", idtoken_signature),
        module!("oidcc-userinfo-get", userinfo_get),
        module!("oidcc-userinfo-post-header", userinfo_post_header),
        module!("oidcc-userinfo-post-body", userinfo_post_body),
        module!(
            "oidcc-ensure-request-without-nonce-succeeds-for-code-flow",
            without_nonce
        ),
        module!("oidcc-scope-profile", scope_profile),
        module!("oidcc-scope-email", scope_email),
        module!("oidcc-scope-address", scope_address),
        module!("oidcc-scope-phone", scope_phone),
        module!("oidcc-scope-all", scope_all),
        module!("oidcc-ensure-other-scope-order-succeeds", other_scope_order),
        module!("oidcc-display-page", display_page),
        module!("oidcc-display-popup", display_popup),
        module!("oidcc-prompt-login", prompt_login),
        module!("oidcc-prompt-none-not-logged-in", prompt_none_not_logged_in),
        module!("oidcc-prompt-none-logged-in", prompt_none_logged_in),
        module!("oidcc-max-age-1", max_age_1),
        module!("oidcc-max-age-10000", max_age_10000),
        module!(
            "oidcc-ensure-request-with-unknown-parameter-succeeds",
            unknown_parameter
        ),
        module!("oidcc-id-token-hint", id_token_hint),
        module!("oidcc-login-hint", login_hint),
        module!("oidcc-ui-locales", ui_locales),
        module!("oidcc-claims-locales", claims_locales),
        module!("oidcc-ensure-request-with-acr-values-succeeds", acr_values),
        module!("oidcc-codereuse", codereuse),
        module!("oidcc-codereuse-30seconds", codereuse_30seconds),
        module!(
            "oidcc-ensure-registered-redirect-uri",
            redirect_uri_registered
        ),
        module!("oidcc-ensure-post-request-succeeds", post_request),
        module!("oidcc-server-client-secret-post", server_client_secret_post),
        module!(
            "oidcc-request-uri-unsigned-supported-correctly-or-rejected-as-unsupported",
            request_uri_unsigned
        ),
        module!(
            "oidcc-unsigned-request-object-supported-correctly-or-rejected-as-unsupported",
            request_object
        ),
        module!("oidcc-claims-essential", claims_essential),
        module!(
            "oidcc-ensure-request-object-with-redirect-uri",
            request_object_redirect_uri
        ),
        module!("oidcc-refresh-token", refresh_token),
        module!("oidcc-ensure-request-with-valid-pkce-succeeds", valid_pkce),
    ]
}

/// The Foundation's basic flow (AbstractOIDCCServerTest): authorization request, callback
/// checks, token request with ID token validation, then the protected resource (userinfo).
pub async fn happy(run: &Run<'_>, req: &AuthRequest) -> Result<(Tokens, Journey)> {
    // CheckForKeyIdInServerJWKs (OIDCC-10.1): with several keys, each needs a kid.
    let keys = run.ctx.jwks.keys();
    anyhow::ensure!(
        keys.len() < 2 || keys.iter().all(|k| k.key_id().is_some()),
        "the provider's JWKS has several keys and some lack a kid (OIDCC-10.1)"
    );
    let browser = run.browser()?;
    let (tokens, journey) = flow::login(run, &browser, req).await?;
    flow::userinfo(run, &tokens, UserInfoCall::Get).await?;
    Ok((tokens, journey))
}

/// A basic request for the main client, changed by `f`, run through [`happy`].
pub async fn happy_with(run: &Run<'_>, f: impl FnOnce(&mut AuthRequest)) -> Result<Tokens> {
    let mut req = AuthRequest::new(run, &run.cfg().client);
    f(&mut req);
    Ok(happy(run, &req).await?.0)
}

/// Errors that say the request needed a user interface (OIDC Core 3.1.2.6).
pub fn requires_ui(error: &str) -> bool {
    matches!(
        error,
        "login_required"
            | "interaction_required"
            | "consent_required"
            | "account_selection_required"
    )
}

/// Waits until the clock has moved past `ts` (whole seconds, as in auth_time), so a new
/// authentication can be told apart from the previous one.
pub async fn wait_past(ts: i64) {
    while crate::harness::now() <= ts {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
