//! How the authorization response reaches the client (OAuth 2.0 Multiple Response Type
//! Encoding Practices, Form Post Response Mode): its parameters, a success's `code` or an
//! error (RFC 6749 4.1.2, 4.1.2.1), each with `state` and `iss` (RFC 9207), delivered in
//! the redirect URI's query or in a form the browser posts to it.

use super::error::OAuthError;
use super::params::Params;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseMode {
    Query,
    FormPost,
}

impl ResponseMode {
    pub const ALL: [ResponseMode; 2] = [ResponseMode::Query, ResponseMode::FormPost];

    pub fn as_str(self) -> &'static str {
        match self {
            ResponseMode::Query => "query",
            ResponseMode::FormPost => "form_post",
        }
    }

    /// The request's `response_mode` (default `query`, the code flow's).
    pub fn of(params: &Params) -> Result<ResponseMode, OAuthError> {
        match params.get("response_mode") {
            None => Ok(ResponseMode::Query),
            Some(mode) => ResponseMode::ALL
                .into_iter()
                .find(|m| m.as_str() == mode)
                .ok_or_else(|| {
                    OAuthError::invalid_request(
                        "response_mode is not supported; use query or form_post",
                    )
                }),
        }
    }
}

/// An authorization response on its way to the client's redirect URI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// `303` to this URL: the redirect URI with the parameters in its query.
    Redirect(String),
    /// A page whose form posts `fields` to `action` as soon as it loads.
    FormPost {
        action: String,
        fields: Vec<(String, String)>,
    },
}

/// The response parameters of a success: the code, `state`, `iss`.
pub fn success(code: &str, state: Option<&str>, issuer: &str) -> Vec<(String, String)> {
    let mut params = vec![("code".to_owned(), code.to_owned())];
    with_state_and_iss(&mut params, state, issuer);
    params
}

/// The response parameters of an error: `error`, `error_description`, `state`, `iss`.
pub fn error(error: &OAuthError, state: Option<&str>, issuer: &str) -> Vec<(String, String)> {
    let mut params = vec![("error".to_owned(), error.code.as_str().to_owned())];
    if let Some(d) = &error.description {
        params.push(("error_description".to_owned(), d.to_string()));
    }
    with_state_and_iss(&mut params, state, issuer);
    params
}

fn with_state_and_iss(params: &mut Vec<(String, String)>, state: Option<&str>, issuer: &str) {
    if let Some(st) = state {
        params.push(("state".to_owned(), st.to_owned()));
    }
    params.push(("iss".to_owned(), issuer.to_owned()));
}

/// How `params` reach `redirect_uri` in `mode`; `None` if the registered URI is not a URL.
pub fn deliver(
    mode: ResponseMode,
    redirect_uri: &str,
    params: Vec<(String, String)>,
) -> Option<Delivery> {
    match mode {
        ResponseMode::Query => {
            let mut url = url::Url::parse(redirect_uri).ok()?;
            url.query_pairs_mut().extend_pairs(&params);
            Some(Delivery::Redirect(url.into()))
        }
        ResponseMode::FormPost => Some(Delivery::FormPost {
            action: redirect_uri.to_owned(),
            fields: params,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oidc::error::ErrorCode;

    #[test]
    fn the_mode_is_query_unless_form_post_is_asked_for() {
        let cases = [
            ("", Some(ResponseMode::Query)),
            ("response_mode=query", Some(ResponseMode::Query)),
            ("response_mode=form_post", Some(ResponseMode::FormPost)),
            ("response_mode=fragment", None),
            ("response_mode=jwt", None),
        ];
        for (query, expected) in cases {
            let params = Params::parse(query.as_bytes(), 1024).unwrap();
            assert_eq!(ResponseMode::of(&params).ok(), expected, "{query}");
        }
    }

    #[test]
    fn a_query_response_keeps_the_redirect_uris_own_query_and_adds_state_and_iss() {
        let params = success("c0de", Some("xyz"), "https://idp.example");
        let Some(Delivery::Redirect(url)) = deliver(
            ResponseMode::Query,
            "https://rp.example/cb?tenant=1",
            params,
        ) else {
            panic!("a redirect");
        };
        assert_eq!(
            url,
            "https://rp.example/cb?tenant=1&code=c0de&state=xyz&iss=https%3A%2F%2Fidp.example"
        );
    }

    #[test]
    fn an_error_is_posted_with_its_description_and_without_a_state_it_was_not_given() {
        let err = OAuthError::new(ErrorCode::AccessDenied, "the user cancelled the sign-in");
        let delivery = deliver(
            ResponseMode::FormPost,
            "https://rp.example/cb",
            error(&err, None, "https://idp.example"),
        );
        assert_eq!(
            delivery,
            Some(Delivery::FormPost {
                action: "https://rp.example/cb".into(),
                fields: vec![
                    ("error".into(), "access_denied".into()),
                    (
                        "error_description".into(),
                        "the user cancelled the sign-in".into()
                    ),
                    ("iss".into(), "https://idp.example".into()),
                ],
            })
        );
        assert_eq!(
            deliver(ResponseMode::Query, "not a url", vec![]),
            None,
            "an unparsable redirect URI"
        );
    }
}
