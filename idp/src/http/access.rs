//! The authorization system's screens (J11): `/access` (my requests, "Request access"),
//! `/access/request` (the four steps, state in hidden fields, no JavaScript: "Open" is a
//! submit button that re-renders step 2 with that node expanded), `/access/helpdesk` (the
//! queue, approve / deny / revoke). Sign-in at basic is enough; without a session the
//! browser signs in first and comes back here ([`SignedIn`]).

use super::account::user_ctx;
use super::errors::PageError;
use super::extract::{back_to, ClientIp, CsrfForm, SignedIn};
use super::{page, see_other};
use crate::access::helpdesk::{self, Actor, Decision};
use crate::access::request::{self, Submission};
use crate::access::tree::OrgTree;
use crate::access::{self, clean_text, AccessError, FreeText};
use crate::authn::session::SignedIn as Session;
use crate::error::AppError;
use crate::http::web::Web;
use crate::i18n::Msg;
use crate::store::access::Application;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

pub fn routes() -> Router<Web> {
    Router::new()
        .route("/access", get(home))
        .route("/access/request", get(start).post(step))
        .route("/access/helpdesk", get(queue))
        .route(
            "/access/helpdesk/decide",
            post(decide).layer(back_to(QUEUE)),
        )
        .route(
            "/access/helpdesk/revoke",
            post(revoke).layer(back_to(QUEUE)),
        )
}

const QUEUE: &str = "/access/helpdesk";

#[derive(Deserialize)]
struct HomeQuery {
    submitted: Option<String>,
}

async fn home(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
    Query(q): Query<HomeQuery>,
) -> Result<Response, AppError> {
    let rows = crate::store::access::requests_of_user(&state.db, &s.user.id).await?;
    let requests = request::describe(&state, rows).await?;
    page(
        &state,
        &headers,
        StatusCode::OK,
        "access_home.html",
        minijinja::context! {
            user => user_ctx(&s.user),
            requests,
            helpdesk => !access::helpdesk_applications(&s.user.role_list()).is_empty(),
            notice => q.submitted.map(|_| Msg::new("access-request-submitted")),
        },
    )
}

#[derive(Deserialize)]
struct StartQuery {
    application: Option<String>,
}

/// `GET /access/request?application=cpms`: step 1, with the application preselected.
async fn start(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
    Query(q): Query<StartQuery>,
) -> Result<Response, AppError> {
    let draft = Draft {
        application: q.application.filter(|a| !a.is_empty()),
        ..Draft::default()
    };
    if draft.application.is_some() {
        if let Err(e) = request::application(&state, draft.application.as_deref()).await {
            return refused(e);
        }
    }
    render_step(&state, &headers, &s, StatusCode::OK, 1, &draft, None, None).await
}

/// The form's state, carried in hidden fields from step to step.
#[derive(Deserialize, Default)]
struct Draft {
    application: Option<String>,
    organisation: Option<String>,
    profile: Option<String>,
    comment: Option<String>,
}

#[derive(Deserialize)]
struct StepForm {
    /// The step to go to: 1 to 4, or `submit`.
    go: Option<String>,
    /// Step 2: the ERN or country to expand.
    open: Option<String>,
    #[serde(flatten)]
    draft: Draft,
}

