//! idp-iss-parameter (RFC 9207): discovery advertises authorization_response_iss_parameter_supported
//! and both success and error responses carry iss equal to the issuer.
use anyhow::{ensure, Result};
use serde_json::Value;

use crate::harness::flow::{self, param};
use crate::harness::{AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    ensure!(
        run.ctx
            .disc
            .get("authorization_response_iss_parameter_supported")
            == Some(&Value::Bool(true)),
        "discovery does not set authorization_response_iss_parameter_supported to true"
    );
    let client = &run.cfg().client;
    let ok = AuthRequest::new(run, client);
    let j = ok.send(run, &run.browser()?, Mode::SignIn).await?;
    flow::expect_code(run, &ok, &j)?;
    let iss = j
        .received()
        .and_then(|r| param(r.params(), "iss").map(str::to_string));
    ensure!(
        iss.as_deref() == Some(run.ctx.issuer.as_str()),
        "the success response has no iss"
    );
    let mut err = AuthRequest::new(run, client);
    err.set("prompt", "none");
    let j = err.send(run, &run.browser()?, Mode::NoInteraction).await?;
    flow::expect_error(run, &err, &j)?;
    let iss = j
        .received()
        .and_then(|r| param(r.params(), "iss").map(str::to_string));
    ensure!(
        iss.as_deref() == Some(run.ctx.issuer.as_str()),
        "the error response has no iss"
    );
    Ok(())
}
