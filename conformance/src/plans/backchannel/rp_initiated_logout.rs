//! oidcc-backchannel-rp-initiated-logout: sign in, RP-initiated logout; the OP must POST a valid
//! logout token to the client's backchannel_logout_uri, redirect to the post-logout URI with
//! the state, and end the session.
use std::time::Duration;

use anyhow::{Context, Result};

use crate::harness::{skip, Run};
use crate::plans::rp_logout::{
    end_session, expect_logged_out, expect_post_logout, full_params, signed_in,
};

pub async fn run(run: &Run<'_>) -> Result<()> {
    if run.cfg().client.backchannel_logout_uri.is_none() {
        return Err(skip(
            "the client has no backchannel_logout_uri in the configuration",
        ));
    }
    let s = signed_in(run).await?;
    let seen = run.ctx.listener.backchannel_count();
    let params = full_params(&s);
    let state = params
        .iter()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.clone());
    let j = end_session(run, &s, &params).await?;
    let req = run
        .ctx
        .listener
        .wait_backchannel(seen, Duration::from_secs(10))
        .await
        .context("no back-channel logout request arrived within 10 s")?;
    super::logout_token::validate(run, &s.client, &req, &s.tokens)?;
    expect_post_logout(run, &s, &j, state.as_deref())?;
    expect_logged_out(run, &s).await
}
