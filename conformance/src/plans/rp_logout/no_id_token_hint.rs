//! oidcc-rp-initiated-logout-no-id-token-hint: post_logout_redirect_uri without id_token_hint;
//! the OP must not redirect back (error page or logout confirmation).
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let params = super::without(super::full_params(&s), "id_token_hint");
    let j = super::end_session(run, &s, &params).await?;
    super::expect_no_redirect(&j, "although no id_token_hint was provided")
}
