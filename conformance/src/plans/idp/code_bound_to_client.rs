//! idp-code-bound-to-client: a code issued to one client cannot be redeemed by another
//! (RFC 6749 4.1.3): invalid_grant.
use anyhow::{ensure, Result};

use crate::harness::flow::{expect_code, redeem};
use crate::harness::{skip, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let Some(client2) = run.cfg().client2.clone() else {
        return Err(skip("the configuration has no client2"));
    };
    let req = AuthRequest::new(run, &run.cfg().client);
    let journey = req.send(run, &run.browser()?, Mode::SignIn).await?;
    let code = expect_code(run, &req, &journey)?;
    let mut stolen = req.clone();
    stolen.client = client2;
    stolen.client.redirect_uri = req.client.redirect_uri.clone();
    let resp = redeem(run, &stolen, &code).await?;
    ensure!(resp.status != 200, "client2 redeemed client1's code");
    let err = resp.expect_error()?;
    ensure!(
        err == "invalid_grant",
        "redeeming another client's code gave {err}, expected invalid_grant"
    );
    Ok(())
}
