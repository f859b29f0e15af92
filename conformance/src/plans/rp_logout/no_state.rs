//! oidcc-rp-initiated-logout-no-state: without state the OP redirects to the post-logout URI
//! without a state parameter.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let params = super::without(super::full_params(&s), "state");
    let j = super::end_session(run, &s, &params).await?;
    super::expect_post_logout(run, &s, &j, None)?;
    super::expect_logged_out(run, &s).await
}
