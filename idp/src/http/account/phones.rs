//! "Manage my mobile phone numbers" (J5): the list, adding one (a code by SMS, then
//! finalise), deleting one.

use super::{account_page, Changed};
use crate::authn::phones::{self, Added, Finalised};
use crate::authn::sms;
use crate::error::AppError;
use crate::http::errors::PageError;
use crate::http::extract::{back_to, ClientIp, CsrfForm, RecentSignIn, SignedIn};
use crate::http::login::sms::{limited, sms_off};
use crate::http::web::Web;
use crate::http::{see_other, Refusal};
use crate::i18n::{self, Msg};
use crate::secret::Secret;
use crate::store;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

const LIST: &str = "/account/phones";

pub fn routes() -> Router<Web> {
    Router::new()
        .route(LIST, get(list))
        .route("/account/phones/add", get(add_page).post(add_submit))
        .route(
            "/account/phones/finalise",
            get(finalise_page)
                .post(finalise_submit)
                .layer(back_to(LIST)),
        )
        .route("/account/phones/delete", post(delete).layer(back_to(LIST)))
}

async fn list(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(signed_in): SignedIn,
    Query(q): Query<Changed>,
) -> Result<Response, AppError> {
    let phones = store::phones::verified(&state.db, &signed_in.user.id).await?;
    let added = match q.added.as_deref() {
        Some(id) => store::phones::find(&state.db, &signed_in.user.id, id)
            .await?
            .filter(|p| p.verified_at.is_some())
            .map(|p| Msg::new("factors-phones-added").arg("number", p.e164)),
        None => None,
    };
    let notice = added.or(q
        .deleted
        .is_some()
        .then(|| Msg::new("factors-phones-deleted")));
    let phones: Vec<_> = phones
        .iter()
        .map(|p| minijinja::context! { id => &p.id, e164 => &p.e164 })
        .collect();
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "phones.html",
        minijinja::context! { phones, notice, sms_enabled => state.config.sms.enabled },
    )
}

async fn add_page(
    State(state): State<Web>,
    headers: HeaderMap,
    RecentSignIn(signed_in): RecentSignIn,
) -> Result<Response, AppError> {
    if !state.config.sms.enabled {
        return Ok(sms_off());
    }
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "phone_add.html",
        minijinja::context! { example => sms::EXAMPLE },
    )
}

#[derive(Deserialize)]
struct AddForm {
    phone: String,
}

async fn add_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    RecentSignIn(signed_in): RecentSignIn,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, AppError> {
    if !state.config.sms.enabled {
        return Ok(sms_off());
    }
    // The message beside the number field, with what was typed.
    let again = |error: Msg, phone: String| {
        account_page(
            &state,
            &headers,
            &signed_in,
            StatusCode::BAD_REQUEST,
            "phone_add.html",
            minijinja::context! {
                example => sms::EXAMPLE,
                errors => minijinja::context! { phone => error },
                phone,
            },
        )
    };
    match phones::add(&state, &signed_in.user, &form.phone, &ip).await? {
        Added::CodeSent { phone_id } => Ok(see_other(&format!(
            "/account/phones/finalise?phone={phone_id}"
        ))),
        Added::Invalid(message) => again(message, form.phone.chars().take(40).collect()),
        Added::AlreadyRegistered(e164) => again(
            Msg::new("factors-phone-already-registered").arg("number", &e164),
            e164,
        ),
        Added::Limited { retry_after_secs } => Ok(limited(retry_after_secs)),
    }
}

#[derive(Deserialize)]
struct PhoneQuery {
    phone: String,
}

fn unknown() -> Response {
    PageError::bad_request(Msg::new("factors-phones-unknown")).into_response()
}

async fn finalise_page(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    SignedIn(signed_in): SignedIn,
    Query(q): Query<PhoneQuery>,
) -> Result<Response, AppError> {
    let Some(phone) = store::phones::find(&state.db, &signed_in.user.id, &q.phone).await? else {
        return Ok(unknown());
    };
    let next = sms::next_code_in(&state, sms::ENROL, &signed_in.user.id, &phone, &ip).await?;
    account_page(
        &state,
        &headers,
        &signed_in,
        StatusCode::OK,
        "phone_finalise.html",
        minijinja::context! {
            phone_id => phone.id,
            e164 => phone.e164,
            next_code_in => (next > 0).then(|| i18n::duration(next)),
        },
    )
}

#[derive(Deserialize)]
struct FinaliseForm {
    phone: String,
    code: Secret,
}

async fn finalise_submit(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    SignedIn(signed_in): SignedIn,
    CsrfForm(form): CsrfForm<FinaliseForm>,
) -> Result<Response, AppError> {
    let user = &signed_in.user;
    let Some(phone) = store::phones::find(&state.db, &user.id, &form.phone).await? else {
        return Ok(unknown());
    };
    let retry = |refusal: Refusal, status: StatusCode| {
        account_page(
            &state,
            &headers,
            &signed_in,
            status,
            "phone_finalise.html",
            minijinja::context! {
                phone_id => &phone.id,
                e164 => &phone.e164,
                ..Refusal::context(Some(&refusal))
            },
        )
    };
    match phones::finalise(&state, user, &phone, &form.code, &ip).await? {
        Finalised::Added(phone) => Ok(see_other(&format!("/account/phones?added={}", phone.id))),
        Finalised::Dead => retry(
            Refusal::Page(Msg::new("factors-phone-code-dead")),
            StatusCode::BAD_REQUEST,
        ),
        Finalised::Wrong { remaining } => retry(
            Refusal::Field(
                "code",
                Msg::new("factors-phone-code-wrong").arg("remaining", i64::from(remaining)),
            ),
            StatusCode::UNAUTHORIZED,
        ),
    }
}

#[derive(Deserialize)]
struct DeleteForm {
    phone: String,
}

async fn delete(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    RecentSignIn(signed_in): RecentSignIn,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<Response, AppError> {
    if !phones::remove(&state, &signed_in.user, &form.phone, &ip).await? {
        return Ok(unknown());
    }
    Ok(see_other("/account/phones?deleted=1"))
}
