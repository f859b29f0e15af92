//! oidcc-login-hint: a request with login_hint (the test user's e-mail) must succeed.
use anyhow::Result;

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let email = run.cfg().user.email.clone();
    super::happy_with(run, |r| {
        r.set("login_hint", &email);
    })
    .await
    .map(|_| ())
}
