//! E-mail goes out over SMTP (lettre) to a configured server: checked against a minimal
//! SMTP server on loopback that records what it receives.

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

async fn smtp_sink() -> (u16, tokio::sync::oneshot::Receiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
        let mut data = String::new();
        let mut in_data = false;
        while let Ok(Some(line)) = lines.next_line().await {
            if in_data {
                if line == "." {
                    in_data = false;
                    write.write_all(b"250 queued\r\n").await.unwrap();
                } else {
                    data.push_str(&line);
                    data.push('\n');
                }
                continue;
            }
            let upper = line.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                b"250-sink\r\n250 OK\r\n"
            } else if upper.starts_with("DATA") {
                in_data = true;
                b"354 go on\r\n"
            } else if upper.starts_with("QUIT") {
                write.write_all(b"221 bye\r\n").await.unwrap();
                break;
            } else {
                b"250 OK\r\n"
            };
            write.write_all(reply).await.unwrap();
        }
        let _ = tx.send(data);
    });
    (port, rx)
}

#[tokio::test]
async fn mail_is_delivered_over_smtp_and_also_to_the_dev_outbox() {
    let (port, received) = smtp_sink().await;
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::support::test_config(dir.path());
    config.smtp.url = Some(format!("smtp://127.0.0.1:{port}"));
    config.smtp.from = Some("EU Login <no-reply@idp.test>".into());
    let mailer = idp::mail::Mailer::from_config(&config).unwrap();
    mailer
        .send_email(
            "ada@example.org",
            "You have been registered in EU Login",
            "Dear,\n\nfollow the link http://localhost:8080/password/set?token=abc",
            1_900_000_000,
        )
        .await
        .unwrap();
    let data = received.await.unwrap();
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
    let outbox = idp::mail::read_outbox(&config.outbox_dir());
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].channel, "email");
    assert_eq!(outbox[0].to, "ada@example.org");
}
