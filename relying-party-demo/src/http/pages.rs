//! The portal's pages: landing, access request, home, the ERN tab with Preferences, panels.

use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use minijinja::context;
use serde::Deserialize;

use super::auth::current_session;
use super::language::PageLanguage;
use super::{AppError, AppState};
use crate::entitlements::{cpms_grants, has_cpms_access};
use crate::i18n::Msg;
use crate::panels;
use crate::preferences::{Preferences, PreferencesError, MAX_ROLE_CHARS, THEMATIC_AREAS};
use crate::sessions::{secrets_match, Session, SignedIn};
use crate::store::Profile;

/// Where to request access to CPMS in the provider's authorization system.
fn access_request_url(state: &AppState) -> String {
    format!(
        "{}/access/request?application=cpms",
        state.provider.issuer()
    )
}

/// A signed-in user with a CPMS grant, or the response to show instead (the landing page, or
/// how to request access).
async fn member(
    state: &AppState,
    lang: &PageLanguage,
    headers: &HeaderMap,
) -> Result<Result<(Session, SignedIn, Profile), Response>, AppError> {
    let Some(session) = current_session(state, headers).await else {
        return Ok(Err(Redirect::to("/").into_response()));
    };
    let Some(user) = session.user.clone() else {
        return Ok(Err(Redirect::to("/").into_response()));
    };
    if !has_cpms_access(&user.entitlements) {
        return Ok(Err(state.templates.page(
            lang,
            StatusCode::FORBIDDEN,
            "access_request.html",
            context! {
                user => user.name.clone().or(user.email.clone()),
                csrf => session.csrf,
                request_url => access_request_url(state),
            },
        )?));
    }
    let profile = state.store.profile(&user.sub).await.unwrap_or(Profile {
        sub: user.sub.clone(),
        name: user.name.clone(),
        email: user.email.clone(),
        preferences: None,
    });
    Ok(Ok((session, user, profile)))
}

/// The landing page, or the portal's home for a member with preferences.
pub async fn home(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let signed_in = current_session(&state, &headers)
        .await
        .is_some_and(|s| s.user.is_some());
    if !signed_in {
        return state
            .templates
            .page(&lang, StatusCode::OK, "index.html", context! {});
    }
    let (session, user, profile) = match member(&state, &lang, &headers).await? {
        Ok(m) => m,
        Err(response) => return Ok(response),
    };
    let Some(prefs) = profile.preferences.clone() else {
        return Ok(Redirect::to("/preferences").into_response());
    };
    let grants: Vec<_> = cpms_grants(&user.entitlements)
        .into_iter()
        .cloned()
        .collect();
    state.templates.page(
        &lang,
        StatusCode::OK,
        "home.html",
        context! {
            user => profile.display_name(),
            csrf => session.csrf,
            tab => "home",
            has_preferences => true,
            preferences => prefs,
            grants => grants,
            acr => user.acr,
        },
    )
}

/// The ERN tab: its left bar leads to Preferences and Panels.
pub async fn ern(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (session, _user, profile) = match member(&state, &lang, &headers).await? {
        Ok(m) => m,
        Err(response) => return Ok(response),
    };
    let Some(prefs) = profile.preferences.clone() else {
        return Ok(Redirect::to("/preferences").into_response());
    };
    state.templates.page(
        &lang,
        StatusCode::OK,
        "ern.html",
        context! {
            user => profile.display_name(),
            csrf => session.csrf,
            tab => "ern",
            side => "ern",
            has_preferences => true,
            preferences => prefs,
        },
    )
}

/// Why the preferences form was refused, and the field to show it beside (none for the whole
/// form, e.g. an expired form).
struct FormError {
    text: Msg,
    field: Option<&'static str>,
}

