//! oidcc-rp-initiated-logout-only-state: only state; the OP logs the user out (after
//! confirmation) and redirects nowhere.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let params = super::without(
        super::without(super::full_params(&s), "id_token_hint"),
        "post_logout_redirect_uri",
    );
    let j = super::end_session(run, &s, &params).await?;
    super::expect_no_redirect(&j, "although no post_logout_redirect_uri was sent")?;
    super::expect_logged_out(run, &s).await
}
