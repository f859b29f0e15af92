//! oidcc-response-type-missing: no response_type; the OP must show an error or redirect back
//! with invalid_request / unsupported_response_type, never issue a code.
use anyhow::{bail, ensure, Result};

use crate::harness::flow::expect_error;
use crate::harness::{Arrival, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let mut req = AuthRequest::new(run, &run.cfg().client);
    req.remove("response_type");
    let browser = run.browser()?;
    let journey = req.send(run, &browser, Mode::NoInteraction).await?;
    match &journey.arrival {
        Arrival::Page { status, .. } => {
            ensure!(
                *status >= 400,
                "the OP showed a page with HTTP {status} instead of an error"
            );
            Ok(())
        }
        Arrival::Rp { .. } => {
            let err = expect_error(run, &req, &journey)?;
            if err != "invalid_request" && err != "unsupported_response_type" {
                bail!("expected invalid_request or unsupported_response_type, got {err}");
            }
            Ok(())
        }
    }
}
