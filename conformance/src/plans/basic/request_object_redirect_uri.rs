//! oidcc-ensure-request-object-with-redirect-uri: redirect_uri only inside the request object
//! must be honoured. Skipped, as in the Foundation's suite, when unsigned request objects are
//! not supported.
use anyhow::Result;
use serde_json::Value;

use super::request_object::{outer, unsigned_object};
use crate::harness::{flow, skip, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let disc = &run.ctx.disc;
    let request_ok = disc.get("request_parameter_supported") == Some(&Value::Bool(true));
    let none_ok = run
        .ctx
        .supports("request_object_signing_alg_values_supported", "none")
        == Some(true);
    if !request_ok || !none_ok {
        return Err(skip("the OP does not support unsigned request objects"));
    }
    let req = AuthRequest::new(run, &run.cfg().client);
    let mut o = outer(&req, false);
    o.params
        .push(("request".into(), unsigned_object(run, &req)));
    let journey = run.browser()?.get(&o.url(run)?, Mode::SignIn).await?;
    let code = flow::expect_code(run, &req, &journey)?;
    flow::exchange(run, &req, &code).await?;
    Ok(())
}
