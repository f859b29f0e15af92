//! oidcc-id-token-hint: prompt=none with the previous ID token as id_token_hint must succeed
//! for the same user.
use anyhow::{ensure, Result};

use crate::harness::{flow, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let (t1, _) = flow::login(run, &browser, &AuthRequest::new(run, client)).await?;
    let mut req = AuthRequest::new(run, client);
    req.set("prompt", "none");
    req.set("id_token_hint", &t1.id_token);
    let journey = req.send(run, &browser, Mode::NoInteraction).await?;
    let code = flow::expect_code(run, &req, &journey)?;
    let t2 = flow::exchange(run, &req, &code).await?;
    ensure!(
        t1.claim_str("sub") == t2.claim_str("sub"),
        "id_token_hint returned another user"
    );
    Ok(())
}
