//! oidcc-prompt-none-not-logged-in: prompt=none without a session must redirect back with an
//! error that says a user interface was needed (OIDC Core 3.1.2.6), with a long state intact.
use anyhow::{ensure, Result};

use crate::harness::{flow, random, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let mut req = AuthRequest::new(run, &run.cfg().client);
    req.set("prompt", "none");
    req.set("state", &random(96));
    let browser = run.browser()?;
    let journey = req.send(run, &browser, Mode::NoInteraction).await?;
    let err = flow::expect_error(run, &req, &journey)?;
    ensure!(
        super::requires_ui(&err),
        "prompt=none without a session returned {err}"
    );
    Ok(())
}
