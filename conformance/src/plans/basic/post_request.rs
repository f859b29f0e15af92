//! oidcc-ensure-post-request-succeeds: the authorization request sent by POST (OIDC Core
//! 3.1.2.1) must work.
use anyhow::Result;

use crate::harness::flow::{self, UserInfoCall};
use crate::harness::{AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let req = AuthRequest::new(run, &run.cfg().client);
    let browser = run.browser()?;
    let endpoint = run.ctx.endpoint("authorization_endpoint")?;
    let journey = browser
        .post(&endpoint, req.params.clone(), Mode::SignIn)
        .await?;
    let code = flow::expect_code(run, &req, &journey)?;
    let tokens = flow::exchange(run, &req, &code).await?;
    flow::userinfo(run, &tokens, UserInfoCall::Get).await?;
    Ok(())
}
