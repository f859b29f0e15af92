//! oidcc-server-client-secret-post: oidcc-server with client_secret_post at the token endpoint.
use anyhow::Result;

use crate::harness::{skip, AuthRequest, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = run.cfg().post_client().ok_or_else(|| {
        skip("the configuration has no client registered with client_secret_post")
    })?;
    let req = AuthRequest::new(run, client);
    super::happy(run, &req).await.map(|_| ())
}
