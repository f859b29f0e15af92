//! Shared by the scope modules: the standard claims of each scope (OIDC Core 5.4) and the
//! type checks of OIDC Core 5.1.

use anyhow::{bail, ensure, Result};
use serde_json::{Map, Value};

use crate::harness::flow::{userinfo, UserInfoCall};
use crate::harness::{skip, Run};

pub fn claims_of(scope: &str) -> &'static [&'static str] {
    match scope {
        "profile" => &[
            "name",
            "family_name",
            "given_name",
            "middle_name",
            "nickname",
            "preferred_username",
            "profile",
            "picture",
            "website",
            "gender",
            "birthdate",
            "zoneinfo",
            "locale",
            "updated_at",
        ],
        "email" => &["email", "email_verified"],
        "address" => &["address"],
        "phone" => &["phone_number", "phone_number_verified"],
        _ => &[],
    }
}

/// Claim types from OIDC Core 5.1 (FAILURE when wrong, as ValidateUserInfoStandardClaims).
pub fn check_standard_claims(claims: &Map<String, Value>) -> Result<()> {
    for (k, v) in claims {
        let ok = match k.as_str() {
            "email_verified" | "phone_number_verified" => v.is_boolean(),
            "updated_at" => v.is_number(),
            "address" => v.is_object(),
            "sub" | "name" | "family_name" | "given_name" | "middle_name" | "nickname"
            | "preferred_username" | "profile" | "picture" | "website" | "email" | "gender"
            | "zoneinfo" | "locale" | "phone_number" => v.is_string(),
            "birthdate" => v.as_str().is_some_and(|s| {
                let p: Vec<&str> = s.split('-').collect();
                (p.len() == 1 || p.len() == 3)
                    && p.iter().all(|x| x.chars().all(|c| c.is_ascii_digit()))
            }),
            _ => true,
        };
        ensure!(ok, "userinfo claim {k} has the wrong type or format: {v}");
    }
    Ok(())
}

/// Requests `openid <scopes>`; skips when discovery says a scope is unsupported; checks
/// userinfo; warns when no claim of a requested scope comes back.
pub async fn run_scopes(run: &Run<'_>, scopes: &[&str]) -> Result<()> {
    for s in scopes {
        if run.ctx.supports("scopes_supported", s) == Some(false) {
            return Err(skip(format!("scopes_supported does not list {s}")));
        }
    }
    let scope = format!("openid {}", scopes.join(" "));
    let tokens = super::happy_with(run, |r| {
        r.set("scope", &scope);
    })
    .await?;
    let claims = userinfo(run, &tokens, UserInfoCall::Get).await?;
    check_standard_claims(&claims)?;
    for s in scopes {
        let expected = claims_of(s);
        let got: Vec<&&str> = expected
            .iter()
            .filter(|c| claims.contains_key(**c))
            .collect();
        if got.is_empty() {
            run.warn(format!(
                "no claim of scope {s} returned by userinfo (expected some of {expected:?})"
            ));
        }
    }
    if claims.get("sub").is_none() {
        bail!("userinfo has no sub");
    }
    Ok(())
}
