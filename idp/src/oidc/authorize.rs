//! The authorization decision once a request is valid: sign-in needed, step-up needed,
//! an error for the client, or a code.

use super::acr::{Acr, AcrValues};
use super::error::{ErrorCode, OAuthError};
use super::request::AuthRequest;
use crate::authn::factors::{Enrolled, Method};
use crate::authn::session::{authentication_of, Authentication, SignedIn};
use crate::error::AppError;
use crate::secret::{random_token, token_hash};
use crate::state::AppState;
use crate::store::{self, tokens::AuthorizationCode, tokens::Grant};

pub enum Decision {
    /// Issue a code with this authentication.
    Issue(Authentication),
    /// The user must sign in (again).
    SignIn,
    /// Signed in, but at a level below what the client needs.
    StepUp,
    /// prompt=none (or an impossible requirement): answer the client with this error.
    Fail(OAuthError),
}

/// Decides for a request, given the browser's session. `fresh_since`: when the flow began,
/// if the user authenticated within it (so prompt=login / max_age are already satisfied).
pub fn decide(
    state: &AppState,
    request: &AuthRequest,
    signed_in: Option<&SignedIn>,
    fresh_since: Option<i64>,
) -> Decision {
    let now = state.now();
    let no_ui = request.prompts("none");
    let login_or = |err: ErrorCode, text: &'static str| {
        if no_ui {
            Decision::Fail(OAuthError::new(err, text))
        } else {
            Decision::SignIn
        }
    };
    let Some(signed_in) = signed_in else {
        return login_or(ErrorCode::LoginRequired, "the user is not signed in");
    };
    let Some(mut auth) = authentication_of(&signed_in.session, state) else {
        return login_or(ErrorCode::LoginRequired, "the session has expired");
    };
    // A second factor the client does not accept (e.g. SMS) counts as the password only.
    let method = Method::from_amr(&auth.amr);
    if auth.level > Acr::Basic
        && !method.is_some_and(|m| m.allowed_by(request.allowed_methods.as_deref()))
    {
        auth = Authentication {
            level: Acr::Basic,
            amr: vec!["pwd".to_owned()],
            auth_time: signed_in.session.password_at,
        };
    }
    if let Some(sub) = &request.id_token_hint_sub {
        if sub != &signed_in.user.id {
            return login_or(
                ErrorCode::LoginRequired,
                "the signed-in user is not the one in id_token_hint",
            );
        }
    }
    let fresh = fresh_since.is_some_and(|since| auth.auth_time >= since);
    if request.prompts("login") && !fresh {
        return Decision::SignIn;
    }
    if let Some(max_age) = request.max_age {
        if now - auth.auth_time > max_age && !fresh {
            return login_or(
                ErrorCode::LoginRequired,
                "the authentication is older than max_age",
            );
        }
    }
    if request.prompts("consent") && no_ui {
        return Decision::Fail(OAuthError::new(
            ErrorCode::ConsentRequired,
            "consent cannot be given without a page",
        ));
    }
    if auth.level < request.min_level {
        if no_ui {
            return Decision::Fail(OAuthError::new(
                ErrorCode::InteractionRequired,
                "a higher authentication level is required",
            ));
        }
        return Decision::StepUp;
    }
    Decision::Issue(auth)
}

/// The user cannot reach the level the client requires (no such factor enrolled, or the
/// user gave up): what the client receives.
pub fn unmet(request: &AuthRequest) -> OAuthError {
    if request.acr_essential {
        OAuthError::described(
            ErrorCode::UnmetAuthenticationRequirements,
            format!(
                "the user could not authenticate at level {}",
                request.min_level.name()
            ),
        )
    } else {
        OAuthError::new(
            ErrorCode::AccessDenied,
            "the user could not reach the required authentication level",
        )
    }
}

pub struct IssuedCode {
    pub code: String,
}

/// Creates the grant and its single-use code.
pub async fn issue_code(
    state: &AppState,
    request: &AuthRequest,
    signed_in: &SignedIn,
    auth: &Authentication,
) -> Result<IssuedCode, AppError> {
    let now = state.now();
    let acr_values = AcrValues::new(&state.config, &state.issuer);
    let grant_id = random_token(16).expose().to_owned();
    let code = random_token(32);
    let tx = store::begin(&state.db).await?;
    store::tokens::insert_grant(
        &tx,
        Grant {
            id: grant_id.clone(),
            client_id: request.client_id.clone(),
            user_id: Some(signed_in.user.id.clone()),
            sid: Some(signed_in.session.sid.clone()),
            scope: request.scope.join(" "),
            acr: Some(acr_values.value(auth.level).to_owned()),
            amr: serde_json::to_string(&auth.amr).ok(),
            auth_time: Some(auth.auth_time),
            claims: request.claims.as_ref().map(|c| c.to_string()),
            created_at: now,
            expires_at: now + state.config.tokens.refresh_token_ttl_secs,
            revoked_at: None,
        },
    )
    .await?;
    store::tokens::insert_code(
        &tx,
        AuthorizationCode {
            code_hash: token_hash(code.expose()),
            grant_id,
            redirect_uri: request.redirect_uri.clone(),
            nonce: request.nonce.clone(),
            code_challenge: request.code_challenge.clone(),
            created_at: now,
            expires_at: now + state.config.tokens.code_ttl_secs,
            consumed_at: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(IssuedCode {
        code: code.expose().to_owned(),
    })
}

/// The level a user can reach with what they have enrolled and the client accepts.
pub async fn reachable_level(
    state: &AppState,
    user_id: &str,
    request: &AuthRequest,
) -> Result<Acr, AppError> {
    let enrolled = Enrolled::of(state, user_id).await?;
    Ok(enrolled.reachable(state, request.allowed_methods.as_deref()))
}
