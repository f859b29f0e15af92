//! idp-wrong-client-secret: the token endpoint refuses a wrong client secret with
//! invalid_client (RFC 6749 5.2; HTTP 401 with a WWW-Authenticate for Basic).
use anyhow::{ensure, Result};

use crate::harness::flow::{expect_code, redeem};
use crate::harness::{AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let mut req = AuthRequest::new(run, &run.cfg().client);
    let journey = req.send(run, &run.browser()?, Mode::SignIn).await?;
    let code = expect_code(run, &req, &journey)?;
    req.client.client_secret = Some(format!(
        "{}x",
        req.client.client_secret.clone().unwrap_or_default()
    ));
    let resp = redeem(run, &req, &code).await?;
    ensure!(
        resp.status != 200,
        "the token endpoint accepted a wrong client secret"
    );
    let err = resp.expect_error()?;
    ensure!(
        err == "invalid_client",
        "a wrong client secret gave {err}, expected invalid_client"
    );
    Ok(())
}