async fn step(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<StepForm>,
) -> Result<Response, AppError> {
    let d = form.draft;
    let target = match (form.open.as_deref(), form.go.as_deref()) {
        (Some(_), _) => 2,
        (None, Some("1")) => 1,
        (None, Some("2")) => 2,
        (None, Some("3")) => 3,
        (None, Some("4")) => 4,
        (None, Some("submit")) => 5,
        _ => return Ok(PageError::bad_request(Msg::new("access-unknown-step")).into_response()),
    };
    let bad = StatusCode::BAD_REQUEST;
    if target == 1 {
        return render_step(&state, &headers, &s, StatusCode::OK, 1, &d, None, None).await;
    }
    let app = match request::application(&state, d.application.as_deref()).await {
        Ok(a) => a,
        Err(AccessError::Invalid(m)) => {
            return render_step(&state, &headers, &s, bad, 1, &d, Some(&m), None).await
        }
        Err(e) => return refused(e),
    };
    let tree = request::tree(&state).await?;
    if target == 2 {
        let open = form.open.as_deref().filter(|o| o.len() <= 128);
        return render_step(&state, &headers, &s, StatusCode::OK, 2, &d, None, open).await;
    }
    if let Err(e) = request::centre(&tree, d.organisation.as_deref()) {
        let open = d.organisation.as_deref().filter(|o| tree.get(o).is_some());
        return render_step(&state, &headers, &s, bad, 2, &d, Some(&e.message()), open).await;
    }
    let profiles = request::profiles(&state, &app.id).await?;
    if target == 3 {
        return render_step(&state, &headers, &s, StatusCode::OK, 3, &d, None, None).await;
    }
    if let Err(m) = request::profile(&profiles, d.profile.as_deref()) {
        return render_step(&state, &headers, &s, bad, 3, &d, Some(&m), None).await;
    }
    let comment = d.comment.clone().unwrap_or_default();
    if let Err(m) = clean_text(&comment, FreeText::Comment) {
        let d = Draft {
            comment: Some(comment.chars().take(access::MAX_TEXT).collect()),
            ..d
        };
        return render_step(&state, &headers, &s, bad, 4, &d, Some(&m), None).await;
    }
    if target == 4 {
        return render_step(&state, &headers, &s, StatusCode::OK, 4, &d, None, None).await;
    }
    let submitted = request::submit(
        &state,
        &s.user,
        Submission {
            application: Some(&app.id),
            organisation: d.organisation.as_deref(),
            profile: d.profile.as_deref(),
            comment: &comment,
        },
        &ip,
    )
    .await;
    match submitted {
        Ok(r) => Ok(see_other(&format!("/access?submitted={}", r.id))),
        Err(AccessError::Conflict(m)) => {
            render_step(
                &state,
                &headers,
                &s,
                StatusCode::CONFLICT,
                4,
                &d,
                Some(&m),
                None,
            )
            .await
        }
        Err(e) => refused(e),
    }
}

/// The names of the four steps, in order.
const STEPS: [&str; 4] = [
    "access-step-application",
    "access-step-organisation",
    "access-step-profile",
    "access-step-recap",
];

#[allow(clippy::too_many_arguments)]
async fn render_step(
    state: &Web,
    headers: &HeaderMap,
    s: &Session,
    status: StatusCode,
    step: usize,
    d: &Draft,
    error: Option<&Msg>,
    open: Option<&str>,
) -> Result<Response, AppError> {
    let applications = request::applications(state).await?;
    let app: Option<&Application> = d
        .application
        .as_deref()
        .and_then(|id| applications.iter().find(|a| a.id == id));
    let tree: Option<OrgTree> = if step >= 2 {
        Some(request::tree(state).await?)
    } else {
        None
    };
    let profiles = match app {
        Some(a) if step >= 3 => request::profiles(state, &a.id).await?,
        _ => Vec::new(),
    };
    let centre = tree
        .as_ref()
        .and_then(|t| t.centre(d.organisation.as_deref()).ok());
    let profile = d
        .profile
        .as_deref()
        .and_then(|code| profiles.iter().find(|p| p.code == code));
    let steps: Vec<minijinja::Value> = STEPS
        .iter()
        .enumerate()
        .map(|(i, label)| minijinja::context! { n => i + 1, label => Msg::new(label) })
        .collect();
    page(
        state,
        headers,
        status,
        "access_request.html",
        minijinja::context! {
            user => user_ctx(&s.user),
            step,
            steps,
            error,
            applications => applications
                .iter()
                .map(|a| minijinja::context! { id => &a.id, name => &a.name })
                .collect::<Vec<_>>(),
            application => &d.application,
            application_name => app.map(|a| a.name.clone()),
            tree => tree.as_ref().map(|t| t.view(open, d.organisation.as_deref())),
            organisation => &d.organisation,
            organisation_label => centre.as_ref().map(|c| c.label()),
            profiles => profiles
                .iter()
                .map(|p| minijinja::context! { code => &p.code, name => &p.name, description => &p.description })
                .collect::<Vec<_>>(),
            profile => &d.profile,
            profile_name => profile.map(|p| format!("{} ({})", p.code, p.name)),
            comment => &d.comment,
            max_comment => access::MAX_TEXT,
        },
    )
}

