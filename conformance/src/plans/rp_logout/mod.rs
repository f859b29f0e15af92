//! oidcc-rp-initiated-logout-certification-test-plan (OpenID Connect RP-Initiated Logout 1.0).

mod bad_post_logout_redirect_uri;
mod discovery;
mod modified_id_token_hint;
mod no_id_token_hint;
mod no_params;
mod no_post_logout_redirect_uri;
mod no_state;
mod only_state;
mod rp_initiated_logout;

use anyhow::{bail, ensure, Result};

use crate::config::Client;
use crate::harness::flow::{self, param};
use crate::harness::{random, skip, Arrival, AuthRequest, Browser, Journey, Mode, Run, Tokens};
use crate::module;
use crate::plans::Module;

pub fn modules() -> Vec<Module> {
    vec![
        module!(
            "oidcc-rp-initiated-logout-discovery-endpoint-verification",
            discovery
        ),
        module!("oidcc-rp-initiated-logout", rp_initiated_logout),
        module!(
            "oidcc-rp-initiated-logout-bad-post-logout-redirect-uri",
            bad_post_logout_redirect_uri
        ),
        module!(
            "oidcc-rp-initiated-logout-modified-id-token-hint",
            modified_id_token_hint
        ),
        module!(
            "oidcc-rp-initiated-logout-no-id-token-hint",
            no_id_token_hint
        ),
        module!("oidcc-rp-initiated-logout-no-params", no_params),
        module!(
            "oidcc-rp-initiated-logout-no-post-logout-redirect-uri",
            no_post_logout_redirect_uri
        ),
        module!("oidcc-rp-initiated-logout-no-state", no_state),
        module!("oidcc-rp-initiated-logout-only-state", only_state),
    ]
}

/// A signed-in browser and its tokens.
pub struct Session {
    pub browser: Browser,
    pub tokens: Tokens,
    pub client: Client,
    pub post_logout: String,
}

/// Signs in with the main client (which must have a post_logout_redirect_uri).
pub async fn signed_in(run: &Run<'_>) -> Result<Session> {
    let client = run.cfg().client.clone();
    let Some(post_logout) = client.post_logout_redirect_uri.clone() else {
        return Err(skip(
            "the client has no post_logout_redirect_uri in the configuration",
        ));
    };
    if run.ctx.disc.get("end_session_endpoint").is_none() {
        bail!("discovery has no end_session_endpoint");
    }
    let browser = run.browser()?;
    let (tokens, _) = flow::login(run, &browser, &AuthRequest::new(run, &client)).await?;
    Ok(Session {
        browser,
        tokens,
        client,
        post_logout,
    })
}

/// The end-session parameters of a normal logout: id_token_hint, post_logout_redirect_uri and a
/// long state.
pub fn full_params(s: &Session) -> Vec<(String, String)> {
    vec![
        ("id_token_hint".into(), s.tokens.id_token.clone()),
        ("post_logout_redirect_uri".into(), s.post_logout.clone()),
        ("state".into(), random(96)),
    ]
}

pub fn without(mut p: Vec<(String, String)>, k: &str) -> Vec<(String, String)> {
    p.retain(|(n, _)| n != k);
    p
}

/// Sends the browser to the end_session_endpoint and confirms a logout form if one is shown.
pub async fn end_session(
    run: &Run<'_>,
    s: &Session,
    params: &[(String, String)],
) -> Result<Journey> {
    let mut u = url::Url::parse(&run.ctx.endpoint("end_session_endpoint")?)?;
    if !params.is_empty() {
        u.query_pairs_mut().extend_pairs(params.iter());
    }
    s.browser.get(u.as_str(), Mode::ConfirmLogout).await
}

/// The browser must have come back to the post_logout_redirect_uri with the request's state.
pub fn expect_post_logout(
    run: &Run<'_>,
    s: &Session,
    j: &Journey,
    state: Option<&str>,
) -> Result<()> {
    let Some(received) = j.received() else {
        bail!(
            "the OP did not redirect to the post_logout_redirect_uri: {}",
            j.describe()
        );
    };
    let expected = url::Url::parse(&s.post_logout)?;
    ensure!(
        received.path == expected.path(),
        "redirected to {} instead of the post_logout_redirect_uri",
        received.path
    );
    let params = received.params();
    ensure!(
        param(params, "state") == state,
        "state after logout does not match (OIDCRIL-2)"
    );
    let extra: Vec<&str> = params
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| *k != "state")
        .collect();
    if !extra.is_empty() {
        run.warn(format!(
            "unexpected parameters in the post-logout redirect: {extra:?}"
        ));
    }
    Ok(())
}

/// The OP must not have redirected to the post-logout URI (it shows a page instead).
pub fn expect_no_redirect(j: &Journey, why: &str) -> Result<()> {
    match &j.arrival {
        Arrival::Page { .. } => Ok(()),
        Arrival::Rp { url, .. } => bail!("the OP redirected to {url} {why}"),
    }
}

/// A prompt=none request must now fail with an error requiring a user interface.
pub async fn expect_logged_out(run: &Run<'_>, s: &Session) -> Result<()> {
    let mut req = AuthRequest::new(run, &s.client);
    req.set("prompt", "none");
    let j = req.send(run, &s.browser, Mode::NoInteraction).await?;
    let err =
        flow::expect_error(run, &req, &j).map_err(|e| e.context("after logout, prompt=none"))?;
    ensure!(
        crate::plans::basic::requires_ui(&err),
        "after logout, prompt=none returned {err}"
    );
    Ok(())
}
