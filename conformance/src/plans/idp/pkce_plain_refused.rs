//! idp-pkce-plain-refused: code_challenge_method=plain must be refused (RFC 7636 4.4.1,
//! OAuth 2.0 Security BCP 2.1.1); a code must not be issued for it.
use anyhow::{bail, Result};

use crate::harness::flow::{expect_error, param};
use crate::harness::{random, Arrival, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let mut req = AuthRequest::new(run, &run.cfg().client);
    let verifier = random(32);
    req.set("code_challenge", &verifier);
    req.set("code_challenge_method", "plain");
    let journey = req.send(run, &run.browser()?, Mode::SignIn).await?;
    if let Arrival::Page { status, .. } = journey.arrival {
        if status >= 400 {
            return Ok(());
        }
    }
    if journey
        .received()
        .is_some_and(|r| param(r.params(), "code").is_some())
    {
        bail!("the OP issued a code for code_challenge_method=plain");
    }
    let err = expect_error(run, &req, &journey)?;
    if err != "invalid_request" {
        run.warn(format!(
            "plain PKCE refused with {err}; RFC 7636 4.4.1 says invalid_request"
        ));
    }
    Ok(())
}
