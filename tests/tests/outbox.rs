//! The outbox in the real provider (issue 17): a person registers while the mail server is
//! down, is told the mail is on its way, and gets it exactly once after the server is back
//! (the worker of `idp serve` retries by itself, every second here, with nothing else
//! happening); a mail refused for good is offered again in My Account.

use std::time::Duration;

use e2e::signin::{add_phone, password_session, register};
use e2e::{unique_email, Browser, Provider, ProviderOptions, SmtpServer, UserSpec};

#[tokio::test]
async fn a_registration_while_the_mail_server_is_down_is_mailed_once_it_is_back(
) -> anyhow::Result<()> {
    let mut smtp = SmtpServer::stopped()?;
    let provider = Provider::start(
        ProviderOptions::default()
            .env("IDP_SMTP_URL", smtp.url())
            .env("IDP_OUTBOX_RETRY_BASE_SECS", "1")
            .env("IDP_OUTBOX_RETRY_MAX_SECS", "1"),
    )
    .await?;
    let browser = Browser::launch().await?;
    let email = unique_email("smtp-down");
    register(&browser, &provider, ("Ada", "Lovelace"), &email).await?;
    browser.wait_for_text("is on its way").await?;

    // The worker tries and fails; the operator's `idp outbox stuck` lists the message.
    let stuck = stuck_to(&provider, &email).await?;
    assert_eq!(stuck["state"], "waiting", "{stuck}");
    assert!(
        stuck["last_error"]
            .as_str()
            .unwrap_or("")
            .contains("onnection"),
        "{stuck}"
    );
    assert!(provider.outbox().messages_to(&email, "email")?.is_empty());

    smtp.start().await?;
    let received = smtp.wait_for_count(1, Duration::from_secs(15)).await?;
    assert!(
        received[0].contains(&format!("To: {email}")),
        "{}",
        received[0]
    );
    let link = provider
        .outbox()
        .wait_for_link(&email, "/password/set")
        .await?;
    assert!(
        link.starts_with(&provider.url("/password/set?token=")),
        "{link}"
    );
    // Sent once, after one failed attempt: a sent message is never taken up again.
    let outbox: serde_json::Value = reqwest::get(provider.url("/dev/outbox.json"))
        .await?
        .json()
        .await?;
    let mine = outbox
        .as_array()
        .and_then(|all| all.iter().find(|m| m["to"] == email.as_str()))
        .cloned()
        .unwrap_or_default();
    assert_eq!(mine["state"], "sent", "{outbox}");
    assert!(mine["attempts"].as_i64().unwrap_or(0) >= 2, "{mine}");
    assert_eq!(smtp.messages().len(), 1, "delivered once");
    Ok(())
}

/// A mail the server refuses for good is given up at once, and My Account offers to send it
/// again (the page checked at every width like every page a journey waits for).
#[tokio::test]
async fn a_mail_refused_for_good_is_offered_again_in_my_account() -> anyhow::Result<()> {
    const PASSWORD: &str = "violet harbour lantern 4791 quietly";
    let smtp = SmtpServer::running().await?;
    smtp.refuse_recipients(true);
    let email = unique_email("refused");
    let provider = Provider::start(
        ProviderOptions::default()
            .env("IDP_SMTP_URL", smtp.url())
            .user(UserSpec::new(&email, PASSWORD)),
    )
    .await?;
    let browser = Browser::launch().await?;
    password_session(&browser, &provider, &email, PASSWORD).await?;
    let log = provider.stderr_log();
    // Adding a phone number tells the owner by e-mail; the server refuses it (550).
    add_phone(&browser, &provider, "+32 470 12 34 56", "+32470123456").await?;
    // Given up at once, listed by `idp outbox stuck`; `idp outbox retry` puts it back in
    // line, and it is refused again.
    let given_up = stuck_to(&provider, &email).await?;
    assert_eq!(given_up["state"], "failed", "{given_up}");
    let id = given_up["id"].as_str().unwrap_or_default().to_owned();
    let retried = provider.run(["outbox", "retry", id.as_str()]).await?;
    assert_eq!(retried.trim(), format!("{id}\twaiting"));
    e2e::wait::until(
        "the retried mail refused again",
        Duration::from_secs(15),
        || async {
            let again = stuck_to(&provider, &email).await?;
            Ok((again["state"] == "failed" && again["attempts"] == 2).then_some(()))
        },
    )
    .await?;
    assert!(std::fs::read_to_string(&log)?.contains("message given up"));
    browser
        .goto_and_wait(&provider.url("/account"), "Some e-mails did not reach you")
        .await?;
    smtp.refuse_recipients(false);
    browser.submit("#undelivered form").await?;
    browser
        .wait_for_text("The e-mail is on its way again.")
        .await?;
    let received = smtp.wait_for_count(1, Duration::from_secs(15)).await?;
    assert!(
        received[0].contains(&format!("To: {email}")),
        "{}",
        received[0]
    );
    Ok(())
}

/// The message to `to` that `idp outbox stuck --json` lists, once it lists one (bounded).
async fn stuck_to(provider: &Provider, to: &str) -> anyhow::Result<serde_json::Value> {
    e2e::wait::until("a stuck message", Duration::from_secs(15), || async {
        let listed = provider.run(["outbox", "stuck", "--json"]).await?;
        Ok(listed
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .find(|m| m["to"] == to))
    })
    .await
}
