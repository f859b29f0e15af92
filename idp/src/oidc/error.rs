//! The protocol errors: exactly the codes of RFC 6749, OpenID Connect Core, RFC 6750,
//! RFC 7009 and OpenID Connect's unmet-authentication-requirements extension.

use crate::error::AppError;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// The request is missing a required parameter, includes an invalid parameter value,
    /// includes a parameter more than once, or is otherwise malformed.
    InvalidRequest,
    /// Client authentication failed (e.g., unknown client, no client authentication
    /// included, or unsupported authentication method).
    InvalidClient,
    /// The provided authorization grant or refresh token is invalid, expired, revoked, does
    /// not match the redirection URI used in the authorization request, or was issued to
    /// another client.
    InvalidGrant,
    /// The client is not authorized to request an authorization code / use this grant type.
    UnauthorizedClient,
    /// The authorization grant type is not supported by the authorization server.
    UnsupportedGrantType,
    /// The authorization server does not support obtaining an authorization code using this method.
    UnsupportedResponseType,
    /// The requested scope is invalid, unknown, or malformed.
    InvalidScope,
    /// The resource owner or authorization server denied the request.
    AccessDenied,
    /// The authorization server encountered an unexpected condition.
    ServerError,
    /// The authorization server is currently unable to handle the request.
    TemporarilyUnavailable,
    /// The Authorization Server requires End-User interaction of some form to proceed.
    InteractionRequired,
    /// The Authorization Server requires End-User authentication.
    LoginRequired,
    /// The End-User is required to select a session at the Authorization Server.
    AccountSelectionRequired,
    /// The Authorization Server requires End-User consent.
    ConsentRequired,
    /// The request parameter contains an invalid Request Object.
    InvalidRequestObject,
    /// The OP does not support use of the request parameter.
    RequestNotSupported,
    /// The OP does not support use of the request_uri parameter.
    RequestUriNotSupported,
    /// The OP does not support use of the registration parameter.
    RegistrationNotSupported,
    /// The access token provided is expired, revoked, malformed, or invalid for other reasons.
    InvalidToken,
    /// The authorization server does not support the revocation of the presented token type.
    UnsupportedTokenType,
    /// The Authorization Server is unable to meet the requirements of the Relying Party for
    /// the authentication of the End-User.
    UnmetAuthenticationRequirements,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant => "invalid_grant",
            Self::UnauthorizedClient => "unauthorized_client",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::UnsupportedResponseType => "unsupported_response_type",
            Self::InvalidScope => "invalid_scope",
            Self::AccessDenied => "access_denied",
            Self::ServerError => "server_error",
            Self::TemporarilyUnavailable => "temporarily_unavailable",
            Self::InteractionRequired => "interaction_required",
            Self::LoginRequired => "login_required",
            Self::AccountSelectionRequired => "account_selection_required",
            Self::ConsentRequired => "consent_required",
            Self::InvalidRequestObject => "invalid_request_object",
            Self::RequestNotSupported => "request_not_supported",
            Self::RequestUriNotSupported => "request_uri_not_supported",
            Self::RegistrationNotSupported => "registration_not_supported",
            Self::InvalidToken => "invalid_token",
            Self::UnsupportedTokenType => "unsupported_token_type",
            Self::UnmetAuthenticationRequirements => "unmet_authentication_requirements",
        }
    }
}

/// A protocol error. Its description is always the provider's own text: the constructors
/// take `&'static str`, and [`OAuthError::described`] is for texts composed from names and
/// numbers the provider knows, never from request input (RFC 6749 4.1.2.1 restricts
/// `error_description` to printable ASCII, and reflected input invites injection).
#[derive(Debug)]
pub struct OAuthError {
    pub code: ErrorCode,
    pub description: Option<Cow<'static, str>>,
    /// Internal cause, logged, never sent.
    pub cause: Option<Box<AppError>>,
}

impl OAuthError {
    pub fn new(code: ErrorCode, description: &'static str) -> Self {
        Self {
            code,
            description: Some(Cow::Borrowed(description)),
            cause: None,
        }
    }

    /// A description the provider composed itself (a parameter name it knows, a number it
    /// computed). Never pass text taken from the request.
    pub(crate) fn described(code: ErrorCode, description: String) -> Self {
        Self {
            code,
            description: Some(Cow::Owned(description)),
            cause: None,
        }
    }

    pub fn invalid_request(description: &'static str) -> Self {
        Self::new(ErrorCode::InvalidRequest, description)
    }

    pub fn invalid_client(description: &'static str) -> Self {
        Self::new(ErrorCode::InvalidClient, description)
    }

    pub fn invalid_grant(description: &'static str) -> Self {
        Self::new(ErrorCode::InvalidGrant, description)
    }
}

impl<E: Into<AppError>> From<E> for OAuthError {
    /// An internal failure: `server_error`, or `temporarily_unavailable` when the database is
    /// out of reach (the client may try again; the response says when, in `Retry-After`).
    fn from(e: E) -> Self {
        let cause: AppError = e.into();
        let (code, description) = if cause.is_unavailable() {
            (
                ErrorCode::TemporarilyUnavailable,
                Some(Cow::Borrowed(
                    "the service is briefly unavailable, try again",
                )),
            )
        } else {
            (ErrorCode::ServerError, None)
        };
        Self {
            code,
            description,
            cause: Some(Box::new(cause)),
        }
    }
}
