//! oidcc-ensure-request-with-acr-values-succeeds: acr_values with the advertised
//! acr_values_supported (or "1 2") must succeed; the ID token SHOULD carry one of them
//! (WARNING otherwise).
use anyhow::Result;
use serde_json::Value;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let values: Vec<String> = run
        .ctx
        .disc
        .get("acr_values_supported")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .filter(|v: &Vec<String>| !v.is_empty())
        .unwrap_or_else(|| vec!["1".into(), "2".into()]);
    let joined = values.join(" ");
    let tokens = super::happy_with(run, |r| {
        r.set("acr_values", &joined);
    })
    .await?;
    match tokens.claim_str("acr") {
        Some(acr) if values.iter().any(|v| v == acr) => {}
        other => run.warn(format!(
            "the ID token acr {other:?} is not one of the requested {values:?}"
        )),
    }
    Ok(())
}
