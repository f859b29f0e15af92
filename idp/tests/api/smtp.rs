//! E-mail goes out over SMTP (lettre) to a configured server: checked against a minimal
//! SMTP server on loopback that records what it receives.

#[tokio::test]
async fn mail_is_delivered_over_smtp_and_also_to_the_dev_outbox() {
    let smtp = e2e::SmtpServer::running().await.unwrap();
    let app = crate::support::TestApp::sqlite_with(|config| {
        config.smtp.url = Some(smtp.url());
        config.smtp.from = Some("EU Login <no-reply@idp.test>".into());
    })
    .await;
    let message = idp::mail::Message {
        subject: "You have been registered in EU Login".into(),
        body: "Dear,\n\nfollow the link http://localhost:8080/password/set?token=abc".into(),
        locale: idp::i18n::ENGLISH,
    };
    let about = idp::mail::outbox::About::to_address("registered", None);
    idp::mail::outbox::email(
        &app.state,
        &app.state.db,
        "ada@example.org",
        &message,
        about,
    )
    .await
    .unwrap();
    assert_eq!(app.deliver_outbox().await, 1);
    let data = smtp.messages().pop().expect("the server got the mail");
    assert!(
        data.contains("Subject: You have been registered in EU Login"),
        "{data}"
    );
    assert!(data.contains("To: ada@example.org"), "{data}");
    // A plain-text part and an HTML part whose address is a link (quoted-printable may
    // wrap long lines, so the check joins soft line breaks first).
    let joined = data.replace("=\n", "");
    assert!(joined.contains("multipart/alternative"), "{data}");
    assert!(joined.contains("Content-Type: text/plain"), "{data}");
    assert!(joined.contains("Content-Type: text/html"), "{data}");
    assert!(
        joined.contains("<a href=3D\"http://localhost:8080/password/set?token=3Dabc\"")
            || joined.contains("<a href=\"http://localhost:8080/password/set?token=abc\""),
        "{data}"
    );
    // The dev outbox's copy, written once delivered.
    let copies: Vec<_> = std::fs::read_dir(app.state.config.outbox_dir())
        .unwrap()
        .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
        .collect();
    assert_eq!(copies.len(), 1);
    let copy: idp::mail::OutboxEntry = serde_json::from_str(&copies[0]).unwrap();
    assert_eq!(
        (copy.channel.as_str(), copy.to.as_str()),
        ("email", "ada@example.org")
    );
    assert_eq!((copy.state.as_str(), copy.attempts), ("sent", 1));
}