/// Refusals of the access services as pages: 400, 403 or 409 with the service's message.
fn refused(e: AccessError) -> Result<Response, AppError> {
    Ok(match e {
        AccessError::Invalid(m) | AccessError::Field(_, m) => {
            PageError::bad_request(m).into_response()
        }
        AccessError::Forbidden(m) => {
            PageError::new(StatusCode::FORBIDDEN, Msg::new("access-forbidden-title"), m)
                .into_response()
        }
        AccessError::Conflict(m) => {
            PageError::new(StatusCode::CONFLICT, Msg::new("access-conflict-title"), m)
                .into_response()
        }
        // Only the operator's commands refuse data; a page never gets here.
        AccessError::Data(m) => return Err(AppError::Internal(m)),
        AccessError::App(e) => return Err(e),
    })
}

#[derive(Deserialize)]
struct QueueQuery {
    done: Option<String>,
}

async fn queue(
    State(state): State<Web>,
    headers: HeaderMap,
    SignedIn(s): SignedIn,
    Query(q): Query<QueueQuery>,
) -> Result<Response, AppError> {
    queue_page(&state, &headers, &s.user, q.done.as_deref(), None).await
}

/// A decision form that was refused: which request, the field, its message and what was
/// typed, shown again beside that field.
struct Refusal<'a> {
    request: &'a str,
    field: &'static str,
    message: Msg,
    typed: &'a str,
}

async fn queue_page(
    state: &Web,
    headers: &HeaderMap,
    user: &crate::store::users::User,
    done: Option<&str>,
    refusal: Option<Refusal<'_>>,
) -> Result<Response, AppError> {
    let queue = match helpdesk::queue(state, user).await {
        Ok(q) => q,
        Err(e) => return refused(e),
    };
    let notice = match done {
        Some("approved") => Some(Msg::new("access-done-approved")),
        Some("denied") => Some(Msg::new("access-done-denied")),
        Some("revoked") => Some(Msg::new("access-done-revoked")),
        _ => None,
    };
    let status = if refusal.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let (error_request, errors, typed) = match &refusal {
        Some(r) => (
            Some(r.request),
            minijinja::Value::from_iter([(r.field, minijinja::Value::from_serialize(&r.message))]),
            Some(r.typed),
        ),
        None => (None, minijinja::Value::UNDEFINED, None),
    };
    page(
        state,
        headers,
        status,
        "access_helpdesk.html",
        minijinja::context! {
            user => user_ctx(user),
            applications => queue.applications.join(", "),
            pending => queue.pending,
            approved => queue.approved,
            notice,
            error_request,
            errors,
            typed_reason => typed,
        },
    )
}

#[derive(Deserialize)]
struct DecideForm {
    #[serde(default)]
    request: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

async fn decide(
    State(state): State<Web>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<Response, AppError> {
    let Some(decision) = Decision::parse(&form.decision) else {
        return Ok(PageError::bad_request(Msg::new("access-choose-decision")).into_response());
    };
    match helpdesk::decide(
        &state,
        Actor::Helpdesk(&s.user),
        &form.request,
        decision,
        &form.reason,
        &ip,
    )
    .await
    {
        Ok(r) => Ok(see_other(&format!("/access/helpdesk?done={}", r.status))),
        Err(AccessError::Field(field, message)) => {
            let refusal = Refusal {
                request: &form.request,
                field,
                message,
                typed: &form.reason,
            };
            queue_page(&state, &headers, &s.user, None, Some(refusal)).await
        }
        Err(e) => refused(e),
    }
}

#[derive(Deserialize)]
struct RevokeForm {
    #[serde(default)]
    request: String,
    #[serde(default)]
    reason: String,
}

async fn revoke(
    State(state): State<Web>,
    ClientIp(ip): ClientIp,
    SignedIn(s): SignedIn,
    CsrfForm(form): CsrfForm<RevokeForm>,
) -> Result<Response, AppError> {
    match helpdesk::revoke(
        &state,
        Actor::Helpdesk(&s.user),
        &form.request,
        &form.reason,
        &ip,
    )
    .await
    {
        Ok(_) => Ok(see_other("/access/helpdesk?done=revoked")),
        Err(e) => refused(e),
    }
}
