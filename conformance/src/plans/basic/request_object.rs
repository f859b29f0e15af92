//! oidcc-unsigned-request-object-supported-correctly-or-rejected-as-unsupported: an unsigned
//! (alg none) request object in `request`; the OP either processes it correctly (state and
//! nonce only inside the object come back) or rejects it with an error.
use anyhow::{bail, Result};
use base64::Engine;
use serde_json::{Map, Value};

use crate::harness::flow::{self, param};
use crate::harness::{Arrival, AuthRequest, Journey, Mode, Run};

/// An unsigned request object (`alg: none`) holding every parameter of `req`.
pub fn unsigned_object(run: &Run<'_>, req: &AuthRequest) -> String {
    let mut claims = Map::new();
    for (k, v) in &req.params {
        claims.insert(k.clone(), Value::String(v.clone()));
    }
    claims.insert("iss".into(), Value::String(req.client.client_id.clone()));
    claims.insert("aud".into(), Value::String(run.ctx.issuer.clone()));
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    format!(
        "{}.{}.",
        b64(br#"{"alg":"none"}"#),
        b64(Value::Object(claims).to_string().as_bytes())
    )
}

/// The outer request: only what OAuth requires outside the object.
pub fn outer(req: &AuthRequest, with_redirect_uri: bool) -> AuthRequest {
    let mut o = req.clone();
    let keep = [
        "client_id",
        "response_type",
        "scope",
        "redirect_uri",
        "response_mode",
    ];
    o.params
        .retain(|(k, _)| keep.contains(&k.as_str()) && (with_redirect_uri || k != "redirect_uri"));
    o.params.retain(|(k, _)| k != "scope");
    o.params.push(("scope".into(), "openid".into()));
    o
}

/// Judges the outcome: a correct response (state from the object, tokens valid) or an error.
pub async fn judge(run: &Run<'_>, req: &AuthRequest, journey: &Journey) -> Result<()> {
    if let Arrival::Page { status, .. } = &journey.arrival {
        if *status >= 400 {
            return Ok(());
        }
        bail!("unexpected page: {}", journey.describe());
    }
    let params = flow::callback_params(run, req, journey)?;
    if let Some(err) = param(&params, "error") {
        let accepted = [
            "request_not_supported",
            "request_uri_not_supported",
            "invalid_request_object",
            "invalid_request_uri",
            "invalid_request",
        ];
        if accepted.contains(&err) {
            return Ok(());
        }
        bail!("the OP rejected the request object with an unexpected error {err}");
    }
    let code = flow::expect_code(run, req, journey)?;
    flow::exchange(run, req, &code).await?;
    Ok(())
}

pub async fn run(run: &Run<'_>) -> Result<()> {
    let req = AuthRequest::new(run, &run.cfg().client);
    let mut o = outer(&req, true);
    o.params
        .push(("request".into(), unsigned_object(run, &req)));
    let journey = run.browser()?.get(&o.url(run)?, Mode::SignIn).await?;
    judge(run, &req, &journey).await
}
