//! idp-step-up-essential-acr: acr requested as an essential claim (OIDC Core 5.5.1.1) is
//! honoured. A sign-in for the basic acr yields it; a later request by the same browser for
//! the medium acr steps up: only the second factor is asked (no password again), and the new
//! ID token carries the medium acr, an auth_time no earlier than the first, and an amr that
//! says `mfa` (RFC 8176; WARNING when there is no amr). Needs `[acr]` and a second-factor
//! source (`[second_factor]`) in the configuration, else SKIPPED.
use anyhow::{bail, ensure, Context, Result};

use crate::harness::flow::{self, param};
use crate::harness::jose::Expect;
use crate::harness::{skip, AuthRequest, Mode, Run};

fn essential(values: &[&str]) -> String {
    serde_json::json!({"id_token": {"acr": {"essential": true, "values": values}}}).to_string()
}

pub async fn run(run: &Run<'_>) -> Result<()> {
    let (Some(basic), Some(medium)) = (run.cfg().acr.basic.clone(), run.cfg().acr.medium.clone())
    else {
        return Err(skip(
            "the configuration has no [acr] basic and medium values",
        ));
    };
    for v in [&basic, &medium] {
        ensure!(
            run.ctx.supports("acr_values_supported", v) == Some(true),
            "acr_values_supported lacks {v}"
        );
    }
    let client = &run.cfg().client;
    let browser = run.browser()?;
    let mut first = AuthRequest::new(run, client);
    first.set("claims", &essential(&[&basic]));
    let j = first.send(run, &browser, Mode::SignIn).await?;
    let code = flow::expect_code(run, &first, &j)?;
    let resp = flow::redeem(run, &first, &code).await?;
    let expect = Expect {
        nonce: first.nonce.as_deref(),
        essential_acr: Some(vec![basic.clone()]),
        ..Default::default()
    };
    let t1 = flow::check_token_response(run, client, &resp, &expect)?;
    crate::plans::basic::wait_past(
        t1.claim_i64("auth_time")
            .unwrap_or_else(crate::harness::now),
    )
    .await;
    let mut second = AuthRequest::new(run, client);
    second.set("claims", &essential(&[&medium]));
    let j = second.send(run, &browser, Mode::SignIn).await?;
    if let Some(r) = j.received() {
        if let Some(err) = param(r.params(), "error") {
            if err == "unmet_authentication_requirements" || err == "access_denied" {
                return Err(skip(format!("the OP reports the test user cannot reach {medium} ({err}); configure a user with a second factor")));
            }
            bail!("step-up request failed with {err}");
        }
    }
    ensure!(j.logins == 0, "step-up asked for the password again");
    let code = flow::expect_code(run, &second, &j)?;
    let resp = flow::redeem(run, &second, &code).await?;
    let expect = Expect {
        nonce: second.nonce.as_deref(),
        essential_acr: Some(vec![medium.clone()]),
        ..Default::default()
    };
    let t2 = flow::check_token_response(run, client, &resp, &expect)?;
    if let (Some(a), Some(b)) = (t1.claim_i64("auth_time"), t2.claim_i64("auth_time")) {
        ensure!(
            b >= a,
            "auth_time went back at step-up ({b} < {a}): the new ID token describes an older authentication"
        );
    }
    ensure!(
        t1.claim_str("sub") == t2.claim_str("sub"),
        "the step-up ID token is for another subject"
    );
    match t2.claims.get("amr") {
        None => run.warn("the step-up ID token has no amr, so the client cannot see that a second factor was used"),
        Some(amr) => {
            let list: Vec<&str> = amr
                .as_array()
                .context("amr is not an array")?
                .iter()
                .filter_map(|v| v.as_str())
                .collect();
            ensure!(
                list.contains(&"mfa"),
                "the step-up ID token's amr {list:?} does not say mfa (RFC 8176)"
            );
        }
    }
    Ok(())
}
