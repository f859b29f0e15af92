//! oidcc-rp-initiated-logout: id_token_hint, post_logout_redirect_uri and state; the OP returns
//! to the post-logout URI with the state, and the session is gone (prompt=none fails).
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let params = super::full_params(&s);
    let state = params
        .iter()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.clone());
    let j = super::end_session(run, &s, &params).await?;
    super::expect_post_logout(run, &s, &j, state.as_deref())?;
    super::expect_logged_out(run, &s).await
}
