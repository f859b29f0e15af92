//! oidcc-request-uri-unsigned-supported-correctly-or-rejected-as-unsupported: the unsigned
//! request object is served by the runner's listener and passed by `request_uri`.
use anyhow::Result;

use super::request_object::{judge, outer, unsigned_object};
use crate::harness::{random, AuthRequest, Mode, Run};

pub async fn run(run: &Run<'_>) -> Result<()> {
    let req = AuthRequest::new(run, &run.cfg().client);
    let mut uri = url::Url::parse(&req.client.redirect_uri)?;
    let path = format!("/request-uri/{}", random(12));
    uri.set_path(&path);
    uri.set_query(None);
    run.ctx.listener.serve_document(
        &path,
        "application/oauth-authz-req+jwt",
        unsigned_object(run, &req),
    );
    let mut o = outer(&req, true);
    o.params.push(("request_uri".into(), uri.to_string()));
    let journey = run.browser()?.get(&o.url(run)?, Mode::SignIn).await?;
    judge(run, &req, &journey).await
}
