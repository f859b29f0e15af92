//! oidcc-prompt-none-logged-in: after a sign-in, prompt=none must return a code without
//! showing any page, for the same user.
use anyhow::{ensure, Result};

use crate::harness::{flow, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let (t1, _) = flow::login(run, &browser, &AuthRequest::new(run, client)).await?;
    let mut req = AuthRequest::new(run, client);
    req.set("prompt", "none");
    let journey = req.send(run, &browser, Mode::NoInteraction).await?;
    let code = flow::expect_code(run, &req, &journey)?;
    let t2 = flow::exchange(run, &req, &code).await?;
    ensure!(
        t1.claim_str("sub") == t2.claim_str("sub"),
        "prompt=none returned another user"
    );
    flow::userinfo(run, &t2, flow::UserInfoCall::Get).await?;
    Ok(())
}
