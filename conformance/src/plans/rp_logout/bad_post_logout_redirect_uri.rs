//! oidcc-rp-initiated-logout-bad-post-logout-redirect-uri: an unregistered
//! post_logout_redirect_uri must not be redirected to.
use anyhow::Result;

use crate::harness::{random, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let mut bad = url::Url::parse(&s.post_logout)?;
    bad.set_path(&format!("/unregistered-logout-{}", random(6)));
    let mut params = super::without(super::full_params(&s), "post_logout_redirect_uri");
    params.push(("post_logout_redirect_uri".into(), bad.to_string()));
    let j = super::end_session(run, &s, &params).await?;
    super::expect_no_redirect(
        &j,
        "although the post_logout_redirect_uri is not registered",
    )
}
