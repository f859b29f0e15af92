//! The language of CPMS's pages (issue 15): every page handler takes a [`PageLanguage`]
//! (the selector's cookie, else the browser's `Accept-Language`, else English), and the
//! selector itself: `/language` lists the languages whose catalogue ships, by their own
//! names; `/language?lang=xx&back=/path` keeps the choice in a cookie and returns to the
//! page the visitor was on (a path of CPMS only).

use std::convert::Infallible;

use axum::extract::{FromRequestParts, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;

use super::auth::current_session;
use super::cookies;
use super::{AppError, AppState};
use crate::i18n::{self, Locale};

/// The language a page is shown in, and where the selector returns to from it.
#[derive(Debug, Clone)]
pub struct PageLanguage {
    pub locale: Locale,
    /// The path (and query) of this page, to come back to after choosing a language.
    back: String,
}

impl PageLanguage {
    /// The language of a request to `uri`.
    pub fn of(state: &AppState, headers: &HeaderMap, uri: &Uri) -> Self {
        let cookie = cookies::language(headers);
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let locale = i18n::choose(
            i18n::Wishes {
                cookie: cookie.as_deref(),
                accept_language: accept,
            },
            i18n::selectable(state.settings.pseudo_locale),
        );
        // The callback's code is used once: after changing the language, the home page.
        let back = uri
            .path_and_query()
            .map(|p| p.as_str())
            .filter(|p| !p.starts_with("/callback"))
            .and_then(local)
            .unwrap_or("/")
            .to_owned();
        Self { locale, back }
    }

    /// The header's link to the selector.
    pub fn selector_href(&self) -> String {
        format!("/language?back={}", encode(&self.back))
    }
}

impl FromRequestParts<AppState> for PageLanguage {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(Self::of(state, &parts.headers, &parts.uri))
    }
}

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A path of CPMS to return to: local, absolute, no scheme-relative `//host`, visible ASCII
/// only (what a `Location` header can carry as it is).
fn local(path: &str) -> Option<&str> {
    (path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && path.len() <= 2000
        && path.bytes().all(|b| b.is_ascii_graphic()))
    .then_some(path)
}

/// `GET /language`: the list of languages, or (with `lang`) the choice kept in a cookie.
/// An unknown language or a foreign `back` changes nothing and shows no error.
pub async fn language(
    State(state): State<AppState>,
    page: PageLanguage,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let (mut lang, mut back) = (None, None);
    for (key, value) in url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match &*key {
            "lang" if lang.is_none() => lang = Some(value.into_owned()),
            "back" if back.is_none() => back = Some(value.into_owned()),
            _ => {}
        }
    }
    let back = back
        .as_deref()
        .and_then(local)
        .filter(|p| !p.starts_with("/language"))
        .unwrap_or("/")
        .to_owned();
    let languages = i18n::selectable(state.settings.pseudo_locale);
    if let Some(code) = lang {
        let redirect = Redirect::to(&back).into_response();
        let Some(chosen) = languages.iter().find(|l| l.code == code) else {
            return Ok(redirect);
        };
        let secure = state.settings.public_url.starts_with("https://");
        let mut response = redirect;
        if let Some(cookie) = cookies::set_language(chosen.code, secure) {
            response.headers_mut().append(header::SET_COOKIE, cookie);
        }
        return Ok(response);
    }
    let choices: Vec<_> = languages
        .iter()
        .map(|l| {
            let href = format!("/language?lang={}&back={}", l.code, encode(&back));
            context! { code => l.code, label => l.label(), href }
        })
        .collect();
    let user = current_session(&state, &headers)
        .await
        .and_then(|s| s.user)
        .map(|u| u.name.or(u.email).unwrap_or_default());
    let page = PageLanguage { back, ..page };
    state.templates.page(
        &page,
        StatusCode::OK,
        "language.html",
        context! { choices, user },
    )
}

#[cfg(test)]
mod tests {
    use super::local;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(local("/ern?x=1"), Some("/ern?x=1"));
        for foreign in [
            "//evil.example/x",
            "https://evil.example",
            "evil",
            "/\\evil",
            "/a\r\nSet-Cookie: x",
            "/é",
            "/a b",
            "",
        ] {
            assert_eq!(local(foreign), None, "{foreign:?}");
        }
    }
}
