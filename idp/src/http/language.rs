//! The language selector (issue 15): `/language` lists the languages whose catalogue ships;
//! `/language?lang=xx&back=/path` keeps the choice in a cookie and returns to the page the
//! user was on (the same step of a sign-in: its URL carries the flow).

use super::{cookies, page, see_other, with_cookie};
use crate::error::AppError;
use crate::http::web::Web;
use crate::i18n;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<Web> {
    Router::new().route("/language", get(language))
}

#[derive(serde::Deserialize)]
struct LanguageQuery {
    lang: Option<String>,
    back: Option<String>,
}

/// A path of this site to return to: local, absolute, no scheme-relative `//host`.
fn local(path: &str) -> Option<&str> {
    (path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && path.len() <= 2000)
        .then_some(path)
}

/// The path (and query) of a same-site `Referer`, to come back to after choosing.
fn referer_path(headers: &HeaderMap, origin: &str) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let rest = referer.strip_prefix(origin)?;
    local(rest)
        .filter(|p| !p.starts_with("/language"))
        .map(str::to_owned)
}

async fn language(
    State(state): State<Web>,
    headers: HeaderMap,
    Query(q): Query<LanguageQuery>,
) -> Result<Response, AppError> {
    let back = q.back.as_deref().and_then(local).unwrap_or("/");
    if let Some(code) = q.lang.as_deref() {
        // An unknown language changes nothing: back to the page, quietly.
        let Some(chosen) = i18n::selectable().iter().copied().find(|l| l.code == code) else {
            return Ok(see_other(back));
        };
        // A sign-in under way (its URL names the flow) goes on in the chosen language even
        // if its client asked for another.
        let flow = url::Url::parse(&format!("http://local{back}"))
            .ok()
            .and_then(|u| {
                u.query_pairs()
                    .find(|(k, _)| k == "flow")
                    .map(|(_, v)| v.into_owned())
            });
        if let Some(flow) = flow {
            crate::oidc::flow::prefer_language(&state, &flow, chosen.code).await?;
        }
        let cookie = cookies::set(
            cookies::LANGUAGE,
            chosen.code,
            state.https(),
            Some(365 * 24 * 3600),
        );
        return Ok(with_cookie(see_other(back), &cookie));
    }
    let back = referer_path(&headers, &state.origin()).unwrap_or_else(|| back.to_owned());
    let choices: Vec<_> = i18n::selectable()
        .iter()
        .map(|l| {
            let href = format!(
                "/language?lang={}&back={}",
                l.code,
                url::form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>()
            );
            minijinja::context! { code => l.code, label => l.label(), href }
        })
        .collect();
    page(
        &state,
        &headers,
        StatusCode::OK,
        "language.html",
        minijinja::context! { choices },
    )
}

#[cfg(test)]
mod tests {
    use super::local;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(local("/login?flow=abc"), Some("/login?flow=abc"));
        for foreign in [
            "//evil.example/x",
            "https://evil.example",
            "evil",
            "/\\evil",
            "",
        ] {
            assert_eq!(local(foreign), None, "{foreign}");
        }
    }
}