impl From<PreferencesError> for FormError {
    fn from(e: PreferencesError) -> Self {
        let (field, text) = match e {
            PreferencesError::RoleMissing => {
                ("professional_role", Msg::new("preferences-role-missing"))
            }
            PreferencesError::RoleTooLong => (
                "professional_role",
                Msg::new("preferences-role-too-long").arg("max", MAX_ROLE_CHARS),
            ),
            PreferencesError::RoleControlCharacters => {
                ("professional_role", Msg::new("preferences-role-control"))
            }
            PreferencesError::UnknownThematicArea => {
                ("thematic_area", Msg::new("preferences-area-unknown"))
            }
        };
        Self {
            text,
            field: Some(field),
        }
    }
}

/// The preferences form with the answers given so far (role, thematic area).
fn preferences_page(
    state: &AppState,
    lang: &PageLanguage,
    status: StatusCode,
    session: &Session,
    profile: &Profile,
    (role, area): (&str, &str),
    error: Option<FormError>,
) -> Result<Response, AppError> {
    let has_preferences = profile.preferences.is_some();
    let (error, error_field) = match error {
        Some(e) => (Some(e.text), e.field),
        None => (None, None),
    };
    state.templates.page(
        lang,
        status,
        "preferences.html",
        context! {
            user => profile.display_name(),
            csrf => session.csrf,
            tab => if has_preferences { "ern" } else { "" },
            side => "preferences",
            has_preferences,
            first_login => !has_preferences,
            role,
            area,
            areas => THEMATIC_AREAS,
            max_role => MAX_ROLE_CHARS,
            error,
            error_field,
        },
    )
}

/// The preferences form: the first-login question, later ERN tab -> Preferences (prefilled).
pub async fn preferences_form(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (session, _user, profile) = match member(&state, &lang, &headers).await? {
        Ok(m) => m,
        Err(response) => return Ok(response),
    };
    let (role, area) = profile
        .preferences
        .as_ref()
        .map(|p| (p.professional_role.clone(), p.thematic_area.clone()))
        .unwrap_or_default();
    preferences_page(
        &state,
        &lang,
        StatusCode::OK,
        &session,
        &profile,
        (&role, &area),
        None,
    )
}

#[derive(Deserialize)]
pub struct PreferencesForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    professional_role: String,
    #[serde(default)]
    thematic_area: String,
}

/// "Update preferences".
#[tracing::instrument(skip_all)]
pub async fn save_preferences(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
    Form(form): Form<PreferencesForm>,
) -> Result<Response, AppError> {
    let (session, user, profile) = match member(&state, &lang, &headers).await? {
        Ok(m) => m,
        Err(response) => return Ok(response),
    };
    let page = |status, error: FormError| {
        preferences_page(
            &state,
            &lang,
            status,
            &session,
            &profile,
            (&form.professional_role, &form.thematic_area),
            Some(error),
        )
    };
    if !secrets_match(&form.csrf, &session.csrf) {
        return page(
            StatusCode::BAD_REQUEST,
            FormError {
                text: Msg::new("preferences-expired"),
                field: None,
            },
        );
    }
    let prefs = match Preferences::validate(&form.professional_role, &form.thematic_area) {
        Ok(p) => p,
        Err(e) => return page(StatusCode::BAD_REQUEST, e.into()),
    };
    state.store.save_preferences(&user.sub, prefs).await?;
    tracing::info!(sub = %user.sub, "preferences updated");
    Ok(Redirect::to("/ern").into_response())
}

/// Panels of the ERN with their members ("First Last — role").
pub async fn panels(
    State(state): State<AppState>,
    lang: PageLanguage,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let (session, _user, profile) = match member(&state, &lang, &headers).await? {
        Ok(m) => m,
        Err(response) => return Ok(response),
    };
    if profile.preferences.is_none() {
        return Ok(Redirect::to("/preferences").into_response());
    }
    let panels = panels::with_members(&state.store.profiles().await);
    state.templates.page(
        &lang,
        StatusCode::OK,
        "panels.html",
        context! {
            user => profile.display_name(),
            csrf => session.csrf,
            tab => "ern",
            side => "panels",
            has_preferences => true,
            panels,
        },
    )
}
