//! oidcc-rp-initiated-logout-modified-id-token-hint: an id_token_hint with a broken signature
//! must not lead to the post-logout redirect.
use anyhow::{Context, Result};

use crate::harness::Run;

pub async fn run(run: &Run<'_>) -> Result<()> {
    let s = super::signed_in(run).await?;
    let (head, sig) = s
        .tokens
        .id_token
        .rsplit_once('.')
        .context("ID token is not a JWS")?;
    let mut sig: Vec<char> = sig.chars().collect();
    if let Some(c) = sig.get_mut(5) {
        *c = if *c == 'A' { 'B' } else { 'A' };
    }
    let modified = format!("{head}.{}", sig.into_iter().collect::<String>());
    let mut params = super::without(super::full_params(&s), "id_token_hint");
    params.push(("id_token_hint".into(), modified));
    let j = super::end_session(run, &s, &params).await?;
    super::expect_no_redirect(&j, "although the id_token_hint signature is invalid")
}
