//! oidcc-rp-initiated-logout-no-post-logout-redirect-uri: id_token_hint and state only; the OP
//! logs the user out and shows its own page.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let params = super::without(super::full_params(&s), "post_logout_redirect_uri");
    let j = super::end_session(run, &s, &params).await?;
    super::expect_no_redirect(&j, "although no post_logout_redirect_uri was sent")?;
    super::expect_logged_out(run, &s).await
}
