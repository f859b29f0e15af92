//! oidcc-ensure-registered-redirect-uri: an unregistered redirect_uri must get an error page,
//! never a redirect to it.
use anyhow::{bail, Result};

use crate::harness::{random, Arrival, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let client = &run.cfg().client;
    let mut bad = url::Url::parse(&client.redirect_uri)?;
    bad.set_path(&format!("/unregistered-{}", random(6)));
    let mut req = AuthRequest::new(run, client);
    req.set("redirect_uri", bad.as_str());
    let journey = req.send(run, &run.browser()?, Mode::SignIn).await?;
    match journey.arrival {
        Arrival::Page { .. } => Ok(()),
        Arrival::Rp { url, .. } => {
            bail!("the OP redirected to {url} although redirect_uri was not registered")
        }
    }
}
