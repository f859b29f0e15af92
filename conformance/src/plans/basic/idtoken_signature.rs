//! oidcc-idtoken-signature: the ID token is signed (not alg none), with a kid found in the
//! JWKS, and the signature verifies.
use anyhow::{ensure, Result};

use crate::harness::{jose, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let tokens = super::happy_with(run, |_| {}).await?;
    let (header, _) = jose::decode_unverified(&tokens.id_token)?;
    let alg = header.get("alg").and_then(|v| v.as_str()).unwrap_or("none");
    ensure!(alg != "none", "the ID token is unsigned");
    if header.get("kid").is_none() {
        run.warn("the ID token header has no kid");
    }
    jose::verify(
        &tokens.id_token,
        &run.ctx.jwks,
        run.cfg().client.client_secret.as_deref(),
    )?;
    Ok(())
}
