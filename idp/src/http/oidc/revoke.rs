use crate::http::extract::ClientRequest;
use crate::http::web::Web;
use crate::oidc::error::{ErrorCode, OAuthError};
use crate::oidc::revocation;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new().route("/revoke", post(revoke))
}

async fn revoke(
    State(state): State<Web>,
    ClientRequest { client, params }: ClientRequest,
) -> Result<StatusCode, OAuthError> {
    let token = params.require("token")?;
    match revocation::revoke(&state, &client, token).await? {
        revocation::Revoked::Done => Ok(StatusCode::OK),
        revocation::Revoked::NotYours => Err(OAuthError::new(
            ErrorCode::UnauthorizedClient,
            "the token was not issued to this client",
        )),
    }
}
